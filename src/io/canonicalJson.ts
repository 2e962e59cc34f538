/** How deeply canonicalJson follows nested arrays and objects; deeper data is refused, not recursed into. */
export const MAX_JSON_DEPTH = 256;

/** Data nested deeper than MAX_JSON_DEPTH (a forged file): refused before the stack could overflow. */
export class TooDeepError extends Error {
  override name = 'TooDeepError';

  constructor() {
    super(`nested more than ${MAX_JSON_DEPTH} levels deep`);
  }
}

/**
 * Pure: JSON with object keys sorted at every depth, so that the same data always gives the same
 * text. Throws a TooDeepError past MAX_JSON_DEPTH levels (nothing this program writes nests a tenth
 * as deep; a 10 KB file can nest 5,000 deep and would overflow the stack).
 */
export function canonicalJson(value: unknown, depth = 0): string {
  if (depth > MAX_JSON_DEPTH) throw new TooDeepError();
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v, depth + 1)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v, depth + 1)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
