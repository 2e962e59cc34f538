import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { RunState } from '../engine/index.js';
import { restoreSave, type Save } from '../engine/save.js';
import { actionSchema, type Scenario } from '../model/index.js';
import { loadScenario, ScenarioError } from '../scenario/index.js';
import { UsageError } from './errors.js';
import { writeFileAtomic } from './files.js';

/** The `kind` of every save file, so that no other JSON is taken for a save. */
export const SAVE_KIND = 'multipolar-save';
const FORMAT = 1;

// Actors are checked against the save's scenario when it is restored (restoreSave), which knows them.
const actor = z.string().regex(/^[a-z][A-Za-z0-9]*$/);
// Orders take the shape of the action registry's schemas.
const action = actionSchema;
const saveSchema = z.strictObject({
  engine: z.string(),
  scenario: z.strictObject({ ref: z.string().min(1), id: z.string().min(1), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  seed: z.number().int().min(0).max(2 ** 32 - 1),
  humans: z.array(actor),
  turns: z.array(z.strictObject({ orders: z.record(actor, action), injects: z.array(z.string()) })),
  digest: z.string().regex(/^[0-9a-f]{64}$/),
});

/** JSON with object keys sorted at every depth: the same data always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const checksumOf = (body: unknown) => `sha256:${createHash('sha256').update(canonicalJson(body)).digest('hex')}`;

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
 * UsageError naming the file and what is wrong; nothing is ever half-loaded.
 */
export function readSaveFile(path: string): Save {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read the save ${path}: ${code === 'ENOENT' ? 'no such file' : code ?? String(e)}`);
  }
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    throw new UsageError(`${path} is not a complete save: it is not valid JSON (truncated or damaged?); it was not loaded`);
  }
  const envelope = file as { kind?: unknown; format?: unknown; checksum?: unknown; save?: unknown } | null;
  if (typeof envelope !== 'object' || envelope === null || envelope.kind !== SAVE_KIND) throw new UsageError(`${path} is not a multipolar save (it has no "kind": "${SAVE_KIND}")`);
  if (envelope.format !== FORMAT) throw new UsageError(`${path} is a save of format ${String(envelope.format)}; this version reads format ${FORMAT}`);
  if (envelope.checksum !== checksumOf(envelope.save)) throw new UsageError(`${path} has been edited or damaged since it was saved (its checksum does not match); it was not loaded`);
  const parsed = saveSchema.safeParse(envelope.save);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`${path} is not a valid save: at save.${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data as Save;
}

/**
 * Read a save, load its scenario and replay it. Refuses, with a UsageError, a save whose scenario
 * is missing or changed, or whose replay does not end in the saved digest.
 */
export function loadSavedGame(path: string, load: (ref: string) => Scenario = loadScenario): { save: Save; state: RunState } {
  const save = readSaveFile(path);
  let scenario: Scenario;
  try {
    scenario = load(save.scenario.ref);
  } catch (e) {
    if (!(e instanceof ScenarioError)) throw e;
    throw new UsageError(`cannot resume ${path}: its scenario ${save.scenario.ref} cannot be loaded: ${e.message.split('\n')[0]}`);
  }
  const state = restoreSave(scenario, save);
  if ('problem' in state) throw new UsageError(`cannot resume ${path}: ${state.problem}`);
  return { save, state };
}
