import { rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseWorkers } from '../../src/cli/researchOptions.js';
import { loadScenario } from '../../src/scenario/index.js';
import { cli, scratch, STACK_FRAME } from './cli.js';
import { forgeSave } from './forge.js';

const dir = scratch('limits');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function refused(argv: string[], message: RegExp, code = 2): Promise<void> {
  const r = await cli(...argv);
  expect(r.code).toBe(code);
  expect(r.stderr).toMatch(message);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(STACK_FRAME);
}

// Findings 8, 9 and 10: memory and workers without limits, saves with impossible contents, sweep
// values that break the shard files.
describe('limits', () => {
  it('compare refuses, before any run, a comparison whose statistics would not fit in memory (32 GB for 10 million runs)', async () => {
    // Every turn of 400 for 10 million paired runs: some 600 GB, more than any machine this runs on.
    await refused(['compare', '--variant', 'revised-dual-track', '--runs', '10000000', '--turns', '400', '--at', Array.from({ length: 400 }, (_, i) => i + 1).join(',')],
      /^multipolar: error: this run's statistics would keep about \d+\.\d GB in memory, more than half of this machine's \d+\.\d GB; use fewer --runs or --at turns/);
  });

  it('--workers is at most four per core (256 threads on two cores took 3.8 GB)', async () => {
    const max = Math.max(4, 4 * availableParallelism());
    expect(parseWorkers(String(max))).toBe(max);
    await refused(['batch', '--runs', '2', '--workers', String(max + 1)], new RegExp(`--workers must be between 1 and ${max} \\(four per core on this machine`));
    expect(parseWorkers('8', 2)).toBe(8);
    expect(() => parseWorkers('9', 2)).toThrow(/between 1 and 8/);
  });

  it('a sweep value holding a line break is refused (it made shards that merge could not read)', async () => {
    await refused(['sweep', '--param', 'actors.us.doctrine.threatPerception', '--values', '0.2,x\ny', '--runs', '2'], /--values may not hold line breaks, tabs or other control characters/);
  });

  it('a save with more turns than its scenario, or a human team listed twice, is refused', async () => {
    const turns = loadScenario('inf-2019').turns;
    const long = forgeSave(join(dir, 'long.save.json'), { turns: Array.from({ length: turns + 1 }, () => ({ orders: {}, injects: [] })) });
    await refused(['replay', long], new RegExp(`: the save holds ${turns + 1} turns, but scenario inf-2019 lasts ${turns}`), 1);
    await refused(['play', '--load', long], new RegExp(`cannot resume .*: the save holds ${turns + 1} turns, but scenario inf-2019 lasts ${turns}`));
    const twice = forgeSave(join(dir, 'twice.save.json'), { humans: ['eu', 'eu'] });
    await refused(['replay', twice], /twice\.save\.json is not a valid save: at save\.humans: each human team may be listed once/);
  });
});
