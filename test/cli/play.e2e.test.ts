import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeSaveFile } from '../../src/cli/saveFile.js';
import { startRun } from '../../src/engine/index.js';
import { makeSave, playSavedTurn } from '../../src/engine/save.js';
import { infScenario } from '../fixtures.js';

const BIN = fileURLToPath(new URL('../../dist/src/cli/main.js', import.meta.url));

// stdin and stdout are pipes here, as in CI or `npm start | tee`: play must say so and exit, not hang.
function play(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, 'play', ...args], { encoding: 'utf8', input: '', timeout: 20_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('multipolar play without a terminal, and its flags (end to end)', () => {
  it('says it needs a terminal and how to get a headless account, with exit code 2', () => {
    const r = play('--seed', '7');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('multipolar: error: play needs an interactive terminal (stdin and stdout must both be one); for a headless account of this game run: multipolar run --scenario inf-2019 --seed 7 --format text\n');
  });

  it('checks its flags before anything else, each mistake in one line with exit code 2', () => {
    expect(play('--humans', 'eu,france')).toMatchObject({ code: 2, stderr: 'multipolar: error: --humans must be one of us, russia, china, nato, eu, got "france"\n' });
    expect(play('--seed', '-1')).toMatchObject({ code: 2, stderr: 'multipolar: error: --seed must be between 0 and 4294967295, got -1\n' });
    expect(play('--scenario', 'nope')).toMatchObject({ code: 2, stderr: expect.stringContaining('no scenario with id "nope"') });
    expect(play('--load', 'x.json', '--seed', '3')).toMatchObject({ code: 2, stderr: expect.stringContaining('--load resumes a game with its own scenario, seed and teams') });
  });

  it('takes the length of a shorter game as --turns or --until, checked before anything else', () => {
    expect(play('--until', '2020-Q2', '--seed', '7')).toMatchObject({ code: 2, stderr: 'multipolar: error: play needs an interactive terminal (stdin and stdout must both be one); for a headless account of this game run: multipolar run --scenario inf-2019 --seed 7 --turns 6 --format text\n' });
    expect(play('--turns', '0')).toMatchObject({ code: 2, stderr: 'multipolar: error: --turns must be between 1 and 400, got 0\n' });
    expect(play('--turns', '6', '--until', '2020-Q2')).toMatchObject({ code: 2, stderr: 'multipolar: error: give --turns or --until, not both\n' });
    expect(play('--until', '2018-Q4')).toMatchObject({ code: 2, stderr: 'multipolar: error: --until 2018-Q4: scenario inf-2019 starts in 2019-Q1, so the game must end from 2019-Q1 to 400 turns later\n' });
    expect(play('--until', 'soon')).toMatchObject({ code: 2, stderr: 'multipolar: error: --until must be a quarter like 2020-Q4, got "soon"\n' });
  });

  it('refuses a truncated save before the UI starts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'multipolar-play-'));
    const path = join(dir, 'class.save.json');
    const state = playSavedTurn(startRun(infScenario(), 11), { orders: { eu: { type: 'hold' } }, injects: [] });
    writeSaveFile(path, makeSave(state, 'inf-2019', ['eu'], [{ orders: { eu: { type: 'hold' } }, injects: [] }]));
    const good = play('--load', path);
    expect(good).toMatchObject({ code: 2, stderr: expect.stringContaining('--seed 11 --format text') });
    writeFileSync(path, readFileSync(path, 'utf8').slice(0, 200));
    expect(play('--load', path)).toMatchObject({ code: 2, stderr: `multipolar: error: ${path} is not a complete save: it is not valid JSON (truncated or damaged?); it was not loaded\n` });
  });
});
