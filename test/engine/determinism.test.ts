import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION, runScenario } from '../../src/engine/index.js';
import { loadScenarioFile, SCENARIO_DIR } from '../../src/scenario/index.js';
import { infScenario } from '../fixtures.js';

describe('determinism', () => {
  it('the same scenario and seed give the same record', () => {
    const a = runScenario(infScenario(), 7, 12);
    const b = runScenario(infScenario(), 7, 12);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('another seed gives another trajectory', () => {
    expect(runScenario(infScenario(), 7, 12).digest).not.toBe(runScenario(infScenario(), 8, 12).digest);
  });

  it('listing the actors and treaties in another order gives the same trajectory', () => {
    const doc = parseDocument(readFileSync(join(SCENARIO_DIR, 'inf-2019.yaml'), 'utf8'));
    const actors = doc.get('actors') as { items: unknown[] };
    actors.items.reverse();
    const world = doc.get('world') as { get(k: string): { items: unknown[] } };
    world.get('treaties').items.reverse();
    world.get('forces').items.reverse();
    const dir = mkdtempSync(join(tmpdir(), 'multipolar-'));
    const file = join(dir, 'inf-2019.yaml');
    const text = doc.toString();
    expect(text.indexOf('\n  eu:')).toBeLessThan(text.indexOf('\n  us:'));
    writeFileSync(file, text);
    const shuffled = loadScenarioFile(file);
    const a = runScenario(infScenario(), 11, 16);
    const b = runScenario(shuffled, 11, 16);
    expect(b.manifest.scenario.sha256).not.toBe(a.manifest.scenario.sha256);
    expect(b.turns).toEqual(a.turns);
    expect(b.digest).toBe(a.digest);
  });

  it('records the engine version, which is the package version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(ENGINE_VERSION).toBe(pkg.version);
    expect(runScenario(infScenario(), 1, 1).manifest.engine).toEqual({ name: 'multipolar', version: pkg.version });
  });
});
