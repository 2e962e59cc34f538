import { createHash } from 'node:crypto';
import { appendFileSync, copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { canonicalJson } from '../../src/io/canonicalJson.js';
import { loadScenario, loadScenarioFile, readScenarioDocument, SCENARIO_DIR } from '../../src/scenario/index.js';
import { cli, scratch } from '../reliability/cli.js';

const dir = scratch('anywhere');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sha = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
const variant = (file: string, base: string) => {
  writeFileSync(file, `id: ${file.split('/').at(-1)!.slice(0, -5)}\nextends: ${base}\ntitle: A variant\nquestion: What if?\nactors:\n  nato:\n    posture: hedging\n`);
  return file;
};

describe('variants from anywhere (issue 15, item 4)', () => {
  it('extends a shipped scenario by id from a file in any folder', () => {
    const file = variant(join(dir, 'elsewhere.yaml'), 'inf-2019');
    const scenario = loadScenarioFile(file);
    expect(scenario.actors.nato?.posture).toBe('hedging');
    expect(scenario.world).toEqual(loadScenario('inf-2019').world);
  });

  it('looks beside the file first, then among the shipped scenarios', () => {
    const own = join(dir, 'own');
    mkdirSync(own);
    writeFileSync(join(own, 'inf-2019.yaml'), readFileSync(join(SCENARIO_DIR, 'inf-2019.yaml'), 'utf8').replace('title: ', 'title: Local copy of '));
    expect(readScenarioDocument(variant(join(own, 'v.yaml'), 'inf-2019')).files).toEqual([join(own, 'inf-2019.yaml'), join(own, 'v.yaml')]);
  });

  it('resolves a relative path from the file\'s folder, not from the working folder', () => {
    mkdirSync(join(dir, 'bases'));
    copyFileSync(join(SCENARIO_DIR, 'inf-2019.yaml'), join(dir, 'bases', 'cold.yaml'));
    expect(readScenarioDocument(variant(join(dir, 'relative.yaml'), 'bases/cold.yaml')).files).toEqual([join(dir, 'bases', 'cold.yaml'), join(dir, 'relative.yaml')]);
  });
});

describe('manifests record the whole chain (issue 15, item 5)', () => {
  it('every file of the chain with the sha256 of its bytes, and the sha256 of the resolved scenario', () => {
    const file = variant(join(dir, 'chain.yaml'), 'revised-dual-track');
    const scenario = loadScenarioFile(file);
    expect(scenario.chain).toEqual([
      { file: 'inf-2019.yaml', sha256: sha(readFileSync(join(SCENARIO_DIR, 'inf-2019.yaml'))) },
      { file: 'revised-dual-track.yaml', sha256: sha(readFileSync(join(SCENARIO_DIR, 'revised-dual-track.yaml'))) },
      { file: 'chain.yaml', sha256: sha(readFileSync(file)) },
    ]);
    // The resolved scenario: its document after extends and overrides, before defaults, as canonical JSON.
    expect(loadScenario('inf-2019').sha256).toBe(sha(canonicalJson(parse(readFileSync(join(SCENARIO_DIR, 'inf-2019.yaml'), 'utf8')))));
    expect(scenario.sha256).not.toBe(loadScenario('revised-dual-track').sha256);
  });

  it('replay checks every file of the chain and names the one that changed', async () => {
    const base = join(dir, 'base.yaml');
    copyFileSync(join(SCENARIO_DIR, 'inf-2019.yaml'), base);
    const file = variant(join(dir, 'child.yaml'), 'base');
    const record = join(dir, 'child.json');
    expect((await cli('run', '--scenario', file, '--turns', '2', '--out', record)).code).toBe(0);
    expect(JSON.parse(readFileSync(record, 'utf8')).manifest.scenario.chain.map((f: { file: string }) => f.file)).toEqual(['base.yaml', 'child.yaml']);
    expect(await cli('replay', record, '--scenario', file)).toMatchObject({ code: 0, stdout: 'verified\n' });
    appendFileSync(base, '# a comment changes the bytes, not the resolved scenario\n');
    const r = await cli('replay', record, '--scenario', file);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/: base\.yaml has changed since the record was made \(its sha256 is [0-9a-f]{64}, the record's [0-9a-f]{64}\)/);
  });
});
