import { createHash, type Hash } from 'node:crypto';
import { z } from 'zod';
import { ResearchError } from './errors.js';
import type { ResearchManifest } from './manifest.js';
import type { SeedRange } from './pool.js';
import type { Shard } from './shard.js';

/** The first line of a shard's CSV starts with this; merge reads it to check the shards belong together. */
export const SHARD_MARK = '#multipolar-shard ';

/** The last line of a shard's CSV starts with this: how many data rows it holds and their sha256. */
export const SHARD_END_MARK = '#multipolar-shard-end ';

/** What a shard file's first line says. */
export interface ShardHead extends Shard {
  readonly seeds: SeedRange;
  readonly manifest: ResearchManifest;
}

/** The first line of a shard file (with its newline): a comment line most CSV readers can skip. */
export function shardHeadLine(head: ShardHead): string {
  return SHARD_MARK + JSON.stringify({ k: head.k, n: head.n, seeds: head.seeds, manifest: head.manifest }) + '\n';
}

/** The last line of a shard file (with its newline): the count and sha256 of the data rows above it. */
export function shardEndLine(rows: number, sha256: string): string {
  return SHARD_END_MARK + JSON.stringify({ rows, sha256 }) + '\n';
}

/** A running count and sha256 of a shard's data rows, each with its newline, as written and as read back. */
export class RowChecksum {
  private readonly hash: Hash = createHash('sha256');
  rows = 0;

  /** Add rows (text of whole lines, each ending in a newline). */
  add(text: string, rows: number): void {
    this.hash.update(text);
    this.rows += rows;
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}

const int = (min: number, max: number) => z.number().int().min(min).max(max);

/**
 * The bounds of a shard head: what the commands can make, and no more, so that an edited number
 * cannot make merge allocate gigabytes (turns, series, seeds and turns compared are what memory grows with).
 */
const headSchema = z.object({
  k: int(1, 100_000),
  n: int(1, 100_000),
  seeds: z.object({ from: int(0, 2 ** 32 - 1), count: int(0, 10_000_000) }),
  manifest: z.object({
    kind: z.enum(['batch', 'compare', 'sweep', 'design']),
    engine: z.object({ name: z.literal('multipolar'), version: z.string().max(60) }),
    series: z.array(z.object({ label: z.string().max(1000), scenario: z.object({ id: z.string().max(200), sha256: z.string().max(64) }).loose(), start: z.string().regex(/^\d{4}-Q[1-4]$/) }).loose()).min(1).max(1000),
    seeds: z.object({ from: int(0, 2 ** 32 - 1), count: int(1, 10_000_000) }),
    turns: int(1, 400),
    columns: z.array(z.string().max(200)).min(1).max(10_000),
    outcomes: z.array(z.object({ id: z.string().max(200), label: z.string().max(1000) }).loose()).max(10_000),
    compare: z.object({ at: z.array(int(1, 400)).min(1).max(400), bootstrap: int(100, 100_000), bootstrapSeed: int(0, 2 ** 32 - 1) }).optional(),
    design: z.object({
      method: z.enum(['grid', 'lhs', 'from', 'morris', 'sobol']),
      parameters: z.array(z.object({ path: z.string().max(500) }).loose()).min(1).max(256),
      points: int(1, 1_000_000),
      levels: z.array(z.array(z.number()).max(1000)).max(256).optional(),
      values: z.array(z.array(z.union([z.number(), z.string().max(200), z.boolean()])).max(256)).max(1_000_000).optional(),
      at: z.array(int(1, 400)).min(1).max(400),
      outputs: z.array(z.object({}).loose()).max(1000).optional(),
    }).loose().optional(),
  }).loose(),
}).refine((h) => h.k <= h.n, 'k is above n')
  .refine((h) => (h.manifest.kind === 'design') === (h.manifest.design !== undefined), 'a design, and only a design, has design settings')
  .refine((h) => h.manifest.design === undefined || h.manifest.design.points * h.manifest.seeds.count <= 100_000_000, 'a design of more than 100,000,000 runs').refine((h) => h.manifest.kind !== 'compare' || (h.manifest.compare !== undefined && h.manifest.series.length === 2), 'a comparison needs compare settings and two series');

/** Parse a shard file's first line; a ResearchError naming the file when it is not one, or when a number is out of bounds. */
export function parseShardHead(line: string, file: string): ShardHead {
  if (!line.startsWith(SHARD_MARK)) {
    throw new ResearchError(`${file} is not a shard file (its first line should start with "${SHARD_MARK.trim()}"); make shards with batch, compare, sweep, design or sensitivity --shard k/n`);
  }
  let json: unknown;
  try {
    json = JSON.parse(line.slice(SHARD_MARK.length));
  } catch {
    throw new ResearchError(`${file}: its shard line is damaged; make the shard again`);
  }
  const parsed = headSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ResearchError(`${file}: its shard line is damaged (at ${issue.path.join('.') || 'the top'}: ${issue.message}); make the shard again`);
  }
  return json as ShardHead;
}

/** Parse a shard's last line; a ResearchError when it is not one. */
export function parseShardEnd(line: string, file: string): { rows: number; sha256: string } {
  try {
    const end = JSON.parse(line.slice(SHARD_END_MARK.length)) as { rows?: unknown; sha256?: unknown };
    if (Number.isSafeInteger(end.rows) && typeof end.sha256 === 'string') return end as { rows: number; sha256: string };
  } catch {
    // fall through to the error below
  }
  throw new ResearchError(`${file}: its last line (the rows' checksum) is damaged; make the shard again`);
}
