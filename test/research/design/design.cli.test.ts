import { ENGINE_VERSION } from '../../../src/engine/index.js';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, removeTempDirs, tempDir } from '../harness.js';

afterAll(removeTempDirs);

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const RUSSIA = 'actors.russia.doctrine.threatPerception';
const US = 'actors.us.doctrine.threatPerception';

describe('multipolar design', () => {
  it('plays a full factorial on common seeds, the same bytes with any number of workers or shards', async () => {
    const dir = tempDir();
    const common = ['design', '--param', RUSSIA, '--range', '0.2:0.8', '--param', US, '--range', '0.3:0.7:0.4', '--grid', '2', '--runs', '2', '--turns', '2'];
    expect(await cli(...common, '--workers', '1', '--out', join(dir, 'one.csv'), '--summary', join(dir, 'one.json'))).toEqual({ code: 0, stdout: '', stderr: '' });
    expect((await cli(...common, '--workers', '2', '--out', join(dir, 'two.csv'), '--summary', join(dir, 'two.json'))).code).toBe(0);
    for (const k of [2, 1, 3]) expect((await cli(...common, '--workers', '1', '--shard', `${k}/3`, '--out', join(dir, `s${k}.csv`))).code).toBe(0);
    expect((await cli('merge', join(dir, 's3.csv'), join(dir, 's1.csv'), join(dir, 's2.csv'), '--out', join(dir, 'm.csv'), '--summary', join(dir, 'm.json'))).code).toBe(0);
    for (const ext of ['csv', 'json']) {
      expect(read(dir, `two.${ext}`)).toBe(read(dir, `one.${ext}`));
      expect(read(dir, `m.${ext}`)).toBe(read(dir, `one.${ext}`));
    }
    const rows = read(dir, 'one.csv').trimEnd().split('\n');
    expect(rows[0].startsWith(`point,${RUSSIA},${US},seed,turn,date,escalation,`)).toBe(true);
    // Point after point (the last parameter fastest), each on seeds 1 and 2, each over 2 turns.
    expect(rows.slice(1).map((r) => r.split(',').slice(0, 5).join(','))).toEqual(
      [[0, 0.2, 0.3], [1, 0.2, 0.7], [2, 0.8, 0.3], [3, 0.8, 0.7]].flatMap((p) => [1, 2].flatMap((seed) => [1, 2].map((turn) => [...p, seed, turn].join(',')))),
    );
    const summary = JSON.parse(read(dir, 'one.json'));
    expect(summary.manifest.design).toMatchObject({ method: 'grid', points: 4, levels: [[0.2, 0.8], [0.3, 0.7]], at: [2] });
    expect(summary.points[3]).toMatchObject({ point: 3, values: { [RUSSIA]: 0.8, [US]: 0.7 }, runs: 2 });
    const escalation = rows.slice(1).filter((r) => r.startsWith('3,') && r.split(',')[4] === '2').map((r) => Number(r.split(',')[6]));
    expect(summary.points[3].series[0].turns[0].indices.escalation.mean).toBeCloseTo((escalation[0] + escalation[1]) / 2, 5);
  });

  it("plays a point exactly as sweep plays the same value (the same rows after the lead cells)", async () => {
    const dir = tempDir();
    expect((await cli('design', '--param', RUSSIA, '--range', '0.3:0.9:0.6', '--grid', '--runs', '2', '--turns', '3', '--workers', '1', '--out', join(dir, 'd.csv'))).code).toBe(0);
    expect((await cli('sweep', '--param', RUSSIA, '--values', '0.3,0.9', '--runs', '2', '--turns', '3', '--workers', '1', '--out', join(dir, 's.csv'))).code).toBe(0);
    const tail = (file: string, lead: number) => read(dir, file).trimEnd().split('\n').slice(1).map((r) => r.split(',').slice(lead).join(',')).sort();
    expect(tail('d.csv', 2)).toEqual(tail('s.csv', 1));
  });

  it('samples a seeded Latin hypercube within the ranges, whole numbers for --integer', async () => {
    const dir = tempDir();
    const args = ['design', '--param', RUSSIA, '--range', '0.1:0.9', '--param', 'world.treaties.inf.weight', '--range', '1:5', '--integer', '--lhs', '5', '--runs', '1', '--turns', '1', '--workers', '1'];
    const a = await cli(...args, '--out', join(dir, 'a.csv'));
    expect(a.code).toBe(0);
    expect((await cli(...args, '--out', join(dir, 'b.csv'), '--sample-seed', '2')).code).toBe(0);
    const points = (file: string) => read(dir, file).trimEnd().split('\n').slice(1).map((r) => r.split(',').slice(1, 3).map(Number));
    const p = points('a.csv');
    expect(p).toHaveLength(5);
    expect(new Set(p.map(([x]) => Math.floor((x - 0.1) / 0.16))).size).toBe(5);
    expect(p.every(([x, w]) => x >= 0.1 && x <= 0.9 && Number.isInteger(w) && w >= 1 && w <= 5)).toBe(true);
    expect(new Set(p.map(([, w]) => w)).size).toBe(5);
    expect(points('b.csv')).not.toEqual(p);
  });

  it('plays the points of a CSV file, with a variant as a second arm', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'points.csv'), `# two points\n${RUSSIA},world.treaties.inf.weight\n0.25,2\n\n0.75,3\n`);
    const r = await cli('design', '--from', join(dir, 'points.csv'), '--variant', 'revised-dual-track', '--runs', '1', '--turns', '1', '--workers', '1', '--summary', join(dir, 's.json'));
    expect(r.code).toBe(0);
    const rows = r.stdout.trimEnd().split('\n');
    expect(rows[0].startsWith(`point,${RUSSIA},world.treaties.inf.weight,arm,seed,`)).toBe(true);
    expect(rows.slice(1).map((x) => x.split(',').slice(0, 5).join(','))).toEqual(['0,0.25,2,base,1', '0,0.25,2,variant,1', '1,0.75,3,base,1', '1,0.75,3,variant,1']);
    const summary = JSON.parse(read(dir, 's.json'));
    expect(summary.points[1].series.map((s: { label: string }) => s.label)).toEqual(['base', 'variant']);
    expect(summary.manifest.design.values).toEqual([[0.25, 2], [0.75, 3]]);
  });
});

