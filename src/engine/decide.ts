import {
  canonicalAction, checkLegality, explain, legalActions, pickAction, scoreActions,
  type Action, type ActorId, type Doctrine, type Mind, type Observation, type World,
} from '../model/index.js';
import type { ActionRecord } from './record.js';
import type { TurnStreams } from './streams.js';

/**
 * Pure: one actor's choice this turn. A human order replaces only the pick; an illegal order is
 * refused (recorded with its reason) and the actor holds. The computer picks by a seeded two-stage softmax over
 * the utilities that the machine's state and the doctrine give.
 */
export function decide(
  world: World, actor: ActorId, mind: Mind, doctrine: Doctrine, obs: Observation,
  present: readonly ActorId[], streams: TurnStreams, order?: Action,
): ActionRecord {
  if (order) {
    const refusal = checkLegality(world, actor, order, present);
    if (refusal) return { type: 'hold', by: 'human', reason: `order refused: ${refusal.reason}`, refused: refusal };
    return { ...canonicalAction(order), by: 'human', reason: 'chosen by the team' };
  }
  const scored = scoreActions(world, actor, mind, doctrine, obs, legalActions(world, actor, present), present);
  const pick = pickAction(scored, streams.draw(`decide/${actor}/type`), streams.draw(`decide/${actor}/action`));
  return { ...pick.action, by: 'computer', reason: explain(pick) };
}
