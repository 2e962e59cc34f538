import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { writeFileAtomic } from '../io/atomicFile.js';
import type { ScenarioFile } from './schema.js';

/**
 * A memo of the loader's own output for the shipped scenarios, so that a command does not parse
 * 30 KB of YAML and validate it on every start (most of `multipolar run`'s cold start). It is not a
 * second way of loading: `npm run build` writes each entry by loading the scenario the ordinary way
 * (scripts/scenarioCache.mjs), and an entry is used only when it is provably what that load would
 * give now: the bytes of every file of its `extends` chain have the sha256 it records, and so does
 * the loader's code (every module the loader imports, and the versions of the packages they import).
 * Anything else, including any overrides, goes the ordinary way; so does every error.
 */

/** One file of an `extends` chain: its name and the sha256 of its bytes (as a manifest records it). */
interface ChainEntry {
  readonly file: string;
  readonly sha256: string;
}

/** What a load gives before the scenario is built, as load.ts's readScenarioDocument returns it. */
export interface CachedDocument {
  readonly document: ScenarioFile;
  readonly sha256: string;
  /** The files of the `extends` chain, base first, this file last. */
  readonly files: readonly string[];
  readonly chain: readonly ChainEntry[];
}

/** The code that turns a file into a document: modules (relative to the package root) and package versions. */
interface LoaderCode {
  readonly files: readonly string[];
  readonly packages: readonly string[];
  readonly sha256: string;
}

interface Entry extends Omit<CachedDocument, 'files'> {
  /** The module that loaded it (relative to the package root): code run from src/ never uses the build's entries. */
  readonly loader: string;
  readonly code: LoaderCode;
}

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');
const HERE = fileURLToPath(import.meta.url);
/** The loader whose output is cached: load.ts beside this module (load.js once built). */
const LOADER = join(dirname(HERE), `load${extname(HERE)}`);
const posix = (path: string) => path.split(sep).join('/');

/** Where the cache is: the package root, its folder of shipped scenarios, and the folder of entries (one JSON file per id). */
export interface CacheLocation {
  readonly root: string;
  readonly dir: string;
  readonly entries: string;
}

/** The package's cache: dist/scenarios/, beside the code that wrote it. */
export const packageCache = (root: string, dir: string): CacheLocation => ({ root, dir, entries: join(root, 'dist', 'scenarios') });

/** The name and version of the package that a bare import specifier names (`yaml`, `zod/mini`, `@scope/x`). */
function packageVersion(specifier: string): string {
  const name = specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
  const entry = createRequire(LOADER).resolve(name);
  const root = entry.slice(0, entry.lastIndexOf(`${sep}node_modules${sep}${name.split('/').join(sep)}${sep}`) + `${sep}node_modules${sep}${name}`.length);
  return `${name}@${(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version}`;
}

/** The sha256 of the loader's code: each module's path and bytes, then each package's name and version. */
function codeHash(root: string, files: readonly string[], packages: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file}\0`).update(readFileSync(join(root, file))).update('\0');
  for (const p of packages) hash.update(`${p}\0`);
  return hash.digest('hex');
}

/** Static and dynamic imports, and requires, in a module. */
const IMPORT = /(?:\bimport|\bexport|\brequire)\s*(?:[\w*${}\s,]*?\sfrom\s*)?\(?\s*['"]([^'"]+)['"]/g;

/**
 * The loader's code as it is now: every module the loader imports, directly or not (walked from its
 * import statements), and the packages among them. A change to which modules are imported is a
 * change to a module already in the list, so a recorded list stays a sound check of itself.
 */
function loaderCode(root: string): LoaderCode {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    const key = posix(relative(root, file));
    if (files.has(key)) return;
    files.add(key);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      if (spec.startsWith('node:')) continue;
      // From src/ (tests), './x.js' names x.ts.
      const target = spec.startsWith('.') ? resolve(dirname(file), spec) : undefined;
      if (target) visit(target.endsWith('.js') && !existsSync(target) ? `${target.slice(0, -3)}.ts` : target);
      else packages.add(packageVersion(spec));
    }
  };
  visit(LOADER);
  const sortedFiles = [...files].sort();
  const sortedPackages = [...packages].sort();
  return { files: sortedFiles, packages: sortedPackages, sha256: codeHash(root, sortedFiles, sortedPackages) };
}

/** The loader's code hash, computed once per process and only when an entry is looked at. */
const checked = new Map<string, boolean>();
function sameCode(root: string, entry: Entry): boolean {
  const key = JSON.stringify(entry.code);
  let same = checked.get(key);
  if (same === undefined) {
    try {
      same = codeHash(root, entry.code.files, entry.code.packages) === entry.code.sha256
        && entry.code.packages.every((p) => packageVersion(p.slice(0, p.lastIndexOf('@'))) === p);
    } catch {
      same = false;
    }
    checked.set(key, same);
  }
  return same;
}

/**
 * The cached document of `file` when it is a shipped scenario (a file directly in the shipped
 * folder) whose entry still holds: written by this loader, from files with the bytes `read` gives
 * now (a base with isBase), by code with the bytes it has now. Otherwise undefined.
 */
export function cachedDocument(at: CacheLocation, file: string, read: (file: string, isBase: boolean) => Buffer): CachedDocument | undefined {
  const { root, dir } = at;
  if (resolve(dirname(file)) !== resolve(dir)) return undefined;
  let entry: Entry;
  try {
    entry = JSON.parse(readFileSync(join(at.entries, `${basename(file, '.yaml')}.json`), 'utf8')) as Entry;
  } catch {
    return undefined;
  }
  if (entry.loader !== posix(relative(root, LOADER)) || entry.chain.at(-1)?.file !== basename(file)) return undefined;
  try {
    if (!entry.chain.every((c, i) => basename(c.file) === c.file && sha256(read(join(dir, c.file), i < entry.chain.length - 1)) === c.sha256)) return undefined;
  } catch {
    return undefined;
  }
  if (!sameCode(root, entry)) return undefined;
  // The files as the ordinary load names them: the bases beside this file (a cached chain never leaves its folder), this file as given.
  const files = entry.chain.map((c, i) => (i === entry.chain.length - 1 ? file : join(dirname(resolve(file)), c.file)));
  return { document: entry.document, sha256: entry.sha256, files, chain: entry.chain };
}

/**
 * Write the entry of one shipped scenario, as the loader gave it (`files`: its chain's paths). Refuses
 * (returns false) what JSON would not give back exactly, or a chain that leaves the shipped folder.
 */
export function writeCacheEntry(at: CacheLocation, files: readonly string[], loaded: CachedDocument): boolean {
  const { root, dir } = at;
  if (files.some((f) => resolve(dirname(f)) !== resolve(dir))) return false;
  const entry: Entry = { loader: posix(relative(root, LOADER)), code: loaderCode(root), chain: loaded.chain, sha256: loaded.sha256, document: loaded.document };
  const text = JSON.stringify(entry) + '\n';
  const back = JSON.parse(text) as Entry;
  // JSON drops undefined and turns -0 into 0: an entry must give back exactly what the load gave.
  if (!isDeepStrictEqual(back.document, loaded.document) || !isDeepStrictEqual(back.chain, loaded.chain)) return false;
  mkdirSync(at.entries, { recursive: true });
  // Atomically, so that a command running during a build reads a whole entry or none.
  writeFileAtomic(join(at.entries, `${basename(files.at(-1)!, '.yaml')}.json`), text);
  return true;
}
