import type { Policy } from './policies/policy.js';
import type { ActionType } from './types.js';

/**
 * How an actor weighs its options; comes from the scenario (and from events that change an
 * administration), never from a machine. Each figure is 0..1. `bias` adds a preference to an
 * action type; `policies` are conditional, targeted rules (src/model/policies/).
 */
export interface Doctrine {
  readonly threatPerception: number;
  readonly allianceWeight: number;
  readonly costSensitivity: number;
  readonly armsControl: number;
  readonly bias: Readonly<Partial<Record<ActionType, number>>>;
  readonly policies: readonly Policy[];
}
