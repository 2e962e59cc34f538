import type { Command } from 'commander';
import type { Scenario } from '../model/index.js';
import { documentedParameters, parseParameterRange, type DesignArm, type RangedParameter } from '../research/index.js';
import { openScenario } from '../scenario/index.js';
import { UsageError } from './errors.js';
import { usage } from './researchOptions.js';

/** One of --param, --range, --integer, in the order given: a --range or --integer belongs to the --param before it. */
type Token = { readonly param: string } | { readonly range: string } | { readonly integer: true };

/**
 * Declare --param, --range and --integer, which are read in command-line order. Returns the tokens
 * the command's action reads (a new list each time the program is built).
 */
export function addParameterOptions(command: Command, ranges: string): Token[] {
  const tokens: Token[] = [];
  command
    .option('-p, --param <path>', 'a parameter: a dotted path into the scenario, as sweep --param (repeat for several)', (v: string) => (tokens.push({ param: v }), v))
    .option('--range <lo:hi>', `the range of the --param before it, e.g. 0.2:0.9${ranges}`, (v: string) => (tokens.push({ range: v }), v))
    .option('--integer', 'the --param before it takes whole numbers only', () => (tokens.push({ integer: true }), true));
  return tokens;
}

/** Declare the run options design and sensitivity share (as batch's, over a design's (point, seed) runs). */
export function addDesignRunOptions(command: Command): Command {
  return command
    .option('-n, --runs <n>', 'seeded runs per point (seeds S..S+N-1, the same at every point)')
    .option('--seed-start <s>', 'first seed S', '1')
    .option('-t, --turns <n>', "number of quarterly turns (default: the scenario's length)")
    .option('-w, --workers <n>', 'worker threads (default: the number of cores); outputs never depend on it')
    .option('--shard <k/n>', 'play only the k-th of n slices of the (point, seed) runs; join the shards with multipolar merge');
}

/** A parameter as given: its range, or none (its documented range is then looked up), and a grid step. */
export interface GivenParameter {
  readonly parameter?: RangedParameter;
  readonly path: string;
  readonly step?: number;
}

/** Pair each --param with its --range and --integer; a mistake is a UsageError. */
export function readParameters(tokens: readonly Token[]): GivenParameter[] {
  const groups: Array<{ path: string; range?: string; integer: boolean }> = [];
  for (const t of tokens) {
    const last = groups.at(-1);
    if ('param' in t) groups.push({ path: t.param, integer: false });
    else if (!last) throw new UsageError(`${'range' in t ? '--range' : '--integer'} must follow the --param it is for, e.g. --param actors.russia.doctrine.threatPerception --range 0.2:0.9`);
    else if ('range' in t) {
      if (last.range !== undefined) throw new UsageError(`--param ${last.path} has two --range options`);
      last.range = t.range;
    } else last.integer = true;
  }
  const paths = groups.map((g) => g.path);
  const twice = paths.find((p, i) => paths.indexOf(p) !== i);
  if (twice) throw new UsageError(`--param ${twice} is given twice`);
  return groups.map((g) => {
    if (g.range === undefined) {
      if (g.integer) throw new UsageError(`--integer for ${g.path} needs its --range`);
      return { path: g.path };
    }
    const { parameter, step } = usage(() => parseParameterRange(g.path, g.range!, g.integer));
    return { parameter, path: g.path, ...(step !== undefined ? { step } : {}) };
  });
}

/** The ranged parameters, a parameter without --range taking its documented range (see documentedParameters). */
export function withRanges(given: readonly GivenParameter[], scenario: Scenario): RangedParameter[] {
  return given.map((g) => g.parameter ?? usage(() => documentedParameters(scenario, [g.path])[0]));
}

/** Load a scenario both built and as its validated document (a design builds its points from the document). */
export function loadArm(ref: string): DesignArm {
  const { scenario, document, sha256 } = openScenario(ref);
  return { scenario, document: { document, sha256 } };
}

/** Refuse a --range with a step where only lo:hi makes sense. */
export function refuseSteps(given: readonly GivenParameter[], what: string): void {
  const stepped = given.find((g) => g.step !== undefined);
  if (stepped) throw new UsageError(`--range for ${stepped.path}: a step means nothing to ${what}; give lo:hi`);
}
