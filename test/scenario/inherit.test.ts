import { describe, expect, it } from 'vitest';
import { mergeOver } from '../../src/scenario/index.js';

describe('mergeOver (how a variant is laid over its base)', () => {
  it('merges objects key by key and keeps what the variant does not name', () => {
    expect(mergeOver({ a: 1, b: { c: 2, d: 3 } }, { b: { d: 4 }, e: 5 })).toEqual({ a: 1, b: { c: 2, d: 4 }, e: 5 });
  });

  it('deletes a key set to null, at any depth', () => {
    const base = { actors: { us: { posture: 'hedging' }, china: { posture: 'hedging' } } };
    expect(mergeOver(base, { actors: { china: null, us: { posture: null } } })).toEqual({ actors: { us: {} } });
  });

  it('drops a null that has nothing to delete, as JSON Merge Patch does', () => {
    expect(mergeOver({ a: 1 }, { b: null, c: { d: null, e: 2 } })).toEqual({ a: 1, c: { e: 2 } });
  });

  it('replaces arrays and scalars whole', () => {
    expect(mergeOver({ xs: [1, 2, 3], n: 1 }, { xs: [4], n: 2 })).toEqual({ xs: [4], n: 2 });
  });

  it('replaces a figure whole, so that a new value never keeps the old source', () => {
    const base = { threat: { value: 0.6, source: 'Egmont 106 §1.3' } };
    expect(mergeOver(base, { threat: { value: 0.4, assumption: 'lower' } })).toEqual({ threat: { value: 0.4, assumption: 'lower' } });
    expect(mergeOver(base, { threat: { value: 0.4 } })).toEqual({ threat: { value: 0.4 } });
  });

  it('leaves its arguments untouched', () => {
    const base = { a: { b: 1 } };
    const over = { a: { b: null } };
    mergeOver(base, over);
    expect(base).toEqual({ a: { b: 1 } });
    expect(over).toEqual({ a: { b: null } });
  });
});
