import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli as inProcess } from '../reliability/cli.js';

// The compiled CLI, as a user runs it (npm test builds dist/ with tsc before vitest runs).
const BIN = fileURLToPath(new URL('../../dist/src/cli/main.js', import.meta.url));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('multipolar run (end to end)', () => {
  it('writes a JSON run record with manifest, turns and digest, identical on a second run', () => {
    const a = cli('run', '--scenario', 'inf-2019', '--seed', '42', '--turns', '6');
    expect(a.code).toBe(0);
    expect(a.stderr).toBe('');
    const record = JSON.parse(a.stdout);
    expect(record.manifest).toMatchObject({ engine: { name: 'multipolar' }, scenario: { id: 'inf-2019' }, seed: 42, turns: 6 });
    expect(record.manifest.scenario.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(record.turns).toHaveLength(6);
    expect(record.turns[0]).toMatchObject({ turn: 1, date: '2019-Q1' });
    expect(Object.keys(record.turns[0].actions)).toEqual(['us', 'russia', 'china', 'nato', 'eu']);
    expect(record.turns[0].actions.us.reason.length).toBeGreaterThan(0);
    expect(record.turns[5].indices).toHaveProperty('escalationLevel');
    expect(record.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(cli('run', '--scenario', 'inf-2019', '--seed', '42', '--turns', '6').stdout).toBe(a.stdout);
  });

  it('writes a tidy CSV to a file with --out', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'multipolar-')), 'run.csv');
    const r = cli('run', '--seed', '3', '--turns', '4', '--format', 'csv', '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('seed,turn,date,escalation,treatyErosion,natoCohesion,armsRace,escalationLevel,us,russia,china,nato,eu');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(/^3,1,2019-Q1,/);
  });

  // The messages of the checks come from runCli, the same in this process as in a child: the matrix
  // runs in process, and one case goes through a real process for its exit code and streams.
  it.each([
    [['run', '--scenario', 'nope'], /no scenario with id "nope"/],
    [['run', '--scenario', '/nonexistent/x.yaml'], /x\.yaml: file not found/],
    [['run', '--seed', '4.5'], /--seed must be a whole number/],
    [['run', '--turns', '0'], /--turns must be between 1 and 400/],
    [['run', '--turns', '-3'], /--turns/],
    [['run', '--format', 'xml'], /--format must be one of json, csv, text/],
    [['run', '--frobnicate'], /unknown option '--frobnicate'/],
  ])('bad input %j: one clear message, exit 2, no stack trace, no file', async (args, message) => {
    const out = join(mkdtempSync(join(tmpdir(), 'multipolar-')), 'never.json');
    const r = await inProcess(...args, '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });

  it('bad input in a real process: one line on stderr, exit code 2, nothing on stdout, no file', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'multipolar-')), 'never.json');
    const r = cli('run', '--turns', '0', '--out', out);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'multipolar: error: --turns must be between 1 and 400, got 0\n' });
    expect(existsSync(out)).toBe(false);
  });

  it('without a command says so in one line and exits 2; every message line starts with multipolar:', async () => {
    const bare = cli();
    expect(bare.code).toBe(2);
    expect(bare.stderr).toBe('multipolar: error: no command given; run multipolar --help for the commands (npm start opens the game)\n');
    expect((await inProcess('scenarios')).stderr).toMatch(/^multipolar: error: scenarios needs one of list, show, validate, schema/);
    expect((await inProcess('help', 'json')).stderr).toMatch(/^multipolar: error: no command called "json"; the commands are play, run,/);
    expect((await inProcess('help', 'run')).code).toBe(0);
    expect((await inProcess('--')).stderr).toMatch(/^multipolar: error: no command given/);
    const typo = await inProcess('run', '--frobnicate');
    expect(typo.stderr.trim().split('\n').every((line) => line.startsWith('multipolar:'))).toBe(true);
  });

  it('prints help for every command and exits 0', () => {
    const r = cli('run', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--scenario/);
    expect(r.stdout).toMatch(/--format/);
  });
});
