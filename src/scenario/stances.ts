import { stanceRegions } from '../engine/minds.js';
import type { ActorId, Scenario } from '../model/index.js';

/** A stance region whose regime the scenario does not have: the utilities never read it there. */
export interface InertStance {
  readonly actor: ActorId;
  readonly region: string;
  readonly regime: string;
}

/**
 * Pure: the stance regions of the scenario's actors (each declares its regime in `meta.regime`) whose
 * regime the scenario lacks, such as New START in 1979. Shown by `scenarios validate` and pinned per
 * shipped scenario by a test, so that a misspelt regime cannot silently switch a stance off.
 */
export function inertStances(scenario: Scenario): InertStance[] {
  const out: InertStance[] = [];
  for (const actor of scenario.rules.actorIds) {
    if (!scenario.actors[actor]) continue;
    for (const [region, regime] of stanceRegions(actor)) {
      if (!Object.hasOwn(scenario.world.treaties, regime)) out.push({ actor, region, regime });
    }
  }
  return out;
}
