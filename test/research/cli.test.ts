import { ENGINE_VERSION } from '../../src/engine/index.js';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, removeTempDirs, tempDir } from './harness.js';
import { SCENARIO_DIR } from '../../src/scenario/index.js';

afterAll(removeTempDirs);

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');

/** A folder holding inf-2019 and a variant that extends it with a more threatened Russia. */
function variantDir(): string {
  const dir = tempDir();
  copyFileSync(join(SCENARIO_DIR, 'inf-2019.yaml'), join(dir, 'inf-2019.yaml'));
  writeFileSync(join(dir, 'hawkish-russia.yaml'), [
    'id: hawkish-russia',
    'extends: inf-2019',
    'title: A more threatened Russia',
    'question: Does a Russia that feels far more threatened race harder?',
    'actors:',
    '  russia:',
    '    doctrine:',
    '      threatPerception: { value: 0.95, source: "test variant: Russia far more threatened" }',
    '',
  ].join('\n'));
  return dir;
}

describe('multipolar batch and merge', () => {
  it('gives the same bytes with 1 worker, 4 workers and 3 merged shards, and keeps stderr quiet off a terminal', async () => {
    const dir = tempDir();
    const common = ['batch', '--scenario', 'inf-2019', '--runs', '6', '--seed-start', '40', '--turns', '4'];
    const one = await cli(...common, '--workers', '1', '--out', join(dir, 'one.csv'), '--summary', join(dir, 'one.json'), '--svg', join(dir, 'one.svg'));
    expect(one).toEqual({ code: 0, stdout: '', stderr: '' });
    expect((await cli(...common, '--workers', '4', '--out', join(dir, 'four.csv'), '--summary', join(dir, 'four.json'), '--svg', join(dir, 'four.svg'))).code).toBe(0);
    for (const k of [3, 1, 2]) expect((await cli(...common, '--workers', '2', '--shard', `${k}/3`, '--out', join(dir, `s${k}.csv`))).code).toBe(0);
    const merged = await cli('merge', join(dir, 's2.csv'), join(dir, 's3.csv'), join(dir, 's1.csv'), '--out', join(dir, 'm.csv'), '--summary', join(dir, 'm.json'), '--svg', join(dir, 'm.svg'));
    expect(merged.code).toBe(0);
    for (const ext of ['csv', 'json', 'svg']) {
      expect(read(dir, `four.${ext}`)).toBe(read(dir, `one.${ext}`));
      expect(read(dir, `m.${ext}`)).toBe(read(dir, `one.${ext}`));
    }
    const lines = read(dir, 'one.csv').trimEnd().split('\n');
    expect(lines).toHaveLength(1 + 6 * 4);
    expect(lines[1].startsWith('40,1,2019-Q1,')).toBe(true);
    expect(lines.at(-1)!.startsWith('45,4,2019-Q4,')).toBe(true);
    const summary = JSON.parse(read(dir, 'one.json'));
    expect(summary.manifest.seeds).toEqual({ from: 40, count: 6 });
    expect(summary.series[0].turns[3].outcomes.infDead.p).toBe(1);
    expect(read(dir, 'one.svg')).toMatch(new RegExp(`^<svg [^]*2019-Q1[^]*multipolar ${ENGINE_VERSION.replace(/\./g, '\\.')} batch \\| inf-2019 sha256:[0-9a-f]{12} \\| seeds 40-45 \\| 4 turns[^]*</svg>\n$`));
  });

  it('streams the CSV to stdout when no --out is given', async () => {
    const { code, stdout } = await cli('batch', '--runs', '2', '--turns', '2', '--workers', '1');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(/^seed,turn,date,escalation,/);
    expect(stdout.trimEnd().split('\n')).toHaveLength(5);
  });
});

