import type { Command } from 'commander';
import { makePlan } from '../../research/index.js';
import { openScenario } from '../../scenario/index.js';
import { addCommonOptions, parseCommon, runPlan, usage, withShard, type CommonOptions } from '../researchOptions.js';

/** `multipolar batch`: many seeded runs of one scenario: a tidy CSV, a summary JSON, fan charts. */
export function defineBatch(command: Command): void {
  addCommonOptions(
    command
      .option('-s, --scenario <id|path>', 'scenario id (a file in scenarios/) or path to a YAML file', 'inf-2019'),
  )
    .option('--summary <file>', 'write per-turn statistics of every index and outcome probabilities with 95% intervals as JSON')
    .action(async (opts: CommonOptions & { scenario: string; summary?: string }) => {
      const common = parseCommon(opts);
      const { scenario, files } = openScenario(opts.scenario);
      const plan = usage(() => makePlan({ kind: 'batch', scenarios: [scenario], labels: [scenario.id], seeds: common.seeds, turns: common.turns ?? scenario.turns }));
      await runPlan(
        plan, common,
        { csv: common.out ? { file: common.out } : 'stdout', json: opts.summary, svg: common.svg, inputs: files },
        { summary: opts.summary !== undefined, svg: common.svg !== undefined },
        (r) => withShard(r.summary, plan, common.shard),
      );
    });
}
