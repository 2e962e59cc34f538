import { ResearchError } from './errors.js';
import type { ResearchManifest } from './manifest.js';
import type { SeedRange } from './pool.js';
import type { Shard } from './shard.js';

/** The first line of a shard's CSV starts with this; merge reads it to check the shards belong together. */
export const SHARD_MARK = '#multipolar-shard ';

/** What a shard file's first line says. */
export interface ShardHead extends Shard {
  readonly seeds: SeedRange;
  readonly manifest: ResearchManifest;
}

/** The first line of a shard file (with its newline): a comment line most CSV readers can skip. */
export function shardHeadLine(head: ShardHead): string {
  return SHARD_MARK + JSON.stringify({ k: head.k, n: head.n, seeds: head.seeds, manifest: head.manifest }) + '\n';
}

/** Parse a shard file's first line; a ResearchError naming the file when it is not one. */
export function parseShardHead(line: string, file: string): ShardHead {
  if (!line.startsWith(SHARD_MARK)) {
    throw new ResearchError(`${file} is not a shard file (its first line should start with "${SHARD_MARK.trim()}"); make shards with batch, compare, sweep, design or sensitivity --shard k/n`);
  }
  try {
    const head = JSON.parse(line.slice(SHARD_MARK.length)) as ShardHead;
    if (typeof head.k === 'number' && typeof head.n === 'number' && head.manifest?.columns && head.seeds) return head;
  } catch {
    // fall through to the error below
  }
  throw new ResearchError(`${file}: its shard line is damaged; make the shard again`);
}
