import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runScenario, verifyRecord } from '../../src/engine/index.js';
import { csvHeader, csvRows } from '../../src/research/csv.js';
import { loadScenarioFile } from '../../src/scenario/index.js';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'dist/src/cli/main.js');

// The fixture extends the shipped baseline by id from its own folder; a temporary folder takes the record.
const file = join(ROOT, 'test/fixtures/japan-2019.yaml');
const dir = mkdtempSync(join(tmpdir(), 'multipolar-japan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a sixth actor is data plus one machine file (test/fixtures/japan-2019.yaml, actors/japan.ts)', () => {
  const scenario = loadScenarioFile(file);

  it('joins the rules after the paper\'s five, with every per-actor table filled for it', () => {
    expect(scenario.rules.actorIds).toEqual(['us', 'russia', 'china', 'nato', 'eu', 'japan']);
    expect(scenario.rules.actors.japan).toMatchObject({ name: 'Japan', presence: ['asia'], bloc: 'west', rivals: { china: 0.4 } });
    expect(Object.keys(scenario.world.forces)).toEqual(scenario.rules.actorIds);
    expect(Object.keys(scenario.world.tension)).toEqual(scenario.rules.actorIds);
    for (const row of Object.values(scenario.world.tension)) expect(Object.keys(row)).toEqual(scenario.rules.actorIds);
  });

  it('runs, with Japan choosing from its own arsenal and basing, and replays to the same digest', () => {
    const record = runScenario(scenario, 7);
    const japan = record.turns.map((t) => t.actions.japan!);
    expect(japan).toHaveLength(scenario.turns);
    for (const a of japan) if (a.type === 'deploy') expect(['missileDefence', 'seaAirCruise']).toContain(a.system);
    expect(record.turns.every((t) => typeof t.states.japan?.posture === 'string')).toBe(true);
    expect(verifyRecord(JSON.parse(JSON.stringify(record)), scenario)).toEqual({ ok: true, digest: record.digest });
  });

  it('fills its own CSV column', () => {
    const csv = csvHeader(scenario.rules.actorIds) + csvRows(runScenario(scenario, 7, 3), scenario.rules.actorIds);
    const [header, ...rows] = csv.trim().split('\n');
    expect(header.endsWith(',us,russia,china,nato,eu,japan')).toBe(true);
    for (const row of rows) expect(row.split(',').at(-1)).not.toBe('');
  });

  it('runs and replays through the real CLI', () => {
    const record = execFileSync(process.execPath, [CLI, 'run', '--scenario', file, '--seed', '11', '--turns', '6'], { encoding: 'utf8' });
    const path = join(dir, 'japan.json');
    writeFileSync(path, record);
    const replay = execFileSync(process.execPath, [CLI, 'replay', path, '--scenario', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(replay).toBe('verified\n');
    const csv = execFileSync(process.execPath, [CLI, 'run', '--scenario', file, '--seed', '11', '--turns', '2', '--format', 'csv'], { encoding: 'utf8' });
    expect(csv.split('\n')[0].endsWith(',japan')).toBe(true);
    expect(JSON.parse(readFileSync(path, 'utf8')).turns[0].actions.japan.by).toBe('computer');
  });
});
