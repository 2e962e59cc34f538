import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli as inProcess } from '../reliability/cli.js';

const BIN = fileURLToPath(new URL('../../dist/src/cli/main.js', import.meta.url));

/** The real CLI as a child process, as a researcher runs it. */
function multipolar(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
beforeAll(() => void (dir = mkdtempSync(join(tmpdir(), 'multipolar-hindcast-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('multipolar hindcast (end to end)', () => {
  it('prints a table of every event and the summary, the same with one worker or two', () => {
    const one = multipolar('hindcast', '--history', 'inf-2019-to-2022', '--runs', '6', '--workers', '1');
    expect(one).toMatchObject({ code: 0, stderr: '' });
    expect(one.stdout).toMatch(/^hindcast of as-it-happened-2019 against inf-2019-to-2022: 6 runs \(seeds 1-6\), 32 turns from 2019-Q1, engine \d+\.\d+\.\d+\n/);
    expect(one.stdout).toMatch(/\ninf-ends +2019-Q3 +\d+% +\S+/);
    expect(one.stdout).toMatch(/\nchina-no-trilateral-talks +2022-Q4 +not by then: \d+%/);
    expect(one.stdout).toMatch(/\n\d+ hits of \d+ events; calibration: \d+ of \d+ timing events have the real quarter in the model's 10-90% band/);
    expect(one.stdout).toMatch(/\nDoomsday Clock .* against escalation \(yearly, 2019-2022\): Spearman /);
    expect(multipolar('hindcast', '--history', 'inf-2019-to-2022', '--runs', '6', '--workers', '2').stdout).toBe(one.stdout);
  });

  it('writes JSON with a manifest that names the engine, the scenario chain, the history and the seeds', () => {
    const out = join(dir, 'hindcast.json');
    const r = multipolar('hindcast', '--scenario', 'dual-track-1979', '--history', 'dual-track-1979', '--runs', '4', '--seed-start', '10', '--json', '--out', out);
    expect(r).toMatchObject({ code: 0, stdout: '' });
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.manifest).toMatchObject({ engine: { name: 'multipolar' }, scenario: { id: 'dual-track-1979' }, history: { id: 'dual-track-1979' }, seeds: { from: 10, count: 4 }, turns: 35, start: '1979-Q4' });
    expect(report.manifest.scenario.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(report.manifest.history.sha256).toMatch(/^[0-9a-f]{64}$/);
    const signed = report.events.find((e: { id: string }) => e.id === 'inf-signed');
    expect(signed).toMatchObject({ kind: 'timing', quarter: '1987-Q4' });
    expect(report.summary.events).toBe(report.events.length);
  });

  it('prints the history JSON Schema', () => {
    const r = multipolar('hindcast', '--schema');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).$schema).toBe('http://json-schema.org/draft-07/schema#');
  });

  it('refuses bad input in one line with exit code 2: no history, an unknown id, a bad file with its line', async () => {
    // The checks' messages and codes come from runCli, the same in process; the bad file below goes through a real process.
    expect(await inProcess('hindcast')).toMatchObject({ code: 2, stderr: expect.stringMatching(/^multipolar: error: --history is required/) });
    expect(await inProcess('hindcast', '--history', 'nope')).toMatchObject({ code: 2, stderr: expect.stringMatching(/no history with id "nope"/) });
    expect(await inProcess('hindcast', '--history', 'inf-2019-to-2022', '--runs', '0')).toMatchObject({ code: 2 });
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'id: bad\ntitle: t\nsources: [s]\nevents:\n  - id: a\n    quarter: 1990-Q1\n    text: t\n    source: s\n    observable: { treatyEnds: inf }\n');
    const r = multipolar('hindcast', '--history', bad, '--runs', '2');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad}:6: at events.0.quarter: 1990-Q1 lies outside the 32 turns of as-it-happened-2019 from 2019-Q1`);
    expect(r.stdout).toBe('');
  });
});