describe('multipolar compare', () => {
  it('compares a variant on paired seeds the same way with any number of workers or shards', async () => {
    const dir = variantDir();
    const base = join(dir, 'inf-2019.yaml');
    const variant = join(dir, 'hawkish-russia.yaml');
    const common = ['compare', '--scenario', base, '--variant', variant, '--runs', '5', '--turns', '3', '--at', '2,3', '--bootstrap', '200', '--json'];
    const one = await cli(...common, '--workers', '1', '--out', join(dir, 'one.csv'));
    const two = await cli(...common, '--workers', '2', '--out', join(dir, 'two.csv'));
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    for (const k of [1, 2]) expect((await cli(...common, '--workers', '1', '--shard', `${k}/2`, '--out', join(dir, `s${k}.csv`))).code).toBe(0);
    expect((await cli('merge', join(dir, 's1.csv'), join(dir, 's2.csv'), '--out', join(dir, 'm.csv'), '--summary', join(dir, 'm.json'))).code).toBe(0);
    expect(read(dir, 'two.csv')).toBe(read(dir, 'one.csv'));
    expect(read(dir, 'm.csv')).toBe(read(dir, 'one.csv'));
    expect(read(dir, 'm.json')).toBe(one.stdout);

    const doc = JSON.parse(one.stdout);
    expect(doc.manifest.series.map((s: { scenario: { id: string } }) => s.scenario.id)).toEqual(['inf-2019', 'hawkish-russia']);
    expect(doc.turns.map((t: { turn: number; date: string }) => [t.turn, t.date])).toEqual([[2, '2019-Q2'], [3, '2019-Q3']]);
    const rows = read(dir, 'one.csv').trimEnd().split('\n').slice(1);
    expect(rows.map((r) => r.split(',')[0])).toEqual(Array.from({ length: 5 }, () => [...Array(3).fill('base'), ...Array(3).fill('variant')]).flat());
    // The variant changes a doctrine figure, so some run plays differently; the mechanism counts
    // exactly the seeds whose rows differ between the arms (read here from the CSV itself).
    const differing = Array.from({ length: 5 }, (_, s) => rows.slice(s * 6, s * 6 + 3).some((r, t) => r.slice('base,'.length) !== rows[s * 6 + 3 + t].slice('variant,'.length)));
    expect(differing.some(Boolean)).toBe(true);
    expect(doc.mechanism.seedsDiffering).toBe(differing.filter(Boolean).length);
    const actionsDiffer = Array.from({ length: 5 }, (_, s) => rows.slice(s * 6, s * 6 + 3).some((r, t) => r.split(',').slice(9, 14).join() !== rows[s * 6 + 3 + t].split(',').slice(9, 14).join()));
    expect(doc.mechanism.seedsWithOtherActions).toBe(actionsDiffer.filter(Boolean).length);
    expect(doc.turns[1].seedsDiffering).toBe(doc.mechanism.seedsDiffering);
    expect(doc.mechanism.mix.map((m: { actor: string }) => m.actor)).toEqual(['us', 'russia', 'china', 'nato', 'eu']);
    expect(doc.mechanism.actions.length).toBeGreaterThan(0);
    expect(doc.mechanism.actions.every((a: { seedsDiffering: number }) => a.seedsDiffering > 0)).toBe(true);
  });

  it('marks the table of a shard as covering its own seeds only', async () => {
    const dir = tempDir();
    const { code, stdout } = await cli('compare', '--variant', 'revised-dual-track', '--runs', '5', '--turns', '2', '--bootstrap', '100', '--workers', '1', '--shard', '2/2', '--out', join(dir, 's2.csv'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^inf-2019 \(base\) vs revised-dual-track \(variant\): 3 paired seeds \(3-5\)\nthis is shard 2\/2 alone, seeds 3-5 of 1-5; multipolar merge joins the shards/);
  });

  it('finds zero difference, with an interval holding 0, when a scenario is compared with itself', async () => {
    const { code, stdout } = await cli('compare', '--scenario', 'inf-2019', '--variant', 'inf-2019', '--runs', '6', '--turns', '3', '--bootstrap', '200', '--workers', '1', '--json');
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    const stats = [...Object.values(doc.turns[0].indices), ...Object.values(doc.turns[0].outcomes)] as Array<{ base: number; variant: number; difference: number; ci95: [number, number]; effectSize: number; seedsDiffering: number }>;
    expect(stats.length).toBeGreaterThan(10);
    for (const s of stats) {
      expect(s.variant).toBe(s.base);
      expect(s.difference).toBe(0);
      expect(s.ci95[0]).toBeLessThanOrEqual(0);
      expect(s.ci95[1]).toBeGreaterThanOrEqual(0);
      expect(s.effectSize).toBe(0);
    }
    const table = await cli('compare', '--variant', 'inf-2019', '--runs', '2', '--turns', '2', '--bootstrap', '100', '--workers', '1');
    expect(table.stdout).toMatch(/^inf-2019 \(base\) vs inf-2019 \(variant\): 2 paired seeds/);
    expect(table.stdout).toMatch(/\nno paired seed differs: both arms play every one of the 2 seeds identically over turns 1-2\n/);
    expect(table.stdout).toMatch(/\nescalation +[\d.]+ +[\d.]+ +\+0\.00 +no seed differs +\+0\.00 \n/);
    expect(table.stdout).toMatch(/\nno action differs between the arms in any paired seed\n$/);
    expect(doc.mechanism.seedsDiffering).toBe(0);
    expect(doc.turns[0].seedsDiffering).toBe(0);
    for (const s of stats) expect(s.seedsDiffering).toBe(0);
  });
});

describe('multipolar sweep', () => {
  it("adds the parameter's column and gives the same bytes with workers and shards", async () => {
    const dir = tempDir();
    const common = ['sweep', '--param', 'actors.russia.doctrine.threatPerception', '--values', '0.2,0.9', '--runs', '3', '--turns', '2'];
    expect((await cli(...common, '--workers', '1', '--out', join(dir, 'one.csv'), '--summary', join(dir, 'one.json'))).code).toBe(0);
    expect((await cli(...common, '--workers', '3', '--out', join(dir, 'three.csv'), '--summary', join(dir, 'three.json'))).code).toBe(0);
    for (const k of [1, 2]) expect((await cli(...common, '--workers', '1', '--shard', `${k}/2`, '--out', join(dir, `s${k}.csv`))).code).toBe(0);
    expect((await cli('merge', join(dir, 's1.csv'), join(dir, 's2.csv'), '--out', join(dir, 'm.csv'), '--summary', join(dir, 'm.json'))).code).toBe(0);
    for (const f of ['three.csv', 'm.csv']) expect(read(dir, f)).toBe(read(dir, 'one.csv'));
    for (const f of ['three.json', 'm.json']) expect(read(dir, f)).toBe(read(dir, 'one.json'));
    const lines = read(dir, 'one.csv').trimEnd().split('\n');
    expect(lines[0].startsWith('actors.russia.doctrine.threatPerception,seed,turn,')).toBe(true);
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 3).join(','))).toEqual([
      '0.2,1,1', '0.2,1,2', '0.9,1,1', '0.9,1,2', '0.2,2,1', '0.2,2,2', '0.9,2,1', '0.9,2,2', '0.2,3,1', '0.2,3,2', '0.9,3,1', '0.9,3,2',
    ]);
    const summary = JSON.parse(read(dir, 'one.json'));
    expect(summary.series.map((s: { label: string }) => s.label)).toEqual(['0.2', '0.9']);
    expect(new Set(summary.series.map((s: { scenario?: unknown }) => JSON.stringify(s))).size).toBe(2);
    expect(summary.manifest.series[0].scenario.sha256).not.toBe(summary.manifest.series[1].scenario.sha256);
  });
});

