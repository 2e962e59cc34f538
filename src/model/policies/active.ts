import type { Doctrine } from '../doctrine.js';
import type { AddTerm } from '../actions/module.js';
import type { Action, ActorId, World } from '../types.js';
import { holds, type PublicView } from './condition.js';
import { matches } from './pattern.js';
import type { Policy } from './policy.js';

/** Pure: the key of an actor's commitment in `world.commitments`. */
export const commitmentKey = (actor: ActorId, policy: string) => `${actor}/${policy}`;

/**
 * Pure: the policies of a doctrine that bind this turn: those whose `when` holds; a commitment only
 * while it is not yet kept, broken or void, and its `void` does not hold.
 */
export function activePolicies(doctrine: Doctrine, actor: ActorId, view: PublicView, commitments: World['commitments']): Policy[] {
  return doctrine.policies.filter((p) => {
    if (p.when && !holds(p.when, view)) return false;
    if (!p.commit) return true;
    const status = commitments[commitmentKey(actor, p.id)];
    if (status !== undefined && status !== 'pending') return false;
    return !(p.void && holds(p.void, view));
  });
}

/** Pure: whether an active `never` rules the action out of the actor's own consideration. */
export function ruledOut(active: readonly Policy[], action: Action): boolean {
  return active.some((p) => p.never !== undefined && matches(p.never, action));
}

/** Pure: the utility terms active policies give an action: a preference's weight; a commitment's pull while it is unmet. */
export function policyTerms(active: readonly Policy[], actor: ActorId, action: Action, world: World, pull: number, add: AddTerm): void {
  for (const p of active) {
    if (p.prefer && matches(p.prefer.action, action)) add(`policy ${p.id}`, p.prefer.weight);
    if (p.commit && action.type === 'deploy') {
      const { system, region, units } = p.commit.deploy;
      if (action.system === system && action.region === region && world.forces[actor][system][region] < units) add(`commitment ${p.id}`, pull);
    }
  }
}
