import { observe, readMind, type ActorId, type Mind, type Stances } from '../model/index.js';
import { observeWith, stanceRegions } from './minds.js';
import { viewOf, type RunState } from './run.js';

/**
 * Pure: each actor's stances on regimes as the next turn's resolution will read them: its machine
 * after observing the world as it stands, exactly as `playTurn` computes first. Talks' odds weigh
 * the stances of the parties invited, so a menu that shows the odds applied needs them.
 */
export function stancesThisTurn(state: RunState): Stances {
  const view = viewOf(state);
  const out: Partial<Record<ActorId, Mind['stances']>> = {};
  for (const actor of state.present) {
    const value = observeWith(actor, state.machines[actor]!, state.scenario.actors[actor]!.doctrine, state.scenario.rules, observe(view, actor));
    out[actor] = readMind(value, stanceRegions(actor)).stances;
  }
  return out;
}
