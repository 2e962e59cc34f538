import type { Scenario } from '../../model/index.js';
import { ResearchError } from '../errors.js';
import type { RangedParameter } from './parameter.js';

/**
 * The documented plausible range of each path (or of every documented coefficient, for 'all'), from
 * the model's catalogue of coefficients. THE ONE PLACE to wire to that catalogue: once the model
 * exports `coefficientCatalog(rules)` (each coefficient's path, value, range and integer flag), map
 * its entries for `scenario.rules` to `{ path: 'rules.' + info.path, lo: info.range[0],
 * hi: info.range[1], integer: info.integer }`, in catalogue order, and refuse a path it lacks.
 * Until then no range is documented here: every parameter needs its own --range.
 */
export function documentedParameters(_scenario: Scenario, paths: readonly string[] | 'all'): RangedParameter[] {
  if (paths === 'all') throw new ResearchError('--all needs the documented ranges of the coefficients, which this version does not have yet; name each parameter with --param PATH --range lo:hi');
  throw new ResearchError(`no documented range is known for ${paths[0]}; give one after it: --param ${paths[0]} --range lo:hi`);
}
