import { Command, CommanderError, Help } from 'commander';
// The version and the error classes come from their own small modules, not the engine's and the
// scenario loader's index files: those load xstate, immer, zod and yaml, which --version and --help
// never need (each command loads what it needs, see commands/index.ts).
import { ENGINE_VERSION } from '../engine/version.js';
import { ScenarioError } from '../scenario/errors.js';
import { terminalSafe } from '../text/terminal.js';
import { COMMANDS, type CommandEntry } from './commands/index.js';
import { CheckFailed, EXIT, Interrupted, UsageError } from './errors.js';
import { FileReadError } from '../io/inputFile.js';
import { FileWriteError } from '../io/atomicFile.js';

/** The commands of a program whose modules have not loaded yet. */
const unloaded = new WeakMap<Command, CommandEntry>();

/**
 * The `multipolar` program with every command named and described. A command's options, arguments
 * and action load with its module when it runs (commander calls the preSubcommand hook before it
 * hands a command its arguments), or before, by loadCommand.
 */
export function buildProgram(): Command {
  const program = new Command('multipolar')
    .description('A seeded, reproducible wargame of the post-INF multipolar missile world')
    .version(ENGINE_VERSION)
    .showHelpAfterError('multipolar: run with --help for usage')
    .exitOverride();
  for (const entry of COMMANDS) {
    const command = program.command(entry.name).description(entry.description);
    command.exitOverride().showHelpAfterError('multipolar: run with --help for usage');
    unloaded.set(command, entry);
  }
  // The list of commands shows each with its options and arguments, which a command not loaded yet does not have.
  program.configureHelp({ subcommandTerm: (command) => unloaded.get(command)?.term ?? new Help().subcommandTerm(command) });
  program.hook('preSubcommand', (_program, command) => loadCommand(command));
  return program;
}

/** Give a command of buildProgram its options, arguments, subcommands and action, once; any other command is left as it is. */
export async function loadCommand(command: Command): Promise<void> {
  const entry = unloaded.get(command);
  if (entry === undefined) return;
  unloaded.delete(command);
  (await entry.load())(command);
}

/**
 * The commands `argv` names before commander parses it: the first word, and the word after `help`.
 * `help NAME` prints NAME's help without running it, and a group such as `scenarios` is told apart
 * by its subcommands, so these load first; any other command loads when commander runs it.
 */
function namedCommands(program: Command, words: readonly string[]): Command[] {
  const named = words[0] === 'help' ? words.slice(0, 2) : words.slice(0, 1);
  return program.commands.filter((c) => named.includes(c.name()));
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
    const words = argv.filter((t) => t !== '--');
    // Commands made after configure() take its output settings from their parent when they are made.
    for (const command of namedCommands(program, words)) await loadCommand(command);
    // A missing command is a user's mistake: one line naming what is needed, not a page of help.
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
