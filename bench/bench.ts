/**
 * npm run bench: runs per second and peak memory of a seeded batch of inf-2019 runs at the
 * scenario's default length, in one process. Usage: node dist/bench/bench.js [runs=1000]
 */
import { runScenario } from '../src/engine/index.js';
import { loadScenario } from '../src/scenario/index.js';

const runs = Number(process.argv[2] ?? 1000);
const scenario = loadScenario('inf-2019');
runScenario(scenario, 0); // warm up the JIT so the figure is the steady state

const start = process.hrtime.bigint();
let turns = 0;
for (let seed = 1; seed <= runs; seed++) turns += runScenario(scenario, seed).turns.length;
const seconds = Number(process.hrtime.bigint() - start) / 1e9;

const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
console.log(`scenario      inf-2019, ${scenario.turns} turns a run, seeds 1..${runs}`);
console.log(`runs          ${runs} in ${seconds.toFixed(2)} s`);
console.log(`runs/s        ${(runs / seconds).toFixed(1)}`);
console.log(`turns/s       ${(turns / seconds).toFixed(0)}`);
console.log(`peak RSS      ${mib(process.resourceUsage().maxRSS * 1024)} MiB`);
console.log(`heap used     ${mib(process.memoryUsage().heapUsed)} MiB`);
