import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScenario } from '../../../src/engine/index.js';
import { INDEX_NAMES } from '../../../src/model/index.js';
import { loadScenarioFile, SCENARIO_DIR, ScenarioError } from '../../../src/scenario/index.js';
import { STACK_FRAME } from '../cli.js';
import { runs, scenarioFile, variantFile } from './arbitraries.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'multipolar-fuzz-scenario-'));
  // Variants extend a base found next to them.
  copyFileSync(join(SCENARIO_DIR, 'inf-2019.yaml'), join(dir, 'inf-2019.yaml'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Load `text` as a scenario file: it either loads and plays, or is refused with located, readable problems. */
function loadOrRefuse({ ext, text }: { ext: string; text: string }): void {
  const file = join(dir, `case.${ext}`);
  writeFileSync(file, text);
  let scenario;
  try {
    scenario = loadScenarioFile(file);
  } catch (e) {
    if (!(e instanceof ScenarioError)) throw new Error(`not a ScenarioError: ${String(e)}`, { cause: e });
    expect(e.problems.length).toBeGreaterThan(0);
    for (const p of e.problems) {
      expect(p.file).toBe(file);
      expect(typeof p.message).toBe('string');
      expect(p.message.length).toBeGreaterThan(0);
      if (p.line !== undefined) expect(Number.isInteger(p.line) && p.line >= 1).toBe(true);
    }
    expect(e.message).not.toMatch(STACK_FRAME);
    return;
  }
  // A scenario that loads must play, and keep its indices in range.
  const record = runScenario(scenario, 1, 2);
  for (const t of record.turns) {
    for (const name of INDEX_NAMES) {
      const v = t.indices[name];
      if (!(Number.isFinite(v) && v >= 0 && v <= 100)) throw new Error(`index ${name} is ${v} at turn ${t.turn}`);
    }
  }
}

describe('scenario files, fuzzed', () => {
  it('load or are refused with a ScenarioError, never anything else', () => {
    fc.assert(fc.property(scenarioFile, loadOrRefuse), runs(150));
  });

  it('variants that extend a base load or are refused likewise', () => {
    fc.assert(fc.property(variantFile, loadOrRefuse), runs(60, 0.2));
  });
});
