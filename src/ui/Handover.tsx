import type { Action, ActorId } from '../model/index.js';
import type { Game } from '../session/index.js';
import { nameOf } from './labels.js';
import type { Seg } from './Line.js';
import { Panel } from './Panel.js';

/** Between two teams' orders: says whose turn it is and shows who has sealed, never what they chose. */
export function Handover({ game, team, sealed, width, height }: {
  readonly game: Game; readonly team: number; readonly sealed: Readonly<Partial<Record<ActorId, Action>>>; readonly width: number; readonly height: number;
}) {
  const actor = game.humans[team];
  const lines: Seg[][] = [
    [],
    [{ text: `  Team ${nameOf(game.run.scenario.rules, actor)}, it is your turn to choose.`, bold: true }],
    [{ text: '  Other teams, look away: orders stay sealed until every team has chosen.' }],
    [],
    ...game.humans.map((a): Seg[] => [
      { text: `    ${nameOf(game.run.scenario.rules, a).padEnd(8)}` },
      sealed[a] ? { text: 'sealed ✓', tone: 'good' } : a === actor ? { text: 'choosing now', bold: true, tone: 'human' } : { text: 'waiting', tone: 'muted' },
    ]),
    [],
    [{ text: `  Press enter when ${nameOf(game.run.scenario.rules, actor)} is at the keyboard (esc cancels this round).`, tone: 'accent' }],
  ];
  return <Panel title={`Sealed orders for turn ${game.run.turns.length + 1}`} width={width} height={height} lines={lines} />;
}
