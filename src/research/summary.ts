import { INDEX_NAMES, quarterAt } from '../model/index.js';
import { outcomeFlags, outcomeList } from './flags.js';
import type { Trajectory } from './job.js';
import type { ResearchManifest, SeriesManifest } from './manifest.js';
import type { OutcomeDef, WorldOutcome } from './outcomes.js';
import { round6 } from './round.js';
import { spread, wilson, type Spread } from './stats.js';

/** An outcome's probability by a turn: its count, share and 95% Wilson interval. */
export interface OutcomeStat {
  readonly count: number;
  readonly p: number;
  readonly ci95: readonly [number, number];
}

/** One turn of a series: the spread of every index and the probability of every outcome. */
export interface TurnStats {
  readonly turn: number;
  readonly date: string;
  readonly indices: Readonly<Record<string, Spread>>;
  readonly outcomes: Readonly<Record<string, OutcomeStat>>;
}

export interface SeriesStats {
  readonly label: string;
  readonly runs: number;
  readonly turns: readonly TurnStats[];
}

/** The summary JSON of a batch or a sweep. */
export interface SummaryDoc {
  readonly manifest: ResearchManifest;
  readonly statistics: { readonly quantiles: string; readonly intervals: string };
  readonly outcomes: readonly OutcomeDef[];
  readonly series: readonly SeriesStats[];
}

/**
 * Gathers one series' runs, in seed order, for its statistics. Keeps one number per run, turn and
 * index (the exact percentiles need them all) and a count per turn and outcome.
 */
export class SeriesAccumulator {
  private readonly values: Float64Array[];
  private readonly counts: Uint32Array;
  private readonly width: number;
  private runs = 0;

  constructor(
    private readonly series: SeriesManifest,
    private readonly world: readonly WorldOutcome[],
    private readonly turns: number,
    capacity: number,
  ) {
    this.values = Array.from({ length: turns * INDEX_NAMES.length }, () => new Float64Array(capacity));
    this.width = outcomeList(world).length;
    this.counts = new Uint32Array(turns * this.width);
  }

  /** Add the next run. */
  add(tr: Trajectory): void {
    for (let c = 0; c < this.values.length; c++) this.values[c][this.runs] = tr.values[c];
    const flags = outcomeFlags(tr, this.world, this.turns);
    for (let c = 0; c < flags.length; c++) this.counts[c] += flags[c];
    this.runs++;
  }

  /** Pure over what was added: the statistics of every turn. */
  finish(): SeriesStats {
    const outcomes = outcomeList(this.world);
    const n = this.runs;
    const turns: TurnStats[] = [];
    for (let t = 0; t < this.turns; t++) {
      const indices: Record<string, Spread> = {};
      INDEX_NAMES.forEach((name, i) => {
        const s = spread(this.values[t * INDEX_NAMES.length + i].subarray(0, n));
        indices[name] = { mean: round6(s.mean), median: round6(s.median), p5: round6(s.p5), p95: round6(s.p95) };
      });
      const stats: Record<string, OutcomeStat> = {};
      outcomes.forEach((o, j) => {
        const k = this.counts[t * this.width + j];
        const [lo, hi] = wilson(k, n);
        stats[o.id] = { count: k, p: round6(k / n), ci95: [round6(lo), round6(hi)] };
      });
      turns.push({ turn: t + 1, date: quarterAt(this.series.start, t), indices, outcomes: stats });
    }
    return { label: this.series.label, runs: n, turns };
  }
}

/** What the summary says about how its numbers are computed. */
export const SUMMARY_METHODS = {
  quantiles: 'median, p5 and p95 by linear interpolation between order statistics (type 7, as R and NumPy)',
  intervals: 'outcome probabilities with 95% Wilson score intervals; an outcome counts "by turn t" once it has held at the end of some turn up to t',
} as const;
