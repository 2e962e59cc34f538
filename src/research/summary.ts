import { INDEX_NAMES, quarterAt } from '../model/index.js';
import { outcomeFlags, outcomeList } from './flags.js';
import type { Trajectory } from './job.js';
import type { ResearchManifest, SeriesManifest } from './manifest.js';
import type { OutcomeDef, WorldOutcome } from './outcomes.js';
import { round6 } from './round.js';
import { QuantileColumn } from './selection.js';
import { Spill } from './spill.js';
import { wilson, type Spread } from './stats.js';

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
  /** One line to cite the run by (cite.ts). */
  readonly citeAs: string;
  readonly statistics: { readonly quantiles: string; readonly intervals: string };
  readonly outcomes: readonly OutcomeDef[];
  readonly series: readonly SeriesStats[];
}

/**
 * Gathers one series' runs, in seed order, for its statistics, in memory that does not grow with the
 * number of runs: a count per turn and outcome, a binned first pass per turn and index, and the runs'
 * index values in a temporary file for the exact percentiles' second pass.
 */
export class SeriesAccumulator {
  private readonly columns: QuantileColumn[];
  private readonly counts: Uint32Array;
  private readonly width: number;
  private readonly spill: Spill;
  private runs = 0;

  constructor(
    private readonly series: SeriesManifest,
    private readonly world: readonly WorldOutcome[],
    private readonly turns: number,
  ) {
    this.columns = Array.from({ length: turns * INDEX_NAMES.length }, () => new QuantileColumn());
    this.width = outcomeList(world).length;
    this.counts = new Uint32Array(turns * this.width);
    this.spill = new Spill(turns * INDEX_NAMES.length);
  }

  /** Add the next run. */
  add(tr: Trajectory): void {
    for (let c = 0; c < this.columns.length; c++) this.columns[c].add(tr.values[c]);
    this.spill.append(tr.values);
    const flags = outcomeFlags(tr, this.world, this.turns);
    for (let c = 0; c < flags.length; c++) this.counts[c] += flags[c];
    this.runs++;
  }

  /** The statistics of every turn over what was added (reads the runs back once). */
  finish(): SeriesStats {
    for (const column of this.columns) column.prepare();
    for (const row of this.spill.rows()) for (let c = 0; c < this.columns.length; c++) this.columns[c].revisit(row[c]);
    this.dispose();
    const outcomes = outcomeList(this.world);
    const n = this.runs;
    const turns: TurnStats[] = [];
    for (let t = 0; t < this.turns; t++) {
      const indices: Record<string, Spread> = {};
      INDEX_NAMES.forEach((name, i) => {
        const s = this.columns[t * INDEX_NAMES.length + i].finish();
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

  /** Give back the temporary file (finish does; call it when a run is abandoned). */
  dispose(): void {
    this.spill.dispose();
  }
}

/** What the summary says about how its numbers are computed. */
export const SUMMARY_METHODS = {
  quantiles: 'median, p5 and p95 by linear interpolation between order statistics (type 7, as R and NumPy)',
  intervals: 'outcome probabilities with 95% Wilson score intervals; an outcome counts "by turn t" once it has held at the end of some turn up to t',
} as const;
