import { INDEX_NAMES, quarterAt } from '../model/index.js';
import { citeResearch } from './cite.js';
import { actorColumns } from './csv.js';
import { outcomeFlags, outcomeList } from './flags.js';
import type { Trajectory } from './job.js';
import type { ResearchManifest } from './manifest.js';
import type { OutcomeDef } from './outcomes.js';
import { round6 } from './round.js';
import { MechanismAccumulator, type Mechanism } from './mechanism.js';
import { bootstrapMeans, cohenDz, cohenH, mean } from './stats.js';

/** One measure compared: each arm's mean, the paired difference (variant - base) and its 95% interval. */
export interface PairedStat {
  readonly base: number;
  readonly variant: number;
  readonly difference: number;
  readonly ci95: readonly [number, number];
  /** Cohen's d_z for an index, Cohen's h for an outcome; null when unbounded (all differences equal and not 0). */
  readonly effectSize: number | null;
  /** Paired seeds whose difference in this measure is not 0 (0: the interval is [0, 0] because no seed differs). */
  readonly seedsDiffering: number;
  /** Set when the effect size reads as real but the difference is negligible on the index's scale (see methods.note). */
  readonly note?: string;
}

export interface ComparedTurn {
  readonly turn: number;
  readonly date: string;
  /** Paired seeds whose runs differ in anything (an index, an action, an outcome) by this turn. */
  readonly seedsDiffering: number;
  readonly indices: Readonly<Record<string, PairedStat>>;
  readonly outcomes: Readonly<Record<string, PairedStat>>;
}

/** The JSON of a comparison. */
export interface ComparisonDoc {
  readonly manifest: ResearchManifest;
  /** One line to cite the comparison by (cite.ts). */
  readonly citeAs: string;
  readonly runs: number;
  readonly methods: typeof COMPARISON_METHODS;
  readonly outcomes: readonly OutcomeDef[];
  readonly turns: readonly ComparedTurn[];
  readonly mechanism: Mechanism;
}

/** When an effect size is noted as large while the difference is negligible (index points, 0-100 scale). */
export const NOTE = { effect: 0.2, points: 1 } as const;

export const COMPARISON_METHODS = {
  pairing: 'both arms play the same seeds (common random numbers); differences are variant minus base, seed by seed',
  interval: '95% percentile bootstrap of the mean paired difference, resampling seeds, seeded by manifest.compare.bootstrapSeed',
  effectSize: "indices: Cohen's d_z (mean difference over the SD of the differences); outcomes: Cohen's h",
  note: `an index whose |d_z| is at least ${NOTE.effect} while its mean difference is under ${NOTE.points} index point is noted: d_z divides by the spread of the differences, so a shift that is tiny on the 0-100 scale reads as an effect when most seeds barely differ`,
  mechanism: "mix: each actor's share of turns by kind of action (the label's first word), over every turn played and every seed; actions: each actor's action label, its mean number of turns per run in each arm, and the paired seeds in which it is taken a different number of times; seedsDiffering: paired seeds whose runs differ in any index, action or outcome, and seedsWithOtherActions those of them in which some actor's action differs",
} as const;


/**
 * Gathers both arms' runs seed by seed at the compared turns, then compares them. The bootstrap
 * resamples seeds, so it keeps, for each compared turn, arm and measure, one value per run: 8 bytes
 * for an index, 1 byte for an outcome (0 or 1).
 */
export class PairedAccumulator {
  private readonly measures: number;
  /** [turn][measure] -> per-run values of each arm. */
  private readonly base: Array<Array<Float64Array | Uint8Array>>;
  private readonly variant: Array<Array<Float64Array | Uint8Array>>;
  private readonly mechanism: MechanismAccumulator;
  private runs = 0;

