import { loadScenario } from '../src/scenario/index.js';
import type { Scenario } from '../src/model/index.js';

let baseline: Scenario | undefined;

/** The shipped baseline scenario, loaded once per test file. */
export function infScenario(): Scenario {
  baseline ??= loadScenario('inf-2019');
  return baseline;
}
