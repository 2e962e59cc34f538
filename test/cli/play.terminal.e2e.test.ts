import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../dist/src/cli/main.js', import.meta.url));
const LEAVE_ALT_SCREEN = '\u001b[?1049l';
const SHOW_CURSOR = '\u001b[?25h';

let dir: string;
beforeAll(() => void (dir = mkdtempSync(join(tmpdir(), 'multipolar-pty-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * `multipolar play` in a real pseudo-terminal (util-linux `script`), as a class runs it: keys go in
 * as a terminal sends them, the screen comes out; `until` waits for the screen to show a text.
 */
function inTerminal(...args: string[]) {
  const child = spawn('script', ['-qfec', `stty cols 100 rows 30; exec "${process.execPath}" "${BIN}" play ${args.join(' ')}`, '/dev/null'], {
    // Ink draws only the last frame when it believes it runs in CI; a class's terminal is not CI.
    cwd: dir, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', CI: '0', CONTINUOUS_INTEGRATION: '0' },
  });
  let screen = '';
  child.stdout.on('data', (d: Buffer) => void (screen += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    screen: () => screen,
    keys: (text: string) => void child.stdin.write(text),
    async until(text: string) {
      for (let i = 0; i < 800 && !screen.includes(text); i++) await new Promise((r) => setTimeout(r, 25));
      if (!screen.includes(text)) throw new Error(`the terminal never showed ${text}; it shows:\n${screen.slice(-2000)}`);
      return screen.length;
    },
    /** The game's own process (script execs the shell, which execs node). */
    signal: (signal: NodeJS.Signals) => process.kill(Number(execFileSync('ps', ['-o', 'pid=', '--ppid', String(child.pid)], { encoding: 'utf8' }).trim()), signal),
    exited,
  };
}

describe('multipolar play in a terminal (end to end)', () => {
  it.each([['SIGTERM', 143], ['SIGHUP', 129]] as const)('%s gives the terminal back (main screen, cursor) and ends with %i', async (signal, code) => {
    const game = inTerminal('--seed', '3');
    await game.until('Press enter to start');
    game.keys('\r');
    await game.until('Space starts.');
    const from = game.screen().length;
    game.signal(signal);
    expect(await game.exited).toBe(code);
    const after = game.screen().slice(from);
    expect(after).toContain(LEAVE_ALT_SCREEN);
    expect(after).toContain(SHOW_CURSOR);
    expect(after).toContain(`multipolar: stopped by ${signal}`);
  });

  it("Ctrl-C asks when a turn is unsaved, a second one stops with code 130; a save never takes another game's file", async () => {
    writeFileSync(join(dir, 'multipolar-inf-2019-seed5.save.json'), 'another game');
    const game = inTerminal('--seed', '5', '--turns', '4');
    await game.until('Press enter to start');
    game.keys('\r');
    await game.until('turn 1 of 4');
    game.keys(' ');
    await game.until('2019-Q1 resolved');
    game.keys('s');
    await game.until('Saved to multipolar-inf-2019-seed5-2.save.json');
    game.keys(' ');
    await game.until('2019-Q2 resolved');
    game.keys('\u0003');
    await game.until('Stop now? 1 turn played since the last save will be lost');
    game.keys('\u0003');
    expect(await game.exited).toBe(130);
    expect(game.screen()).toContain('multipolar: interrupted (Ctrl-C); the last turn played was not saved');
    expect(readFileSync(join(dir, 'multipolar-inf-2019-seed5.save.json'), 'utf8')).toBe('another game');
    expect(JSON.parse(readFileSync(join(dir, 'multipolar-inf-2019-seed5-2.save.json'), 'utf8')).save.turns).toHaveLength(1);
  });
});
