import { Help } from 'commander';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { buildProgram, loadCommand } from '../../src/cli/program.js';

// The program names its commands before their modules load (commands/index.ts); what --help shows
// from that list must be what the loaded commands would show.
describe('the list of commands', () => {
  it('names each command once, in the program\'s order', () => {
    const names = COMMANDS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(buildProgram().commands.map((c) => c.name())).toEqual(names);
  });

  it('gives each command the term commander gives it once loaded, and keeps its description', async () => {
    const program = buildProgram();
    for (const command of program.commands) await loadCommand(command);
    const help = new Help();
    for (const [i, command] of program.commands.entries()) {
      expect(help.subcommandTerm(command)).toBe(COMMANDS[i].term);
      expect(command.description()).toBe(COMMANDS[i].description);
    }
  });

  it('--help is the same page before and after every command loads', async () => {
    const before = buildProgram().helpInformation();
    const program = buildProgram();
    for (const command of program.commands) await loadCommand(command);
    expect(program.helpInformation()).toBe(before);
    expect(before).toContain('explain [options] <actor>');
  });

  it('a command loads once: loading it again adds nothing', async () => {
    const program = buildProgram();
    const run = program.commands.find((c) => c.name() === 'run')!;
    expect(run.options).toHaveLength(0);
    await loadCommand(run);
    const options = run.options.length;
    expect(options).toBeGreaterThan(0);
    await loadCommand(run);
    expect(run.options).toHaveLength(options);
  });
});
