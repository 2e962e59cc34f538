import { INDEX_NAMES, quarterAt } from '../../model/index.js';
import { designPoints } from '../design/points.js';
import { outcomeFlags, outcomeList } from '../flags.js';
import type { Trajectory } from '../job.js';
import type { ResearchManifest } from '../manifest.js';
import { round6 } from '../round.js';
import { mean, sd } from '../stats.js';
import { morrisEffects } from './morrisEffects.js';
import type { OutputSpec } from './output.js';
import { sobolIndices } from './sobolIndices.js';

/** A parameter's place in the ranking of one output, with its indices. */
export interface RankedParameter {
  readonly rank: number;
  readonly path: string;
  /** Sobol: first-order and total indices. */
  readonly first?: number;
  readonly firstCi95?: readonly [number, number];
  readonly total?: number;
  readonly totalCi95?: readonly [number, number];
  /** Morris: elementary-effects statistics, per whole range of the parameter. */
  readonly mu?: number;
  readonly muStar?: number;
  readonly muStarCi95?: readonly [number, number];
  readonly sigma?: number;
  readonly sigmaCi95?: readonly [number, number];
}

/** One output's analysis. */
export interface OutputAnalysis extends OutputSpec {
  readonly label: string;
  readonly date: string;
  /** The output over the design's points (each point's mean over its runs). */
  readonly mean: number;
  readonly sd: number;
  /** Ranked by total index (Sobol) or mu* (Morris); null when the output does not vary over the design. */
  readonly parameters: readonly RankedParameter[] | null;
}

/** The JSON of a sensitivity analysis. */
export interface SensitivityDoc {
  readonly manifest: ResearchManifest;
  readonly methods: Readonly<Record<string, string>>;
  readonly outputs: readonly OutputAnalysis[];
}

const METHODS = {
  output: 'each point\'s output is its mean over the same seeds (common random numbers), so it is a fixed function of the parameters; with a variant, the mean paired difference variant - base',
  sobol: "Saltelli's design from a Sobol sequence (Joe-Kuo direction numbers, seeded random digital shift): N (k + 2) points; first-order indices by the Saltelli et al. (2010) estimator, total indices by Jansen's (1999); 95% percentile bootstrap over the N base samples",
  morris: "Morris's trajectories (random base point, order and direction on a grid of levels, step levels / (2 (levels - 1))): r (k + 1) points; mu, mu* (mean absolute effect) and sigma (SD, n - 1) of the elementary effects, each in output units per whole range of the parameter; 95% percentile bootstrap over the trajectories",
} as const;

/**
 * Gathers each design point's mean output over its runs (units come point after point), then
 * estimates every output's indices. Memory: one number per point and output.
 */
export class SensitivityAccumulator {
  private readonly outputs: readonly OutputSpec[];
  private readonly sums: Float64Array[];
  private readonly counts: Uint32Array;
  private readonly columns: number[];
  private readonly width: number;

  constructor(private readonly manifest: ResearchManifest) {
    const design = manifest.design!;
    this.outputs = design.outputs!;
    this.sums = this.outputs.map(() => new Float64Array(design.points));
    this.counts = new Uint32Array(design.points);
    const outcomes = outcomeList(manifest.outcomes);
    this.width = outcomes.length;
    this.columns = this.outputs.map((o) => (o.kind === 'index' ? (INDEX_NAMES as readonly string[]).indexOf(o.measure) : outcomes.findIndex((d) => d.id === o.measure)));
  }

  /** Add the next unit's trajectories (base, and variant when there is one). */
  add(trajectories: readonly Trajectory[]): void {
    const point = trajectories[0].point!;
    const ys = trajectories.map((tr) => {
      const flags = this.outputs.some((o) => o.kind === 'outcome') ? outcomeFlags(tr, this.manifest.outcomes, this.manifest.turns) : undefined;
      return this.outputs.map((o, i) => (o.kind === 'index' ? tr.values[(o.turn - 1) * INDEX_NAMES.length + this.columns[i]] : flags![(o.turn - 1) * this.width + this.columns[i]]));
    });
    this.outputs.forEach((_, i) => (this.sums[i][point] += ys.length > 1 ? ys[1][i] - ys[0][i] : ys[0][i]));
    this.counts[point]++;
  }

  /** Pure over what was added (every point's runs must have been). */
  finish(): SensitivityDoc {
    const design = this.manifest.design!;
    const { unit } = designPoints(design);
    const k = design.parameters.length;
    const labels = new Map(outcomeList(this.manifest.outcomes).map((o) => [o.id, o.label]));
    const analyses = this.outputs.map((o, i): OutputAnalysis => {
      const y = Float64Array.from(this.sums[i], (s, p) => s / this.counts[p]);
      const options = { bootstrap: design.bootstrap!, seed: design.bootstrapSeed! };
      let ranked: RankedParameter[] | null;
      if (design.method === 'sobol') {
        const s = sobolIndices(y, k, options);
        ranked = s && rank(s.map((x, j) => ({ path: design.parameters[j].path, key: x.total, first: round6(x.first), firstCi95: pair(x.firstCi95), total: round6(x.total), totalCi95: pair(x.totalCi95) })));
      } else {
        const varies = y.some((v) => v !== y[0]);
        const e = morrisEffects(unit!, y, k, options);
        ranked = varies ? rank(e.map((x, j) => ({ path: design.parameters[j].path, key: x.muStar, mu: round6(x.mu), muStar: round6(x.muStar), muStarCi95: pair(x.muStarCi95), sigma: round6(x.sigma), sigmaCi95: pair(x.sigmaCi95) }))) : null;
      }
      const what = o.kind === 'index' ? o.measure : labels.get(o.measure) ?? o.measure;
      const diff = this.manifest.series.length > 1 ? `difference (variant - base) in ${what}` : what;
      return {
        ...o,
        label: `${diff} ${o.kind === 'index' ? 'at' : 'by'} turn ${o.turn}`,
        date: quarterAt(this.manifest.series[0].start, o.turn - 1),
        mean: round6(mean(y)), sd: round6(sd(y)), parameters: ranked,
      };
    });
    const methods: Record<string, string> = { output: METHODS.output, [design.method]: METHODS[design.method as 'sobol' | 'morris'] };
    return { manifest: this.manifest, methods, outputs: analyses };
  }
}

const pair = (ci: readonly [number, number]): [number, number] => [round6(ci[0]), round6(ci[1])];

/** Rank by `key`, largest first; ties keep the parameters' order. */
function rank(entries: Array<{ path: string; key: number } & Omit<RankedParameter, 'rank' | 'path'>>): RankedParameter[] {
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => b.e.key - a.e.key || a.i - b.i)
    .map(({ e }, r) => {
      const { key: _key, path, ...rest } = e;
      return { rank: r + 1, path, ...rest };
    });
}
