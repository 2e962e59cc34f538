import { whyOfTurn } from '../engine/index.js';
import type { Game } from '../session/index.js';
import { wrap } from './layout.js';
import type { Seg } from './Line.js';
import { Panel } from './Panel.js';

/** Pure: why each actor did what it did last turn, one wrapped sentence each (a team's choice is said as such). */
export function whyLines(game: Game, width: number): Seg[][] {
  const last = game.run.turns.at(-1);
  if (!last || !game.previous) return [[{ text: 'After each turn, this panel says why each computer-played actor chose what it did.', tone: 'muted' }]];
  const why = whyOfTurn(game.previous, last);
  return game.run.present.flatMap((actor) => wrap(why[actor] ?? '', width - 2, 2).map((t, i): Seg[] => [
    { text: i === 0 ? '• ' : '', tone: 'accent' }, { text: t, tone: game.humans.includes(actor) ? 'human' : undefined },
  ]));
}

/** The reasons behind last turn's choices, in plain sentences, from the utility terms the computer weighed. */
export function WhyPanel({ game, width, height }: { readonly game: Game; readonly width: number; readonly height: number }) {
  const last = game.run.turns.at(-1);
  return <Panel title={last ? `Why, ${last.date} (turn ${last.turn})` : 'Why'} width={width} height={height} lines={whyLines(game, width)} />;
}
