import type { Command } from 'commander';
import { runScenario } from '../../engine/index.js';
import { loadScenario } from '../../scenario/index.js';
import { formatAccount } from '../account.js';
import { parseInteger, SEED_RANGE } from '../args.js';
import { emit } from '../files.js';

/** `multipolar play`: for now, a readable turn-by-turn account of a computer-played game. */
export function registerPlay(program: Command): void {
  program
    .command('play')
    .description('play a game (the default scenario is inf-2019)')
    .option('-s, --scenario <id|path>', 'scenario id or path', 'inf-2019')
    .option('--seed <n>', 'integer seed', '42')
    .action((opts: { scenario: string; seed: string }, command: Command) => {
      const seed = parseInteger('--seed', opts.seed, SEED_RANGE);
      const scenario = loadScenario(opts.scenario);
      emit(formatAccount(runScenario(scenario, seed), scenario.title), undefined, command.configureOutput().writeOut);
    });
}
