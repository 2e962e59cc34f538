import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../../src/engine/index.js';
import { cli, scratch } from './cli.js';
import { forgeSave } from './forge.js';

const dir = scratch('versions');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const path = (name: string) => join(dir, name);
let record: string;

beforeAll(async () => {
  expect((await cli('run', '--seed', '5', '--turns', '4', '-o', path('run.json'))).code).toBe(0);
  record = readFileSync(path('run.json'), 'utf8');
});

const asVersion = (text: string, version: string) => text.replace(`"version": "${ENGINE_VERSION}"`, `"version": "${version}"`);

describe('replay across engine versions', () => {
  it('a record of another version: exit 1, both versions, and the npx command that runs the recorded one', async () => {
    writeFileSync(path('old run.json'), asVersion(record, '0.0.9'));
    const r = await cli('replay', path('old run.json'));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`multipolar: not verified: ${path('old run.json')} was made by engine version 0.0.9, this is ${ENGINE_VERSION}; run the version that made it with: npx multipolar@0.0.9 replay '${path('old run.json')}' (or add --compare-anyway to re-run it with ${ENGINE_VERSION} and see the first difference)\n`);
  });

  it('a version that is not a version is never put into a command', async () => {
    writeFileSync(path('odd.json'), asVersion(record, '1.0.0; rm -rf ~'));
    const r = await cli('replay', path('odd.json'));
    expect(r).toMatchObject({ code: 2, stderr: `multipolar: error: ${path('odd.json')} does not say which engine version made it (expected a version like ${ENGINE_VERSION})\n` });
  });

  it('--compare-anyway re-runs it with this engine: verified when every turn matches, else the first difference', async () => {
    writeFileSync(path('old.json'), asVersion(record, '0.0.9'));
    const same = await cli('replay', path('old.json'), '--compare-anyway');
    expect(same).toMatchObject({ code: 0, stdout: 'verified\n' });
    expect(same.stderr).toContain(`(engine ${ENGINE_VERSION}; the record is of 0.0.9)`);
    const doc = JSON.parse(asVersion(record, '0.0.9'));
    doc.turns[2].indices.armsRace = 99.5;
    writeFileSync(path('old-differs.json'), JSON.stringify(doc));
    const differs = await cli('replay', path('old-differs.json'), '--compare-anyway');
    expect(differs.code).toBe(1);
    expect(differs.stderr).toMatch(new RegExp(`^multipolar: not verified: .*old-differs\\.json \\(made by engine 0\\.0\\.9, re-run with ${ENGINE_VERSION}\\): turn 3 \\(2019-Q3\\) differs at indices\\.armsRace: the record has 99\\.5, the re-run gives [\\d.]+\\n$`));
  });

  it('saves are version-checked like records, in replay and in play --load', async () => {
    const save = forgeSave(path('old.save.json'), { engine: '0.0.9' });
    const replayed = await cli('replay', save);
    expect(replayed.code).toBe(1);
    expect(replayed.stderr).toContain(`was made by engine version 0.0.9, this is ${ENGINE_VERSION}; run the version that made it with: npx multipolar@0.0.9 replay ${save} (or add --compare-anyway`);
    const resumed = await cli('play', '--load', save);
    expect(resumed).toMatchObject({ code: 1, stderr: `multipolar: not verified: ${save} was made by engine version 0.0.9, this is ${ENGINE_VERSION}; run the version that made it with: npx multipolar@0.0.9 play --load ${save}\n` });
  });
});

describe('replay of a summary', () => {
  beforeAll(async () => {
    expect((await cli('batch', '--runs', '12', '--turns', '3', '--workers', '1', '--out', path('runs.csv'), '--summary', path('summary.json'))).code).toBe(0);
  });

  it('re-runs every seed and checks the statistics byte for byte', async () => {
    const r = await cli('replay', path('summary.json'), '--workers', '1');
    expect(r).toMatchObject({ code: 0, stdout: 'verified\n' });
    expect(r.stderr).toBe(`multipolar: replayed the batch ${path('summary.json')}: 12 seeds (engine ${ENGINE_VERSION})\n`);
  });

  it('names the first statistic that differs', async () => {
    const doc = JSON.parse(readFileSync(path('summary.json'), 'utf8'));
    doc.series[0].turns[1].outcomes.infDead.count += 1;
    writeFileSync(path('edited.json'), JSON.stringify(doc, null, 2) + '\n');
    const r = await cli('replay', path('edited.json'), '--workers', '1');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/: the re-run differs at series\[0\]\.turns\[1\]\.outcomes\.infDead\.count: the file has \d+, the re-run gives \d+\n$/);
  });

  it('--sample K --csv FILE: the CSV gives the summary, and K seeds drawn from the summary re-run to their rows', async () => {
    const r = await cli('replay', path('summary.json'), '--sample', '3', '--csv', path('runs.csv'));
    expect(r).toMatchObject({ code: 0, stdout: 'verified\n' });
    expect(r.stderr).toContain('3 sampled seeds against');
    // Every seed sampled: an edited outcome cell is found, by seed and column.
    const lines = readFileSync(path('runs.csv'), 'utf8').split('\n');
    lines[4] = lines[4].replace(/,([01]),([01])$/, (_, x, y) => `,${x},${1 - Number(y)}`);
    writeFileSync(path('edited.csv'), lines.join('\n'));
    const edited = await cli('replay', path('summary.json'), '--sample', '12', '--csv', path('edited.csv'));
    expect(edited.code).toBe(1);
    expect(edited.stderr).toMatch(/edited\.csv: seed 2 differs from a re-run in its row 1 at alliedMissilesInEurope: the CSV has "[01]", the re-run gives "[01]"\n$/);
    expect((await cli('replay', path('summary.json'), '--sample', '3')).stderr).toMatch(/--sample K and --csv FILE go together/);
  });

  it('re-runs a comparison (compare --json) and a sweep summary', async () => {
    const compared = await cli('compare', '--variant', 'revised-dual-track', '--runs', '4', '--turns', '2', '--workers', '1', '--bootstrap', '100', '--json');
    writeFileSync(path('comparison.json'), compared.stdout);
    expect(await cli('replay', path('comparison.json'), '--workers', '1')).toMatchObject({ code: 0, stdout: 'verified\n' });
    expect((await cli('sweep', '--param', 'actors.us.doctrine.threatPerception', '--values', '0.3,0.6', '--runs', '3', '--turns', '2', '--workers', '1', '--summary', path('sweep.json'), '--out', '/dev/null')).code).toBe(0);
    expect(await cli('replay', path('sweep.json'), '--workers', '1')).toMatchObject({ code: 0, stdout: 'verified\n' });
  });
});
