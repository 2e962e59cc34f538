import type { CST } from 'yaml';
import { yaml } from './yaml.js';

/**
 * How deeply a scenario file's collections may nest. The deepest part of the format is about seven
 * levels (events[i].effect.tension[j].between[k]); the YAML composer recurses once per level and
 * overflows the stack in the hundreds, which can then crash Node outright on the next parse.
 */
export const MAX_NESTING = 64;

/**
 * Pure: how deeply the collections of a YAML (or JSON) text nest, 0 for a bare scalar, and the
 * offset where the deepest one starts. Safe at any depth: the CST parser and this walk use no recursion.
 */
export function nestingDepth(text: string): { depth: number; offset: number } {
  return nestingOf(Array.from(new (yaml().Parser)().parse(text)));
}

/**
 * Pure: nestingDepth over tokens the CST parser already made, so that the loader parses a file once
 * and composes its document from the same tokens.
 */
export function nestingOf(tokens: readonly CST.Token[]): { depth: number; offset: number } {
  const { isCollection } = yaml().CST;
  let deepest = { depth: 0, offset: 0 };
  const stack: Array<{ token: CST.Token; depth: number }> = [];
  for (const token of tokens) stack.push({ token, depth: 0 });
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    if (token.type === 'document') {
      if (token.value) stack.push({ token: token.value, depth });
    } else if (isCollection(token)) {
      if (depth + 1 > deepest.depth) deepest = { depth: depth + 1, offset: token.offset };
      for (const item of token.items) {
        if (item.key) stack.push({ token: item.key, depth: depth + 1 });
        if (item.value) stack.push({ token: item.value, depth: depth + 1 });
      }
    }
  }
  return deepest;
}
