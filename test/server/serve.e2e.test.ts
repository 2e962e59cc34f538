import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cli as inProcess } from '../reliability/cli.js';
import { joinPage, reply, stateAfter, type PageClient } from './pageClient.js';

const BIN = fileURLToPath(new URL('../../dist/src/cli/main.js', import.meta.url));

interface StartLine {
  readonly url: string;
  readonly facilitator: { readonly code: string; readonly url: string };
  readonly teams: Record<string, { readonly code: string; readonly url: string }>;
  readonly save: string;
}

let dir: string;
const children: ChildProcessWithoutNullStreams[] = [];
const pages: PageClient[] = [];
beforeAll(() => void (dir = mkdtempSync(join(tmpdir(), 'multipolar-serve-'))));
afterEach(() => {
  for (const p of pages.splice(0)) p.ws.terminate();
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `multipolar serve ... --headless` as a child process; resolves with its first stdout line, parsed. */
function serve(...args: string[]) {
  const child = spawn(process.execPath, [BIN, 'serve', '--headless', '--port', '0', ...args], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => void (stderr += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const line = new Promise<StartLine>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (stdout.includes('\n')) resolve(JSON.parse(stdout.slice(0, stdout.indexOf('\n'))) as StartLine);
    });
    child.on('exit', (code) => reject(new Error(`serve ended with ${code} before its line: ${stderr}`)));
  });
  return { child, line, exited, stdout: () => stdout, stderr: () => stderr };
}

const portOf = (url: string) => Number(new URL(url).port);
const join_ = async (url: string, code: string) => {
  const page = await joinPage(portOf(url), code);
  pages.push(page);
  return page;
};

