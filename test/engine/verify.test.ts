import { beforeAll, describe, expect, it } from 'vitest';
import { firstDifference, runScenario, verifyRecord, type RunRecord } from '../../src/engine/index.js';
import type { Scenario } from '../../src/model/index.js';
import { loadScenario } from '../../src/scenario/index.js';

/** A deep copy of a record as it reads back from its JSON file. */
const reread = (r: RunRecord): RunRecord => JSON.parse(JSON.stringify(r)) as RunRecord;

describe('verifyRecord', () => {
  let scenario: Scenario;
  let record: RunRecord;
  beforeAll(() => {
    scenario = loadScenario('inf-2019');
    record = runScenario(scenario, 7, 6);
  });

  it('verifies an untouched record, read back from JSON', () => {
    expect(verifyRecord(reread(record), scenario)).toEqual({ ok: true, digest: record.digest });
  });

  it('names the first turn that differs and where', () => {
    const edited = reread(record) as unknown as { turns: Array<{ indices: { escalation: number } }> };
    edited.turns[3].indices.escalation += 1;
    edited.turns[4].indices.escalation += 1;
    const verdict = verifyRecord(edited as unknown as RunRecord, scenario);
    expect(verdict).toMatchObject({ ok: false, why: 'turn', turn: 4 });
    expect(!verdict.ok && verdict.message).toMatch(/^turn 4 \(2019-Q4\) differs at indices\.escalation: the record has [\d.]+, the re-run gives [\d.]+$/);
  });

  it('reports a turn missing from the record and a turn beyond its manifest', () => {
    const short = { ...reread(record), turns: record.turns.slice(0, 5) };
    expect(verifyRecord(short, scenario)).toMatchObject({ ok: false, why: 'turn', turn: 6 });
    const long = reread(runScenario(scenario, 7, 7));
    expect(verifyRecord({ ...long, manifest: { ...long.manifest, turns: 6 } }, scenario)).toMatchObject({ ok: false, why: 'turn', turn: 7 });
  });

  it('reports another engine version before re-running', () => {
    const other = reread(record);
    const verdict = verifyRecord({ ...other, manifest: { ...other.manifest, engine: { name: 'multipolar', version: '0.0.1' } } }, scenario);
    expect(verdict).toMatchObject({ ok: false, why: 'engineVersion' });
    expect(!verdict.ok && verdict.message).toContain('engine version 0.0.1');
  });

  it('reports a scenario whose content changed', () => {
    const verdict = verifyRecord(reread(record), { ...scenario, sha256: 'f'.repeat(64) });
    expect(verdict).toMatchObject({ ok: false, why: 'scenario' });
    expect(!verdict.ok && verdict.message).toContain('scenario inf-2019 has changed since the record was made');
  });

  it('reports an edited digest when every turn matches', () => {
    expect(verifyRecord({ ...reread(record), digest: '0'.repeat(64) }, scenario)).toMatchObject({ ok: false, why: 'digest' });
  });

  it('reports a different seed as a difference in the first turn that changes', () => {
    const other = reread(record);
    const verdict = verifyRecord({ ...other, manifest: { ...other.manifest, seed: 8 } }, scenario);
    expect(verdict).toMatchObject({ ok: false, why: 'turn' });
  });
});

describe('firstDifference', () => {
  it('ignores key order and finds the first differing leaf in document order', () => {
    expect(firstDifference({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBeNull();
    expect(firstDifference({ a: 1, b: [1, 2, { c: 'x' }] }, { a: 1, b: [1, 2, { c: 'y' }] })).toEqual({ path: 'b[2].c', recorded: 'x', replayed: 'y' });
  });

  it('reports a key only one side has, and a change of type', () => {
    expect(firstDifference({ a: 1 }, { a: 1, z: 2 })).toEqual({ path: 'z', recorded: undefined, replayed: 2 });
    expect(firstDifference({ a: [1] }, { a: { 0: 1 } })).toEqual({ path: 'a', recorded: [1], replayed: { 0: 1 } });
  });

  it('does not descend into a recorded value nested far deeper than the re-run', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(firstDifference({ a: deep }, { a: 1 })?.path).toBe('a');
  });
});
