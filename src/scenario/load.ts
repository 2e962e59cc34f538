import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Document, LineCounter } from 'yaml';
import type { Scenario } from '../model/index.js';
import { canonicalJson } from '../io/canonicalJson.js';
import { FileReadError, readInput } from '../io/inputFile.js';
import { buildScenario } from './build.js';
import { cachedDocument, packageCache } from './cache.js';
import { duplicateKeys } from './duplicates.js';
import { ScenarioError } from './errors.js';
import { findBase, isPathRef, realPath } from './extends.js';
import { mergeOver } from './inherit.js';
import { lineAt, problemsOf } from './locate.js';
import { applyOverride, type Override } from './override.js';
import { reservedNames } from './reserved.js';
import { scenarioSchema, type ScenarioFile } from './schema.js';
import { variantSchema } from './variant.js';
import { MAX_NESTING, nestingOf } from './nesting.js';
import { yaml } from './yaml.js';

/** The folder of shipped scenarios (package root's scenarios/, from src/ or from dist/src/). */
export const SCENARIO_DIR = findScenarioDir();

/** The verified cache of the shipped scenarios' documents (see cache.ts). */
const CACHE = packageCache(dirname(SCENARIO_DIR), SCENARIO_DIR);

/** The largest scenario file read (the shipped ones are under 30 KB; loading is linear, so this is a bound on memory, not time). */
export const MAX_SCENARIO_BYTES = 8 * 1024 * 1024;

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

/** A path when the text looks like one (see isPathRef), else an id in `dir`. */
export function resolveScenarioRef(ref: string, dir: string = SCENARIO_DIR): string {
  if (isPathRef(ref)) return resolve(ref);
  const file = join(dir, `${ref}.yaml`);
  if (!existsSync(file)) {
    throw new ScenarioError([{ file: ref.slice(0, 80), path: '', message: `no scenario with id "${ref.slice(0, 80)}"; known ids: ${listScenarioIds(dir).join(', ')} (or give a path to a .yaml file)` }]);
  }
  return file;
}

/** One file of an `extends` chain as a manifest records it: its name and the sha256 of its bytes. */
export interface ChainFile {
  readonly file: string;
  readonly sha256: string;
}

/** A YAML file read and parsed once, with what is needed to place a problem at its line. */
export interface ParsedFile {
  readonly file: string;
  readonly sha256: string;
  readonly doc: Document;
  readonly lines: LineCounter;
  /** The document as plain data. */
  readonly raw: unknown;
}

/**
 * Read and parse one scenario file: a regular file (never a FIFO or a device) of at most
 * MAX_SCENARIO_BYTES. The text is parsed once: the nesting check and the document share its tokens.
 * Duplicate keys are found in one pass here, since yaml's own check compares every key with every other.
 */
