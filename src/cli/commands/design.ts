import type { Command } from 'commander';
import { evenLevels, makeDesignPlan, parseRange, readPointsFile, type DesignManifest, type RangedParameter } from '../../research/index.js';
import { parseInteger, SEED_RANGE } from '../args.js';
import { addDesignRunOptions, addParameterOptions, loadArm, readParameters, refuseSteps, withRanges } from '../designOptions.js';
import { UsageError } from '../errors.js';
import { parseCommon, runPlan, usage, type CommonOptions } from '../researchOptions.js';
import { parseTurns } from './compare.js';

interface DesignOptions extends CommonOptions {
  readonly scenario: string;
  readonly variant?: string;
  readonly grid?: string | true;
  readonly lhs?: string;
  readonly from?: string;
  readonly sampleSeed: string;
  readonly at?: string;
  readonly summary?: string;
}

/**
 * `multipolar design`: a multi-parameter experiment: a full factorial, a seeded Latin hypercube or a
 * file of points, each point played on the same seeds (common random numbers).
 */
export function defineDesign(command: Command): void {
  command
    .option('-s, --scenario <id|path>', 'scenario id or path', 'inf-2019')
    .option('-v, --variant <id|path>', 'also play this variant at every point (rows get an arm column)');
  const tokens = addParameterOptions(command, '; lo:hi:step gives --grid its levels');
  command
    .option('--grid [levels]', 'full factorial: each parameter at its --range step\'s values, or at this many evenly spaced levels (default 3)')
    .option('--lhs <n>', 'a Latin hypercube of n points over the ranges (seeded by --sample-seed)')
    .option('--from <file>', 'the points of a CSV file: a header of parameter paths, then one point a row (no --param needed)')
    .option('--sample-seed <s>', 'seed of the Latin hypercube', '1');
  addDesignRunOptions(command)
    .option('-o, --out <file>', 'write the tidy CSV (one row per point, run and turn) to this file, atomically (default: standard output)')
    .option('--at <turns>', 'comma-separated turns the summary reports (default: the last)')
    .option('--summary <file>', 'write per-point statistics (index means and SDs, outcome probabilities with 95% intervals) as JSON')
    .action(async (opts: DesignOptions) => {
      const common = parseCommon(opts);
      const methods = [opts.grid !== undefined, opts.lhs !== undefined, opts.from !== undefined].filter(Boolean).length;
      if (methods !== 1) throw new UsageError('give exactly one of --grid, --lhs N or --from FILE');
      if (common.shard && opts.summary) throw new UsageError('--summary covers every point: make it when merging the shards (multipolar merge --summary)');
      const base = loadArm(opts.scenario);
      const variant = opts.variant === undefined ? undefined : loadArm(opts.variant);
      const turns = common.turns ?? base.scenario.turns;
      const at = opts.at === undefined ? [turns] : parseTurns(opts.at, turns);
      const given = readParameters(tokens);
      let design: Omit<DesignManifest, 'points'>;
      if (opts.from !== undefined) {
        if (given.length > 0) throw new UsageError('--from takes its parameters from the file\'s header; give no --param');
        const { paths, values } = usage(() => readPointsFile(opts.from!));
        design = { method: 'from', parameters: paths.map((path) => ({ path })), values, at };
      } else {
        if (given.length === 0) throw new UsageError('name at least one parameter: --param PATH --range lo:hi');
        const parameters = withRanges(given, base.scenario);
        if (opts.lhs !== undefined) {
          refuseSteps(given, '--lhs');
          const samples = parseInteger('--lhs', opts.lhs, { min: 1, max: 1_000_000 });
          design = { method: 'lhs', parameters, samples, sampleSeed: parseInteger('--sample-seed', opts.sampleSeed, SEED_RANGE), at };
        } else {
          const n = opts.grid === true ? 3 : parseInteger('--grid', opts.grid!, { min: 1, max: 1000 });
          const levels = parameters.map((p, i) => gridLevels(p, given[i].step, n));
          design = { method: 'grid', parameters, levels, at };
        }
      }
      const plan = usage(() => makeDesignPlan({ base, variant, design, seeds: common.seeds, turns }));
      await runPlan(
        plan, common,
        { csv: common.out ? { file: common.out } : 'stdout', json: opts.summary },
        { summary: opts.summary !== undefined, svg: false },
        (r) => r.summary,
      );
    });
}

/** A parameter's levels in a grid: its --range step's values (as sweep), or n evenly spaced ones. */
function gridLevels(p: RangedParameter, step: number | undefined, n: number): number[] {
  if (step === undefined) return evenLevels(p, n);
  const values = usage(() => parseRange(`${p.lo}:${p.hi}:${step}`));
  if (p.integer && values.some((v) => !Number.isInteger(v))) throw new UsageError(`--range for ${p.path}: an --integer parameter needs a whole-number step`);
  return values;
}
