import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../../src/engine/index.js';
import { canonicalJson, MAX_JSON_DEPTH, TooDeepError } from '../../src/io/canonicalJson.js';
import { cli, scratch, STACK_FRAME } from './cli.js';

const dir = scratch('deep');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** JSON text of `[[[...0...]]]`, `depth` deep, built as text (JSON.stringify itself would overflow). */
const nested = (depth: number) => `${'['.repeat(depth)}0${']'.repeat(depth)}`;

// Finding 6: canonicalJson recursed without a limit, so a 10 KB save nested 5,000 deep exited 70.
describe('deeply nested JSON', () => {
  it('canonicalJson takes MAX_JSON_DEPTH levels and refuses the next', () => {
    expect(canonicalJson(JSON.parse(nested(MAX_JSON_DEPTH)))).toBe(nested(MAX_JSON_DEPTH));
    expect(() => canonicalJson(JSON.parse(nested(MAX_JSON_DEPTH + 2)))).toThrow(TooDeepError);
  });

  it('a save nested 5,000 deep is bad input: one line, exit 2', async () => {
    const file = join(dir, 'deep.save.json');
    writeFileSync(file, `{"kind":"multipolar-save","format":1,"checksum":"x","save":{"engine":"${ENGINE_VERSION}","turns":${nested(5000)}}}`);
    for (const argv of [['replay', file], ['play', '--load', file]]) {
      const r = await cli(...argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`multipolar: error: ${file} is not a valid save: it is nested more than ${MAX_JSON_DEPTH} levels deep; it was not loaded\n`);
      expect(r.stderr).not.toMatch(STACK_FRAME);
    }
  });

  it('a run record with a turn nested 5,000 deep is compared without recursing into it: not verified', async () => {
    const record = JSON.parse((await cli('run', '--turns', '2')).stdout) as { turns: unknown[] };
    const file = join(dir, 'deep.json');
    writeFileSync(file, JSON.stringify({ ...record, turns: ['TURN'] }).replace('"TURN"', nested(5000)));
    const r = await cli('replay', file);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/: turn 1 \(2019-Q1\) differs as a whole: the record has a list of 1, the re-run gives an object with \d+ keys\n$/);
  });
});
