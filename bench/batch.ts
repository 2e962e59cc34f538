/**
 * Batch benchmark (npm run bench:batch): runs per second of `multipolar batch` on inf-2019 at 1 and 2
 * worker threads, and the peak memory (max RSS, worker threads included) of 1,000 and 10,000 runs
 * with the CSV streamed to disk and the summary kept. Each measurement runs in a fresh child process
 * so that one does not warm up or bloat another.
 *
 *   npm run bench:batch -- [--speed-runs 1000] [--memory-runs 1000,10000]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { executePlan, fileSink, makePlan } from '../src/research/index.js';
import { loadScenario } from '../src/scenario/index.js';

interface Measurement {
  readonly runs: number;
  readonly workers: number;
  readonly seconds: number;
  readonly runsPerSecond: number;
  readonly maxRssMiB: number;
}

/** In the child: one batch of `runs` seeds with `workers` threads, CSV to a temporary file, summary kept. */
async function measure(runs: number, workers: number): Promise<Measurement> {
  const scenario = loadScenario('inf-2019');
  const plan = makePlan({ kind: 'batch', scenarios: [scenario], labels: [scenario.id], seeds: { from: 1, count: runs }, turns: scenario.turns });
  const dir = mkdtempSync(join(tmpdir(), 'multipolar-bench-'));
  try {
    const sink = fileSink(join(dir, 'runs.csv'));
    const started = performance.now();
    const reduced = await executePlan(plan, { workers, sink, wants: { summary: true, svg: false } });
    JSON.stringify(reduced.summary);
    sink.commit();
    const seconds = (performance.now() - started) / 1000;
    return { runs, workers, seconds, runsPerSecond: runs / seconds, maxRssMiB: process.resourceUsage().maxRSS / 1024 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

function child(runs: number, workers: number): Measurement {
  const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', String(runs), String(workers)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out) as Measurement;
}

if (process.argv[2] === '--child') {
  process.stdout.write(JSON.stringify(await measure(Number(process.argv[3]), Number(process.argv[4]))) + '\n');
} else {
  const speedRuns = Number(option('--speed-runs', '1000'));
  const memoryRuns = option('--memory-runs', '1000,10000').split(',').map(Number);
  // Each row is printed as soon as it is measured, so that a long run stopped part way keeps the rows before it.
  process.stdout.write('multipolar batch benchmark (inf-2019, 32 turns, CSV streamed to disk, summary kept)\n');
  process.stdout.write('what     runs  workers  seconds  runs/s  peak RSS (MiB)\n');
  const print = (what: string, r: Measurement) =>
    process.stdout.write(`${what.padEnd(7)}${String(r.runs).padStart(6)}${String(r.workers).padStart(9)}${r.seconds.toFixed(1).padStart(9)}${r.runsPerSecond.toFixed(1).padStart(8)}${r.maxRssMiB.toFixed(0).padStart(16)}\n`);
  for (const workers of [1, 2]) print('speed', child(speedRuns, workers));
  for (const runs of memoryRuns) print('memory', child(runs, 2));
}
