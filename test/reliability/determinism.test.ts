import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/engine/index.js';
import { loadScenario } from '../../src/scenario/index.js';
import { GOLDEN, GOLDEN_DIGEST } from './golden.js';

const DIST = join(resolve(import.meta.dirname, '../..'), 'dist');
const built = (path: string) => {
  const file = join(DIST, path);
  if (!existsSync(file)) throw new Error(`${file} is missing: build with npx tsc -p . (npm test does)`);
  return file;
};

describe(`the golden run (${GOLDEN.scenario}, seed ${GOLDEN.seed})`, () => {
  it('has the pinned digest in process', () => {
    const scenario = loadScenario(GOLDEN.scenario);
    const record = runScenario(scenario, GOLDEN.seed);
    expect(record.manifest.turns).toBe(scenario.turns);
    expect(record.digest).toBe(GOLDEN_DIGEST);
  });

  it('has the same digest in a child process running the CLI', () => {
    const out = execFileSync(process.execPath, [built('src/cli/main.js'), 'run', '--scenario', GOLDEN.scenario, '--seed', String(GOLDEN.seed)], { encoding: 'utf8' });
    expect(JSON.parse(out).digest).toBe(GOLDEN_DIGEST);
  });

  it('has the same digest in a worker thread running the compiled engine', async () => {
    const worker = new Worker(built('test/reliability/golden.worker.js'));
    const digest = await new Promise((done, fail) => {
      worker.once('message', done);
      worker.once('error', fail);
      worker.once('exit', (code) => fail(new Error(`the worker exited (code ${code}) without a digest`)));
    });
    await worker.terminate();
    expect(digest).toBe(GOLDEN_DIGEST);
  });
});
