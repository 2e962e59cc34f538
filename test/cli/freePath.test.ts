import { describe, expect, it } from 'vitest';
import { freePath } from '../../src/cli/freePath.js';

describe('freePath', () => {
  it("takes the plain name when it is free, else the first numbered one: never another game's file", () => {
    const taken = new Set(['m-seed42.save.json', 'm-seed42-2.save.json']);
    expect(freePath('m-seed7', '.save.json', (p) => taken.has(p))).toBe('m-seed7.save.json');
    expect(freePath('m-seed42', '.save.json', (p) => taken.has(p))).toBe('m-seed42-3.save.json');
  });
});
