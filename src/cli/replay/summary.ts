import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ENGINE_VERSION, firstDifference, show } from '../../engine/index.js';
import type { Scenario } from '../../model/index.js';
import {
  createReduction, executePlan, foldRows, makePlan, nullSink, parseCsvLine, ResearchError, runSeed, seedsOf,
  type Plan, type Reduced, type ResearchManifest, type Shard,
} from '../../research/index.js';
import { parseInteger, SEED_RANGE } from '../args.js';
import { CheckFailed, UsageError } from '../errors.js';
import { parseWorkers, usage, withShard } from '../researchOptions.js';
import { sampleIndices } from './sample.js';
import { scenarioById } from './scenarioById.js';
import type { ReplayOptions, Writers } from './types.js';
import { checkVersion } from './version.js';

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** What a summary's manifest must hold to be played again (the rest is checked by comparing the rebuilt manifest). */
const manifestShape = z.object({
  kind: z.enum(['batch', 'compare', 'sweep']),
  series: z.array(z.object({ label: z.string(), scenario: z.object({ id: z.string() }), value: z.union([z.string(), z.number(), z.boolean()]).optional() })).min(1).max(1000),
  seeds: z.object({ from: z.number().int().min(SEED_RANGE.min).max(SEED_RANGE.max), count: z.number().int().min(1).max(10_000_000) }),
  turns: z.number().int().min(1).max(400),
  compare: z.object({ at: z.array(z.number().int()), bootstrap: z.number().int().min(100).max(100_000), bootstrapSeed: z.number().int() }).optional(),
  sweep: z.object({ param: z.string() }).optional(),
});
const shardShape = z.object({ k: z.number().int().min(1), n: z.number().int().min(1).max(100_000) }).refine((s) => s.k <= s.n);

/** A summary or a comparison: its manifest names what was run, so it is recognised by the manifest's kind. */
export const isResearchDoc = (doc: Record<string, unknown>): boolean => isObject(doc.manifest) && typeof doc.manifest.kind === 'string';

/** The plan that made `manifest`, rebuilt from the scenarios it names (shipped, or given with --scenario). */
function rebuild(manifest: z.infer<typeof manifestShape>, given: readonly string[]): Plan {
  const { kind, series } = manifest;
  if (kind === 'sweep' && !manifest.sweep) throw new UsageError('the manifest of a sweep has no sweep.param');
  if (kind === 'compare' && (!manifest.compare || series.length !== 2)) throw new UsageError('the manifest of a comparison needs compare settings and two series');
  const scenarios: Scenario[] = series.map((s) => scenarioById(s.scenario.id, given, kind === 'sweep' ? { overrides: [{ path: manifest.sweep!.param, value: s.value }] } : {}));
  return usage(() => makePlan({
    kind, scenarios, labels: series.map((s) => s.label), values: kind === 'sweep' ? series.map((s) => s.value!) : undefined,
    seeds: manifest.seeds, turns: manifest.turns, compare: manifest.compare, sweep: manifest.sweep,
  }));
}

/** Where two documents first differ, in a sentence (`what` names the first one). */
function differs(recorded: unknown, again: unknown, what: string): string | undefined {
  const d = firstDifference(recorded, again);
  return d ? `at ${d.path || 'the top'}: ${what} has ${show(d.recorded)}, the re-run gives ${show(d.replayed)}` : undefined;
}

/** Where two CSV rows first differ: the column, and each row's cell there. */
function cellDifference(columns: readonly string[], had: string | undefined, again: string): string {
  if (had === undefined) return 'is missing from the CSV';
  const a = parseCsvLine(had);
  const b = parseCsvLine(again);
  const i = b.findIndex((cell, j) => cell !== a[j]);
  const at = i < 0 ? a.length : i;
  return `at ${columns[at] ?? `column ${at + 1}`}: the CSV has ${show(a[at])}, the re-run gives ${show(b[at])}`;
}

/** The document a research command writes for what it reduced to (a summary or a comparison), as text. */
function documentText(manifest: ResearchManifest, reduced: Reduced, plan: Plan, shard: Shard | undefined): string {
  const doc = manifest.kind === 'compare' ? reduced.comparison : reduced.summary;
  return JSON.stringify(withShard(doc, plan, shard), null, 2) + '\n';
}

/**
 * Replay a batch or sweep summary, or a comparison (`compare --json`): rebuild the plan from its
 * manifest, check the rebuilt manifest is the recorded one (engine, every scenario's hashes, seeds,
 * columns), then either re-run every seed and compare the statistics byte for byte, or, with
 * `--sample K --csv FILE`, check that the CSV reduces to exactly the summary and re-run K seeds
 * (chosen by a draw keyed on the summary's bytes) against their rows in the CSV.
 */
