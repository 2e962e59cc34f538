import { playTurn, startRun } from '../engine/index.js';
import { INDEX_NAMES, type Scenario } from '../model/index.js';
import { actionCells, csvRow } from './csv.js';
import { worldFlags, type WorldOutcome } from './outcomes.js';

/** One run of one series (an arm, a swept value) reduced to what the statistics need. */
export interface Trajectory {
  readonly series: number;
  readonly seed: number;
  /** Index values, turn-major: values[t * INDEX_NAMES.length + i] is index i at the end of turn t+1. */
  readonly values: Float64Array;
  /** World outcomes "by turn", turn-major: 1 once the outcome has held at the end of some turn so far. */
  readonly flags: Uint8Array;
  /** Each actor's action as its CSV cell, turn-major: actions[t * actors + a] for the rules' actors in order ('' for an absent actor). */
  readonly actions: readonly string[];
  /** A design's point (0-based), for a design's runs. */
  readonly point?: number;
}

/** What a research run needs to play one seed: the series' scenarios, their CSV lead cells, the length. */
export interface JobSpec {
  readonly scenarios: readonly Scenario[];
  /** Cells each series' rows start with (the arm, the swept value), or [] for none. */
  readonly lead: ReadonlyArray<ReadonlyArray<string | number>>;
  readonly turns: number;
  readonly outcomes: readonly WorldOutcome[];
}

/** The result of one seed: its CSV rows (every series, in series order) and its trajectories. */
export interface SeedResult {
  readonly seed: number;
  readonly csv: string;
  readonly trajectories: readonly Trajectory[];
}

/**
 * Pure: play `seed` in every series (common random numbers: the same seed for each) and return its
 * CSV rows and trajectories. The same (spec, seed) gives the same result in any thread.
 */
export function runSeed(spec: JobSpec, seed: number): SeedResult {
  let csv = '';
  const trajectories = spec.scenarios.map((scenario, series) => {
    const run = playRun(scenario, seed, spec.turns, spec.outcomes, spec.lead[series]);
    csv += run.csv;
    return { ...run.trajectory, series };
  });
  return { seed, csv, trajectories };
}

/** Pure: one seeded run of a scenario: its CSV rows (each starting with `lead`) and its trajectory (series 0). */
export function playRun(scenario: Scenario, seed: number, turns: number, outcomes: readonly WorldOutcome[], lead: ReadonlyArray<string | number>): { csv: string; trajectory: Trajectory } {
  let csv = '';
  const values = new Float64Array(turns * INDEX_NAMES.length);
  const w = outcomes.length;
  const flags = new Uint8Array(turns * w);
  const actorIds = scenario.rules.actorIds;
  const actions: string[] = new Array(turns * actorIds.length);
  let state = startRun(scenario, seed);
  for (let t = 0; t < turns; t++) {
    state = playTurn(state);
    const turn = state.turns[t];
    INDEX_NAMES.forEach((name, i) => (values[t * INDEX_NAMES.length + i] = turn.indices[name]));
    const cells = actionCells(turn, actorIds);
    cells.forEach((cell, a) => (actions[t * actorIds.length + a] = cell));
    const now = worldFlags(scenario, outcomes, state.world);
    now.forEach((held, o) => (flags[t * w + o] = held || (t > 0 && flags[(t - 1) * w + o] === 1) ? 1 : 0));
    csv += csvRow(actorIds, seed, turn, lead, Array.from(flags.subarray(t * w, (t + 1) * w)), cells);
  }
  return { csv, trajectory: { series: 0, seed, values, flags, actions } };
}
