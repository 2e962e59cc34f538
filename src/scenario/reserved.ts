import { MAX_NESTING } from './nesting.js';

/** Names every JavaScript object answers to (Object.prototype's members), which no id or key may take. */
export const RESERVED_NAMES: ReadonlySet<string> = new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__']);

/** An id or key that is a reserved name, where it is and why it is refused. */
export interface ReservedIssue {
  readonly path: ReadonlyArray<string | number>;
  readonly message: string;
}

const refusal = (name: string) => `"${name}" is a name every JavaScript object already has (Object.prototype.${name}); choose another`;

/**
 * Pure: every key, and every string value (an id, or a reference to one), of a scenario document
 * that is a reserved name. A treaty called `constructor` passed the id check and then read Object's
 * constructor in the model, so every run crashed; refusing the names here keeps every lookup by id
 * safe. Walks at most MAX_NESTING levels and each object once (YAML aliases can make a document cyclic).
 */
export function reservedNames(doc: unknown): ReservedIssue[] {
  const issues: ReservedIssue[] = [];
  const seen = new Set<object>();
  const stack: Array<{ node: unknown; path: Array<string | number> }> = [{ node: doc, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (typeof node !== 'object' || node === null || seen.has(node) || path.length > MAX_NESTING) continue;
    seen.add(node);
    const entries: Array<[string | number, unknown]> = Array.isArray(node) ? node.map((v, i) => [i, v]) : Object.entries(node);
    for (const [key, value] of entries) {
      if (typeof key === 'string' && RESERVED_NAMES.has(key)) issues.push({ path: [...path, key], message: refusal(key) });
      else if (typeof value === 'string' && RESERVED_NAMES.has(value)) issues.push({ path: [...path, key], message: refusal(value) });
      stack.push({ node: value, path: [...path, key] });
    }
  }
  return issues.reverse();
}
