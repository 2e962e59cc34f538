/**
 * Number formats of the scenario figures (docs/SCENARIOS.md), on the research commands' own
 * statistics so that a figure printed here and the same figure from `multipolar batch` or
 * `multipolar compare` agree to the last digit: Wilson 95% intervals for shares, and 95% percentile
 * bootstrap intervals (2000 replicates, bootstrap seed 1, compare's defaults) for paired differences.
 */
import { bootstrapMeans, mean, sd, wilson } from '../src/research/index.js';

/** compare's defaults (`--bootstrap 2000 --bootstrap-seed 1`). */
const BOOTSTRAP = { replicates: 2000, seed: 1 };

export const f1 = (x: number): string => (Number.isNaN(x) ? '-' : x.toFixed(1));
export const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

/** Median of a list (NaN when empty). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** "31.4% [27.5%, 35.6%]": a share of n with its Wilson 95% interval. */
export function share(k: number, n: number): string {
  const [lo, hi] = wilson(k, n);
  return `${pct(k / n)} [${pct(lo)}, ${pct(hi)}]`;
}

/** "52.8 (6.5)": mean and standard deviation. */
export const meanSd = (xs: readonly number[]): string => `${f1(mean(xs))} (${f1(sd(xs))})`;

/** "+0.89 [0.73, 1.06]": the mean of paired differences (seed by seed) with its bootstrap 95% interval. */
export function paired(diffs: readonly number[]): string {
  const m = mean(diffs);
  const [[lo, hi]] = bootstrapMeans([Float64Array.from(diffs)], BOOTSTRAP.replicates, BOOTSTRAP.seed);
  const signed = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(2)}`;
  return `${signed(m)} [${signed(lo)}, ${signed(hi)}]`;
}
