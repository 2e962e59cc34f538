import { moduleOf } from './actions/registry.js';
import { policyTerms } from './policies/active.js';
import type { Chooser, Term, View } from './actions/module.js';
import type { Action } from './types.js';

export type { Term } from './actions/module.js';

export interface Scored {
  readonly action: Action;
  readonly utility: number;
  readonly terms: readonly Term[];
}

/**
 * Pure: the utility of each legal action for the chooser, term by term: its posture's preference
 * for the type, its doctrine's bias, the terms of the action's module, then its active policies'.
 */
export function scoreActions(view: View, chooser: Chooser, legal: readonly Action[]): Scored[] {
  const { rules } = view;
  const { mind, doctrine } = chooser;
  return legal.map((action) => {
    const terms: Term[] = [{ name: `${mind.posture} posture`, value: rules.utility.posture[mind.posture][action.type] }];
    const bias = doctrine.bias[action.type];
    if (bias) terms.push({ name: 'doctrine', value: bias });
    moduleOf(action).terms(view, chooser, action, (t) => terms.push(t));
    if (chooser.policies.length > 0) policyTerms(chooser.policies, chooser.actor, action, view.world, rules.policy.commitmentPull, (t) => terms.push(t));
    const utility = terms.reduce((sum, t) => sum + t.value, 0);
    return { action, utility, terms };
  });
}

/** Pure: the index a softmax over `utilities` picks with the uniform draw `u` in [0, 1). */
function softmaxIndex(utilities: readonly number[], u: number, temperature: number): number {
  let max = -Infinity;
  for (const x of utilities) if (x > max) max = x;
  let total = 0;
  const weights = utilities.map((x) => {
    const w = Math.exp((x - max) / temperature);
    total += w;
    return w;
  });
  let target = u * total;
  for (let i = 0; i < weights.length; i++) {
    target -= weights[i];
    if (target < 0) return i;
  }
  return weights.length - 1;
}

/**
 * Pure: a softmax pick among scored actions using one uniform draw `u` in [0, 1).
 * Ties and order are stable because `scored` comes in the fixed order of listOptions.
 */
export function softmaxPick(scored: readonly Scored[], u: number, temperature: number): Scored {
  return scored[softmaxIndex(scored.map((s) => s.utility), u, temperature)];
}

/** Pure: the kind of act of an action for the first stage of a pick (its type, or its module's finer kind). */
function kindOf(action: Action): string {
  const m = moduleOf(action);
  return m.kindOf ? m.kindOf(action) : action.type;
}

/**
 * Pure: a two-stage pick. First the kind of act (an action type, or a declaration's kind), by a
 * softmax over each kind's best utility (`uType`), then the action within that kind (`uAction`).
 * Without the first stage, a type with many variants (25 deployments) would crowd out a type with
 * one (hold) however good it is.
 */
export function pickAction(scored: readonly Scored[], uType: number, uAction: number, temperature: number): Scored {
  // Kinds in order of first appearance, each with its actions in listed order: one pass, no refiltering.
  const indexOf = new Map<string, number>();
  const groups: Scored[][] = [];
  const best: number[] = [];
  for (const s of scored) {
    const kind = kindOf(s.action);
    const k = indexOf.get(kind);
    if (k === undefined) {
      indexOf.set(kind, groups.length);
      groups.push([s]);
      best.push(s.utility);
    } else {
      groups[k].push(s);
      best[k] = Math.max(best[k], s.utility);
    }
  }
  return softmaxPick(groups[softmaxIndex(best, uType, temperature)], uAction, temperature);
}

/** A short reason naming the two terms that weighed most on the pick. */
export function explain(s: Scored): string {
  const top = [...s.terms].sort((a, b) => Math.abs(b.value) - Math.abs(a.value) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).slice(0, 2);
  return top.map((t) => `${t.name} ${t.value >= 0 ? '+' : ''}${t.value.toFixed(2)}`).join(', ');
}
