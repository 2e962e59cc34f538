import { join } from 'node:path';
import { z } from 'zod';
import { SCENARIO_DIR } from '../../scenario/index.js';
import { ENGINE_VERSION, verifyRecord, type RunRecord } from '../../engine/index.js';
import { SEED_RANGE } from '../args.js';
import { CheckFailed, UsageError } from '../errors.js';
import { scenarioById } from './scenarioById.js';
import type { Replayer } from './types.js';
import { checkVersion } from './version.js';

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'expected a sha256 in hex');

/** What a run record file must hold to be re-run (its turns are compared, not validated). */
const runRecordFile = z.object({
  manifest: z.object({
    engine: z.object({ name: z.literal('multipolar'), version: z.string() }),
    scenario: z.object({
      // An id, never a path: it names a file in scenarios/ or one given with --scenario.
      id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a scenario id like inf-2019'),
      sha256,
      // Records of versions before the chain was recorded have none; they are re-run only with --compare-anyway.
      chain: z.array(z.object({ file: z.string().max(255), sha256 })).max(64).optional(),
    }),
    seed: z.number().int().min(SEED_RANGE.min).max(SEED_RANGE.max),
    turns: z.number().int().min(1).max(400),
  }),
  turns: z.array(z.unknown()),
  digest: sha256,
});

/** A run record (the JSON of `multipolar run`): re-run from its manifest and compared turn by turn. */
export const replayRunRecord: Replayer = (doc, file, opts, io) => {
  // A record from another version may differ in shape too, so say which version made it before anything else.
  const engine = isObject(doc.manifest) && isObject(doc.manifest.engine) ? doc.manifest.engine : {};
  const otherVersion = checkVersion(engine.version, file, ['replay', file], opts.compareAnyway === true);
  const parsed = runRecordFile.safeParse(doc);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`${file} is not a valid run record: at ${issue.path.join('.') || 'the top'}: ${issue.message}`);
  }
  const record = parsed.data as unknown as RunRecord;
  const { manifest } = record;
  const scenario = scenarioById(manifest.scenario.id, opts.scenario, { only: true });
  const verdict = verifyRecord(record, scenario, { compareAnyway: opts.compareAnyway });
  const across = otherVersion ? ` (made by engine ${manifest.engine.version}, re-run with ${ENGINE_VERSION})` : '';
  if (!verdict.ok) {
    const from = opts.scenario?.length ? opts.scenario.join(', ') : join(SCENARIO_DIR, `${manifest.scenario.id}.yaml`);
    const hint = verdict.why === 'scenario' ? `; read from ${from}: give the file the record was made from with --scenario PATH` : '';
    throw new CheckFailed(`not verified: ${file}${across}: ${verdict.message}${hint}`);
  }
  io.stderr(`multipolar: replayed ${manifest.turns} turns of ${manifest.scenario.id} with seed ${manifest.seed} (engine ${ENGINE_VERSION}${otherVersion ? `; the record is of ${manifest.engine.version}` : ''}): digest ${verdict.digest}\n`);
  io.stdout('verified\n');
};
