import { MAX_NESTING } from './nesting.js';

/**
 * How a variant (`extends: <id>`) is laid over its base. The rules are those of JSON Merge Patch
 * (RFC 7386), with one addition so that provenance can never be inherited by mistake:
 * - objects merge key by key;
 * - `null` deletes the key from the base (e.g. `actors: { china: null }` removes an actor);
 * - arrays and scalars replace the base's whole;
 * - a figure (an object with a `value`) replaces the base's figure whole, so a changed value always
 *   carries its own `source` or `assumption`.
 */

const isPlainObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A figure `{ value, source | assumption }` is atomic: it is replaced, never merged. */
const isFigure = (x: Record<string, unknown>) => 'value' in x;

/** Pure: `over` laid over `base` by the rules above. Neither argument is modified. */
export function mergeOver(base: unknown, over: unknown, depth = 0): unknown {
  if (!isPlainObject(over)) return over;
  // YAML aliases can make both documents cyclic; below the deepest a valid file can nest, the variant simply wins.
  if (depth > MAX_NESTING) return over;
  if (!isPlainObject(base) || isFigure(over)) return withoutNulls(over, depth);
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    if (v === null) delete out[k];
    else out[k] = k in base ? mergeOver(base[k], v, depth + 1) : withoutNulls(v, depth + 1);
  }
  return out;
}

// A null with nothing under it to delete is dropped, as RFC 7386 does.
function withoutNulls(x: unknown, depth: number): unknown {
  if (!isPlainObject(x) || depth > MAX_NESTING) return x;
  return Object.fromEntries(Object.entries(x).filter(([, v]) => v !== null).map(([k, v]) => [k, withoutNulls(v, depth + 1)]));
}
