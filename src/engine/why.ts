import { whySentence, type ActorId, type Names } from '../model/index.js';
import type { TurnRecord } from './record.js';
import { chooserOf, viewOf, type RunState } from './run.js';

/** Pure: how the game's rules and world name actors and regimes, for sentences. */
export function namesOf(state: RunState): Names {
  return { actor: (id) => state.scenario.rules.actors[id].name, treaty: (id) => state.world.treaties[id]?.name ?? id };
}

/**
 * Pure: why each actor did what it did in `turn`, one sentence each, from the state the turn was
 * played from (`before`). A computer pick is re-scored as the actor saw it then: the world before
 * the turn, its machine's state after observing it (recorded in the turn), its doctrine and policies then.
 */
export function whyOfTurn(before: RunState, turn: TurnRecord): Readonly<Partial<Record<ActorId, string>>> {
  const view = viewOf(before);
  const names = namesOf(before);
  const out: Partial<Record<ActorId, string>> = {};
  for (const actor of before.present) {
    const chosen = turn.actions[actor];
    const value = turn.states[actor];
    if (!chosen || !value) continue;
    const { type: _type, by, reason: _reason, refused, ...params } = chosen;
    const action = { type: chosen.type, ...params } as typeof chosen;
    const chooser = by === 'computer' ? chooserOf(view, actor, value) : null;
    out[actor] = whySentence(view, actor, chooser, { action, by, refused }, names);
  }
  return out;
}
