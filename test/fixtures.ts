import { loadScenario } from '../src/scenario/index.js';
import type { ActorId, Scenario, View, World } from '../src/model/index.js';

let baseline: Scenario | undefined;

/** The shipped baseline scenario, loaded once per test file. */
export function infScenario(): Scenario {
  baseline ??= loadScenario('inf-2019');
  return baseline;
}

/** The view of a world under the baseline's rules, with every actor of the paper playing unless told otherwise. */
export function viewOf(world: World, present: readonly ActorId[] = ['us', 'russia', 'china', 'nato', 'eu']): View {
  return { rules: infScenario().rules, world, present };
}
