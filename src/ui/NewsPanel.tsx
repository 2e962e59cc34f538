import type { Game } from '../session/index.js';
import { nameOf, actionText } from './labels.js';
import { wrap } from './layout.js';
import type { Seg } from './Line.js';
import { Panel } from './Panel.js';

/**
 * Pure: the news of the last turn: every actor's action, then the events. Each action takes one
 * line, or wraps onto more when `height` leaves room for all of them; why each actor chose it is
 * the why-panel's (8), in sentences.
 */
function newsLines(game: Game, width: number, height = Infinity): Seg[][] {
  const { run } = game;
  const last = run.turns[run.turns.length - 1];
  if (!last) {
    return [
      [{ text: run.scenario.title, bold: true }],
      ...wrap(run.scenario.question, width).map((t) => [{ text: t }]),
      [],
      [{ text: `No turn played yet. ${game.humans.length > 0 ? 'Space starts the first round of sealed orders.' : 'Space plays a turn; a auto-plays.'}`, tone: 'muted' as const }],
    ];
  }
  const events: Seg[][] = [];
  for (const event of last.events) {
    const marker = event.type === 'inject' ? '! ' : event.type === 'scenario' ? '» ' : '• ';
    wrap(event.text, width - 2, 0).forEach((t, i) => events.push([{ text: i === 0 ? marker : '  ' }, { text: t, tone: event.type === 'inject' ? 'warn' : undefined }]));
  }
  const short: Seg[][] = [];
  const long: Seg[][] = [];
  for (const actor of run.present) {
    const a = last.actions[actor]!;
    const who: Seg[] = [
      { text: `${nameOf(game.run.scenario.rules, actor).padEnd(7)}`, bold: true },
      { text: `${(a.by === 'human' ? 'team' : 'cpu').padEnd(5)}`, tone: a.by === 'human' ? 'human' : 'muted' },
    ];
    const action = `${actionText(a, run.world.treaties, run.scenario.rules)}${a.refused ? ` (order refused: ${a.refused.reason}; holds)` : ''}`;
    short.push([...who, { text: action, tone: a.refused ? 'bad' : undefined }]);
    const wrapped = wrap(action, width - 12, 0);
    wrapped.forEach((t, i) => long.push([...(i === 0 ? who : [{ text: ' '.repeat(12) }]), { text: t, tone: a.refused ? 'bad' : undefined }]));
  }
  return [...(long.length + events.length <= height ? long : short), ...events];
}

/** The news of the last turn. */
export function NewsPanel({ game, width, height }: { readonly game: Game; readonly width: number; readonly height: number }) {
  const last = game.run.turns[game.run.turns.length - 1];
  const title = last ? `News of ${last.date} (turn ${last.turn})` : 'Before the first turn';
  return <Panel title={title} width={width} height={height} lines={newsLines(game, width, height - 1)} />;
}
