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
