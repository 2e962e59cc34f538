import type { Command } from 'commander';
import { loadSweep, makePlan, parseRange, parseValues } from '../../research/index.js';
import { chainFiles } from '../../scenario/index.js';
import { UsageError } from '../errors.js';
import { addCommonOptions, parseCommon, runPlan, usage, withShard, type CommonOptions } from '../researchOptions.js';

interface SweepOptions extends CommonOptions {
  readonly scenario: string;
  readonly param?: string;
  readonly values?: string;
  readonly range?: string;
  readonly summary?: string;
}

/** `multipolar sweep`: one scenario parameter over several values, each on the same seeds. */
export function defineSweep(command: Command): void {
  addCommonOptions(
    command
      .option('-s, --scenario <id|path>', 'scenario id or path', 'inf-2019')
      .option('-p, --param <path>', 'dotted path into the scenario, e.g. actors.russia.doctrine.threatPerception (a figure\'s value is set)')
      .option('--values <list>', 'comma-separated values, e.g. 0.2,0.4,0.6')
      .option('--range <lo:hi:step>', 'values from lo to hi by step, e.g. 0.2:0.8:0.2'),
  )
    .option('--summary <file>', 'write per-value, per-turn statistics and outcome probabilities as JSON')
    .action(async (opts: SweepOptions) => {
      const common = parseCommon(opts);
      if (opts.param === undefined) throw new UsageError('--param is required: a dotted path into the scenario, e.g. actors.russia.doctrine.threatPerception');
      if ((opts.values === undefined) === (opts.range === undefined)) throw new UsageError('give exactly one of --values a,b,c or --range lo:hi:step');
      const values = usage(() => (opts.values !== undefined ? parseValues(opts.values) : parseRange(opts.range!)));
      const scenarios = usage(() => loadSweep(opts.scenario, opts.param!, values));
      const plan = usage(() => makePlan({
        kind: 'sweep', scenarios, labels: values.map(String), values, seeds: common.seeds,
        turns: common.turns ?? scenarios[0].turns, sweep: { param: opts.param! },
      }));
      await runPlan(
        plan, common,
        { csv: common.out ? { file: common.out } : 'stdout', json: opts.summary, svg: common.svg, inputs: chainFiles(opts.scenario) },
        { summary: opts.summary !== undefined, svg: common.svg !== undefined },
        (r) => withShard(r.summary, plan, common.shard),
      );
    });
}
