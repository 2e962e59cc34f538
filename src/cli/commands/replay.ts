import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { ENGINE_VERSION, restoreSave, verifyRecord, type RunRecord } from '../../engine/index.js';
import { loadScenario, loadScenarioFile, SCENARIO_DIR } from '../../scenario/index.js';
import { SEED_RANGE } from '../args.js';
import { CheckFailed, UsageError } from '../errors.js';
import { readSaveFile, SAVE_KIND } from '../saveFile.js';

interface ReplayOptions {
  readonly scenario?: string;
}

interface Writers {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** Re-runs one kind of file: prints `verified` on stdout, or throws CheckFailed (exit 1) or UsageError (exit 2). */
type Replayer = (doc: Record<string, unknown>, file: string, opts: ReplayOptions, io: Writers) => void;

/** Run records carry no `kind` field: they are recognised by their shape and go under this name. */
const RUN_RECORD = 'multipolar-run';

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** What a run record file must hold to be re-run (its turns are compared, not validated). */
const runRecordFile = z.object({
  manifest: z.object({
    engine: z.object({ name: z.literal('multipolar'), version: z.string() }),
    scenario: z.object({
      // An id, never a path: it names a file in scenarios/.
      id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a scenario id like inf-2019'),
      sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected a sha256 in hex'),
    }),
    seed: z.number().int().min(SEED_RANGE.min).max(SEED_RANGE.max),
    turns: z.number().int().min(1).max(400),
  }),
  turns: z.array(z.unknown()),
  digest: z.string().regex(/^[0-9a-f]{64}$/, 'expected a sha256 in hex'),
});

/** The scenario a record names: the file given with --scenario, else its id's file in scenarios/. */
function scenarioFor(record: RunRecord, opts: ReplayOptions): { scenario: ReturnType<typeof loadScenario>; path: string } {
  const { id } = record.manifest.scenario;
  if (opts.scenario !== undefined) {
    const scenario = loadScenario(opts.scenario);
    if (scenario.id !== id) throw new UsageError(`--scenario ${opts.scenario} is scenario "${scenario.id}", but the record was made from "${id}"`);
    return { scenario, path: opts.scenario };
  }
  const path = join(SCENARIO_DIR, `${id}.yaml`);
  if (!existsSync(path)) throw new UsageError(`the record's scenario "${id}" is not in ${SCENARIO_DIR}; give its file with --scenario PATH`);
  return { scenario: loadScenarioFile(path), path };
}

const replayRunRecord: Replayer = (doc, file, opts, io) => {
  // A record from another version may differ in shape too, so say which version made it before anything else.
  const engine = isObject(doc.manifest) && isObject(doc.manifest.engine) ? doc.manifest.engine : {};
  if (engine.name === 'multipolar' && typeof engine.version === 'string' && engine.version !== ENGINE_VERSION) {
    throw new CheckFailed(`not verified: ${file} was made by engine version ${engine.version}, this is ${ENGINE_VERSION}; replay it with multipolar ${engine.version}`);
  }
  const parsed = runRecordFile.safeParse(doc);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`${file} is not a valid run record: at ${issue.path.join('.') || 'the top'}: ${issue.message}`);
  }
  const record = parsed.data as RunRecord;
  const { scenario, path } = scenarioFor(record, opts);
  const verdict = verifyRecord(record, scenario);
  if (!verdict.ok) {
    const hint = verdict.why === 'scenario' ? `; read from ${path}: give the file the record was made from with --scenario PATH` : '';
    throw new CheckFailed(`not verified: ${file}: ${verdict.message}${hint}`);
  }
  const { manifest } = record;
  io.stderr(`multipolar: replayed ${manifest.turns} turns of ${manifest.scenario.id} with seed ${manifest.seed} (engine ${ENGINE_VERSION}): digest ${verdict.digest}\n`);
  io.stdout('verified\n');
};

/**
 * A save is replayed from its inputs (every turn's orders and injects) and checked against its
 * digest; a damaged or edited save is refused as bad input by readSaveFile, before any replay.
 */
const replaySave: Replayer = (_doc, file, opts, io) => {
  const save = readSaveFile(file);
  const ref = opts.scenario ?? save.scenario.ref;
  const scenario = loadScenario(ref);
  const state = restoreSave(scenario, save);
  if ('problem' in state) {
    const hint = state.problem.includes('has changed') ? '; give the file the game was played on with --scenario PATH' : '';
    throw new CheckFailed(`not verified: ${file}: ${state.problem}${hint}`);
  }
  io.stderr(`multipolar: replayed ${state.turns.length} turns of ${scenario.id} with seed ${save.seed} (engine ${ENGINE_VERSION}): digest ${save.digest}\n`);
  io.stdout('verified\n');
};

/** How to replay each kind of file, with what a user calls it; a kind not listed here is refused by name. */
const REPLAYERS: Readonly<Record<string, { readonly replay: Replayer; readonly what: string }>> = {
  [RUN_RECORD]: { replay: replayRunRecord, what: 'run records (the JSON of multipolar run)' },
  [SAVE_KIND]: { replay: replaySave, what: 'saved games (multipolar play, key s)' },
};

/** The kind of a parsed file: its `kind` field, or a run record recognised by shape. */
function kindOf(doc: Record<string, unknown>): string | undefined {
  if ('kind' in doc) return typeof doc.kind === 'string' ? doc.kind : undefined;
  return 'manifest' in doc && 'turns' in doc ? RUN_RECORD : undefined;
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${file}: ${code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'it is a folder' : (code ?? String(e))}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${file} is not JSON (${(e as Error).message}); truncated or damaged? replay takes the JSON of multipolar run or a saved game`);
  }
}

/** `multipolar replay FILE`: re-run a record from its manifest and check it matches, turn by turn. */
export function registerReplay(program: Command): void {
  program
    .command('replay')
    .description('re-run a run record or a saved game and verify it: prints "verified" (exit 0) or what differs (exit 1)')
    .argument('<file>', 'a run record (the JSON of multipolar run) or a saved game (.save.json)')
    .option('-s, --scenario <id|path>', "the scenario file the record was made from (default: the record's scenario id in scenarios/)")
    .action((file: string, opts: ReplayOptions, command: Command) => {
      const doc = readJson(file);
      const kind = isObject(doc) ? kindOf(doc) : undefined;
      if (!isObject(doc) || kind === undefined) {
        throw new UsageError(`${file} is neither a run record nor a save; replay takes the JSON that multipolar run writes or a game saved with s in multipolar play`);
      }
      const replayer = Object.hasOwn(REPLAYERS, kind) ? REPLAYERS[kind] : undefined;
      if (!replayer) {
        const known = Object.entries(REPLAYERS).map(([k, r]) => `${k}: ${r.what}`).join('; ');
        throw new UsageError(`${file} is a file of kind "${kind.slice(0, 60)}", which this version of replay does not know (it knows ${known})`);
      }
      const { writeOut, writeErr } = command.configureOutput();
      replayer.replay(doc, file, opts, { stdout: writeOut ?? ((t) => process.stdout.write(t)), stderr: writeErr ?? ((t) => process.stderr.write(t)) });
    });
}
