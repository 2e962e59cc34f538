import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../../../src/engine/index.js';
import { canonicalJson, MAX_JSON_DEPTH } from '../../../src/io/canonicalJson.js';
import { loadScenarioFile, ScenarioError } from '../../../src/scenario/index.js';
import { cli, STACK_FRAME } from '../cli.js';
import { deepJsonText, nastyValue, protoNamedDoc, reservedName, runs, serialise } from './arbitraries.js';

let dir: string;
let shards: [string, string];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'multipolar-fuzz-hostile-'));
  for (const k of [1, 2]) expect((await cli('batch', '--runs', '4', '--turns', '2', '--workers', '1', '--shard', `${k}/2`, '--out', join(dir, `${k}.csv`))).code).toBe(0);
  shards = [readFileSync(join(dir, '1.csv'), 'utf8'), readFileSync(join(dir, '2.csv'), 'utf8')];
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A refusal a user can read: one of the documented codes, lines starting with "multipolar:", no stack trace, no internal error. */
function readable(r: { code: number; stderr: string; stdout: string }, codes: number[]): void {
  expect(codes).toContain(r.code);
  expect(r.stdout + r.stderr).not.toMatch(STACK_FRAME);
  expect(r.stderr).not.toContain('internal error');
  if (r.code !== 0) expect(r.stderr).toMatch(/^multipolar: \S/);
}

describe('hostile inputs, fuzzed', () => {
  it('a scenario with a prototype-named id, key or value is refused with a ScenarioError, never loaded', () => {
    fc.assert(fc.property(protoNamedDoc, fc.constantFrom('yaml' as const, 'json' as const), (doc, ext) => {
      const file = join(dir, `proto.${ext}`);
      writeFileSync(file, serialise(doc, ext));
      expect(() => loadScenarioFile(file)).toThrow(ScenarioError);
    }), runs(40, 0.1));
  });

  it('a save with prototype names in its orders and injects replays without a crash', async () => {
    const { scenario } = JSON.parse((await cli('run', '--turns', '1')).stdout).manifest;
    const order = fc.record({ type: fc.constantFrom('withdraw', 'negotiate', 'sanction', 'deploy'), treaty: reservedName, target: reservedName, partners: fc.array(reservedName, { maxLength: 2 }), mode: fc.constantFrom('withdraw', 'suspend'), system: reservedName, region: reservedName }, { requiredKeys: ['type'] });
    const turn = fc.record({ orders: fc.dictionary(fc.oneof(fc.constantFrom('us', 'eu'), reservedName), order, { maxKeys: 2 }), injects: fc.array(reservedName, { maxLength: 2 }) });
    await fc.assert(fc.asyncProperty(fc.array(turn, { minLength: 1, maxLength: 3 }), fc.array(fc.oneof(fc.constantFrom('us', 'eu'), reservedName), { maxLength: 2 }), async (turns, humans) => {
      const save = { engine: ENGINE_VERSION, scenario: { ref: 'inf-2019', ...scenario }, seed: 1, humans, turns, digest: '0'.repeat(64) };
      const file = join(dir, 'proto.save.json');
      writeFileSync(file, JSON.stringify({ kind: 'multipolar-save', format: 1, checksum: `sha256:${createHash('sha256').update(canonicalJson(save)).digest('hex')}`, save }));
      readable(await cli('replay', file), [1, 2]);
    }), runs(30, 0.1));
  });

  it('a save or a record with deeply nested JSON anywhere is refused as bad input or fails its check', async () => {
    await fc.assert(fc.asyncProperty(deepJsonText, fc.constantFrom('orders', 'turns', 'humans', 'scenario', 'record'), async (deep, where) => {
      const file = join(dir, 'deep.json');
      if (where === 'record') {
        writeFileSync(file, `{"manifest":{"engine":{"name":"multipolar","version":"${ENGINE_VERSION}"},"scenario":{"id":"inf-2019","sha256":"${'0'.repeat(64)}"},"seed":1,"turns":1},"turns":[${deep}],"digest":"${'0'.repeat(64)}"}`);
      } else {
        const body = `{"engine":"${ENGINE_VERSION}","scenario":${where === 'scenario' ? deep : '{"ref":"inf-2019","id":"inf-2019","sha256":"0"}'},"seed":1,"humans":${where === 'humans' ? deep : '[]'},"turns":${where === 'turns' ? deep : where === 'orders' ? `[{"orders":${deep},"injects":[]}]` : '[]'},"digest":"0"}`;
        const depth = (deep.match(/^[[{"a:]*/)?.[0].length ?? 0) / (deep.startsWith('[') ? 1 : 5);
        const checksum = depth < MAX_JSON_DEPTH - 8 ? `sha256:${createHash('sha256').update(canonicalJson(JSON.parse(body))).digest('hex')}` : 'sha256:0';
        writeFileSync(file, `{"kind":"multipolar-save","format":1,"checksum":"${checksum}","save":${body}}`);
      }
      readable(await cli('replay', file), [1, 2]);
    }), runs(30, 0.1));
  });

  it('a shard whose head line is tampered with is merged only if it still matches, else refused with one line', async () => {
    const head = JSON.parse(shards[1].split('\n')[0].slice('#multipolar-shard '.length)) as Record<string, unknown>;
    const paths: Array<Array<string | number>> = [];
    const walk = (v: unknown, path: Array<string | number>): void => {
      paths.push(path);
      if (v && typeof v === 'object') for (const [k, c] of Object.entries(v)) walk(c, [...path, Array.isArray(v) ? Number(k) : k]);
    };
    walk(head, []);
    const numbers = fc.constantFrom(-1, 0, 1, 2, 3, 400, 401, 1e9, 2 ** 32, 1e300, 0.5);
    await fc.assert(fc.asyncProperty(fc.constantFrom(...paths.filter((p) => p.length > 0)), fc.oneof(numbers, nastyValue), async (path, value) => {
      const tampered = structuredClone(head);
      const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((n, k) => n[k] as Record<string | number, unknown>, tampered);
      parent[path[path.length - 1]] = value;
      const lines = shards[1].split('\n');
      writeFileSync(join(dir, 'tampered.csv'), [`#multipolar-shard ${JSON.stringify(tampered)}`, ...lines.slice(1)].join('\n'));
      writeFileSync(join(dir, 'first.csv'), shards[0]);
      readable(await cli('merge', join(dir, 'first.csv'), join(dir, 'tampered.csv'), '--out', join(dir, 'merged.csv'), '--summary', join(dir, 'merged.json')), [0, 2]);
    }), runs(40, 0.1));
  });
});
