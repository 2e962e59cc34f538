import type { Scenario } from '../../model/index.js';
import { playRun, type SeedResult } from '../job.js';
import type { WorldOutcome } from '../outcomes.js';
import type { SweepValue } from '../sweep.js';
import { pointScenario, type BaseDocument } from './pointScenario.js';

/** What a thread needs to play any unit of a design: plain data, cloned once into each worker. */
export interface DesignSpec {
  /** The arms each point plays (the scenario, and a variant): documents, not built scenarios. */
  readonly arms: readonly BaseDocument[];
  /** The arm's cell in a row, when there are two arms. */
  readonly armLabels: readonly string[];
  readonly paths: readonly string[];
  readonly values: ReadonlyArray<readonly SweepValue[]>;
  /** Each point plays seeds seedFrom .. seedFrom + runs - 1. */
  readonly runs: number;
  readonly seedFrom: number;
  readonly turns: number;
  readonly outcomes: readonly WorldOutcome[];
}

/**
 * Plays the units of a design: unit u is point floor(u / runs) on seed seedFrom + (u mod runs), in
 * every arm. The point's scenarios are built from the documents and kept until the next point
 * (units come point after point). Pure in what it returns: the same (spec, unit) gives the same result.
 */
export function designPlayer(spec: DesignSpec): (unit: number) => SeedResult {
  let cached: { point: number; scenarios: Scenario[] } | undefined;
  return (unit) => {
    const point = Math.floor(unit / spec.runs);
    const seed = spec.seedFrom + (unit % spec.runs);
    if (cached?.point !== point) {
      const overrides = spec.paths.map((path, i) => ({ path, value: spec.values[point][i] }));
      cached = { point, scenarios: spec.arms.map((arm) => pointScenario(arm, overrides)) };
    }
    let csv = '';
    const trajectories = cached.scenarios.map((scenario, series) => {
      const lead = [point, ...spec.values[point].map(String), ...(spec.arms.length > 1 ? [spec.armLabels[series]] : [])];
      const run = playRun(scenario, seed, spec.turns, spec.outcomes, lead);
      csv += run.csv;
      return { ...run.trajectory, series, point };
    });
    return { seed, csv, trajectories };
  };
}
