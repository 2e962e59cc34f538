import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario } from '../../model/index.js';
import { loadScenario, SCENARIO_DIR, type LoadOptions } from '../../scenario/index.js';
import { UsageError } from '../errors.js';

/**
 * The scenario a manifest names by `id`: the first of the `--scenario` files whose id it is, else
 * (unless `only` the given files may serve, as for a record of one scenario) the shipped scenario of
 * that id. `options` (a sweep's override) apply to whichever is used.
 */
export function scenarioById(id: string, given: readonly string[] = [], options: LoadOptions & { readonly only?: boolean } = {}): Scenario {
  const ids: string[] = [];
  for (const ref of given) {
    const scenario = loadScenario(ref, undefined, options);
    if (scenario.id === id) return scenario;
    ids.push(scenario.id);
  }
  if (options.only && given.length > 0) {
    throw new UsageError(`--scenario ${given.join(', ')} is scenario "${ids.join('", "')}", but the file was made from "${id}"`);
  }
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id) || !existsSync(join(SCENARIO_DIR, `${id}.yaml`))) {
    throw new UsageError(`scenario "${id.slice(0, 80)}" is not among the shipped scenarios; give its file with --scenario PATH`);
  }
  return loadScenario(id, undefined, options);
}
