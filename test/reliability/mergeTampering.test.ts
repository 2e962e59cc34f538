import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, scratch, STACK_FRAME } from './cli.js';

const dir = scratch('tamper');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let a: string;
let b: string;

beforeAll(async () => {
  for (const k of [1, 2]) expect((await cli('batch', '--runs', '4', '--turns', '3', '--workers', '1', '--shard', `${k}/2`, '--out', join(dir, `${k}.csv`))).code).toBe(0);
  a = readFileSync(join(dir, '1.csv'), 'utf8');
  b = readFileSync(join(dir, '2.csv'), 'utf8');
});

/** Merge shard 1 with `text` as shard 2: refused with one line, exit 2, and no merged file. */
async function refusedWith(text: string, message: RegExp): Promise<void> {
  writeFileSync(join(dir, 'edited.csv'), text);
  const out = join(dir, 'merged.csv');
  const r = await cli('merge', join(dir, '1.csv'), join(dir, 'edited.csv'), '--out', out, '--summary', join(dir, 'merged.json'));
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(message);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(STACK_FRAME);
  expect(() => readFileSync(out)).toThrow();
}

// Finding 4: merge trusted a shard's header (one edited number made it allocate gigabytes) and
// merged a shard whose data rows were edited.
describe('merge refuses tampered shards', () => {
  it('merges untouched shards, and each shard ends with the count and sha256 of its rows', async () => {
    expect(b.trimEnd().split('\n').at(-1)).toMatch(/^#multipolar-shard-end \{"rows":6,"sha256":"[0-9a-f]{64}"\}$/);
    expect((await cli('merge', join(dir, '1.csv'), join(dir, '2.csv'), '--out', join(dir, 'whole.csv'))).code).toBe(0);
    expect((await cli('batch', '--runs', '4', '--turns', '3', '--workers', '1', '--out', join(dir, 'one.csv'))).code).toBe(0);
    expect(readFileSync(join(dir, 'whole.csv'), 'utf8')).toBe(readFileSync(join(dir, 'one.csv'), 'utf8'));
  });

  it('a data row edited so that it still parses', async () => {
    const lines = b.split('\n');
    lines[2] = lines[2].replace(/^(\d+,\d+,[^,]+,)([\d.]+)/, (_, head, v) => `${head}${Number(v) + 1}`);
    await refusedWith(lines.join('\n'), /edited\.csv: its rows were edited or damaged \(their sha256 does not match its checksum line\)/);
  });

  it.each([
    ['"turns":3', '"turns":400000000', /at manifest\.turns: Too big/],
    ['"count":2', '"count":4000000000', /at seeds\.count: Too big/],
    ['"n":2', '"n":-1', /at n: Too small/],
  ])('a head whose %s is set to %s', async (from, to, message) => {
    const [head, ...rest] = b.split('\n');
    expect(head).toContain(from);
    await refusedWith([head.replace(from, to), ...rest].join('\n'), message);
  });

  it('a shard without its checksum line', async () => {
    await refusedWith(b.split('\n').slice(0, -2).join('\n') + '\n', /edited\.csv is truncated: it has no checksum line at its end/);
  });
});
