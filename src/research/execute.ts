import { csvLine } from './csv.js';
import type { Plan } from './plan.js';
import { unitsOf } from './manifest.js';
import { runUnits, type SeedRange } from './pool.js';
import { createReduction, type Reduced, type Wants } from './reduce.js';
import { shardSeeds, type Shard } from './shard.js';
import { RowChecksum, shardEndLine, shardHeadLine } from './shardFile.js';
import type { Sink } from './sink.js';

export interface ExecuteOptions {
  /** Worker threads (1 plays in this thread); the outputs never depend on it. */
  readonly workers: number;
  /** Play only this slice of the seeds, and mark the CSV as a shard for `merge`. */
  readonly shard?: Shard;
  /** Where the CSV streams. */
  readonly sink: Sink;
  readonly wants: Wants;
  readonly onProgress?: (seedsDone: number) => void;
}

/** The units a run plays (its seeds, or a design's (point, seed) pairs): all of them, or its shard's slice. */
export function seedsOf(plan: Plan, shard?: Shard): SeedRange {
  const units = unitsOf(plan.manifest);
  return shard ? shardSeeds(units, shard) : units;
}

/**
 * Play a research run: every seed in every series, the CSV streamed to the sink in seed order (a
 * shard's first line says which shard of which run it is), and the runs folded into what `wants`
 * asks for. The caller commits or aborts the sink.
 */
export async function executePlan(plan: Plan, options: ExecuteOptions): Promise<Reduced> {
  const { manifest, job } = plan;
  const { shard, sink, wants } = options;
  const seeds = seedsOf(plan, shard);
  const reduction = createReduction(manifest, seeds.count, wants);
  if (shard) sink.write(shardHeadLine({ k: shard.k, n: shard.n, seeds, manifest }));
  sink.write(csvLine(manifest.columns));
  // A shard ends with the count and sha256 of its rows, so that merge refuses edited or damaged rows.
  const checksum = shard ? new RowChecksum() : undefined;
  const rowsPerSeed = manifest.series.length * manifest.turns;
  try {
    await runUnits(job, seeds, {
      workers: options.workers,
      onResult: (result) => {
        sink.write(result.csv);
        checksum?.add(result.csv, rowsPerSeed);
        reduction.add(result.trajectories);
      },
      onProgress: options.onProgress,
    });
    if (checksum) sink.write(shardEndLine(checksum.rows, checksum.digest()));
    return reduction.finish();
  } finally {
    reduction.dispose();
  }
}