describe('multipolar sensitivity', () => {
  it('ranks parameters by Sobol indices, the same bytes with any number of workers or shards', async () => {
    const dir = tempDir();
    const common = ['sensitivity', '--method', 'sobol', '--param', RUSSIA, '--range', '0.2:0.9', '--param', US, '--range', '0.2:0.9', '-N', '4', '--runs', '2', '--turns', '4', '--output', 'escalation@4,infDead@4', '--bootstrap', '100'];
    const one = await cli(...common, '--workers', '1', '--out', join(dir, 'one.csv'), '--summary', join(dir, 'one.json'), '--svg', join(dir, 'one.svg'));
    expect(one.code).toBe(0);
    expect(one.stderr).toBe('');
    const two = await cli(...common, '--workers', '2', '--out', join(dir, 'two.csv'), '--summary', join(dir, 'two.json'), '--svg', join(dir, 'two.svg'));
    expect(two.stdout).toBe(one.stdout);
    for (const k of [1, 2]) expect(await cli(...common, '--workers', '1', '--shard', `${k}/2`, '--out', join(dir, `s${k}.csv`))).toEqual({ code: 0, stdout: '', stderr: '' });
    expect((await cli('merge', join(dir, 's2.csv'), join(dir, 's1.csv'), '--out', join(dir, 'm.csv'), '--summary', join(dir, 'm.json'), '--svg', join(dir, 'm.svg'))).code).toBe(0);
    for (const ext of ['csv', 'json', 'svg']) {
      expect(read(dir, `two.${ext}`)).toBe(read(dir, `one.${ext}`));
      expect(read(dir, `m.${ext}`)).toBe(read(dir, `one.${ext}`));
    }
    const doc = JSON.parse(read(dir, 'one.json'));
    expect(doc.manifest.design).toMatchObject({ method: 'sobol', samples: 4, points: 16 });
    const [escalation, inf] = doc.outputs;
    expect(escalation).toMatchObject({ id: 'escalation@4', kind: 'index', turn: 4, date: '2019-Q4' });
    expect(escalation.parameters.map((p: { rank: number }) => p.rank)).toEqual([1, 2]);
    expect(escalation.parameters[0].total).toBeGreaterThanOrEqual(escalation.parameters[1].total);
    // INF is dead by turn 4 in every run of inf-2019: nothing to explain.
    expect(inf.parameters).toBeNull();
    expect(one.stdout).toMatch(/^Sobol indices of inf-2019: 2 parameters, 16 points \(N = 4 base samples\) x 2 runs each \(seeds 1-2\)\n/);
    expect(one.stdout).toMatch(/\n {3}1 {2}actors\.(russia|us)\.doctrine\.threatPerception +-?\d\.\d{3} \[/);
    expect(one.stdout).toMatch(/INF Treaty ended by turn 4 \(2019-Q4\): mean 1\.000, SD 0\.000 over the points\n {2}the output does not vary over the design/);
    expect(read(dir, 'one.svg')).toMatch(new RegExp(`^<svg [^]*1\\. actors\\.[^]*multipolar ${ENGINE_VERSION.replace(/\./g, '\\.')} Sobol \\| inf-2019 sha256:[0-9a-f]{12} \\| 2 parameters, 16 points x 2 runs[^]*</svg>\n$`));
  });

  it('screens with Morris elementary effects on the difference a variant makes', async () => {
    const r = await cli('sensitivity', '--method', 'morris', '--variant', 'revised-dual-track', '--param', RUSSIA, '--range', '0.2:0.9', '--param', 'world.treaties.inf.weight', '--range', '1:4', '--integer', '-N', '3', '--runs', '1', '--turns', '6', '--output', 'natoCohesion@6', '--bootstrap', '100', '--workers', '1', '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.manifest.design).toMatchObject({ method: 'morris', samples: 3, gridLevels: 4, points: 9 });
    expect(doc.outputs[0].label).toBe('difference (variant - base) in natoCohesion at turn 6');
    for (const p of doc.outputs[0].parameters ?? []) {
      expect(p.muStar).toBeGreaterThanOrEqual(Math.abs(p.mu) - 1e-9);
      expect(p.muStarCi95[0]).toBeLessThanOrEqual(p.muStar + 1e-9);
    }
  });
});

describe('bad input to design and sensitivity', () => {
  async function refuses(args: string[], message: RegExp): Promise<void> {
    const dir = tempDir();
    const { code, stderr, stdout } = await cli(...args, '--out', join(dir, 'x.csv'));
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stdout).toBe('');
    expect(readdirSync(dir)).toEqual([]);
  }

  it('asks for a range when none is documented: only the rules\' coefficients have one', () =>
    refuses(['design', '--param', RUSSIA, '--lhs', '4', '--runs', '1'], /^multipolar: error: no documented range is known for actors\.russia\.doctrine\.threatPerception \(only the rules' coefficients have one\); give it: --param actors\.russia\.doctrine\.threatPerception --range lo:hi\n$/));

  it('names a rules path that is no coefficient', () =>
    refuses(['design', '--param', 'rules.negotiate.bse', '--lhs', '4', '--runs', '1'], /rules\.negotiate\.bse is no coefficient of the rules/));

  it('takes a coefficient\'s documented range when none is given', async () => {
    const dir = tempDir();
    const r = await cli('design', '--param', 'rules.negotiate.base', '--grid', '2', '--runs', '1', '--turns', '1', '--out', join(dir, 'g.csv'));
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    // negotiate.base's documented range is [0.3, 0.7] (docs/MODEL.md).
    expect(read(dir, 'g.csv').trimEnd().split('\n').slice(1).map((row) => row.split(',').slice(0, 2).join(','))).toEqual(['0,0.3', '1,0.7']);
  });

  it('refuses a --range before any --param', () =>
    refuses(['design', '--range', '0:1', '--param', RUSSIA, '--lhs', '2', '--runs', '1'], /--range must follow the --param it is for/));

  it('refuses two ways of making points', () =>
    refuses(['design', '--param', RUSSIA, '--range', '0:1', '--lhs', '2', '--grid', '--runs', '1'], /give exactly one of --grid, --lhs N or --from FILE/));

  it('refuses a range the scenario does not allow, naming the point', () =>
    refuses(['design', '--param', RUSSIA, '--range', '0.5:1.5', '--grid', '2', '--runs', '1'], /the point actors\.russia\.doctrine\.threatPerception=1\.5 is not a valid scenario/));

  it('refuses a path that does not lead into the scenario', () =>
    refuses(['sensitivity', '--method', 'morris', '--param', 'actors.russia.doctrine.nope', '--range', '0:1', '--runs', '1'], /--param actors\.russia\.doctrine\.nope: no "nope" in actors\.russia\.doctrine/));

  it('refuses an output that is neither an index nor an outcome', () =>
    refuses(['sensitivity', '--method', 'sobol', '--param', RUSSIA, '--range', '0:1', '--output', 'happiness@2', '--runs', '1'], /--output: "happiness" is neither an index/));

  it('refuses an analysis of a shard', () =>
    refuses(['sensitivity', '--method', 'sobol', '--param', RUSSIA, '--range', '0:1', '--runs', '1', '--shard', '1/2', '--json'], /a shard has part of the points/));
});
