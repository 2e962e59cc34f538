import { Command, CommanderError } from 'commander';
import { ENGINE_VERSION } from '../engine/index.js';
import { ScenarioError } from '../scenario/index.js';
import { terminalSafe } from '../text/terminal.js';
import { registerPlay } from './commands/play.js';
import { registerReplay } from './commands/replay.js';
import { registerRun } from './commands/run.js';
import { registerScenarios } from './commands/scenarios.js';
import { registerExplain } from './commands/explain.js';
import { registerBatch } from './commands/batch.js';
import { registerCompare } from './commands/compare.js';
import { registerSweep } from './commands/sweep.js';
import { registerMerge } from './commands/merge.js';
import { registerRules } from './commands/rules.js';
import { registerHindcast } from './commands/hindcast.js';
import { registerDesign } from './commands/design.js';
import { registerSensitivity } from './commands/sensitivity.js';
import { registerBriefing } from './commands/briefing.js';
import { registerServe } from './commands/serve.js';
import { CheckFailed, EXIT, Interrupted, UsageError } from './errors.js';
import { FileReadError } from '../io/inputFile.js';
import { FileWriteError } from '../io/atomicFile.js';

/** The `multipolar` program with every command registered. */
export function buildProgram(): Command {
  const program = new Command('multipolar')
    .description('A seeded, reproducible wargame of the post-INF multipolar missile world')
    .version(ENGINE_VERSION)
    .showHelpAfterError('multipolar: run with --help for usage')
    .exitOverride();
  registerPlay(program);
  registerRun(program);
  registerScenarios(program);
  registerExplain(program);
  registerRules(program);
  registerBriefing(program);
  registerServe(program);
  registerHindcast(program);
  registerBatch(program);
  registerCompare(program);
  registerSweep(program);
  registerDesign(program);
  registerSensitivity(program);
  registerMerge(program);
  registerReplay(program);
  for (const command of program.commands) command.exitOverride().showHelpAfterError('multipolar: run with --help for usage');
  return program;
}

/** How many problems of a scenario error are printed, one a line, before "and N more problems". */
export const MAX_PROBLEMS = 50;

/** Streams the program writes to, so that tests can capture them. */
export interface Io {
  readonly stderr: (text: string) => void;
  /** Where data goes (default: the process's stdout); commands reach it through `configureOutput().writeOut`. */
  readonly stdout?: (text: string) => void;
}

/**
 * Run the program on `argv` (without node and script) and return the exit code. A user's mistake
 * gives one line on stderr and exit code 2; any other failure is a bug and is reported as such.
 */
export async function runCli(argv: readonly string[], given: Io = { stderr: (t) => process.stderr.write(t) }): Promise<number> {
  const program = buildProgram();
  // Messages quote files (a scenario's YAML keys, a record's fields): no control character of theirs
  // may reach a terminal. Data on a terminal is for reading too; piped, it keeps its exact bytes.
  const io: Io = { stderr: (t) => given.stderr(terminalSafe(t)) };
  const stdout = given.stdout ?? ((t: string) => process.stdout.write(process.stdout.isTTY ? terminalSafe(t) : t));
  // Commander copies the output settings into a subcommand when it is created, so set them on every command.
  const configure = (command: Command): void => {
    command.configureOutput({ writeOut: stdout, writeErr: io.stderr, outputError: (text, write) => write(`multipolar: ${text}`) });
    command.commands.forEach(configure);
  };
  configure(program);
  try {
    // A missing command is a user's mistake: one line naming what is needed, not a page of help.
    const words = argv.filter((t) => t !== '--');
    if (words.length === 0) throw new UsageError('no command given; run multipolar --help for the commands (npm start opens the game)');
    // `help NAME` for a NAME that does not exist would print a page of help as an error: say it in one line.
    let level: Command = program;
    for (let i = 0; i < argv.length; i++) {
      const names = level.commands.map((c) => c.name());
      if (argv[i] === 'help' && i + 1 < argv.length && !names.includes(argv[i + 1])) {
        throw new UsageError(`no command called "${argv[i + 1].slice(0, 40)}"; the commands are ${names.filter((n) => n !== 'help').join(', ')}`);
      }
      const next = level.commands.find((c) => c.name() === argv[i]);
      if (!next) break;
      level = next;
    }
    const group = words.length === 1 ? program.commands.find((c) => c.name() === words[0] && c.commands.length > 0) : undefined;
    if (group) throw new UsageError(`${group.name()} needs one of ${group.commands.map((c) => c.name()).join(', ')}; run multipolar ${group.name()} --help`);
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) {
      // commander.help is also what a missing subcommand throws (with exit code 1): that is bad input.
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return EXIT.ok;
      if (e.code === 'commander.help') return e.exitCode === 0 ? EXIT.ok : EXIT.badInput;
      return EXIT.badInput;
    }
    if (e instanceof Interrupted) {
      io.stderr(`multipolar: ${e.message}\n`);
      return EXIT.interrupted;
    }
    if (e instanceof CheckFailed) {
      io.stderr(`multipolar: ${e.message}\n`);
      return EXIT.checkFailed;
    }
    if (e instanceof UsageError) {
      io.stderr(`multipolar: error: ${e.message}\n`);
      return EXIT.badInput;
    }
    if (e instanceof ScenarioError) {
      // A file can hold any number of problems; the first few say what is wrong, the count says how much.
      const shown = e.problems.slice(0, MAX_PROBLEMS).map((p) => `multipolar: error: ${p.line ? `${p.file}:${p.line}` : p.file}: ${p.path ? `at ${p.path}: ` : ''}${p.message}`);
      const more = e.problems.length - MAX_PROBLEMS;
      if (more > 0) shown.push(`multipolar: error: and ${more} more problem${more > 1 ? 's' : ''}`);
      io.stderr(shown.join('\n') + '\n');
      return EXIT.badInput;
    }
    if (e instanceof FileReadError || e instanceof FileWriteError) {
      io.stderr(`multipolar: error: ${e.message}\n`);
      return EXIT.badInput;
    }
    const err = e as Error;
    io.stderr(`multipolar: internal error: ${err?.message ?? String(e)}\nThis is a bug in multipolar; please report it with the command you ran.\n`);
    return 70;
  }
}
