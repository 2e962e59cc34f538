import { playTurn, startRun } from '../engine/index.js';
import { INDEX_NAMES, type Scenario } from '../model/index.js';
import type { SeedResult } from '../research/job.js';
import { observe, type Observable } from './observables.js';

/** What a hindcast plays, seed by seed: a scenario over its turns, watching the history's observables. */
export interface HindcastSpec {
  readonly scenario: Scenario;
  readonly turns: number;
  readonly observables: readonly Observable[];
}

/**
 * Pure: one seeded run, reduced as research runs are: its indices turn by turn, and for each
 * observable a flag per turn, 1 once it has happened. The same seed gives the same result in any thread.
 */
export function playHindcast(spec: HindcastSpec, seed: number): SeedResult {
  const { turns, observables } = spec;
  const values = new Float64Array(turns * INDEX_NAMES.length);
  const flags = new Uint8Array(turns * observables.length);
  let state = startRun(spec.scenario, seed);
  let previous: Uint8Array | undefined;
  for (let t = 0; t < turns; t++) {
    state = playTurn(state);
    INDEX_NAMES.forEach((name, i) => (values[t * INDEX_NAMES.length + i] = state.turns[t].indices[name]));
    previous = observe(observables, state, previous);
    flags.set(previous, t * observables.length);
  }
  return { seed, csv: '', trajectories: [{ series: 0, seed, values, flags, actions: [] }] };
}
