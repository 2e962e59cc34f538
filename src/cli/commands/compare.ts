import type { Command } from 'commander';
import { emit } from '../files.js';
import { formatComparison, makePlan, seedsOf } from '../../research/index.js';
import { openScenario } from '../../scenario/index.js';
import { parseInteger, SEED_RANGE } from '../args.js';
import { UsageError } from '../errors.js';
import { addCommonOptions, parseCommon, runPlan, usage, withShard, type CommonOptions } from '../researchOptions.js';

interface CompareOptions extends CommonOptions {
  readonly scenario: string;
  readonly variant?: string;
  readonly at?: string;
  readonly bootstrap: string;
  readonly bootstrapSeed: string;
  readonly json?: boolean;
}

/**
 * `multipolar compare`: a scenario and a variant on the same seeds (common random numbers), each
 * index and outcome compared at chosen turns with a seeded bootstrap interval and an effect size.
 */
export function defineCompare(command: Command): void {
  addCommonOptions(
    command
      .option('-s, --scenario <id|path>', 'the base scenario: id or path', 'inf-2019')
      .option('-v, --variant <id|path>', 'the variant scenario (a file that may `extends:` the base)'),
  )
    .option('--at <turns>', 'comma-separated turns to compare at (default: the last)')
    .option('--bootstrap <n>', 'bootstrap replicates', '2000')
    .option('--bootstrap-seed <n>', 'seed of the bootstrap resampling', '1')
    .option('--json', 'print the comparison as JSON instead of a table')
    .action(async (opts: CompareOptions, command: Command) => {
      const common = parseCommon(opts);
      if (opts.variant === undefined) throw new UsageError('--variant is required: the scenario to compare with the base, e.g. --variant revised-dual-track');
      if (common.shard && !common.out) throw new UsageError('--shard needs --out: multipolar merge joins the shards\' CSV files');
      const bootstrap = parseInteger('--bootstrap', opts.bootstrap, { min: 100, max: 100_000 });
      const bootstrapSeed = parseInteger('--bootstrap-seed', opts.bootstrapSeed, SEED_RANGE);
      const { scenario: base, files: baseFiles } = openScenario(opts.scenario);
      const { scenario: variant, files: variantFiles } = openScenario(opts.variant);
      const turns = common.turns ?? base.turns;
      const at = opts.at === undefined ? [turns] : parseTurns(opts.at, turns);
      const plan = usage(() => makePlan({
        kind: 'compare', scenarios: [base, variant], labels: ['base', 'variant'], seeds: common.seeds, turns,
        compare: { at, bootstrap, bootstrapSeed },
      }));
      const reduced = await runPlan(
        plan, common,
        { csv: common.out ? { file: common.out } : 'none', svg: common.svg, inputs: [...baseFiles, ...variantFiles] },
        { summary: true, svg: common.svg !== undefined },
        () => undefined,
      );
      // A shard compares its own seeds only: the JSON says which (withShard), and so does the table.
      const { shard } = common;
      const doc = withShard(reduced.comparison, plan, shard);
      const table = () => formatComparison(reduced.comparison!, shard ? { k: shard.k, n: shard.n, seeds: seedsOf(plan, shard) } : undefined);
      emit(opts.json ? JSON.stringify(doc, null, 2) + '\n' : table(), undefined, command.configureOutput().writeOut);
    });
}

/** "8,16,32" -> [8, 16, 32], each within the run, in increasing order without repeats. */
export function parseTurns(text: string, turns: number): number[] {
  const list = text.split(',').map((t) => parseInteger('--at', t, { min: 1, max: turns }));
  return [...new Set(list)].sort((a, b) => a - b);
}
