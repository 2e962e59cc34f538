import { csvLine } from './csv.js';
import { ResearchError } from './errors.js';
import { manifestText, unitsOf, type ResearchManifest } from './manifest.js';
import { readLines } from './lines.js';
import { createReduction, type Reduced, type Reduction, type Wants } from './reduce.js';
import { yieldToLoop, type SeedRange } from './pool.js';
import { RowReader } from './rows.js';
import { shardSeeds } from './shard.js';
import { parseShardEnd, parseShardHead, RowChecksum, SHARD_END_MARK, SHARD_MARK, type ShardHead } from './shardFile.js';
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
  sink.write(csvLine(manifest.columns));
  const reduction = createReduction(manifest, manifest.seeds.count, wants);
  try {
    let seeds = 0;
    for (const { file, head } of shards) {
      await foldRows(file, manifest, head.seeds, reduction, {
        onRow: (text) => sink.write(text + '\n'),
        onSeed: () => onProgress?.(++seeds),
      });
    }
    return reduction.finish();
  } finally {
    reduction.dispose();
  }
}

/** What foldRows reports as it reads: each data row's text and seed, and each seed once all its rows are read. */
export interface FoldCallbacks {
  readonly onRow?: (text: string, seed: number) => void;
  readonly onSeed?: () => void;
}

/**
 * Read a research CSV (a shard's, with its `#multipolar-shard` line, or a whole run's) into
 * `reduction`, checking that its column line matches `manifest` and that every row is where the
 * manifest puts it (RowReader). Streams: memory does not grow with the file.
 */
export async function foldRows(file: string, manifest: ResearchManifest, seeds: SeedRange, reduction: Reduction, callbacks: FoldCallbacks = {}): Promise<void> {
  const header = csvLine(manifest.columns);
  const reader = new RowReader(manifest, seeds, file);
  const rowsPerSeed = manifest.series.length * manifest.turns;
  let line = 0;
  let rows = 0;
  let headerSeen = false;
  let shard = false;
  let end: { rows: number; sha256: string } | undefined;
  const checksum = new RowChecksum();
  for (const text of readLines(file)) {
    line++;
    if (end) throw new ResearchError(`${file}: lines after its checksum line; make the shard again`);
    if (line === 1 && text.startsWith(SHARD_MARK)) {
      shard = true;
      continue;
    }
    if (shard && text.startsWith(SHARD_END_MARK)) {
      end = parseShardEnd(text, file);
      continue;
    }
    if (!headerSeen) {
      if (text + '\n' !== header) throw new ResearchError(`${file}: its column line does not match its manifest`);
      headerSeen = true;
      continue;
    }
    callbacks.onRow?.(text, seeds.from + Math.floor(rows / rowsPerSeed));
    if (shard) checksum.add(text + '\n', 1);
    rows++;
    const trajectories = reader.push(text);
    if (trajectories) {
      reduction.add(trajectories);
      callbacks.onSeed?.();
      // Let signals (Ctrl-C) and the progress bar through now and then.
      if (rows % (64 * rowsPerSeed) === 0) await yieldToLoop();
    }
  }
  reader.end();
  if (shard) {
    if (!end) throw new ResearchError(`${file} is truncated: it has no checksum line at its end; make the shard again`);
    if (end.rows !== checksum.rows || end.sha256 !== checksum.digest()) throw new ResearchError(`${file}: its rows were edited or damaged (their sha256 does not match its checksum line); make the shard again`);
  }
}
