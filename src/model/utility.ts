import { moduleOf } from './actions/registry.js';
import { policyTerms } from './policies/active.js';
import type { AddTerm, Chooser, Term, View } from './actions/module.js';
import { POSTURES, type Posture } from './mind.js';
import type { Action } from './types.js';

export type { Term } from './actions/module.js';

export interface Scored {
  readonly action: Action;
  readonly utility: number;
  /** Its terms, in the order they add up; made on first reading (only a pick's are read). */
  readonly terms: readonly Term[];
}

/**
 * Pure: each utility term of an action for the chooser, in order: its posture's preference for the
 * type, its doctrine's bias, the terms of the action's module, then its active policies'.
 */
function eachTerm(view: View, chooser: Chooser, action: Action, add: AddTerm): void {
  const { mind, doctrine } = chooser;
  add(POSTURE_TERMS[mind.posture], view.rules.utility.posture[mind.posture][action.type]);
  const bias = doctrine.bias[action.type];
  if (bias) add('doctrine', bias);
  moduleOf(action).terms(view, chooser, action, add);
  if (chooser.policies.length > 0) policyTerms(chooser.policies, chooser.actor, action, view.world, view.rules.policy.commitmentPull, add);
}
const POSTURE_TERMS = Object.fromEntries(POSTURES.map((p) => [p, `${p} posture`])) as Record<Posture, string>;

/** Pure: the named terms of an action's utility for the chooser, in order. */
export function termsOf(view: View, chooser: Chooser, action: Action): Term[] {
  const terms: Term[] = [];
  eachTerm(view, chooser, action, (name, value) => terms.push({ name: typeof name === 'string' ? name : name(), value }));
  return terms;
}

/** A scored option whose terms are named only when read. */
class ScoredOption implements Scored {
  private named: readonly Term[] | undefined;

  constructor(
    private readonly view: View,
    private readonly chooser: Chooser,
    readonly action: Action,
    readonly utility: number,
  ) {}

  get terms(): readonly Term[] {
    this.named ??= termsOf(this.view, this.chooser, this.action);
    return this.named;
  }
}

/** Pure: the utility of each legal action for the chooser, the sum of its terms in order (see eachTerm). */
export function scoreActions(view: View, chooser: Chooser, legal: readonly Action[]): Scored[] {
  // A field, not a captured variable: adding to it then boxes no number.
  const utility = { sum: 0 };
  const add: AddTerm = (_name, value) => {
    utility.sum += value;
  };
  return legal.map((action) => {
    utility.sum = 0;
    eachTerm(view, chooser, action, add);
    return new ScoredOption(view, chooser, action, utility.sum);
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
