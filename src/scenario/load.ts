import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument, type Document } from "yaml";
import type { Scenario } from '../model/index.js';
import { buildScenario } from './build.js';
import { ScenarioError, type ScenarioProblem } from './errors.js';
import { MAX_NESTING, nestingDepth } from './nesting.js';
import { scenarioSchema, type ScenarioFile } from './schema.js';

/** The folder of shipped scenarios (package root's scenarios/, from src/ or from dist/src/). */
export const SCENARIO_DIR = findScenarioDir();

function findScenarioDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'scenarios'))) return join(dir, 'scenarios');
    dir = dirname(dir);
  }
  throw new Error('cannot find the scenarios/ folder next to package.json');
}

/** Ids of the shipped scenarios, sorted. */
export function listScenarioIds(dir: string = SCENARIO_DIR): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => basename(f, '.yaml')).sort();
}

/** A path when the text looks like one (has a slash or a YAML/JSON extension), else an id in `dir`. */
export function resolveScenarioRef(ref: string, dir: string = SCENARIO_DIR): string {
  if (ref.includes('/') || ref.includes('\\') || ['.yaml', '.yml', '.json'].includes(extname(ref))) return resolve(ref);
  const file = join(dir, `${ref}.yaml`);
  if (!existsSync(file)) {
    throw new ScenarioError([{ file: ref, path: '', message: `no scenario with id "${ref}"; known ids: ${listScenarioIds(dir).join(', ')} (or give a path to a .yaml file)` }]);
  }
  return file;
}

interface ParsedFile {
  readonly file: string;
  readonly bytes: Buffer;
  readonly doc: Document;
  readonly lines: LineCounter;
  /** The document as plain data. */
  readonly raw: unknown;
}

function parseFile(file: string): ParsedFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ScenarioError([{ file, path: '', message: code === 'ENOENT' ? 'file not found' : `cannot read the file (${code ?? String(e)})` }]);
  }
  const lines = new LineCounter();
  const text = bytes.toString('utf8');
  const nesting = nestingDepth(text);
  if (nesting.depth > MAX_NESTING) {
    const line = text.slice(0, nesting.offset).split('\n').length;
    throw new ScenarioError([{ file, path: '', line, message: `nested ${nesting.depth} levels deep; a scenario file may nest at most ${MAX_NESTING}` }]);
  }
  // logLevel 'error': yaml's warnings (e.g. a collection used as a key) would reach the user as raw Node warnings; the schema reports such keys itself.
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  if (doc.errors.length > 0) {
    throw new ScenarioError(doc.errors.map((err) => ({
      file, path: '', line: lines.linePos(err.pos[0]).line, message: `not valid YAML: ${err.message.split('\n')[0]}`,
    })));
  }
  let raw: unknown;
  try {
    raw = doc.toJS();
  } catch (e) {
    // yaml refuses documents whose aliases expand too far (a "billion laughs" file) by throwing.
    throw new ScenarioError([{ file, path: '', message: `cannot be read: ${(e as Error).message}` }]);
  }
  return { file, bytes, doc, lines, raw };
}

/** The line of the deepest node that exists along `path`. */
function lineOf(parsed: ParsedFile, path: ReadonlyArray<PropertyKey>): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = parsed.doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) return parsed.lines.linePos(node.range[0]).line;
  }
  return undefined;
}

const isPlainObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Objects merge key by key; arrays and scalars of the variant replace the base's. */
function mergeOver(base: unknown, over: unknown, depth = 0): unknown {
  // YAML aliases can make both documents cyclic; below the deepest a valid file can nest, the variant simply wins.
  if (!isPlainObject(base) || !isPlainObject(over) || depth > MAX_NESTING) return over;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = k in base ? mergeOver(base[k], v, depth + 1) : v;
  return out;
}

/** The document with its `extends` chain resolved, and the hash of every file in the chain. */
function resolveChain(parsed: ParsedFile, seen: string[]): { raw: unknown; hashes: string[] } {
  const { raw } = parsed;
  const hash = createHash('sha256').update(parsed.bytes).digest('hex');
  if (!isPlainObject(raw) || typeof raw.extends !== 'string') return { raw, hashes: [hash] };
  const baseId = raw.extends;
  if (seen.includes(baseId)) {
    throw new ScenarioError([{ file: parsed.file, path: 'extends', line: lineOf(parsed, ['extends']), message: `extends forms a cycle: ${[...seen, baseId].join(' -> ')}` }]);
  }
  const baseFile = join(dirname(parsed.file), `${baseId}.yaml`);
  if (!existsSync(baseFile)) {
    throw new ScenarioError([{ file: parsed.file, path: 'extends', line: lineOf(parsed, ['extends']), message: `base scenario "${baseId}" not found next to this file (${baseFile})` }]);
  }
  const base = resolveChain(parseFile(baseFile), [...seen, baseId]);
  const { extends: _drop, ...own } = raw;
  const { $schema: _schema, ...baseRaw } = base.raw as Record<string, unknown>;
  return { raw: mergeOver(baseRaw, own), hashes: [...base.hashes, hash] };
}

/**
 * Read, resolve `extends`, validate and build a scenario file. Throws a ScenarioError that lists
 * every problem with its file, path in the document and line.
 */
export function loadScenarioFile(file: string): Scenario {
  const parsed = parseFile(file);
  const ownId = isPlainObject(parsed.raw) ? String(parsed.raw.id ?? '') : '';
  const { raw, hashes } = resolveChain(parsed, ownId ? [ownId] : []);
  const result = scenarioSchema.safeParse(raw);
  if (!result.success) {
    throw new ScenarioError(result.error.issues.map((issue): ScenarioProblem => ({
      file, path: issue.path.join('.'), line: lineOf(parsed, issue.path), message: issue.message,
    })));
  }
  const sha256 = hashes.length === 1 ? hashes[0] : createHash('sha256').update(hashes.join('\n')).digest('hex');
  const built = buildScenario(result.data as ScenarioFile, sha256);
  if ('issues' in built) {
    throw new ScenarioError(built.issues.map((issue) => ({ file, path: issue.path.join('.'), line: lineOf(parsed, issue.path), message: issue.message })));
  }
  return built.scenario;
}

/** Load a scenario by id (a file in scenarios/) or by path. */
export function loadScenario(ref: string, dir?: string): Scenario {
  return loadScenarioFile(resolveScenarioRef(ref, dir));
}

