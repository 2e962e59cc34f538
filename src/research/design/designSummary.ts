import { INDEX_NAMES, quarterAt } from '../../model/index.js';
import { outcomeFlags, outcomeList } from '../flags.js';
import type { Trajectory } from '../job.js';
import type { ResearchManifest } from '../manifest.js';
import type { OutcomeDef } from '../outcomes.js';
import { round6 } from '../round.js';
import { wilson } from '../stats.js';
import type { SweepValue } from '../sweep.js';
import type { OutcomeStat } from '../summary.js';
import { designPoints } from './points.js';

/** An index at a turn over a point's runs. */
export interface IndexStat {
  readonly mean: number;
  readonly sd: number;
}

/** One series (arm) of a point at one turn. */
export interface PointTurn {
  readonly turn: number;
  readonly date: string;
  readonly indices: Readonly<Record<string, IndexStat>>;
  readonly outcomes: Readonly<Record<string, OutcomeStat>>;
}

/** A design's point: its parameters' values and, per series, its statistics at the summary's turns. */
export interface PointStats {
  readonly point: number;
  readonly values: Readonly<Record<string, SweepValue>>;
  readonly runs: number;
  readonly series: ReadonlyArray<{ readonly label: string; readonly turns: readonly PointTurn[] }>;
}

/** The summary JSON of a design. */
export interface DesignSummaryDoc {
  readonly manifest: ResearchManifest;
  readonly statistics: typeof DESIGN_METHODS;
  readonly outcomes: readonly OutcomeDef[];
  readonly points: readonly PointStats[];
}

export const DESIGN_METHODS = {
  pairing: 'every point plays the same seeds (common random numbers), so points differ only by their parameters',
  indices: 'mean and sample SD (n - 1) over the point\'s runs',
  intervals: 'outcome probabilities with 95% Wilson score intervals; an outcome counts "by turn t" once it has held at the end of some turn up to t',
} as const;

/**
 * Gathers a design's runs point by point (units come point after point) into each point's
 * statistics at the summary's turns; only the current point's sums are kept.
 */
export class DesignAccumulator {
  private readonly points: PointStats[] = [];
  private readonly width: number;
  private readonly values: ReadonlyArray<readonly SweepValue[]>;
  private current = -1;
  private runs = 0;
  /** [series][at][index] sums and sums of squares; [series][at][outcome] counts. */
  private sums: Float64Array[][] = [];
  private squares: Float64Array[][] = [];
  private counts: Uint32Array[][] = [];

  constructor(private readonly manifest: ResearchManifest) {
    this.width = outcomeList(manifest.outcomes).length;
    this.values = designPoints(manifest.design!).values;
  }

  /** Add the next unit's trajectories (one per series). */
  add(trajectories: readonly Trajectory[]): void {
    const point = trajectories[0].point!;
    if (point !== this.current) {
      this.flush();
      this.current = point;
      const grid = <T>(make: (n: number) => T) => this.manifest.series.map(() => this.manifest.design!.at.map(() => make(INDEX_NAMES.length)));
      this.sums = grid((n) => new Float64Array(n));
      this.squares = grid((n) => new Float64Array(n));
      this.counts = this.manifest.series.map(() => this.manifest.design!.at.map(() => new Uint32Array(this.width)));
    }
    trajectories.forEach((tr, s) => {
      const flags = outcomeFlags(tr, this.manifest.outcomes, this.manifest.turns);
      this.manifest.design!.at.forEach((turn, a) => {
        for (let i = 0; i < INDEX_NAMES.length; i++) {
          const v = tr.values[(turn - 1) * INDEX_NAMES.length + i];
          this.sums[s][a][i] += v;
          this.squares[s][a][i] += v * v;
        }
        for (let o = 0; o < this.width; o++) this.counts[s][a][o] += flags[(turn - 1) * this.width + o];
      });
    });
    this.runs++;
  }

  private flush(): void {
    if (this.current < 0) return;
    const n = this.runs;
    const outcomes = outcomeList(this.manifest.outcomes);
    const series = this.manifest.series.map((sm, s) => ({
      label: sm.label,
      turns: this.manifest.design!.at.map((turn, a): PointTurn => {
        const indices: Record<string, IndexStat> = {};
        INDEX_NAMES.forEach((name, i) => {
          const mean = this.sums[s][a][i] / n;
          const variance = n > 1 ? Math.max(0, (this.squares[s][a][i] - n * mean * mean) / (n - 1)) : 0;
          indices[name] = { mean: round6(mean), sd: round6(Math.sqrt(variance)) };
        });
        const stats: Record<string, OutcomeStat> = {};
        outcomes.forEach((o, j) => {
          const k = this.counts[s][a][j];
          const [lo, hi] = wilson(k, n);
          stats[o.id] = { count: k, p: round6(k / n), ci95: [round6(lo), round6(hi)] };
        });
        return { turn, date: quarterAt(sm.start, turn - 1), indices, outcomes: stats };
      }),
    }));
    const values = Object.fromEntries(this.manifest.design!.parameters.map((p, i) => [p.path, this.values[this.current][i]]));
    this.points.push({ point: this.current, values, runs: n, series });
    this.runs = 0;
  }

  /** Pure over what was added. */
  finish(): DesignSummaryDoc {
    this.flush();
    this.current = -1;
    return { manifest: this.manifest, statistics: DESIGN_METHODS, outcomes: outcomeList(this.manifest.outcomes), points: this.points };
  }
}