describe('bad input', () => {
  /** Each case: exit code 2, one clear line on stderr, and nothing left in the output folder. */
  async function refuses(args: (dir: string) => string[], message: RegExp, setup?: (dir: string) => Promise<void>): Promise<void> {
    const dir = tempDir();
    await setup?.(dir);
    const before = readdirSync(dir).sort();
    const { code, stderr } = await cli(...args(dir));
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/at .*\.(ts|js):\d+/);
    expect(readdirSync(dir).sort()).toEqual(before);
  }

  it('refuses zero runs', () =>
    refuses((d) => ['batch', '--runs', '0', '--out', join(d, 'x.csv'), '--summary', join(d, 'x.json')], /^multipolar: error: --runs must be between 1 and/));

  it('refuses an unknown variant', () =>
    refuses((d) => ['compare', '--variant', 'no-such-variant', '--runs', '3', '--out', join(d, 'x.csv')], /no scenario with id "no-such-variant"/));

  it('refuses a bad shard spec', () =>
    refuses((d) => ['batch', '--runs', '3', '--shard', '4/3', '--out', join(d, 'x.csv')], /--shard must be k\/n with 1 <= k <= n.*got "4\/3"/));

  it('refuses to merge shards of different manifests', () =>
    refuses(
      (d) => ['merge', join(d, 'a.csv'), join(d, 'b.csv'), '--out', join(d, 'm.csv'), '--summary', join(d, 'm.json')],
      /a\.csv.* come from different runs \(their manifests differ in turns\)|b\.csv.* come from different runs \(their manifests differ in turns\)/,
      async (d) => {
        // Two halves of runs that differ in their number of turns.
        expect((await cli('batch', '--runs', '2', '--turns', '3', '--workers', '1', '--shard', '1/2', '--out', join(d, 'a.csv'))).code).toBe(0);
        expect((await cli('batch', '--runs', '2', '--turns', '4', '--workers', '1', '--shard', '2/2', '--out', join(d, 'b.csv'))).code).toBe(0);
      },
    ));

  it('refuses a truncated shard, leaving no merged file', () =>
    refuses(
      (d) => ['merge', join(d, 'a.csv'), join(d, 'b.csv'), '--out', join(d, 'm.csv')],
      /b\.csv is truncated: it has no checksum line at its end; make the shard again/,
      async (d) => {
        expect((await cli('batch', '--runs', '4', '--turns', '3', '--workers', '1', '--shard', '1/2', '--out', join(d, 'a.csv'))).code).toBe(0);
        expect((await cli('batch', '--runs', '4', '--turns', '3', '--workers', '1', '--shard', '2/2', '--out', join(d, 'b.csv'))).code).toBe(0);
        writeFileSync(join(d, 'b.csv'), read(d, 'b.csv').split('\n').slice(0, -2).join('\n') + '\n');
      },
    ));

  it('refuses one file named for two outputs', () =>
    refuses((d) => ['batch', '--runs', '2', '--out', join(d, 'x'), '--summary', join(d, 'x')], /--summary .*x is the same file as --out .*x; give each output its own file/));

  it('refuses an unknown parameter path, naming it', () =>
    refuses(
      (d) => ['sweep', '--param', 'actors.russia.doctrine.threatPerceptio', '--values', '0.1,0.2', '--runs', '2', '--out', join(d, 'x.csv')],
      /--param actors\.russia\.doctrine\.threatPerceptio: no "threatPerceptio" in actors\.russia\.doctrine \(keys: threatPerception,/,
    ));

  it('refuses a value the scenario does not allow, naming it', () =>
    refuses(
      (d) => ['sweep', '--param', 'actors.russia.doctrine.threatPerception', '--range', '0.5:1.5:0.5', '--runs', '2', '--out', join(d, 'x.csv')],
      /--values: 1\.5 is not valid for actors\.russia\.doctrine\.threatPerception/,
    ));
});

