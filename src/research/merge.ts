import { csvLine } from './csv.js';
import { ResearchError } from './errors.js';
import { manifestText, unitsOf, type ResearchManifest } from './manifest.js';
import { readLines } from './lines.js';
import { createReduction, type Reduced, type Wants } from './reduce.js';
import { yieldToLoop } from './pool.js';
import { RowReader } from './rows.js';
import { shardSeeds } from './shard.js';
import { parseShardHead, type ShardHead } from './shardFile.js';
import type { Sink } from './sink.js';

/** A shard file and what its first line says. */
export interface ShardInput {
  readonly file: string;
  readonly head: ShardHead;
}

/** Read the first line of each shard file. */
export function readShardHeads(files: readonly string[]): ShardInput[] {
  return files.map((file) => {
    const first = readLines(file).next();
    return { file, head: parseShardHead(first.done ? '' : first.value, file) };
  });
}

/**
 * Check that the shards belong together (one manifest, one n, each k from 1 to n exactly once, each
 * with its slice of the seeds) and put them in k order. Any mismatch is a ResearchError naming the
 * files and what differs.
 */
export function orderShards(inputs: readonly ShardInput[]): ShardInput[] {
  if (inputs.length === 0) throw new ResearchError('merge needs at least one shard file');
  const [first] = inputs;
  const text = manifestText(first.head.manifest);
  const byK = new Map<number, ShardInput>();
  for (const input of inputs) {
    const { k, n, manifest } = input.head;
    if (manifestText(manifest) !== text) {
      throw new ResearchError(`${input.file} and ${first.file} come from different runs (their manifests differ in ${differingKeys(first.head.manifest, manifest)}); merge only shards of one command`);
    }
    if (n !== first.head.n) throw new ResearchError(`${input.file} is shard ${k}/${n} but ${first.file} is one of ${first.head.n}; all shards must be cut the same way`);
    if (byK.has(k)) throw new ResearchError(`shard ${k}/${n} is given twice: ${byK.get(k)!.file} and ${input.file}`);
    const slice = shardSeeds(unitsOf(manifest), { k, n });
    if (slice.from !== input.head.seeds.from || slice.count !== input.head.seeds.count) throw new ResearchError(`${input.file}: its seeds do not match shard ${k}/${n}`);
    byK.set(k, input);
  }
  const missing = Array.from({ length: first.head.n }, (_, i) => i + 1).filter((k) => !byK.has(k));
  if (missing.length > 0) throw new ResearchError(`missing shard${missing.length > 1 ? 's' : ''} ${missing.map((k) => `${k}/${first.head.n}`).join(', ')}; merge needs all ${first.head.n}`);
  return [...byK.keys()].sort((a, b) => a - b).map((k) => byK.get(k)!);
}

function differingKeys(a: ResearchManifest, b: ResearchManifest): string {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  const differ = keys.filter((k) => JSON.stringify((a as unknown as Record<string, unknown>)[k]) !== JSON.stringify((b as unknown as Record<string, unknown>)[k]));
  return differ.join(', ');
}

/**
 * Join ordered shards: the CSV header once, then every shard's rows in k order, which is the whole
 * run's CSV byte for byte; every row is also read back for the summary, comparison or figure asked for.
 */
export async function mergeShards(shards: readonly ShardInput[], sink: Sink, wants: Wants, onProgress?: (seeds: number) => void): Promise<Reduced> {
  const { manifest } = shards[0].head;
  const header = csvLine(manifest.columns);
  sink.write(header);
  const reduction = createReduction(manifest, manifest.seeds.count, wants);
  try {
    let seeds = 0;
    for (const { file, head } of shards) {
      const reader = new RowReader(manifest, head.seeds, file);
      let line = 0;
      for (const text of readLines(file)) {
        line++;
        if (line === 1) continue;
        if (line === 2) {
          if (text + '\n' !== header) throw new ResearchError(`${file}: its column line does not match its manifest`);
          continue;
        }
        sink.write(text + '\n');
        const trajectories = reader.push(text);
        if (trajectories) {
          reduction.add(trajectories);
          onProgress?.(++seeds);
          // Let signals (Ctrl-C) and the progress bar through now and then.
          if (seeds % 64 === 0) await yieldToLoop();
        }
      }
      reader.end();
    }
    return reduction.finish();
  } finally {
    reduction.dispose();
  }
}
