import { REGIONS, SYSTEMS } from '../model/index.js';
import type { Game } from '../session/index.js';
import { nameOf, REGION_NAMES, SYSTEM_LETTERS } from './labels.js';
import { wrap } from './layout.js';
import type { Seg } from './Line.js';
import { Panel } from './Panel.js';

const LEGEND = 'G ground-launched intermediate-range · C sea/air cruise · H hypersonic · D missile defence · S strategic (units)';

/** Pure: one row per actor, one column per region, each cell the units of each system standing there. */
function forcesLines(game: Game, width: number): Seg[][] {
  const { world, present } = game.run;
  const column = Math.floor((width - 8) / REGIONS.length);
  const header: Seg[] = [{ text: ''.padEnd(8) }, ...REGIONS.map((r) => ({ text: REGION_NAMES[r].padEnd(column), tone: 'muted' as const }))];
  const rows = present.map((actor): Seg[] => [
    { text: nameOf(game.run.scenario.rules, actor).padEnd(8), bold: true },
    ...REGIONS.map((region) => {
      const units = SYSTEMS.filter((s) => world.forces[actor][s][region] > 0).map((s) => `${SYSTEM_LETTERS[s]}${world.forces[actor][s][region]}`);
      return { text: (units.length > 0 ? units.join(' ') : '—').padEnd(column), tone: region === 'home' ? undefined : ('accent' as const) };
    }),
  ]);
  return [header, ...rows, ...wrap(LEGEND, width).map((t) => [{ text: t, tone: 'muted' as const }])];
}

/** Forces by region. */
export function ForcesPanel({ game, width, height }: { readonly game: Game; readonly width: number; readonly height: number }) {
  return <Panel title="Forces by region" width={width} height={height} lines={forcesLines(game, width)} />;
}
