import type { Document } from 'yaml';
import { yaml } from './yaml.js';

/** A key given twice in one map, and where its second use starts. */
export interface DuplicateKey {
  readonly key: string;
  readonly offset: number;
}

/**
 * Pure: every scalar key that appears more than once in the same map of `doc`, in one pass with a
 * set per map. yaml's `uniqueKeys` option compares each key with every earlier one, which is
 * quadratic: 40,000 keys took half a minute.
 */
export function duplicateKeys(doc: Document): DuplicateKey[] {
  const { isMap, isScalar, visit } = yaml();
  const found: DuplicateKey[] = [];
  visit(doc, {
    Map: (_, node) => {
      if (!isMap(node)) return;
      const seen = new Set<string>();
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        if (seen.has(key)) found.push({ key, offset: pair.key.range?.[0] ?? 0 });
        seen.add(key);
      }
    },
  });
  return found;
}
