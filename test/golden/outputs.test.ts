import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../../src/engine/index.js';
import { listScenarioIds } from '../../src/scenario/index.js';
import { hashScenario, type GoldenOutputs } from './outputs.js';

const golden = JSON.parse(readFileSync(join(import.meta.dirname, 'outputs.json'), 'utf8')) as GoldenOutputs;

describe('the outputs of every shipped scenario, seeds 1 to 100', () => {
  it('were recorded by this engine version (regenerate with npm run golden after a deliberate change)', () => {
    expect(golden.engine).toBe(ENGINE_VERSION);
    expect(Object.keys(golden.scenarios)).toEqual(listScenarioIds());
  });

  for (const id of Object.keys(golden.scenarios)) {
    it(`${id}: the CSV, every turn's states, actions and indices, and the news are unchanged`, () => {
      const now = hashScenario(id);
      const firstCsv = now.csv.findIndex((h, i) => h !== golden.scenarios[id].csv[i]);
      const firstTurns = now.turns.findIndex((h, i) => h !== golden.scenarios[id].turns[i]);
      const firstNews = now.news.findIndex((h, i) => h !== golden.scenarios[id].news[i]);
      const seed = (i: number) => (i < 0 ? null : golden.seeds.from + i);
      expect({ csvDiffersFromSeed: seed(firstCsv), turnsDifferFromSeed: seed(firstTurns), newsDiffersFromSeed: seed(firstNews) })
        .toEqual({ csvDiffersFromSeed: null, turnsDifferFromSeed: null, newsDiffersFromSeed: null });
    });
  }
});
