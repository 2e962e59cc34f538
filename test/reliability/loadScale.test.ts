import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadScenarioFile, ScenarioError } from '../../src/scenario/index.js';
import { cli, scratch } from './cli.js';

const dir = scratch('scale');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const KEYS = 60_000;

// Finding 5: loading was quadratic in the number of YAML keys (40,000 keys took 37 s), a long list
// of problems overflowed the stack (push(...)) or printed 200,000 lines.
describe('a scenario file with tens of thousands of keys', () => {
  const file = join(dir, 'keys.yaml');
  writeFileSync(file, `id: keys\n${Array.from({ length: KEYS }, (_, i) => `k${i}: ${i}\n`).join('')}`);

  it('loads in linear time: every unknown key is placed on its line (quadratic loading took minutes at this size and timed out)', () => {
    let problems: readonly { line?: number; message: string }[] = [];
    try {
      loadScenarioFile(file);
    } catch (e) {
      if (!(e instanceof ScenarioError)) throw e;
      problems = e.problems;
    }
    const unknown = problems.filter((p) => p.message.startsWith('unknown key'));
    expect(unknown).toHaveLength(KEYS);
    expect(unknown.at(-1)).toMatchObject({ line: KEYS + 1, message: `unknown key "k${KEYS - 1}" (check the spelling; see multipolar scenarios schema)` });
  }, 30_000);

  it('prints the first 50 problems and how many more there are, from a list longer than the stack takes as arguments', async () => {
    // 150,000 problems: push(...problems) overflowed the stack from about 125,000.
    const flow = join(dir, 'flow.yaml');
    writeFileSync(flow, `id: flow\nworld:\n  forces: [${new Array(150_000).fill(1).join(',')}]\n`);
    const r = await cli('scenarios', 'validate', flow);
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(51);
    expect(lines).toContain(`multipolar: error: ${flow}:3: at world.forces.0: expected object, got 1`);
    expect(lines[50]).toMatch(/^multipolar: error: and 1499\d\d more problems$/);
  }, 60_000);

  it('refuses a key given twice in one map, in one pass, at the line of its second use', async () => {
    const twice = join(dir, 'twice.yaml');
    writeFileSync(twice, 'id: twice\ntitle: a\ntitle: b\n');
    expect((await cli('scenarios', 'validate', twice)).stderr).toBe(`multipolar: error: ${twice}:3: not valid YAML: the key "title" appears twice in one map\n`);
  });
});
