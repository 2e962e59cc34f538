import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import type { RunState } from '../engine/index.js';
import { restoreSave, type Save } from '../engine/save.js';
import { canonicalJson, TooDeepError } from '../io/canonicalJson.js';
import { FileReadError, readInput } from '../io/inputFile.js';
import { actionSchema, type Scenario } from '../model/index.js';
import { listScenarioIds, loadScenario, loadScenarioFile, ScenarioError } from '../scenario/index.js';
import { UsageError } from './errors.js';
import { writeFileAtomic } from './files.js';
import { checkVersion } from './replay/version.js';

/** The `kind` of every save file, so that no other JSON is taken for a save. */
export const SAVE_KIND = 'multipolar-save';
const FORMAT = 1;

// Actors are checked against the save's scenario when it is restored (restoreSave), which knows them.
const actor = z.string().regex(/^[a-z][A-Za-z0-9]*$/);
// Orders take the shape of the action registry's schemas.
const action = actionSchema;
const saveSchema = z.strictObject({
  engine: z.string(),
  scenario: z.strictObject({
    ref: z.string().min(1).max(4096), id: z.string().min(1).max(200), sha256: z.string().regex(/^[0-9a-f]{64}$/),
    chain: z.array(z.strictObject({ file: z.string().max(255), sha256: z.string().regex(/^[0-9a-f]{64}$/) })).max(64).optional(),
  }),
  seed: z.number().int().min(0).max(2 ** 32 - 1),
  humans: z.array(actor).refine((list) => new Set(list).size === list.length, 'each human team may be listed once'),
  turns: z.array(z.strictObject({ orders: z.record(actor, action), injects: z.array(z.string().max(200)).max(100) })).max(400),
  digest: z.string().regex(/^[0-9a-f]{64}$/),
});

const checksumOf = (body: unknown) => `sha256:${createHash('sha256').update(canonicalJson(body)).digest('hex')}`;

/** The largest save read: a full game of 400 turns is well under 1 MiB. */
export const MAX_SAVE_BYTES = 16 * 1024 * 1024;

/** The text of a save file: its kind, format, the checksum of the canonical body, and the body. */
export function saveFileText(save: Save): string {
  return `${JSON.stringify({ kind: SAVE_KIND, format: FORMAT, checksum: checksumOf(save), save }, null, 2)}\n`;
}

/** Write a save file atomically, so that an interrupted write never leaves half a save. */
export function writeSaveFile(path: string, save: Save): void {
  writeFileAtomic(path, saveFileText(save));
}

/**
 * Read and check a save file. A missing, truncated, edited or foreign file is refused with a
 * UsageError naming the file and what is wrong; nothing is ever half-loaded. `checkEngine` sees the
 * engine version the save names before its format and shape are checked.
 */
export function readSaveFile(path: string, checkEngine?: (engine: unknown) => void): Save {
  let text: string;
  try {
    text = readInput(path, { maxBytes: MAX_SAVE_BYTES }).toString('utf8');
  } catch (e) {
    if (!(e instanceof FileReadError)) throw e;
    throw new UsageError(`cannot read the save ${e.message.slice('cannot read '.length)}`);
  }
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    throw new UsageError(`${path} is not a complete save: it is not valid JSON (truncated or damaged?); it was not loaded`);
  }
  const envelope = file as { kind?: unknown; format?: unknown; checksum?: unknown; save?: unknown } | null;
  if (typeof envelope !== 'object' || envelope === null || envelope.kind !== SAVE_KIND) throw new UsageError(`${path} is not a multipolar save (it has no "kind": "${SAVE_KIND}")`);
  // Another version may write other formats: its version is checked before anything of its shape.
  const engine = (envelope.save as { engine?: unknown } | null)?.engine;
  if (typeof engine === 'string') checkEngine?.(engine);
  if (envelope.format !== FORMAT) throw new UsageError(`${path} is a save of format ${String(envelope.format)}; this version reads format ${FORMAT}`);
  let checksum: string;
  try {
    checksum = checksumOf(envelope.save);
  } catch (e) {
    if (!(e instanceof TooDeepError)) throw e;
    throw new UsageError(`${path} is not a valid save: it is ${e.message}; it was not loaded`);
  }
  if (envelope.checksum !== checksum) throw new UsageError(`${path} has been edited or damaged since it was saved (its checksum does not match); it was not loaded`);
  const parsed = saveSchema.safeParse(envelope.save);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`${path} is not a valid save: at save.${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data as Save;
}

/**
 * The scenario a save names: a shipped id, or a path to a .yaml file (absolute, as play writes it, or
 * relative to the save's folder). The save is a file anyone can forge, so its reference is never
 * followed to anything but a regular scenario file of bounded size (the loader refuses FIFOs, devices
 * and large files), and a file that does not load is named without quoting any of its content.
 */
export function scenarioOfSave(save: Save, savePath: string): Scenario {
  const { ref } = save.scenario;
  if (listScenarioIds().includes(ref)) return loadScenario(ref);
  const shown = JSON.stringify(ref.slice(0, 80));
  if (!/\.ya?ml$/i.test(ref)) throw new UsageError(`${savePath} names its scenario ${shown}, which is neither a shipped scenario id nor a .yaml file`);
  const file = resolve(dirname(savePath), ref);
  try {
    return loadScenarioFile(file);
  } catch (e) {
    if (!(e instanceof ScenarioError)) throw e;
    const first = e.problems[0];
    // A problem of the file as a whole (missing, a FIFO, too large) says nothing of its content; any other might quote it.
    const why = first.line === undefined && first.path === '' && e.problems.length === 1 ? first.message : `it does not load as a scenario (check it with: multipolar scenarios validate ${file})`;
    throw new UsageError(`the scenario of ${savePath}, ${file}, cannot be used: ${why}`);
  }
}

/**
 * Read a save, check the engine version that made it, load its scenario and replay it. Refuses a
 * save of another version (CheckFailed, exit 1, with the command that resumes it in that version),
 * and, with a UsageError, a save whose scenario is missing or changed, or whose replay does not end
 * in the saved digest.
 */
export function loadSavedGame(path: string, load: (save: Save, path: string) => Scenario = scenarioOfSave): { save: Save; state: RunState } {
  const save = readSaveFile(path, (engine) => checkVersion(engine, path, ['play', '--load', path], undefined));
  const scenario = load(save, path);
  const state = restoreSave(scenario, save);
  if ('problem' in state) throw new UsageError(`cannot resume ${path}: ${state.problem}`);
  return { save, state };
}
