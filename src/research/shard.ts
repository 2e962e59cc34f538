import { ResearchError } from './errors.js';
import type { SeedRange } from './pool.js';

/** The k-th (1-based) of n disjoint slices of a run's seeds. */
export interface Shard {
  readonly k: number;
  readonly n: number;
}

/** Parse "k/n" (1 <= k <= n <= 100000); a bad spec is a ResearchError that says what is expected. */
export function parseShard(text: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const k = m ? Number(m[1]) : NaN;
  const n = m ? Number(m[2]) : NaN;
  if (!m || n < 1 || n > 100_000 || k < 1 || k > n) {
    throw new ResearchError(`--shard must be k/n with 1 <= k <= n (e.g. 3/8 for the third of eight slices), got "${text}"`);
  }
  return { k, n };
}

/**
 * Pure: the seeds of shard k/n: contiguous slices in order, sizes differing by at most one, so the
 * shards' outputs concatenated in k order are the whole run's, seed for seed.
 */
export function shardSeeds(all: SeedRange, shard: Shard): SeedRange {
  const start = Math.floor(((shard.k - 1) * all.count) / shard.n);
  const end = Math.floor((shard.k * all.count) / shard.n);
  return { from: all.from + start, count: end - start };
}
