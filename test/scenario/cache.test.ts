import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine/index.js';
import { cachedDocument, packageCache, writeCacheEntry, type CacheLocation } from '../../src/scenario/cache.js';
import { buildScenario, listScenarioIds, loadScenario, readScenarioDocument, SCENARIO_DIR } from '../../src/scenario/index.js';

const ROOT = dirname(SCENARIO_DIR);
const work = mkdtempSync(join(tmpdir(), 'multipolar-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const read = (file: string) => readFileSync(file);

/** A copy of the shipped scenarios with a cache of them, as `npm run build` writes one (here from src/, whose code it fingerprints). */
function cacheOfCopy(name: string): CacheLocation {
  const dir = join(work, name, 'scenarios');
  cpSync(SCENARIO_DIR, dir, { recursive: true });
  const at = { root: ROOT, dir, entries: join(work, name, 'entries') };
  for (const id of listScenarioIds(dir)) {
    const loaded = readScenarioDocument(join(dir, `${id}.yaml`));
    expect(writeCacheEntry(at, loaded.files, loaded), id).toBe(true);
  }
  return at;
}

describe('the verified cache of the shipped scenarios', () => {
  it('gives back exactly what the ordinary load gives, for every shipped scenario: document, hash, files and chain, and so the same runs', () => {
    const at = cacheOfCopy('same');
    for (const id of listScenarioIds(at.dir)) {
      const file = join(at.dir, `${id}.yaml`);
      const cached = cachedDocument(at, file, read);
      expect(cached, id).toBeDefined();
      expect(cached, id).toStrictEqual(readScenarioDocument(file));
      const built = buildScenario(cached!.document, cached!.sha256);
      if ('issues' in built) throw new Error(`${id}: ${built.issues[0].message}`);
      expect(runScenario({ ...built.scenario, chain: cached!.chain }, 11, 3), id).toStrictEqual(runScenario(loadScenario(file), 11, 3));
    }
  });

  it('is not used once any file of the chain changes, the base included, nor for a file outside the shipped folder', () => {
    const at = cacheOfCopy('changed');
    appendFileSync(join(at.dir, 'inf-2019.yaml'), '# a comment changes the bytes, not the scenario\n');
    expect(cachedDocument(at, join(at.dir, 'inf-2019.yaml'), read)).toBeUndefined();
    expect(cachedDocument(at, join(at.dir, 'revised-dual-track.yaml'), read)).toBeUndefined();
    expect(cachedDocument(at, join(at.dir, 'dual-track-1979.yaml'), read)).toBeDefined();
    cpSync(join(at.dir, 'dual-track-1979.yaml'), join(work, 'dual-track-1979.yaml'));
    expect(cachedDocument(at, join(work, 'dual-track-1979.yaml'), read)).toBeUndefined();
  });

  it('is not used when the loader that wrote it is another, or its code has changed since', () => {
    const at = cacheOfCopy('code');
    const entry = join(at.entries, 'bipolar-2019.json');
    const original = JSON.parse(readFileSync(entry, 'utf8')) as { loader: string; code: { sha256: string; packages: string[] } };
    const rewrite = (change: object) => writeFileSync(entry, JSON.stringify({ ...original, ...change }));
    const file = join(at.dir, 'bipolar-2019.yaml');
    expect(cachedDocument(at, file, read)).toBeDefined();
    rewrite({ loader: 'dist/src/scenario/load.js' });
    expect(cachedDocument(at, file, read)).toBeUndefined();
    rewrite({ code: { ...original.code, sha256: '0'.repeat(64) } });
    expect(cachedDocument(at, file, read)).toBeUndefined();
    rewrite({ code: { ...original.code, packages: original.code.packages.map((p) => p.replace(/@[^@]+$/, '@0.0.0')) } });
    expect(cachedDocument(at, file, read)).toBeUndefined();
    writeFileSync(entry, '{ not json');
    expect(cachedDocument(at, file, read)).toBeUndefined();
  });

  it("fingerprints the loader's modules and the packages they import", () => {
    const at = cacheOfCopy('fingerprint');
    const { loader, code } = JSON.parse(readFileSync(join(at.entries, 'inf-2019.json'), 'utf8')) as { loader: string; code: { files: string[]; packages: string[] } };
    expect(loader).toBe('src/scenario/load.ts');
    expect(code.files).toEqual(expect.arrayContaining(['src/scenario/load.ts', 'src/scenario/schema.ts', 'src/scenario/inherit.ts', 'src/model/index.ts', 'src/io/canonicalJson.ts']));
    expect(code.packages.map((p) => p.replace(/@[^@]+$/, ''))).toEqual(expect.arrayContaining(['yaml', 'zod']));
  });

  it('fingerprints the built loader (dist/) the same way: its modules, and yaml and zod, which it loads by require and import', async () => {
    const cache = (await import(join(ROOT, 'dist/src/scenario/cache.js'))) as typeof import('../../src/scenario/cache.js');
    const built = (await import(join(ROOT, 'dist/src/scenario/index.js'))) as typeof import('../../src/scenario/index.js');
    const at = { root: ROOT, dir: SCENARIO_DIR, entries: join(work, 'built-entries') };
    const loaded = built.readScenarioDocument(join(SCENARIO_DIR, 'inf-2019.yaml'));
    expect(cache.writeCacheEntry(at, loaded.files, loaded)).toBe(true);
    const { loader, code } = JSON.parse(readFileSync(join(at.entries, 'inf-2019.json'), 'utf8')) as { loader: string; code: { files: string[]; packages: string[] } };
    expect(loader).toBe('dist/src/scenario/load.js');
    expect(code.files).toEqual(expect.arrayContaining(['dist/src/scenario/load.js', 'dist/src/scenario/yaml.js', 'dist/src/scenario/schema.js', 'dist/src/model/index.js']));
    expect(code.packages.map((p) => p.replace(/@[^@]+$/, ''))).toEqual(expect.arrayContaining(['yaml', 'zod']));
  });

  it('the built loader (dist/) reads every shipped scenario as the source loader does, whether from its cache or from the YAML', async () => {
    // npm test builds dist/ and its cache (scripts/scenarioCache.mjs); after a bare tsc the cache may be stale, and then is not used.
    const built = (await import(join(ROOT, 'dist/src/scenario/index.js'))) as typeof import('../../src/scenario/index.js');
    for (const id of listScenarioIds()) {
      const file = join(SCENARIO_DIR, `${id}.yaml`);
      expect(built.readScenarioDocument(file), id).toStrictEqual(readScenarioDocument(file));
    }
    expect(packageCache(ROOT, SCENARIO_DIR).entries).toBe(join(ROOT, 'dist', 'scenarios'));
  });
});
