import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument, type Document } from "yaml";
import type { Scenario } from '../model/index.js';
import { buildScenario } from './build.js';
import { ScenarioError } from './errors.js';
import { mergeOver } from './inherit.js';
import { lineAt, problemsOf } from './locate.js';
import { applyOverride, type Override } from './override.js';
import { scenarioSchema, type ScenarioFile } from './schema.js';
import { variantSchema } from './variant.js';
import { MAX_NESTING, nestingDepth } from './nesting.js';

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

const isPlainObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The document with its `extends` chain resolved (see inherit.ts), the hash of every file in the
 * chain, and the chain's files, base first. A variant's own file is checked against the variant shape.
 */
function resolveChain(parsed: ParsedFile, seen: string[]): { raw: unknown; hashes: string[]; chain: ParsedFile[] } {
  const { raw } = parsed;
  const hash = createHash('sha256').update(parsed.bytes).digest('hex');
  if (!isPlainObject(raw) || !('extends' in raw)) return { raw, hashes: [hash], chain: [parsed] };
  const own = variantSchema.safeParse(raw, { reportInput: true });
  if (!own.success) throw new ScenarioError(problemsOf(own.error.issues, [parsed]));
  const baseId = raw.extends as string;
  if (seen.includes(baseId)) {
    throw new ScenarioError([{ file: parsed.file, path: 'extends', line: lineAt(parsed, ['extends']), message: `extends forms a cycle: ${[...seen, baseId].join(' -> ')}` }]);
  }
  const baseFile = join(dirname(parsed.file), `${baseId}.yaml`);
  if (!existsSync(baseFile)) {
    throw new ScenarioError([{ file: parsed.file, path: 'extends', line: lineAt(parsed, ['extends']), message: `base scenario "${baseId}" not found next to this file (${baseFile})` }]);
  }
  const base = resolveChain(parseFile(baseFile), [...seen, baseId]);
  const { extends: _drop, ...overrides } = raw;
  const { $schema: _schema, ...baseRaw } = base.raw as Record<string, unknown>;
  return { raw: mergeOver(baseRaw, overrides), hashes: [...base.hashes, hash], chain: [...base.chain, parsed] };
}

/** A scenario file after inheritance and validation, before it is built. */
export interface ScenarioDocument {
  readonly document: ScenarioFile;
  readonly sha256: string;
  /** The files of the `extends` chain, base first, this file last. */
  readonly files: readonly string[];
}

/** Options of a load: `overrides` are set in the resolved document, in order, before validation. */
export interface LoadOptions {
  readonly overrides?: readonly Override[];
}

/**
 * Read a scenario file, resolve its `extends` chain and validate the result, without building it
 * (`scenarios show` prints this). Throws a ScenarioError listing every problem, as loadScenarioFile.
 */
export function readScenarioDocument(file: string, options: LoadOptions = {}): ScenarioDocument {
  const { chain: _chain, ...read } = readDocument(file, options);
  return read;
}

function readDocument(file: string, options: LoadOptions = {}): ScenarioDocument & { readonly chain: readonly ParsedFile[] } {
  const parsed = parseFile(file);
  const ownId = isPlainObject(parsed.raw) ? String(parsed.raw.id ?? '') : '';
  const resolved = resolveChain(parsed, ownId ? [ownId] : []);
  const { chain } = resolved;
  let raw = resolved.raw;
  const hashes = [...resolved.hashes];
  for (const override of options.overrides ?? []) {
    const applied = applyOverride(raw, override);
    if ('problem' in applied) throw new ScenarioError([{ file, path: override.path, message: applied.problem }]);
    raw = applied.doc;
    hashes.push(`override ${override.path}=${JSON.stringify(override.value)}`);
  }
  const result = scenarioSchema.safeParse(raw, { reportInput: true });
  if (!result.success) throw new ScenarioError(problemsOf(result.error.issues, chain));
  const sha256 = hashes.length === 1 ? hashes[0] : createHash('sha256').update(hashes.join('\n')).digest('hex');
  return { document: result.data, sha256, files: chain.map((c) => c.file), chain };
}

/**
 * Read, resolve `extends`, apply overrides, validate and build a scenario file. Throws a ScenarioError
 * that lists every problem with its file, path in the document and line. Overrides enter the hash.
 */
export function loadScenarioFile(file: string, options: LoadOptions = {}): Scenario {
  const { document, sha256, chain } = readDocument(file, options);
  const built = buildScenario(document, sha256);
  if ('issues' in built) throw new ScenarioError(problemsOf(built.issues, chain));
  return built.scenario;
}

/** Load a scenario by id (a file in scenarios/) or by path. */
export function loadScenario(ref: string, dir?: string, options: LoadOptions = {}): Scenario {
  return loadScenarioFile(resolveScenarioRef(ref, dir), options);
}