/** Run the command to its end (for bad input); stdin is not a terminal. */
const runCli = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('multipolar serve --headless (end to end)', () => {
  it('prints one JSON line, serves every asset itself, plays turns from pages, autosaves, and resumes with the same codes', async () => {
    const first = serve('--scenario', 'inf-2019', '--seed', '9', '--turns', '3', '--teams', 'russia,us');
    const line = await first.line;
    expect(Object.keys(line)).toEqual(['url', 'facilitator', 'teams', 'save']);
    expect(line.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(Object.keys(line.teams)).toEqual(['us', 'russia']);
    expect(line.teams.us.url).toBe(`${line.url}#code=${line.teams.us.code}`);
    expect(line.facilitator.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(new Set([line.facilitator.code, line.teams.us.code, line.teams.russia.code]).size).toBe(3);

    // The page and everything it loads come from the process: nothing names another host.
    const html = await (await fetch(line.url)).text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(assets).toEqual(expect.arrayContaining(['/style.css', '/app.js']));
    for (const path of [...assets, '/connection.js', '/dom.js', '/team.js', '/world.js', '/facilitator.js']) {
      const res = await fetch(new URL(path, line.url));
      expect(res.status, path).toBe(200);
      // An SVG's xmlns names its namespace; it is never fetched.
      expect((await res.text()).replace(/xmlns="[^"]*"/g, ''), path).not.toMatch(/(?:https?:)?\/\/(?!\/)[a-z0-9.-]+\.[a-z]{2,}/i);
    }

    const us = await join_(line.url, line.teams.us.code);
    const russia = await join_(line.url, line.teams.russia.code);
    expect(await reply(us, us.send({ type: 'seal', turn: 1, path: ['hold'] }))).toMatchObject({ type: 'ok' });
    expect(await reply(russia, russia.send({ type: 'seal', turn: 1, path: ['hold'] }))).toMatchObject({ type: 'ok' });
    await stateAfter(us, 1);
    const savePath = join(dir, line.save);
    expect(statSync(savePath).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(savePath, 'utf8')).save.turns).toHaveLength(1);

    first.child.kill('SIGTERM');
    expect(await first.exited).toEqual({ code: null, signal: 'SIGTERM' });
    expect(first.stderr()).toContain('2019-Q1 resolved.');

    const second = serve('--load', line.save);
    const again = await second.line;
    expect([again.facilitator.code, again.teams.us.code, again.teams.russia.code]).toEqual([line.facilitator.code, line.teams.us.code, line.teams.russia.code]);
    expect(again.save).toBe(line.save);
    const back = await join_(again.url, line.teams.russia.code);
    expect(back.state.view).toMatchObject({ team: { actor: 'russia' }, world: { turn: { played: 1, length: 3, next: { number: 2 } } } });
    second.child.kill('SIGTERM');
    await second.exited;
  });

  it('--host 0.0.0.0 says that it serves the room\'s network', async () => {
    const s = serve('--scenario', 'inf-2019', '--host', '0.0.0.0', '--teams', 'us');
    const line = await s.line;
    expect(line.url).not.toContain('0.0.0.0');
    await expect.poll(() => s.stderr(), { timeout: 15_000 }).toContain('serving every network this machine is on');
    s.child.kill('SIGTERM');
    await s.exited;
  });

  // Each case checks its input before anything listens: runCli gives the same code and line in this
  // process, without a cold start each.
  it.each([
    [['--scenario', 'inf-2019', '--headless', '--port', '70000'], '--port must be between 0 and 65535'],
    [['--scenario', 'no-such-scenario', '--headless'], 'no scenario with id "no-such-scenario"'],
    [['--headless'], 'give --scenario ID|PATH'],
    [['--scenario', 'inf-2019', '--headless', '--teams', 'us,atlantis'], '--teams must be one of'],
    [['--scenario', 'inf-2019', '--headless', '--host', 'x y'], '--host must be an address'],
    [['--load', join('no-such-folder', 'missing.save.json'), '--headless'], 'cannot read the save'],
  ])('serve %j exits 2 with one line', async (args, text) => {
    const r = await inProcess('serve', ...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(text);
  });

  // These go through a real process: one tries to listen (an address this machine lacks), the other
  // depends on the process's streams not being a terminal.
  it.each([
    [['--scenario', 'inf-2019', '--headless', '--host', '192.0.2.1', '--port', '0'], '192.0.2.1 is not an address of this machine'],
    [['--scenario', 'inf-2019'], 'add --headless'],
  ])('serve %j exits 2 with one line (a real process)', (args, text) => {
    const r = runCli('serve', ...args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(text);
  });

  it('a port in use is one line and exit 2', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const r = runCli('serve', '--scenario', 'inf-2019', '--headless', '--port', String(port));
      expect(r.status).toBe(2);
      expect(r.stderr.trim()).toBe(`multipolar: error: port ${port} is in use on 127.0.0.1: choose another with --port (or --port 0 for any free one)`);
    } finally {
      blocker.close();
    }
  });

  it('in a terminal, the JSON line comes first, then the dashboard; q and y stop the class and say how to resume it', async () => {
    // Ink draws only the last frame when it believes it runs in CI; a classroom's terminal is not CI.
    const child = spawn('script', ['-qfec', `stty cols 100 rows 30; exec "${process.execPath}" "${BIN}" serve --scenario inf-2019 --port 0 --teams us,eu`, '/dev/null'], {
      cwd: dir, env: { ...process.env, NO_COLOR: '1', CI: '0', CONTINUOUS_INTEGRATION: '0' },
    });
    children.push(child);
    let screen = '';
    child.stdout.on('data', (d: Buffer) => void (screen += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const until = async (text: string) => {
      for (let i = 0; i < 800 && !screen.includes(text); i++) await new Promise((r) => setTimeout(r, 25));
      if (!screen.includes(text)) throw new Error(`the terminal never showed ${text}; it shows:\n${screen.slice(-2000)}`);
    };
    await until('Teams (0 of 2 sealed)');
    const line = JSON.parse(screen.slice(0, screen.indexOf('\n'))) as StartLine;
    expect(screen).toContain(`Students open ${line.url}`);
    // The dashboard (on the alternate screen, for the projector) hides the codes the JSON line holds.
    const dashboard = screen.slice(screen.indexOf('\u001b[?1049h'));
    expect(dashboard).toContain('code ••••-••••');
    for (const { code } of Object.values(line.teams)) expect(dashboard).not.toContain(code);
    child.stdin.write('q');
    await until('Stop the class?');
    child.stdin.write('y');
    expect(await exited).toBe(0);
    expect(screen).toContain(`class stopped; resume it with: multipolar serve --load ${line.save}`);
  });

  it('--help names every option', () => {
    const r = runCli('serve', '--help');
    expect(r.status).toBe(0);
    for (const option of ['--scenario', '--seed', '--turns', '--teams', '--port', '--host', '--load', '--headless']) expect(r.stdout).toContain(option);
  });
});
