import type { Command } from 'commander';

/**
 * A command of `multipolar` as the program knows it before it is loaded: what `--help` lists, and
 * where the rest is. A command's module (its options, arguments and action, and everything they
 * import: the engine, zod, Ink) loads only when that command runs, so `--version`, `--help` and each
 * command pay only for themselves.
 */
export interface CommandEntry {
  readonly name: string;
  /**
   * How the list of commands shows it: the name, `[options]` when it has options, then its arguments,
   * as commander writes them (test/cli/commands.test.ts checks each against the loaded command).
   */
  readonly term: string;
  readonly description: string;
  /** The command's module: a function that gives the named, described command its options, arguments, subcommands and action. */
  readonly load: () => Promise<(command: Command) => void>;
}

/** Every command, in the order `--help` lists them. */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'play', term: 'play [options]',
    description: 'play a game in the terminal: hot-seat teams with sealed orders, objectives and scores, watch mode, injects, save and resume, debrief',
    load: async () => (await import('./play.js')).definePlay,
  },
  {
    name: 'run', term: 'run [options]',
    description: 'play one seeded run with every actor computer-played and write its record',
    load: async () => (await import('./run.js')).defineRun,
  },
  {
    name: 'scenarios', term: 'scenarios',
    description: 'list, show and validate scenario files; print their JSON Schema',
    load: async () => (await import('./scenarios.js')).defineScenarios,
  },
  {
    name: 'explain', term: 'explain [options] <actor>',
    description: "draw an actor's machine: its regions, states and transitions with their guards in words",
    load: async () => (await import('./explain.js')).defineExplain,
  },
  {
    name: 'rules', term: 'rules [options]',
    description: "print the model's rules: every coefficient (dotted path, value, plausible range, source or assumption) and every actor's facts, as a scenario's rules: section and its extends chain leave them",
    load: async () => (await import('./rules.js')).defineRules,
  },
  {
    name: 'briefing', term: 'briefing [options]',
    description: "write printable Markdown briefings: a team's (situation, position, objectives, options, allies and rivals), every team's, or the facilitator's (with the injects)",
    load: async () => (await import('./briefing.js')).defineBriefing,
  },
  {
    name: 'serve', term: 'serve [options]',
    description: 'run a networked class: each team plays from its own browser page (phone or laptop), the facilitator from this terminal\'s dashboard; prints one JSON line with the address and every code, autosaves every turn',
    load: async () => (await import('./serve.js')).defineServe,
  },
  {
    name: 'hindcast', term: 'hindcast [options]',
    description: 'score a scenario against what really happened: per real event, the share of runs in which it happens, its median quarter and 10-90% band, and hits; calibration and a yearly series\' rank correlation',
    load: async () => (await import('./hindcast.js')).defineHindcast,
  },
  {
    name: 'batch', term: 'batch [options]',
    description: 'play a scenario over many seeds: tidy CSV (stdout unless --out), summary statistics, fan charts',
    load: async () => (await import('./batch.js')).defineBatch,
  },
  {
    name: 'compare', term: 'compare [options]',
    description: 'compare a scenario with a variant on paired seeds: differences with 95% bootstrap intervals and effect sizes',
    load: async () => (await import('./compare.js')).defineCompare,
  },
  {
    name: 'sweep', term: 'sweep [options]',
    description: 'play a scenario with a parameter set to each of several values, on the same seeds',
    load: async () => (await import('./sweep.js')).defineSweep,
  },
  {
    name: 'design', term: 'design [options]',
    description: 'play a scenario at many points of several parameters (a grid, a Latin hypercube or a file of points), each on the same seeds: tidy CSV and per-point summary',
    load: async () => (await import('./design.js')).defineDesign,
  },
  {
    name: 'sensitivity', term: 'sensitivity [options]',
    description: 'which parameters drive an output: Morris elementary effects or Sobol indices over the parameters\' ranges, each point played on the same seeds; a ranked table and bar charts',
    load: async () => (await import('./sensitivity.js')).defineSensitivity,
  },
  {
    name: 'merge', term: 'merge [options] <files...>',
    description: 'join the CSV files of --shard k/n runs into the whole run\'s CSV, summary and figure (refuses shards of different runs)',
    load: async () => (await import('./merge.js')).defineMerge,
  },
  {
    name: 'replay', term: 'replay [options] <file>',
    description: 're-run a run record, a saved game or a research summary and verify it: prints "verified" (exit 0) or what differs (exit 1)',
    load: async () => (await import('./replay.js')).defineReplay,
  },
];
