import { z } from 'zod';

/**
 * The messages a page may send, and nothing else: each is a strict object (an unknown field, such
 * as an `actor` naming another team, is refused), with short strings and small arrays. `id`
 * numbers a connection's messages, strictly increasing, so that a replayed message is refused and
 * a reply names the request it answers. `turn` binds an order or a resolution to the turn it was
 * meant for, so that a message replayed after the turn resolved cannot act on the next one.
 */

/** The most a page's message may weigh; larger ones get an error reply (ws closes the socket at MAX_FRAME_BYTES). */
export const MAX_MESSAGE_BYTES = 4 * 1024;
/** The frame size past which ws closes the connection (code 1009) without reading it. */
export const MAX_FRAME_BYTES = 64 * 1024;

const id = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
const turn = z.number().int().min(1).max(400);
const word = z.string().min(1).max(64).regex(/^[A-Za-z0-9_.:-]+$/);
const path = z.array(word).max(8);
const partners = z.array(word).max(16);

const join = z.strictObject({ type: z.literal('join'), id, code: z.string().min(1).max(40) });
const menu = z.strictObject({ type: z.literal('menu'), id, path, partners: partners.optional() });
const seal = z.strictObject({ type: z.literal('seal'), id, turn, path, partners: partners.optional() });
const unseal = z.strictObject({ type: z.literal('unseal'), id, turn });
const resolve = z.strictObject({ type: z.literal('resolve'), id, turn });
const timer = z.strictObject({ type: z.literal('timer'), id, seconds: z.number().int().min(10).max(3600).nullable() });
const pause = z.strictObject({ type: z.literal('pause'), id });
const resume = z.strictObject({ type: z.literal('resume'), id });
const inject = z.strictObject({ type: z.literal('inject'), id, inject: word, on: z.boolean() });
const end = z.strictObject({ type: z.literal('end'), id });
const resetCode = z.strictObject({ type: z.literal('resetCode'), id, team: word });

/** Every message a page may send. */
export const clientMessageSchema = z.discriminatedUnion('type', [join, menu, seal, unseal, resolve, timer, pause, resume, inject, end, resetCode]);
/** A message from a page, once validated. */
export type ClientMessage = z.infer<typeof clientMessageSchema>;

/** The messages a team's page may send once joined. */
export const TEAM_MESSAGES: ReadonlySet<ClientMessage['type']> = new Set(['menu', 'seal', 'unseal']);
/** The messages the facilitator's page may send once joined. */
export const FACILITATOR_MESSAGES: ReadonlySet<ClientMessage['type']> = new Set(['resolve', 'timer', 'pause', 'resume', 'inject', 'end', 'resetCode']);

/** Stable codes of error replies, for pages and tests to act on. */
export type ErrorCode =
  | 'too-large' | 'malformed' | 'invalid' | 'replayed' | 'not-joined' | 'already-joined' | 'wrong-code' | 'rate-limited'
  | 'not-allowed' | 'stale-turn' | 'refused' | 'bad-path';

/**
 * Pure: a raw frame from a page as a message, or the error to reply with. The size is checked
 * before parsing, and the parsed value against the schema; nothing here throws.
 */
export function parseClientMessage(data: Buffer | string): { readonly message: ClientMessage } | { readonly error: ErrorCode; readonly detail: string } {
  const bytes = typeof data === 'string' ? Buffer.byteLength(data) : data.length;
  if (bytes > MAX_MESSAGE_BYTES) return { error: 'too-large', detail: `a message may hold at most ${MAX_MESSAGE_BYTES} bytes; this one held ${bytes}` };
  let value: unknown;
  try {
    value = JSON.parse(data.toString());
  } catch {
    return { error: 'malformed', detail: 'a message must be one JSON object' };
  }
  const parsed = clientMessageSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { error: 'invalid', detail: `${issue.path.length > 0 ? `at ${issue.path.join('.')}: ` : ''}${issue.message}` };
  }
  return { message: parsed.data };
}
