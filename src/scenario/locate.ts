import type { Document, LineCounter } from 'yaml';
import type { ScenarioProblem } from './errors.js';

/** A parsed YAML file, with what is needed to find the line of a path in it. */
export interface SourceFile {
  readonly file: string;
  readonly doc: Document;
  readonly lines: LineCounter;
}

/** The line of the node at `path` in `source`, if it has one there. */
export function lineAt(source: SourceFile, path: ReadonlyArray<PropertyKey>): number | undefined {
  const node = source.doc.getIn(path as unknown[], true) as { range?: [number, number, number] } | undefined;
  return node && typeof node === 'object' && node.range ? source.lines.linePos(node.range[0]).line : undefined;
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
export function problemsOf(issues: readonly Issue[], chain: readonly SourceFile[]): ScenarioProblem[] {
  const variant = chain[chain.length - 1].file;
  return issues.flatMap(perKey).map((issue) => {
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
function perKey(issue: Issue): Issue[] {
  if (issue.code !== 'unrecognized_keys' || !issue.keys) return [issue];
  return issue.keys.map((key) => ({ path: [...issue.path, key], message: `unknown key "${key}" (check the spelling; see multipolar scenarios schema)` }));
}
