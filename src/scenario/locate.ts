import type { Document, LineCounter, Node } from 'yaml';
import { yaml } from './yaml.js';
import type { ScenarioProblem } from './errors.js';

/** A parsed YAML file, with what is needed to find the line of a path in it. */
export interface SourceFile {
  readonly file: string;
  readonly doc: Document;
  readonly lines: LineCounter;
}

const indexes = new WeakMap<SourceFile, Map<string, number>>();
const keyOf = (path: ReadonlyArray<PropertyKey>) => path.map(String).join('\u0000');

/**
 * The line of every path in `source`, built in one walk (with a stack: no recursion) the first time
 * it is asked for. Looking each path up in the document instead scans every map on the way, which
 * made a file with 40,000 unknown keys take seconds per thousand keys.
 */
function lineIndex(source: SourceFile): Map<string, number> {
  const known = indexes.get(source);
  if (known) return known;
  const { isMap, isSeq } = yaml();
  const index = new Map<string, number>();
  const line = (node: { range?: readonly number[] | null } | null | undefined) => (node?.range ? source.lines.linePos(node.range[0]).line : undefined);
  const stack: Array<{ node: unknown; path: PropertyKey[] }> = [{ node: source.doc.contents, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    const at = line(node as Node);
    if (at !== undefined && !index.has(keyOf(path))) index.set(keyOf(path), at);
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = pair.key as { value?: unknown } | null;
        if (key === null || typeof key !== 'object' || !('value' in key)) continue;
        const child = [...path, String(key.value)];
        // A key with nothing after it has no value node: its line is the key's.
        if (pair.value === null) {
          const keyLine = line(pair.key as Node);
          if (keyLine !== undefined && !index.has(keyOf(child))) index.set(keyOf(child), keyLine);
        } else {
          stack.push({ node: pair.value, path: child });
        }
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => stack.push({ node: item, path: [...path, i] }));
    }
  }
  indexes.set(source, index);
  return index;
}

/** The line of the node at `path` in `source`, if it has one there. */
export function lineAt(source: SourceFile, path: ReadonlyArray<PropertyKey>): number | undefined {
  return lineIndex(source).get(keyOf(path));
}

/**
 * Where a path into a merged document comes from: the file of the `extends` chain (base first)
 * that holds the deepest part of the path, the most derived one on a tie since it overrode the
 * others, and the line there. A path no file holds points at the last file, without a line.
 */
export function locate(chain: readonly SourceFile[], path: ReadonlyArray<PropertyKey>): { file: string; line?: number } {
  let best: { file: string; line?: number; depth: number } = { file: chain[chain.length - 1].file, depth: -1 };
  for (const source of chain) {
    for (let n = path.length; n >= Math.max(best.depth, 0); n--) {
      const line = lineAt(source, path.slice(0, n));
      if (line === undefined) continue;
      best = { file: source.file, line, depth: n };
      break;
    }
  }
  return { file: best.file, line: best.line };
}

/**
 * Problems (from zod or from the build), each placed in the file and at the line it comes from;
 * one that comes from a base says which variant inherits it, since that is where to override it.
 */
export function problemsOf(issues: readonly Issue[], chain: readonly SourceFile[], schemaCommand = 'multipolar scenarios schema'): ScenarioProblem[] {
  const variant = chain[chain.length - 1].file;
  return issues.flatMap((issue) => perKey(issue, schemaCommand)).map((issue) => {
    const where = locate(chain, issue.path);
    const plain = describe(issue);
    const message = where.file === variant ? plain : `${plain} (inherited by ${variant})`;
    return { ...where, path: issue.path.join('.'), message };
  });
}

/** An issue from zod (which may list unknown keys) or from the build. */
interface Issue {
  readonly path: ReadonlyArray<PropertyKey>;
  readonly message: string;
  readonly code?: string;
  readonly keys?: readonly string[];
  readonly expected?: string;
  /** The offending value (zod reports it when parsing with `reportInput`). */
  readonly input?: unknown;
}

/** Zod's message, made plainer where it is terse: what was expected and what was found. */
function describe(issue: Issue): string {
  if (issue.code !== 'invalid_type' || !issue.expected) return issue.message;
  return issue.input === undefined ? `missing: expected ${issue.expected}` : `expected ${issue.expected}, got ${JSON.stringify(issue.input)?.slice(0, 60)}`;
}

// zod reports unknown keys once, at their parent; place each at its own line instead.
function perKey(issue: Issue, schemaCommand: string): Issue[] {
  if (issue.code !== 'unrecognized_keys' || !issue.keys) return [issue];
  return issue.keys.map((key) => ({ path: [...issue.path, key], message: `unknown key "${key}" (check the spelling; see ${schemaCommand})` }));
}
