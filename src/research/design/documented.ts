import { coefficientCatalog, type Scenario } from '../../model/index.js';
import { ResearchError } from '../errors.js';
import type { RangedParameter } from './parameter.js';

/**
 * The documented plausible range of each path (`rules.<coefficient path>`), or of every coefficient
 * whose range is not a single point for 'all', from the model's catalogue of the scenario's rules
 * (docs/MODEL.md lists them with the reason for each range), in catalogue order.
 */
export function documentedParameters(scenario: Scenario, paths: readonly string[] | 'all'): RangedParameter[] {
  const catalog = coefficientCatalog(scenario.rules).map((c) => ({ path: `rules.${c.path}`, lo: c.range[0], hi: c.range[1], integer: c.integer }));
  if (paths === 'all') return catalog.filter((p) => p.hi > p.lo);
  return paths.map((path) => {
    const found = catalog.find((p) => p.path === path);
    if (!found) {
      throw new ResearchError(path.startsWith('rules.')
        ? `${path} is no coefficient of the rules (multipolar rules lists them); give a range with --param ${path} --range lo:hi if it is a scenario path`
        : `no documented range is known for ${path} (only the rules' coefficients have one); give it: --param ${path} --range lo:hi`);
    }
    if (found.hi <= found.lo) throw new ResearchError(`${path} has no range to vary (it is fixed at ${found.lo} by definition)`);
    return found;
  });
}
