import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { ENGINE_VERSION } from '../../engine/index.js';
import { compileHistory, readHistory } from '../../hindcast/load.js';
import { historyJsonSchemaText } from '../../hindcast/schema.js';
import { formatHindcast, HindcastAccumulator, type HindcastManifest } from '../../hindcast/report.js';
import { progressBar, runUnits } from '../../research/index.js';
import { isPathRef, openScenario, SCENARIO_DIR } from '../../scenario/index.js';
import { parseInteger, SEED_RANGE } from '../args.js';
import { UsageError } from '../errors.js';
import { checkOutputFiles, emit } from '../files.js';
import { parseWorkers } from '../researchOptions.js';

/** The folder of shipped histories, beside scenarios/. */
export const HISTORY_DIR = join(SCENARIO_DIR, '..', 'history');

/** A history file by path, or by id in the shipped history/ folder. */
function historyFile(ref: string): string {
  if (isPathRef(ref)) return resolve(ref);
  const file = join(HISTORY_DIR, `${ref}.yaml`);
  if (!existsSync(file)) throw new UsageError(`no history with id "${ref}" in ${HISTORY_DIR} (or give a path to a .yaml file)`);
  return file;
}

interface HindcastOptions {
  readonly scenario: string;
  readonly history?: string;
  readonly runs: string;
  readonly seedStart: string;
  readonly workers?: string;
  readonly json?: boolean;
  readonly out?: string;
  readonly schema?: boolean;
}

/** `multipolar hindcast`: score a scenario against dated real events, over many seeded runs. */
export function defineHindcast(command: Command): void {
  command
    .option('-s, --scenario <id|path>', 'the scenario to score (e.g. as-it-happened-2019)', 'as-it-happened-2019')
    .option('-H, --history <id|path>', 'a history file (YAML; history/ holds the shipped ones, e.g. inf-2019-to-2022)')
    .option('-n, --runs <n>', 'number of seeded runs (seeds S..S+N-1)', '500')
    .option('--seed-start <s>', 'first seed S', '1')
    .option('-w, --workers <n>', 'worker threads (default: the number of cores); outputs never depend on it')
    .option('--json', 'print the report as JSON instead of a table')
    .option('-o, --out <file>', 'write the report to this file (atomically) instead of stdout')
    .option('--schema', 'print the JSON Schema of history files (history/history.schema.json) and exit')
    .action(async (opts: HindcastOptions, command: Command) => {
      if (opts.schema) return emit(historyJsonSchemaText(), undefined, command.configureOutput().writeOut);
      if (opts.history === undefined) throw new UsageError('--history is required: a history file or the id of a shipped one, e.g. --history inf-2019-to-2022');
      const runs = parseInteger('--runs', opts.runs, { min: 1, max: 100_000 });
      const from = parseInteger('--seed-start', opts.seedStart, SEED_RANGE);
      if (from + runs - 1 > SEED_RANGE.max) throw new UsageError(`--seed-start ${from} with --runs ${runs} goes past the last seed ${SEED_RANGE.max}`);
      const workers = parseWorkers(opts.workers);
      const { scenario, files } = openScenario(opts.scenario);
      const file = historyFile(opts.history);
      checkOutputFiles([{ option: '--out', path: opts.out }], [...files, file]);
      const history = readHistory(file);
      const events = compileHistory(history, scenario, scenario.turns);
      const manifest: HindcastManifest = {
        engine: { name: 'multipolar', version: ENGINE_VERSION },
        scenario: { id: scenario.id, sha256: scenario.sha256, chain: scenario.chain ?? [] },
        history: { id: history.document.id, sha256: history.sha256 },
        seeds: { from, count: runs },
        turns: scenario.turns,
        start: scenario.start,
      };
      const report = new HindcastAccumulator(manifest, history.document, events);
      const bar = progressBar(runs, 'hindcast');
      await runUnits({ kind: 'hindcast', spec: { scenario, turns: scenario.turns, observables: events.map((e) => e.observable) } }, { from, count: runs }, {
        workers,
        onResult: (r) => report.add(r.trajectories[0]),
        onProgress: (done) => bar.update(done),
      });
      bar.end();
      const done = report.finish();
      emit(opts.json ? JSON.stringify(done, null, 2) + '\n' : formatHindcast(done), opts.out, command.configureOutput().writeOut);
    });
}
