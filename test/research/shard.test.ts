import { describe, expect, it } from 'vitest';
import { ResearchError } from '../../src/research/errors.js';
import { parseShard, shardSeeds } from '../../src/research/shard.js';

describe('shards', () => {
  it('parses k/n and refuses anything else', () => {
    expect(parseShard('3/8')).toEqual({ k: 3, n: 8 });
    for (const bad of ['0/3', '4/3', '3', 'a/b', '1/0', '-1/2', '']) expect(() => parseShard(bad)).toThrow(ResearchError);
  });

  it('cuts the seeds into contiguous, disjoint slices that cover them all in order', () => {
    for (const [count, n] of [[10, 3], [7, 7], [3, 5], [1000, 64]]) {
      const slices = Array.from({ length: n }, (_, i) => shardSeeds({ from: 100, count }, { k: i + 1, n }));
      const seeds = slices.flatMap((s) => Array.from({ length: s.count }, (_, j) => s.from + j));
      expect(seeds).toEqual(Array.from({ length: count }, (_, j) => 100 + j));
      const sizes = slices.map((s) => s.count);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  });
});