  constructor(
    private readonly manifest: ResearchManifest,
    capacity: number,
  ) {
    this.measures = INDEX_NAMES.length + outcomeList(manifest.outcomes).length;
    const grid = () => manifest.compare!.at.map(() => Array.from({ length: this.measures }, (_, m) => (m < INDEX_NAMES.length ? new Float64Array(capacity) : new Uint8Array(capacity))));
    this.base = grid();
    this.variant = grid();
    this.mechanism = new MechanismAccumulator(manifest.turns, actorColumns(manifest));
  }

  /** Add the next seed's two runs. */
  add(base: Trajectory, variant: Trajectory): void {
    this.record(this.base, base);
    this.record(this.variant, variant);
    this.mechanism.add(base, variant);
    this.runs++;
  }

  private record(into: Array<Array<Float64Array | Uint8Array>>, tr: Trajectory): void {
    const { turns, outcomes } = this.manifest;
    const flags = outcomeFlags(tr, outcomes, turns);
    const width = outcomeList(outcomes).length;
    this.manifest.compare!.at.forEach((turn, a) => {
      const t = turn - 1;
      INDEX_NAMES.forEach((_, i) => (into[a][i][this.runs] = tr.values[t * INDEX_NAMES.length + i]));
      for (let o = 0; o < width; o++) into[a][INDEX_NAMES.length + o][this.runs] = flags[t * width + o];
    });
  }

  /** Pure over what was added: the comparison at every compared turn. */
  finish(): ComparisonDoc {
    const { compare, series } = this.manifest;
    const outcomes = outcomeList(this.manifest.outcomes);
    const n = this.runs;
    const turns = compare!.at.map((turn, a): ComparedTurn => {
      const diffs = Array.from({ length: this.measures }, (_, m) => {
        const b = this.base[a][m];
        const v = this.variant[a][m];
        const d = m < INDEX_NAMES.length ? new Float64Array(n) : new Int8Array(n);
        for (let i = 0; i < n; i++) d[i] = v[i] - b[i];
        return d;
      });
      const intervals = bootstrapMeans(diffs, compare!.bootstrap, compare!.bootstrapSeed);
      const stat = (m: number, effect: (b: number, v: number, d: Float64Array | Int8Array) => number | null): PairedStat => {
        const b = mean(this.base[a][m].subarray(0, n));
        const v = mean(this.variant[a][m].subarray(0, n));
        const e = effect(b, v, diffs[m]);
        const difference = mean(diffs[m]);
        const note = m < INDEX_NAMES.length && e !== null && Math.abs(e) >= NOTE.effect && Math.abs(difference) < NOTE.points
          ? `effect size ${round6(e)} but a difference of ${round6(difference)} index points: negligible on the 0-100 scale`
          : undefined;
        return {
          base: round6(b), variant: round6(v), difference: round6(difference),
          ci95: [round6(intervals[m][0]), round6(intervals[m][1])], effectSize: e === null ? null : round6(e),
          seedsDiffering: countNonZero(diffs[m]),
          ...(note ? { note } : {}),
        };
      };
      const indices: Record<string, PairedStat> = {};
      INDEX_NAMES.forEach((name, i) => (indices[name] = stat(i, (_b, _v, d) => cohenDz(d as Float64Array))));
      const byOutcome: Record<string, PairedStat> = {};
      outcomes.forEach((o, j) => (byOutcome[o.id] = stat(INDEX_NAMES.length + j, (b, v) => cohenH(b, v))));
      return { turn, date: quarterAt(series[0].start, turn - 1), seedsDiffering: this.mechanism.seedsDifferingBy(turn), indices, outcomes: byOutcome };
    });
    return { manifest: this.manifest, citeAs: citeResearch(this.manifest), runs: n, methods: COMPARISON_METHODS, outcomes, turns, mechanism: this.mechanism.finish() };
  }
}

function countNonZero(xs: ArrayLike<number>): number {
  let k = 0;
  for (let i = 0; i < xs.length; i++) if (xs[i] !== 0) k++;
  return k;
}
