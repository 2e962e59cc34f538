/**
 * The statistics check of a change that moves outputs (issue 12 point 7): over 1,000 seeds of
 * inf-2019 at its full length, each index's mean at the last turn must stay within one standard
 * error of the model before the change. Run it with --write before the change, keep the file, and
 * without --write after it (npm run bench does, when the file is there).
 *
 *   node dist/bench/statistics.js [--runs 1000] [--write FILE | --against FILE]   (default: --against bench/statistics-before.json)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { ENGINE_VERSION, runScenario } from '../src/engine/index.js';
import { INDEX_NAMES } from '../src/model/index.js';
import { loadScenario } from '../src/scenario/index.js';

/** An index's final-turn statistics over the runs. */
interface Moments {
  readonly mean: number;
  readonly sd: number;
  /** Standard error of the mean: sd / sqrt(runs). */
  readonly se: number;
}

interface Statistics {
  readonly engine: string;
  readonly scenario: { readonly id: string; readonly sha256: string };
  readonly seeds: { readonly from: number; readonly count: number };
  readonly indices: Readonly<Record<string, Moments>>;
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Pure: mean, sample standard deviation and standard error of `xs`. */
function moments(xs: readonly number[]): Moments {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1));
  return { mean, sd, se: sd / Math.sqrt(xs.length) };
}

const runs = Number(option('--runs') ?? 1000);
const scenario = loadScenario('inf-2019');
const finals: Record<string, number[]> = Object.fromEntries(INDEX_NAMES.map((n) => [n, []]));
for (let seed = 1; seed <= runs; seed++) {
  const last = runScenario(scenario, seed).turns.at(-1)!.indices;
  for (const name of INDEX_NAMES) finals[name].push(last[name]);
}
const now: Statistics = {
  engine: ENGINE_VERSION,
  scenario: { id: scenario.id, sha256: scenario.sha256 },
  seeds: { from: 1, count: runs },
  indices: Object.fromEntries(INDEX_NAMES.map((n) => [n, moments(finals[n])])),
};

const write = option('--write');
const against = option('--against') ?? 'bench/statistics-before.json';
const fixed = (x: number) => x.toFixed(3).padStart(9);
if (write) {
  writeFileSync(write, JSON.stringify(now, null, 2) + '\n');
  console.log(`statistics    engine ${now.engine}, inf-2019 seeds 1..${runs}: final-index means written to ${write}`);
} else if (!existsSync(against)) {
  console.log(`statistics    no ${against} to compare with (write one before a change that moves outputs: --write ${against})`);
} else {
  const before = JSON.parse(readFileSync(against, 'utf8')) as Statistics;
  if (before.scenario.sha256 !== now.scenario.sha256 || before.seeds.count !== runs) {
    throw new Error(`${against} is of another inf-2019 (sha256 ${before.scenario.sha256.slice(0, 12)}) or another number of runs; write it again before the change`);
  }
  console.log(`statistics    final-index means over inf-2019 seeds 1..${runs}: engine ${before.engine} (${against}) and ${now.engine}`);
  console.log('index            before       now      diff  SE before  within one SE');
  let moved = 0;
  for (const name of INDEX_NAMES) {
    const b = before.indices[name];
    const n = now.indices[name];
    const within = Math.abs(n.mean - b.mean) <= b.se;
    if (!within) moved++;
    console.log(`${name.padEnd(14)}${fixed(b.mean)} ${fixed(n.mean)} ${fixed(n.mean - b.mean)} ${fixed(b.se)}  ${within ? 'yes' : 'NO'}`);
  }
  if (moved > 0) process.exitCode = 1;
}
