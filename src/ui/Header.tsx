import { quarterAt } from '../model/index.js';
import type { Game } from '../session/index.js';
import { nameOf } from './labels.js';
import { Line } from './Line.js';

/** Pure: the title bar's text: the scenario, the turn to play and its date, the seed and who plays (in short when the names do not fit). */
function headerText(game: Game | null, auto: boolean, ended: boolean, width: number): string {
  if (!game) return ' multipolar · set up a game';
  const { run, humans } = game;
  const played = run.turns.length;
  const when = ended || played >= game.length
    ? `game ended after ${played} turn${played === 1 ? '' : 's'}`
    : `turn ${played + 1} of ${game.length} · ${quarterAt(run.scenario.start, played)}`;
  const who = humans.length > 0 ? `teams: ${humans.map((a) => nameOf(game.run.scenario.rules, a)).join(', ')}` : auto ? 'watch mode · AUTO' : 'watch mode';
  const full = ` ${run.scenario.title} · ${when} · seed ${run.seed} · ${who}`;
  return full.length <= width || humans.length === 0 ? full : ` ${run.scenario.title} · ${when} · seed ${run.seed} · ${humans.length} team${humans.length > 1 ? 's' : ''}`;
}

/** The title bar, in reverse video so that it reads as a bar without colour. */
export function Header({ game, auto, ended, width }: { readonly game: Game | null; readonly auto: boolean; readonly ended: boolean; readonly width: number }) {
  return <Line segs={[{ text: headerText(game, auto, ended, width).padEnd(width), inverse: true, bold: true }]} width={width} />;
}
