import type { ActionType } from './types.js';

/**
 * How an actor weighs its options; comes from the scenario, never from a machine.
 * Each figure is 0..1. `bias` adds a scenario-set preference to an action type.
 */
export interface Doctrine {
  readonly threatPerception: number;
  readonly allianceWeight: number;
  readonly costSensitivity: number;
  readonly armsControl: number;
  readonly bias: Readonly<Partial<Record<ActionType, number>>>;
}
