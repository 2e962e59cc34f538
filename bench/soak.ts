/**
 * `npm run soak`: play at least a million turns (as many computer-played runs of a scenario as that
 * takes, seeds 0, 1, 2, ...) and check that memory stays flat: the heap after a full garbage
 * collection at the end is compared with the same at the start. Progress goes to stderr, the report
 * to stdout; exit 1 when the heap grew by more than the allowance.
 *
 *   node --expose-gc dist/bench/soak.js [--turns 1000000] [--scenario inf-2019]
 */
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { runScenario } from '../src/engine/index.js';
import { loadScenario } from '../src/scenario/index.js';

/** How much the heap may grow over the whole soak: a leak of even a few hundred bytes a turn exceeds it. */
const ALLOWED_GROWTH_BYTES = 8 * 1024 * 1024;

/** A full collection; available without --expose-gc too, through V8's flag. */
function collector(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** The heap in use after a full collection, in bytes. */
function settledHeap(gc: () => void): number {
  gc();
  gc(); // a second pass frees what the first one's finalisers released
  return process.memoryUsage().heapUsed;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function main(): number {
  const { values } = parseArgs({ options: { turns: { type: 'string', default: '1000000' }, scenario: { type: 'string', default: 'inf-2019' } } });
  const target = Number(values.turns);
  if (!Number.isSafeInteger(target) || target < 1) {
    process.stderr.write(`soak: --turns must be a positive whole number, got "${values.turns}"\n`);
    return 2;
  }
  const gc = collector();
  const scenario = loadScenario(values.scenario);
  // Warm up first, so that compiled code and caches do not count as growth.
  for (let seed = 0; seed < 20; seed++) runScenario(scenario, seed);
  const before = settledHeap(gc);
  const started = performance.now();
  const trajectories = createHash('sha256');
  let turns = 0;
  let runs = 0;
  let peak = before;
  let nextReport = target / 10;
  while (turns < target) {
    const record = runScenario(scenario, runs);
    trajectories.update(record.digest);
    turns += record.turns.length;
    runs += 1;
    if (turns >= nextReport) {
      const heap = settledHeap(gc);
      peak = Math.max(peak, heap);
      process.stderr.write(`soak: ${turns} turns, ${runs} runs, heap ${mb(heap)}\n`);
      nextReport += target / 10;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const after = settledHeap(gc);
  const growth = after - before;
  const flat = growth <= ALLOWED_GROWTH_BYTES;
  process.stdout.write([
    `scenario        ${scenario.id} (seeds 0..${runs - 1})`,
    `turns           ${turns} in ${runs} runs`,
    `time            ${seconds.toFixed(1)} s (${Math.round(turns / seconds)} turns/s)`,
    `heap before     ${mb(before)}`,
    `heap peak       ${mb(peak)} (after collection, at each tenth)`,
    `heap after      ${mb(after)}`,
    `growth          ${mb(growth)} (allowed ${mb(ALLOWED_GROWTH_BYTES)}): ${flat ? 'flat' : 'GROWING'}`,
    `trajectories    sha256 ${trajectories.digest('hex')} (of every run's digest, in order)`,
    '',
  ].join('\n'));
  return flat ? 0 : 1;
}

process.exitCode = main();
