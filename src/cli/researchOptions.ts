import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import {
  executePlan, fileSink, nullSink, parseShard, progressBar, ResearchError, seedsOf, stdoutSink,
  type Plan, type Reduced, type Shard, type Sink, type Wants,
} from '../research/index.js';
import type { SeedRange } from '../research/index.js';
import { parseInteger, SEED_RANGE } from './args.js';
import { UsageError } from './errors.js';
import { checkOutputFiles, writeFileAtomic } from './files.js';

/** The options every research command shares, as commander gives them. */
export interface CommonOptions {
  readonly runs?: string;
  readonly seedStart: string;
  readonly turns?: string;
  readonly workers?: string;
  readonly shard?: string;
  readonly out?: string;
  readonly svg?: string;
}

/** Declare the options shared by batch, compare and sweep. */
export function addCommonOptions(command: Command): Command {
  return command
    .option('-n, --runs <n>', 'number of seeded runs (seeds S..S+N-1)')
    .option('--seed-start <s>', 'first seed S', '1')
    .option('-t, --turns <n>', "number of quarterly turns (default: the scenario's length)")
    .option('-w, --workers <n>', 'worker threads (default: the number of cores; at most four per core); outputs never depend on it')
    .option('--shard <k/n>', 'play only the k-th of n slices of the seeds; join the shards with multipolar merge')
    .option('-o, --out <file>', 'write the tidy CSV (one row per run and turn) to this file, atomically')
    .option('--svg <file>', 'write fan charts of every index over time (median, 5-95% band) as a standalone SVG');
}

/** Parsed common options. */
export interface Common {
  readonly seeds: SeedRange;
  readonly turns?: number;
  readonly workers: number;
  readonly shard?: Shard;
  readonly out?: string;
  readonly svg?: string;
}

/** Parse the common options; a mistake is a UsageError naming the option. */
export function parseCommon(opts: CommonOptions): Common {
  if (opts.runs === undefined) throw new UsageError('--runs is required: how many seeded runs, e.g. --runs 1000');
  const runs = parseInteger('--runs', opts.runs, { min: 1, max: 10_000_000 });
  const from = parseInteger('--seed-start', opts.seedStart, SEED_RANGE);
  if (from + runs - 1 > SEED_RANGE.max) throw new UsageError(`--seed-start ${from} with --runs ${runs} goes past the last seed ${SEED_RANGE.max}`);
  return {
    seeds: { from, count: runs },
    turns: opts.turns === undefined ? undefined : parseInteger('--turns', opts.turns, { min: 1, max: 400 }),
    workers: parseWorkers(opts.workers),
    shard: opts.shard === undefined ? undefined : usage(() => parseShard(opts.shard!)),
    out: opts.out,
    svg: opts.svg,
  };
}

/**
 * Parse `--workers` (default: the number of cores). At most four threads per core: more only adds
 * memory (each thread holds its own engine, about 15 MB; 256 on two cores took 3.8 GB) and no speed.
 */
export function parseWorkers(text: string | undefined, cores = availableParallelism()): number {
  if (text === undefined) return cores;
  const max = Math.max(4, 4 * cores);
  if (/^\s*\d+\s*$/.test(text) && Number(text) > max) throw new UsageError(`--workers must be between 1 and ${max} (four per core on this machine, which has ${cores}), got ${text}`);
  return parseInteger('--workers', text, { min: 1, max });
}

/** Run `fn`, reporting a ResearchError as a user's mistake (one line, exit code 2). */
export function usage<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof ResearchError) throw new UsageError(e.message);
    throw e;
  }
}

/** Where a research run's outputs go. */
export interface Destinations {
  /** The CSV: a file, standard output, or nowhere. */
  readonly csv: { readonly file: string } | 'stdout' | 'none';
  /** A JSON document (summary or comparison) to this file. */
  readonly json?: string;
  readonly svg?: string;
  /** The files the command reads (scenarios, shards), which no output may overwrite. */
  readonly inputs?: readonly string[];
}

/**
 * Open the CSV's sink, having first checked that every output can be written, so that bad input
 * fails before any work and leaves no file behind.
 */
export function openSink(dest: Destinations): Sink {
  checkOutputFiles([
    { option: '--out', path: typeof dest.csv === 'object' ? dest.csv.file : undefined }, { option: '--summary', path: dest.json }, { option: '--svg', path: dest.svg },
  ], dest.inputs);
  return usage(() => {
    return typeof dest.csv === 'object' ? fileSink(dest.csv.file) : dest.csv === 'stdout' ? stdoutSink() : nullSink;
  });
}

/** The JSON document of what a run reduced to (a summary, a comparison), or none. */
export type JsonOf = (reduced: Reduced) => unknown;

/**
 * Finish a research run: every output is rendered before any is committed, then the CSV is renamed
 * into place and the JSON and figure are written atomically. On any failure the CSV is aborted.
 */
export async function produce(dest: Destinations, sink: Sink, work: () => Promise<Reduced> | Reduced, jsonOf: JsonOf): Promise<Reduced> {
  // A signal mid-run (Ctrl-C, SIGTERM, SIGHUP) removes the temporary CSV: see cli/stdio.ts.
  try {
    const reduced = await work();
    const json = dest.json ? JSON.stringify(jsonOf(reduced), null, 2) + '\n' : undefined;
    sink.commit();
    if (dest.json) writeFileAtomic(dest.json, json!);
    if (dest.svg) writeFileAtomic(dest.svg, reduced.svg!);
    return reduced;
  } catch (e) {
    sink.abort();
    throw e instanceof ResearchError ? new UsageError(e.message) : e;
  }
}

/** Play a plan with the common options and write its outputs; returns what it reduced to. */
export async function runPlan(plan: Plan, common: Common, dest: Destinations, wants: Wants, jsonOf: JsonOf): Promise<Reduced> {
  const sink = openSink(dest);
  const seeds = seedsOf(plan, common.shard);
  const bar = progressBar(seeds.count, plan.manifest.kind);
  try {
    return await produce(dest, sink, () => executePlan(plan, { workers: common.workers, shard: common.shard, sink, wants, onProgress: (d) => bar.update(d) }), jsonOf);
  } finally {
    bar.end();
  }
}

/** A shard's own JSON says which slice it covers, after the whole run's fields. */
export function withShard<T extends object>(doc: T | undefined, plan: Plan, shard?: Shard): unknown {
  return shard && doc ? { ...doc, shard: { k: shard.k, n: shard.n, seeds: seedsOf(plan, shard) } } : doc;
}
