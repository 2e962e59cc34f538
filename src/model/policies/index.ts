/** Policies: conditional, targeted rules of a doctrine, in data. */
export type { Policy } from './policy.js';
export { holds, type Condition, type PublicView, type IndexName } from './condition.js';
export { matches, type ActionPattern } from './pattern.js';
export { activePolicies, ruledOut, policyTerms, commitmentKey } from './active.js';
