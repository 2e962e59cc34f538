import { measure, valueText, boundText, type ActorId } from '../model/index.js';
import { namesOf } from '../engine/index.js';
import { scoresOf, type Game } from '../session/index.js';
import { nameOf } from './labels.js';
import { wrap } from './layout.js';
import type { Seg } from './Line.js';
import { Panel } from './Panel.js';

const scoreText = (score: number | null) => (score === null ? '  —' : score.toFixed(0).padStart(3));

/**
 * Pure: each team's score so far and its objectives, met (✓) or not (✗) now, with the measure
 * against its bound. When `height` is too small for every objective on its own line, each team
 * takes one line with its marks.
 */
export function scoreLines(game: Game, width: number, height = Infinity): Seg[][] {
  const { run, humans } = game;
  const objectives = run.scenario.objectives ?? {};
  const scores = scoresOf(game);
  if (scores.length === 0) return [[{ text: 'This scenario gives the teams no objectives, so there are no scores.', tone: 'muted' }]];
  const names = namesOf(run);
  const met = game.met.at(-1)!;
  const head = (actor: ActorId): Seg[] => {
    const s = scores.find((x) => x.actor === actor)!;
    return [
      { text: nameOf(run.scenario.rules, actor).padEnd(8), bold: true },
      { text: (humans.includes(actor) ? 'team' : 'cpu').padEnd(5), tone: humans.includes(actor) ? 'human' : 'muted' },
      { text: `score ${scoreText(s.score)}`, bold: true },
      { text: `  ${s.metNow} of ${s.objectives} met now`, tone: 'muted' },
    ];
  };
  const long: Seg[][] = [];
  const short: Seg[][] = [];
  for (const { actor } of scores) {
    long.push(head(actor));
    const marks: Seg[] = [];
    (objectives[actor] ?? []).forEach((o, i) => {
      const ok = met[actor]![i];
      const now = valueText(o.condition, measure(run.scenario.rules, run.world, run.present, o.condition));
      const reading = o.condition.kind === 'regime' ? `now ${now}` : `${boundText(o.condition)}, now ${now}`;
      wrap(`${o.text} (${reading})`, width - 4, 2).forEach((t, j) => long.push([
        { text: j === 0 ? `  ${ok ? '✓' : '✗'} ` : '    ', tone: ok ? 'good' : 'bad' }, { text: t },
      ]));
      marks.push({ text: `${i + 1}${ok ? '✓' : '✗'} `, tone: ok ? 'good' : 'bad' });
    });
    short.push([...head(actor), { text: '  ' }, ...marks]);
  }
  const total = scores[0].turns;
  const foot: Seg[] = [{ text: total === 0 ? 'Scores start with the first turn.' : `Score: the share of a team's objectives met, averaged over the ${total} turn${total > 1 ? 's' : ''} played.`, tone: 'muted' }];
  if (long.length + 1 <= height) return [...long, foot];
  if (long.length <= height) return long;
  // Numbered as in the team's briefing, so that a mark reads without the text.
  return [...short, [], ...wrap(`${foot[0].text} ✓ met now, ✗ not, numbered as in the briefing; a larger terminal lists the objectives.`, width).map((t): Seg[] => [{ text: t, tone: 'muted' }])];
}

/** The teams' scores and objectives, computer-played actors included. */
export function ScoresPanel({ game, width, height }: { readonly game: Game; readonly width: number; readonly height: number }) {
  const last = game.run.turns.at(-1);
  return <Panel title={last ? `Scores after ${last.date} (turn ${last.turn})` : 'Scores: objectives at the start'} width={width} height={height} lines={scoreLines(game, width, height - 1)} />;
}