export function parseFile(file: string, noSymlink = false): ParsedFile {
  let bytes: Buffer;
  try {
    bytes = readScenarioBytes(file, noSymlink);
  } catch (e) {
    if (!(e instanceof FileReadError)) throw e;
    throw new ScenarioError([{ file, path: '', message: e.message.slice(`cannot read ${file}: `.length) }]);
  }
  const { Composer, LineCounter, Parser } = yaml();
  const lines = new LineCounter();
  const text = bytes.toString('utf8');
  const tokens = Array.from(new Parser(lines.addNewLine).parse(text));
  const nesting = nestingOf(tokens);
  if (nesting.depth > MAX_NESTING) {
    throw new ScenarioError([{ file, path: '', line: lines.linePos(nesting.offset).line, message: `nested ${nesting.depth} levels deep; a file may nest at most ${MAX_NESTING}` }]);
  }
  // logLevel 'error': yaml's warnings (e.g. a collection used as a key) would reach the user as raw Node warnings; the schema reports such keys itself.
  const composer = new Composer({ prettyErrors: false, uniqueKeys: false, logLevel: 'error' });
  const docs = Array.from(composer.compose(tokens, true, text.length));
  const doc = docs[0];
  if (docs.length > 1) throw new ScenarioError([{ file, path: '', line: lines.linePos(docs[1].range[0]).line, message: 'not valid YAML: a file holds one document (found a second after ---)' }]);
  if (doc.errors.length > 0) {
    throw new ScenarioError(doc.errors.map((err) => ({
      file, path: '', line: lines.linePos(err.pos[0]).line, message: `not valid YAML: ${err.message.split('\n')[0]}`,
    })));
  }
  const duplicates = duplicateKeys(doc);
  if (duplicates.length > 0) {
    throw new ScenarioError(duplicates.map((d) => ({ file, path: '', line: lines.linePos(d.offset).line, message: `not valid YAML: the key "${d.key.slice(0, 60)}" appears twice in one map` })));
  }
  let raw: unknown;
  try {
    raw = doc.toJS();
  } catch (e) {
    // yaml refuses documents whose aliases expand too far (a "billion laughs" file) by throwing.
    throw new ScenarioError([{ file, path: '', message: `cannot be read: ${(e as Error).message}` }]);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const parsed = { file, sha256, doc, lines, raw };
  // Each file on its own, before merging: merging a "__proto__" key would set a prototype instead of a key.
  const reserved = reservedNames(raw);
  if (reserved.length > 0) throw new ScenarioError(problemsOf(reserved, [parsed]));
  return parsed;
}

/** The bytes of a scenario file, read as parseFile reads them (a base never through a symbolic link). */
const readScenarioBytes = (file: string, noSymlink: boolean): Buffer => readInput(file, { maxBytes: MAX_SCENARIO_BYTES, noSymlink });

const isPlainObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The document with its `extends` chain resolved (see inherit.ts and extends.ts) and the chain's
 * files, base first. A variant's own file is checked against the variant shape. `seen` holds the
 * real paths of the files that extend this one, to refuse a cycle.
 */
function resolveChain(parsed: ParsedFile, seen: readonly string[]): { raw: unknown; chain: ParsedFile[] } {
  const { raw } = parsed;
  if (!isPlainObject(raw) || !('extends' in raw)) return { raw, chain: [parsed] };
  const own = variantSchema().safeParse(raw, { reportInput: true });
  if (!own.success) throw new ScenarioError(problemsOf(own.error.issues, [parsed]));
  const at = { file: parsed.file, path: 'extends', line: lineAt(parsed, ['extends']) };
  const base = findBase(parsed.file, raw.extends as string, SCENARIO_DIR);
  if ('problem' in base) throw new ScenarioError([{ ...at, message: base.problem }]);
  if (seen.includes(base.real)) {
    throw new ScenarioError([{ ...at, message: `extends forms a cycle: ${[...seen, base.real].map((f) => basename(f, extname(f))).join(' -> ')}` }]);
  }
  const resolved = resolveChain(parseFile(base.file, true), [...seen, base.real]);
  const { extends: _drop, ...overrides } = raw;
  const { $schema: _schema, ...baseRaw } = resolved.raw as Record<string, unknown>;
  return { raw: mergeOver(baseRaw, overrides), chain: [...resolved.chain, parsed] };
}

/** A scenario file after inheritance and validation, before it is built. */
export interface ScenarioDocument {
  readonly document: ScenarioFile;
  /**
   * sha256 of the resolved scenario: the canonical JSON (keys sorted) of the document after its
   * `extends` chain is merged and any overrides are set, before defaults are filled in.
   */
  readonly sha256: string;
  /** The files of the `extends` chain, base first, this file last. */
  readonly files: readonly string[];
  /** The same files by name, each with the sha256 of its bytes. */
  readonly chain: readonly ChainFile[];
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
  const { sources: _sources, ...read } = readDocument(file, options);
  return read;
}

/**
 * readScenarioDocument, with the parsed files for placing problems at their lines; a shipped
 * scenario loaded without overrides comes from the verified cache when it holds (no parsed files then).
 */
function readDocument(file: string, options: LoadOptions = {}, cache = true): ScenarioDocument & { readonly sources?: readonly ParsedFile[] } {
  const cached = cache && !options.overrides?.length ? cachedDocument(CACHE, file, readScenarioBytes) : undefined;
  if (cached) return cached;
  const parsed = parseFile(file);
  const real = realPath(file);
  const { raw: merged, chain: sources } = resolveChain(parsed, [real]);
  let raw = merged;
  for (const override of options.overrides ?? []) {
    const applied = applyOverride(raw, override);
    if ('problem' in applied) throw new ScenarioError([{ file, path: override.path, message: applied.problem }]);
    raw = applied.doc;
  }
  // Ids and keys that are names every JavaScript object has would read a prototype member later (overrides may set them too).
  const reserved = reservedNames(raw);
  if (reserved.length > 0) throw new ScenarioError(problemsOf(reserved, sources));
  const result = scenarioSchema.safeParse(raw, { reportInput: true });
  if (!result.success) throw new ScenarioError(problemsOf(result.error.issues, sources));
  const sha256 = createHash('sha256').update(canonicalJson(raw)).digest('hex');
  return {
    document: result.data, sha256, files: sources.map((c) => c.file), chain: sources.map((c) => ({ file: basename(c.file), sha256: c.sha256 })), sources,
  };
}

/**
 * Read, resolve `extends`, apply overrides, validate and build a scenario file. Throws a ScenarioError
 * that lists every problem with its file, path in the document and line. Overrides enter the hash.
 */
export function loadScenarioFile(file: string, options: LoadOptions = {}): Scenario {
  return openScenarioFile(file, options).scenario;
}

/** A scenario built from its file, with the document it was built from and the files it read. */
export interface OpenedScenario extends ScenarioDocument {
  readonly scenario: Scenario;
}

/**
 * loadScenarioFile, keeping what the read found on the way: the validated document (briefings quote
 * it) and the files of the `extends` chain (commands check that no output overwrites one). Each file
 * is read and parsed once.
 */
export function openScenarioFile(file: string, options: LoadOptions = {}): OpenedScenario {
  return open(file, options, true);
}

function open(file: string, options: LoadOptions, cache: boolean): OpenedScenario {
  const { sources, ...read } = readDocument(file, options, cache);
  const built = buildScenario(read.document, read.sha256);
  if ('issues' in built) {
    // Problems are placed at their lines in the parsed files, which a cached document comes without.
    if (!sources) return open(file, options, false);
    throw new ScenarioError(problemsOf(built.issues, sources));
  }
  return { ...read, scenario: { ...built.scenario, chain: read.chain } };
}

/** openScenarioFile by id (a file in scenarios/) or by path, as loadScenario. */
export function openScenario(ref: string, dir?: string, options: LoadOptions = {}): OpenedScenario {
  return openScenarioFile(resolveScenarioRef(ref, dir), options);
}

/**
 * The files a scenario reference reads (its `extends` chain), for commands to check that no output
 * overwrites one; [] when it does not load (the load itself then reports why).
 */
export function chainFiles(ref: string): string[] {
  try {
    return [...readScenarioDocument(resolveScenarioRef(ref)).files];
  } catch (e) {
    if (e instanceof ScenarioError) return [];
    throw e;
  }
}

/** Load a scenario by id (a file in scenarios/) or by path. */
export function loadScenario(ref: string, dir?: string, options: LoadOptions = {}): Scenario {
  return loadScenarioFile(resolveScenarioRef(ref, dir), options);
}
