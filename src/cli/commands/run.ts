import type { Command } from 'commander';
import { runScenario } from '../../engine/index.js';
import { csvHeader, csvRows } from '../../research/csv.js';
import { openScenario } from '../../scenario/index.js';
import { formatAccount } from '../account.js';
import { parseChoice, parseInteger, SEED_RANGE } from '../args.js';
import { checkOutputFiles, emit } from '../files.js';

const FORMATS = ['json', 'csv', 'text'] as const;

/** `multipolar run`: one seeded run, as a JSON run record, a tidy CSV, or a readable account. */
export function defineRun(command: Command): void {
  command
    .option('-s, --scenario <id|path>', 'scenario id (a file in scenarios/) or path to a YAML file', 'inf-2019')
    .option('--seed <n>', 'integer seed (0 to 4294967295)', '42')
    .option('-t, --turns <n>', "number of quarterly turns (default: the scenario's length)")
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`, 'json')
    .option('-o, --out <file>', 'write to this file (atomically) instead of stdout')
    .action((opts: { scenario: string; seed: string; turns?: string; format: string; out?: string }, command: Command) => {
      const seed = parseInteger('--seed', opts.seed, SEED_RANGE);
      const turns = opts.turns === undefined ? undefined : parseInteger('--turns', opts.turns, { min: 1, max: 400 });
      const format = parseChoice('--format', opts.format, FORMATS);
      const { scenario, files } = openScenario(opts.scenario);
      checkOutputFiles([{ option: '--out', path: opts.out }], files);
      const record = runScenario(scenario, seed, turns ?? scenario.turns);
      const body = format === 'json' ? JSON.stringify(record, null, 2) + '\n' : format === 'csv' ? csvHeader(scenario.rules.actorIds) + csvRows(record, scenario.rules.actorIds) : formatAccount(record, scenario);
      emit(body, opts.out, command.configureOutput().writeOut);
    });
}
