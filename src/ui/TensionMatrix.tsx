import type { Game } from '../session/index.js';
import { nameOf } from './labels.js';
import { wrap } from './layout.js';
import type { Seg } from './Line.js';
import { Panel } from './Panel.js';

const SHADES = [' ', '░', '▒', '▓', '█'];

/** Pure: the pairwise tension (0..100, with a shade that shows it without colour), cohesion, unity and sanctions. */
function tensionLines(game: Game, width: number): Seg[][] {
  const { world, present } = game.run;
  const header: Seg[] = [{ text: ''.padEnd(8) }, ...present.map((a) => ({ text: nameOf(game.run.scenario.rules, a).padEnd(8), bold: true }))];
  const rows = present.map((a): Seg[] => [
    { text: nameOf(game.run.scenario.rules, a).padEnd(8), bold: true },
    ...present.map((b): Seg => {
      if (a === b) return { text: '—'.padEnd(8), tone: 'muted' };
      const t = world.tension[a][b];
      return { text: `${String(Math.round(t * 100)).padStart(3)} ${SHADES[Math.min(4, Math.floor(t * 5))].repeat(2)}  `, tone: t >= 0.6 ? 'bad' : t >= 0.4 ? 'warn' : undefined };
    }),
  ]);
  const sanctions = world.sanctions.length > 0 ? world.sanctions.map((s) => `${nameOf(game.run.scenario.rules, s.by)}→${nameOf(game.run.scenario.rules, s.on)}`).join(', ') : 'none';
  const facts = `NATO cohesion ${Math.round(world.natoCohesion * 100)} · EU unity ${Math.round(world.euUnity * 100)} · proliferation ${Math.round(world.proliferation * 100)} · sanctions: ${sanctions}`;
  return [header, ...rows, ...wrap(facts, width, 2).map((t) => [{ text: t, tone: 'muted' as const }])];
}

/** The tension matrix (0 trust, 100 hostility) and the alliance figures. */
export function TensionMatrix({ game, width, height }: { readonly game: Game; readonly width: number; readonly height: number }) {
  return <Panel title="Tension (0 calm, 100 hostile)" width={width} height={height} lines={tensionLines(game, width)} />;
}