export async function replaySummary(doc: Record<string, unknown>, file: string, text: string, opts: ReplayOptions, io: Writers): Promise<void> {
  const engine = isObject(doc.manifest) && isObject(doc.manifest.engine) ? doc.manifest.engine : {};
  const otherVersion = checkVersion(engine.version, file, ['replay', file], opts.compareAnyway === true);
  const parsed = manifestShape.safeParse(doc.manifest);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`${file} is not a valid summary: at manifest.${issue.path.join('.')}: ${issue.message}`);
  }
  const shardParsed = doc.shard === undefined ? undefined : shardShape.safeParse(doc.shard);
  if (shardParsed && !shardParsed.success) throw new UsageError(`${file} is not a valid summary: its shard is not k/n`);
  const shard = shardParsed?.data;
  const sample = opts.sample === undefined ? undefined : parseInteger('--sample', opts.sample, { min: 1, max: 100_000 });
  if ((sample === undefined) !== (opts.csv === undefined)) {
    throw new UsageError('--sample K and --csv FILE go together: a sample of seeds has other statistics than all of them, so the sampled runs are checked against their rows in the CSV the summary was made with');
  }
  const plan = rebuild(parsed.data, opts.scenario ?? []);
  // Across versions the manifest may say other things in other ways: only the statistics are compared.
  const manifestDiff = otherVersion ? undefined : differs(doc.manifest, JSON.parse(JSON.stringify(plan.manifest)), 'the file');
  if (manifestDiff) throw new CheckFailed(`not verified: ${file}: its manifest does not match what its scenarios give now ${manifestDiff}; give the scenario files it was made from with --scenario PATH`);

  const seeds = seedsOf(plan, shard);
  const wants = { summary: true, svg: false };
  let reduced: Reduced;
  if (opts.csv === undefined) {
    reduced = await executePlan(plan, { workers: parseWorkers(opts.workers), shard, sink: nullSink, wants });
  } else {
    const picked = new Set(sampleIndices(seeds.count, sample!, createHash('sha256').update(text).digest('hex')).map((i) => seeds.from + i));
    const rows = new Map<number, string[]>();
    const reduction = createReduction(plan.manifest, seeds.count, wants);
    try {
      await foldRows(opts.csv, plan.manifest, seeds, reduction, { onRow: (row, seed) => picked.has(seed) && (rows.get(seed) ?? rows.set(seed, []).get(seed)!).push(row) });
      reduced = reduction.finish();
    } catch (e) {
      throw e instanceof ResearchError ? new UsageError(e.message) : e;
    } finally {
      reduction.dispose();
    }
    for (const seed of picked) {
      if (plan.job.kind !== 'seeds') throw new UsageError('replay --sample checks batch, compare and sweep summaries; a design is replayed whole');
      const again = runSeed(plan.job.spec, seed).csv.split('\n').slice(0, -1);
      const had = rows.get(seed) ?? [];
      const line = again.findIndex((row, i) => row !== had[i]);
      if (line >= 0) throw new CheckFailed(`not verified: ${opts.csv}: seed ${seed} differs from a re-run in its row ${line + 1} ${cellDifference(plan.manifest.columns, had[line], again[line])}`);
    }
  }
  const again = documentText(plan.manifest, reduced, plan, shard);
  const source = opts.csv === undefined ? 're-run' : `statistics of ${opts.csv}`;
  if (otherVersion) {
    const key = parsed.data.kind === 'compare' ? 'turns' : 'series';
    const where = differs({ [key]: doc[key] }, { [key]: (JSON.parse(again) as Record<string, unknown>)[key] }, 'the file');
    if (where) throw new CheckFailed(`not verified: ${file} (made by engine ${String(engine.version)}, re-run with ${ENGINE_VERSION}): the ${source} differs ${where}`);
  } else if (again !== text) {
    const where = differs(doc, JSON.parse(again), 'the file') ?? 'the same values, in other bytes (was the file reformatted?)';
    throw new CheckFailed(`not verified: ${file}: the ${source} differs ${where}`);
  }
  const checked = sample === undefined ? `${seeds.count} seeds` : `${Math.min(sample, seeds.count)} sampled seeds against ${opts.csv}, whose statistics match`;
  io.stderr(`multipolar: replayed the ${parsed.data.kind} ${file}: ${checked} (engine ${ENGINE_VERSION}${otherVersion ? `; the file is of ${engine.version}` : ''})\n`);
  io.stdout('verified\n');
}
