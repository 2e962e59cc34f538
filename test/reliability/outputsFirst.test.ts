import { chmodSync, copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SCENARIO_DIR } from '../../src/scenario/index.js';
import { cli, scratch, STACK_FRAME } from './cli.js';

const dir = scratch('outputs');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Refused with exit 2 and one line, before any work: nothing new in the folder, and `keep` unchanged. */
async function refusedFirst(argv: string[], message: RegExp, keep?: string): Promise<void> {
  const before = readdirSync(dir).sort();
  const kept = keep && readFileSync(keep, 'utf8');
  const r = await cli(...argv);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(message);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(STACK_FRAME);
  expect(readdirSync(dir).sort()).toEqual(before);
  if (keep) expect(readFileSync(keep, 'utf8')).toBe(kept);
}

// Findings 7 and 9: research commands played every run, wrote the CSV, then failed on an unwritable
// --summary; outputs could name each other or an input (run --scenario ./s.yaml --out s.yaml
// destroyed the scenario), or a read-only file.
describe('every output is checked before any work', () => {
  const scenario = join(dir, 's.yaml');
  copyFileSync(join(SCENARIO_DIR, 'inf-2019.yaml'), scenario);
  const readOnly = join(dir, 'read-only.json');
  writeFileSync(readOnly, 'keep me\n');
  chmodSync(readOnly, 0o444);

  it('a --summary in a folder that does not exist, or over a read-only file, fails before the runs and leaves no CSV', async () => {
    // 100,000 runs would take minutes: being refused at once is the proof that no run was played.
    await refusedFirst(['batch', '--runs', '100000', '--out', join(dir, 'runs.csv'), '--summary', join(dir, 'no/such/summary.json')], /cannot write .*no\/such\/summary\.json: its folder does not exist/);
    await refusedFirst(['sweep', '--param', 'actors.us.doctrine.threatPerception', '--values', '0.1,0.2', '--runs', '100000', '--out', join(dir, 'runs.csv'), '--summary', readOnly], /cannot write .*read-only\.json: it is read-only/, readOnly);
  });

  it('an output that is an input is refused: the scenario, a base of its chain, a shard', async () => {
    await refusedFirst(['run', '--scenario', scenario, '--out', scenario], /--out .*s\.yaml is also an input of this command; writing it would destroy it/, scenario);
    const variant = join(dir, 'v.yaml');
    writeFileSync(variant, 'id: v\nextends: s.yaml\ntitle: t\nquestion: q\n');
    await refusedFirst(['batch', '--scenario', variant, '--runs', '100000', '--svg', scenario], /--svg .*s\.yaml is also an input/, scenario);
    await refusedFirst(['compare', '--variant', variant, '--runs', '100000', '--out', variant], /--out .*v\.yaml is also an input/, variant);
    const shard = join(dir, 'shard.csv');
    expect((await cli('batch', '--runs', '2', '--turns', '1', '--workers', '1', '--shard', '1/1', '--out', shard)).code).toBe(0);
    await refusedFirst(['merge', shard, '--out', shard], /--out .*shard\.csv is also an input/, shard);
  });

  it('two outputs naming one file are refused, however the path is written', async () => {
    await refusedFirst(['batch', '--runs', '100000', '--out', join(dir, 'x.csv'), '--svg', `${dir}/./x.csv`], /--svg .*x\.csv is the same file as --out .*x\.csv/);
    expect(existsSync(join(dir, 'x.csv'))).toBe(false);
  });
});
