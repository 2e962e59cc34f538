import { startRun, type RunState } from '../engine/index.js';
import { playSavedTurn } from '../engine/save.js';
import type { ActorId } from '../model/index.js';
import type { Game } from './game.js';

/**
 * A game replayed for its debrief: the run state before each turn and after the last, and, turn by
 * turn and on demand, the same turn replayed with one actor holding instead, all else (orders,
 * injects, random streams) equal: what that actor's choice changed. Pure, and memoised per turn.
 */
export interface Replay {
  /** `states[t]`: the state after `t` turns (0: the start). */
  readonly states: readonly RunState[];
  /** The state after turn `turn` (1-based) had `actor` held. */
  readonly held: (turn: number, actor: ActorId) => RunState;
}

/** Pure: the game replayed from its inputs. */
export function replayOf(game: Game): Replay {
  let state = startRun(game.run.scenario, game.run.seed);
  const states = [state];
  for (const input of game.inputs) {
    state = playSavedTurn(state, input);
    states.push(state);
  }
  const memo = new Map<string, RunState>();
  const held = (turn: number, actor: ActorId) => {
    const key = `${turn}|${actor}`;
    let s = memo.get(key);
    if (!s) {
      const input = game.inputs[turn - 1];
      s = playSavedTurn(states[turn - 1], { ...input, orders: { ...input.orders, [actor]: { type: 'hold' } } });
      memo.set(key, s);
    }
    return s;
  };
  return { states, held };
}
