import {
  canonicalAction, checkLegality, explain, legalActions, pickAction, ruledOut, scoreActions,
  type Action, type ActorId, type Chooser, type View,
} from '../model/index.js';
import type { ActionRecord } from './record.js';
import type { TurnStreams } from './streams.js';

/**
 * Pure: one actor's choice this turn. A human order replaces only the pick; an illegal order is
 * refused (recorded with its reason) and the actor holds. The computer picks by a seeded two-stage
 * softmax over the utilities that the machine's state and the doctrine give.
 */
export function decide(view: View, chooser: Chooser, streams: TurnStreams, order?: Action): ActionRecord {
  const { actor } = chooser;
  if (order) {
    const refusal = checkLegality(view, actor, order);
    if (refusal) return { type: 'hold', by: 'human', reason: `order refused: ${refusal.reason}`, refused: refusal };
    return { ...canonicalAction(order), by: 'human', reason: 'chosen by the team' };
  }
  // A doctrine's `never` keeps an action out of the computer's consideration (a team decides for itself).
  const options = legalActions(view, actor).filter((a) => !ruledOut(chooser.policies, a));
  const scored = scoreActions(view, chooser, options);
  const names = streamNames(actor);
  const pick = pickAction(scored, streams.draw(names.type), streams.draw(names.action), view.rules.utility.temperature);
  return { ...pick.action, by: 'computer', reason: explain(pick) };
}

/** The names of an actor's two decision streams, made once per actor rather than twice a turn. */
function streamNames(actor: ActorId): { readonly type: string; readonly action: string } {
  let names = streamNamesOf.get(actor);
  if (!names) {
    names = { type: `decide/${actor}/type`, action: `decide/${actor}/action` };
    streamNamesOf.set(actor, names);
  }
  return names;
}
const streamNamesOf = new Map<ActorId, { readonly type: string; readonly action: string }>();
