import type { Command } from 'commander';
import { allOutcomes, formatSensitivity, makeDesignPlan, parseOutputs, SALTELLI_MAX_PARAMETERS, worldOutcomes, type SensitivityDoc } from '../../research/index.js';
import { documentedParameters } from '../../research/index.js';
import { parseChoice, parseInteger, SEED_RANGE } from '../args.js';
import { addDesignRunOptions, addParameterOptions, loadArm, readParameters, refuseSteps, withRanges } from '../designOptions.js';
import { UsageError } from '../errors.js';
import { emit } from '../files.js';
import { parseCommon, runPlan, usage, type CommonOptions } from '../researchOptions.js';

interface SensitivityOptions extends CommonOptions {
  readonly scenario: string;
  readonly variant?: string;
  readonly method?: string;
  readonly all?: boolean;
  readonly samples?: string;
  readonly levels: string;
  readonly sampleSeed: string;
  readonly output?: string;
  readonly bootstrap: string;
  readonly bootstrapSeed: string;
  readonly json?: boolean;
  readonly summary?: string;
}

/**
 * `multipolar sensitivity`: global sensitivity analysis of chosen outputs to chosen parameters within
 * their ranges: Morris screening or Sobol indices, seeded, each point played on the same seeds.
 */
export function defineSensitivity(command: Command): void {
  command
    .option('-m, --method <morris|sobol>', 'morris (screening: mu*, sigma) or sobol (first-order and total indices)')
    .option('-s, --scenario <id|path>', 'scenario id or path', 'inf-2019')
    .option('-v, --variant <id|path>', 'analyse the difference variant - base instead: every point plays both on the same seeds');
  const tokens = addParameterOptions(command, '');
  command
    .option('--all', 'every coefficient of the model, within its documented range')
    .option('--output <list>', 'what to explain, comma-separated: an index or an outcome id, @turn (default: escalation at the last turn), e.g. escalation@32,infDead@32')
    .option('-N, --samples <n>', 'sobol: base samples N (N (k + 2) points; a power of 2 is best), default 64; morris: trajectories r (r (k + 1) points), default 10')
    .option('--levels <p>', 'morris: levels of the grid (even)', '4')
    .option('--sample-seed <s>', 'seed of the sampling design', '1');
  addDesignRunOptions(command)
    .option('-o, --out <file>', 'write the tidy CSV of every run (one row per point, run and turn) to this file, atomically (a --shard needs it; merge --summary --svg then gives the analysis)')
    .option('--bootstrap <n>', 'bootstrap replicates of the intervals', '1000')
    .option('--bootstrap-seed <n>', 'seed of the bootstrap resampling', '1')
    .option('--json', 'print the analysis as JSON instead of a table')
    .option('--summary <file>', 'also write the analysis as JSON to this file')
    .option('--svg <file>', 'write a bar chart of every output\'s indices with their intervals as a standalone SVG')
    .action(async (opts: SensitivityOptions, cmd: Command) => {
      if (opts.method === undefined) throw new UsageError('--method is required: morris (screening) or sobol (variance-based indices)');
      const method = parseChoice('--method', opts.method, ['morris', 'sobol'] as const);
      const common = parseCommon(opts);
      if (common.shard && !common.out) throw new UsageError('--shard needs --out: multipolar merge joins the shards\' CSV files');
      if (common.shard && (opts.json || opts.summary || opts.svg)) throw new UsageError('a shard has part of the points: make the analysis when merging the shards (multipolar merge --summary --svg)');
      const base = loadArm(opts.scenario);
      const variant = opts.variant === undefined ? undefined : loadArm(opts.variant);
      const turns = common.turns ?? base.scenario.turns;
      const given = readParameters(tokens);
      if (opts.all && given.length > 0) throw new UsageError('give either --all or --param, not both');
      if (!opts.all && given.length === 0) throw new UsageError('name the parameters: --param PATH --range lo:hi (repeat), or --all');
      refuseSteps(given, 'a sensitivity analysis');
      const parameters = opts.all ? usage(() => documentedParameters(base.scenario, 'all')) : withRanges(given, base.scenario);
      if (method === 'sobol' && parameters.length > SALTELLI_MAX_PARAMETERS) throw new UsageError(`sobol takes at most ${SALTELLI_MAX_PARAMETERS} parameters, got ${parameters.length}`);
      const outcomes = allOutcomes(worldOutcomes(base.scenario), worldOutcomes(base.scenario).some((o) => o.kind === 'signed'));
      const outputs = usage(() => parseOutputs(opts.output ?? `escalation@${turns}`, outcomes, turns));
      const samples = opts.samples === undefined ? (method === 'sobol' ? 64 : 10) : parseInteger('--samples', opts.samples, { min: 2, max: 1_000_000 });
      const gridLevels = parseInteger('--levels', opts.levels, { min: 2, max: 1000 });
      if (method === 'morris' && gridLevels % 2 !== 0) throw new UsageError(`--levels must be even, got ${gridLevels}`);
      const plan = usage(() => makeDesignPlan({
        base, variant, seeds: common.seeds, turns,
        design: {
          method, parameters, samples, ...(method === 'morris' ? { gridLevels } : {}),
          sampleSeed: parseInteger('--sample-seed', opts.sampleSeed, SEED_RANGE), at: [turns], outputs,
          bootstrap: parseInteger('--bootstrap', opts.bootstrap, { min: 100, max: 100_000 }),
          bootstrapSeed: parseInteger('--bootstrap-seed', opts.bootstrapSeed, SEED_RANGE),
        },
      }));
      const reduced = await runPlan(
        plan, common,
        { csv: common.out ? { file: common.out } : 'none', json: opts.summary, svg: common.svg },
        { summary: !common.shard, svg: common.svg !== undefined },
        (r) => r.summary,
      );
      if (common.shard) return;
      const doc = reduced.summary as SensitivityDoc;
      emit(opts.json ? JSON.stringify(doc, null, 2) + '\n' : formatSensitivity(doc), undefined, cmd.configureOutput().writeOut);
    });
}
