import seedrandom from 'seedrandom';
import { percentile95 } from '../stats.js';

/** A parameter's first-order and total Sobol indices with their 95% bootstrap intervals. */
export interface SobolIndex {
  readonly first: number;
  readonly firstCi95: readonly [number, number];
  readonly total: number;
  readonly totalCi95: readonly [number, number];
}

/** What the estimators need besides the outputs. */
export interface SobolOptions {
  /** Bootstrap replicates (resampling the n base rows). */
  readonly bootstrap: number;
  readonly seed: number;
}

/**
 * Pure: first-order indices by Saltelli et al. 2010's estimator, S_i = mean(f(B) (f(AB_i) - f(A))) / V,
 * and total indices by Jansen's (1999), ST_i = mean((f(A) - f(AB_i))^2) / 2 / V, where V is the
 * variance of f over A and B together (Saltelli et al. 2010, table 2, (b) and (f)). `y` holds the
 * outputs in saltelliDesign's order (n blocks of k + 2). The outputs are centred on their mean first,
 * which changes no index but the first-order estimator's noise. Intervals: 95% percentile bootstrap
 * over the n blocks, from a seedrandom stream named by the seed. Null when the output does not vary.
 */
export function sobolIndices(y: ArrayLike<number>, k: number, options: SobolOptions): SobolIndex[] | null {
  const n = y.length / (k + 2);
  if (!Number.isInteger(n) || n < 2) throw new RangeError(`expected n (k + 2) outputs with n >= 2, got ${y.length} for k = ${k}`);
  const at = (j: number, row: number) => y[j * (k + 2) + row];
  let centre = 0;
  for (let j = 0; j < n; j++) centre += at(j, 0) + at(j, k + 1);
  centre /= 2 * n;
  const a = Float64Array.from({ length: n }, (_, j) => at(j, 0) - centre);
  const b = Float64Array.from({ length: n }, (_, j) => at(j, k + 1) - centre);
  const ab = Array.from({ length: k }, (_, i) => Float64Array.from({ length: n }, (_, j) => at(j, 1 + i) - centre));
  const all = Uint32Array.from({ length: n }, (_, j) => j);
  const point = estimate(a, b, ab, all);
  if (point === null) return null;
  const rng = seedrandom.alea(`sobol-bootstrap|${options.seed}`);
  const firsts = Array.from({ length: k }, () => new Float64Array(options.bootstrap));
  const totals = Array.from({ length: k }, () => new Float64Array(options.bootstrap));
  const pick = new Uint32Array(n);
  for (let r = 0; r < options.bootstrap; r++) {
    for (let j = 0; j < n; j++) pick[j] = Math.floor(rng() * n);
    // A resample in which the output happens not to vary estimates nothing: it counts as 0.
    const e = estimate(a, b, ab, pick);
    for (let i = 0; i < k; i++) {
      firsts[i][r] = e ? e.first[i] : 0;
      totals[i][r] = e ? e.total[i] : 0;
    }
  }
  const ci = percentile95;
  return point.first.map((first, i) => ({ first, firstCi95: ci(firsts[i]), total: point.total[i], totalCi95: ci(totals[i]) }));
}

function estimate(a: Float64Array, b: Float64Array, ab: Float64Array[], rows: Uint32Array): { first: number[]; total: number[] } | null {
  const n = rows.length;
  let sum = 0;
  let sq = 0;
  for (const j of rows) {
    sum += a[j] + b[j];
    sq += a[j] * a[j] + b[j] * b[j];
  }
  const m = sum / (2 * n);
  const v = sq / (2 * n) - m * m;
  if (!(v > 1e-12 * (sq / (2 * n)) && v > 0)) return null;
  const first = ab.map((abi) => {
    let s = 0;
    for (const j of rows) s += b[j] * (abi[j] - a[j]);
    return s / n / v;
  });
  const total = ab.map((abi) => {
    let s = 0;
    for (const j of rows) s += (a[j] - abi[j]) ** 2;
    return s / (2 * n) / v;
  });
  return { first, total };
}
