import seedrandom from 'seedrandom';

/** Pure: the arithmetic mean, summed in the given order (so equal inputs give equal bits). NaN when empty. */
export function mean(xs: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < xs.length; i++) sum += xs[i];
  return sum / xs.length;
}

/**
 * Pure: the p-quantile of values already sorted ascending, by linear interpolation between order
 * statistics (Hyndman and Fan's type 7, the default of R and NumPy): h = (n - 1) p.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** The mean, median and 5th and 95th percentiles of a sample. */
export interface Spread {
  readonly mean: number;
  readonly median: number;
  readonly p5: number;
  readonly p95: number;
}

/** Pure: the spread of a non-empty sample (the sample itself is left as it is). */
export function spread(xs: Float64Array): Spread {
  const sorted = Float64Array.from(xs).sort();
  return { mean: mean(xs), median: quantileSorted(sorted, 0.5), p5: quantileSorted(sorted, 0.05), p95: quantileSorted(sorted, 0.95) };
}

/** z for a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

/**
 * Pure: the Wilson score interval for k successes in n trials (95% by default). Unlike the Wald
 * interval it stays inside [0, 1] and is sensible at k = 0 and k = n.
 */
export function wilson(k: number, n: number, z: number = Z95): [number, number] {
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At k = 0 and k = n the bounds are exactly 0 and 1; rounding would leave a crumb there.
  return [k === 0 ? 0 : Math.max(0, centre - half), k === n ? 1 : Math.min(1, centre + half)];
}

/** Pure: the sample standard deviation (n - 1 in the denominator); 0 for fewer than two values. */
export function sd(xs: ArrayLike<number>): number {
  if (xs.length < 2) return 0;
  const m = mean(xs);
  let ss = 0;
  for (let i = 0; i < xs.length; i++) ss += (xs[i] - m) ** 2;
  return Math.sqrt(ss / (xs.length - 1));
}

/**
 * Pure: 95% percentile-bootstrap intervals of the means of several paired-difference samples of the
 * same seeds. Each replicate resamples the seeds with replacement once, from a seedrandom stream
 * named by `seed`, and uses that resample for every sample, so the intervals are seeded and
 * reproducible, and joint in the resampling.
 */
export function bootstrapMeans(samples: ReadonlyArray<ArrayLike<number>>, replicates: number, seed: number): Array<[number, number]> {
  const n = samples[0]?.length ?? 0;
  const rng = seedrandom.alea(`bootstrap|${seed}`);
  const means = samples.map(() => new Float64Array(replicates));
  const pick = new Uint32Array(n);
  for (let r = 0; r < replicates; r++) {
    for (let i = 0; i < n; i++) pick[i] = Math.floor(rng() * n);
    samples.forEach((xs, s) => {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += xs[pick[i]];
      means[s][r] = sum / n;
    });
  }
  return means.map(percentile95);
}

/** The 95% percentile interval of bootstrap replicates (sorts them in place). */
export function percentile95(replicates: Float64Array): [number, number] {
  replicates.sort();
  return [quantileSorted(replicates, 0.025), quantileSorted(replicates, 0.975)];
}

/** Pure: Cohen's d_z for paired data (mean difference over the differences' SD); 0 when all differences are 0, null when it is unbounded. */
export function cohenDz(diffs: Float64Array): number | null {
  const m = mean(diffs);
  const s = sd(diffs);
  if (s === 0) return m === 0 ? 0 : null;
  return m / s;
}

/** Pure: Cohen's h, the effect size of a difference between two proportions: 2 asin sqrt(p2) - 2 asin sqrt(p1). */
export function cohenH(p1: number, p2: number): number {
  return 2 * Math.asin(Math.sqrt(p2)) - 2 * Math.asin(Math.sqrt(p1));
}
