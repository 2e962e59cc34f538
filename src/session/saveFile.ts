import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Save } from '../engine/index.js';
import { canonicalJson, TooDeepError } from '../io/canonicalJson.js';
import { actionSchema, type ActorId } from '../model/index.js';
import { CODE_PATTERN } from './codes.js';
import { SaveFileError } from './saveFileError.js';

/** The `kind` of every save file, so that no other JSON is taken for a save. */
export const SAVE_KIND = 'multipolar-save';
const FORMAT = 1;

/** The largest save read: a full game of 400 turns is well under 1 MiB. */
export const MAX_SAVE_BYTES = 16 * 1024 * 1024;

// Actors are checked against the save's scenario when it is restored (restoreSave), which knows them.
const actor = z.string().regex(/^[a-z][A-Za-z0-9]*$/);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const saveSchema = z.strictObject({
  engine: z.string(),
  scenario: z.strictObject({
    ref: z.string().min(1).max(4096), id: z.string().min(1).max(200), sha256,
    chain: z.array(z.strictObject({ file: z.string().max(255), sha256 })).max(64).optional(),
  }),
  seed: z.number().int().min(0).max(2 ** 32 - 1),
  humans: z.array(actor).refine((list) => new Set(list).size === list.length, 'each human team may be listed once'),
  // Orders take the shape of the action registry's schemas.
  turns: z.array(z.strictObject({ orders: z.record(actor, actionSchema), injects: z.array(z.string().max(200)).max(100) })).max(400),
  digest: sha256,
});

/**
 * What a networked class keeps beside its save, so that `serve --load` after a crash resumes with
 * the same length and the same codes (a save of `play` has none).
 */
export interface Classroom {
  /** Turns the class plays. */
  readonly length: number;
  readonly facilitatorCode: string;
  /** Each human team's code. */
  readonly teamCodes: Readonly<Partial<Record<ActorId, string>>>;
}

const code = z.string().regex(CODE_PATTERN);
const classroomSchema = z.strictObject({ length: z.number().int().min(1).max(400), facilitatorCode: code, teamCodes: z.record(actor, code) });

const checksumOf = (body: unknown) => `sha256:${createHash('sha256').update(canonicalJson(body)).digest('hex')}`;

/** Pure: the text of a save file: its kind, format, the checksum of the canonical body, the body, and a class's codes with their own checksum. */
export function saveFileText(save: Save, classroom?: Classroom): string {
  const extra = classroom ? { classroom, classroomChecksum: checksumOf(classroom) } : {};
  return `${JSON.stringify({ kind: SAVE_KIND, format: FORMAT, checksum: checksumOf(save), save, ...extra }, null, 2)}\n`;
}

/** A save file as read: the save, and the class's codes when a classroom server wrote it. */
export interface SaveFile {
  readonly save: Save;
  readonly classroom: Classroom | null;
}

/**
 * Pure: the save in `text` (the file `name`), checked. A truncated, edited or foreign file is
 * refused with a SaveFileError naming the file and what is wrong; nothing is ever half-read.
 * `checkEngine` sees the engine version the save names before its format and shape are checked.
 */
export function parseSaveFile(text: string, name: string, checkEngine?: (engine: unknown) => void): SaveFile {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    throw new SaveFileError(`${name} is not a complete save: it is not valid JSON (truncated or damaged?); it was not loaded`);
  }
  const envelope = file as { kind?: unknown; format?: unknown; checksum?: unknown; save?: unknown; classroom?: unknown; classroomChecksum?: unknown } | null;
  if (typeof envelope !== 'object' || envelope === null || envelope.kind !== SAVE_KIND) throw new SaveFileError(`${name} is not a multipolar save (it has no "kind": "${SAVE_KIND}")`);
  // Another version may write other formats: its version is checked before anything of its shape.
  const engine = (envelope.save as { engine?: unknown } | null)?.engine;
  if (typeof engine === 'string') checkEngine?.(engine);
  if (envelope.format !== FORMAT) throw new SaveFileError(`${name} is a save of format ${String(envelope.format)}; this version reads format ${FORMAT}`);
  const matches = (body: unknown, checksum: unknown) => {
    try {
      return checksum === checksumOf(body);
    } catch (e) {
      if (!(e instanceof TooDeepError)) throw e;
      throw new SaveFileError(`${name} is not a valid save: it is ${e.message}; it was not loaded`);
    }
  };
  const damaged = `${name} has been edited or damaged since it was saved (its checksum does not match); it was not loaded`;
  if (!matches(envelope.save, envelope.checksum)) throw new SaveFileError(damaged);
  const parsed = saveSchema.safeParse(envelope.save);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SaveFileError(`${name} is not a valid save: at save.${issue.path.join('.')}: ${issue.message}`);
  }
  if (envelope.classroom === undefined) return { save: parsed.data as Save, classroom: null };
  if (!matches(envelope.classroom, envelope.classroomChecksum)) throw new SaveFileError(damaged);
  const classroom = classroomSchema.safeParse(envelope.classroom);
  if (!classroom.success) {
    const issue = classroom.error.issues[0];
    throw new SaveFileError(`${name} is not a valid save: at classroom.${issue.path.join('.')}: ${issue.message}`);
  }
  return { save: parsed.data as Save, classroom: classroom.data };
}
