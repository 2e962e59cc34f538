import type { Spread } from './stats.js';

/** Bins of the first pass over [0, 100], the range of every index. */
const BINS = 1024;

/** The bin of a value; values outside [0, 100] go to the end bins, so the order is kept. */
export function binOf(v: number): number {
  return v <= 0 ? 0 : v >= 100 ? BINS - 1 : Math.min(BINS - 1, Math.floor((v / 100) * BINS));
}

/** The 0-based order statistics that the type-7 median, p5 and p95 of n values interpolate between. */
function ranks(n: number): Array<{ p: number; lo: number; hi: number; h: number }> {
  return [0.5, 0.05, 0.95].map((p) => {
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    return { p, lo, hi: Math.min(lo + 1, n - 1), h };
  });
}

/**
 * Exact type-7 quantiles of a column of numbers in two passes and flat memory: the first pass counts
 * values into bins (and sums them); the second keeps only the values of the few bins that hold the
 * wanted order statistics, with their counts. The results equal sorting the whole column.
 */
export class QuantileColumn {
  private readonly counts = new Uint32Array(BINS);
  private sum = 0;
  private n = 0;
  /** Second pass: bin -> value -> count, for the bins that hold a wanted rank. */
  private wanted?: Map<number, Map<number, number>>;

  /** First pass: one value. */
  add(v: number): void {
    this.counts[binOf(v)]++;
    this.sum += v;
    this.n++;
  }

  /** Between the passes: note which bins hold the wanted ranks. */
  prepare(): void {
    this.wanted = new Map();
    for (const r of ranks(this.n)) for (const rank of [r.lo, r.hi]) this.wanted.set(this.locate(rank).bin, new Map());
  }

  /** Second pass: the same values again, in any order. */
  revisit(v: number): void {
    const values = this.wanted!.get(binOf(v));
    if (values) values.set(v, (values.get(v) ?? 0) + 1);
  }

  /** After the second pass: the mean, median, p5 and p95. */
  finish(): Spread {
    const at = (rank: number) => {
      const { bin, k } = this.locate(rank);
      const values = [...this.wanted!.get(bin)!.entries()].sort((a, b) => a[0] - b[0]);
      let seen = 0;
      for (const [v, c] of values) {
        seen += c;
        if (k < seen) return v;
      }
      throw new Error('the second pass saw other values than the first');
    };
    const [median, p5, p95] = ranks(this.n).map(({ lo, hi, h }) => {
      const a = at(lo);
      return a + (h - lo) * (at(hi) - a);
    });
    return { mean: this.sum / this.n, median, p5, p95 };
  }

  /** The bin that holds the value of 0-based rank `rank`, and its rank within the bin. */
  private locate(rank: number): { bin: number; k: number } {
    let before = 0;
    for (let bin = 0; bin < BINS; bin++) {
      if (rank < before + this.counts[bin]) return { bin, k: rank - before };
      before += this.counts[bin];
    }
    throw new Error(`rank ${rank} is beyond the ${this.n} values`);
  }
}
