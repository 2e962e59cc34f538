import type { RegionId, SystemId } from '../types.js';
import type { Condition } from './condition.js';
import type { ActionPattern } from './pattern.js';

/**
 * A conditional, targeted rule of a doctrine (a program in data). While `when` holds, exactly one of:
 * - `prefer`: add `weight` to the utility of the actions that fit the pattern ("prefer talks on the
 *   HCoC", "prefer deploying ground-launched missiles in Europe");
 * - `never`: the actor does not consider the actions that fit ("never base in the East");
 * - `commit`: a commitment with a deadline, tracked by the engine (pending, kept, broken, void): the
 *   actor is drawn to deploy until it holds `units` of the system in the region; past the deadline
 *   unmet it is broken, which costs credibility; once `void` holds it no longer binds.
 * Every policy carries a source or an assumption.
 */
export interface Policy {
  readonly id: string;
  readonly source?: string;
  readonly assumption?: string;
  readonly when?: Condition;
  readonly prefer?: { readonly action: ActionPattern; readonly weight: number };
  readonly never?: ActionPattern;
  readonly commit?: { readonly deploy: { readonly system: SystemId; readonly region: RegionId; readonly units: number }; readonly by: number };
  readonly void?: Condition;
}
