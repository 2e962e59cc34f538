/**
 * Join codes: what a team (or the facilitator) types to take its place in a networked class. Eight
 * letters and digits from an alphabet without look-alikes (no 0/O, 1/I/L), shown as two groups of
 * four: 31^8 (about 8.5e11) codes, typed in seconds, and with failed attempts rate-limited, out of
 * reach of guessing. The random source is the caller's (node:crypto in the server), never the
 * game's seeded streams, which anyone with the seed can replay.
 */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/** Characters in a code, without the dash. */
export const CODE_LENGTH = 8;
/** A code as it is stored and shown: XXXX-XXXX. */
export const CODE_PATTERN = new RegExp(`^[${CODE_ALPHABET}]{4}-[${CODE_ALPHABET}]{4}$`);

/** A new code, each character drawn by `randomIndex(n)` (an integer in 0..n-1; node:crypto's randomInt in the server). */
export function makeCode(randomIndex: (n: number) => number): string {
  let chars = '';
  for (let i = 0; i < CODE_LENGTH; i++) chars += CODE_ALPHABET[randomIndex(CODE_ALPHABET.length)];
  return `${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/**
 * Pure: a code as a person typed it (any case, spaces or a dash anywhere, O for 0 and I or L for 1
 * are not in the alphabet so they are left to fail), in the stored form; null when it cannot be one.
 */
export function normalizeCode(typed: string): string | null {
  if (typed.length > 40) return null;
  const chars = typed.toUpperCase().replace(/[\s-]/g, '');
  if (chars.length !== CODE_LENGTH) return null;
  const code = `${chars.slice(0, 4)}-${chars.slice(4)}`;
  return CODE_PATTERN.test(code) ? code : null;
}
