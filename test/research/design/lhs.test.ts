import { describe, expect, it } from 'vitest';
import { latinHypercube } from '../../../src/research/design/lhs.js';

describe('Latin hypercube', () => {
  it('puts exactly one point in each of the n strata of every dimension, seeded', () => {
    const points = latinHypercube(50, 4, 9);
    expect(points).toHaveLength(50);
    for (let d = 0; d < 4; d++) expect(new Set(points.map((p) => Math.floor(p[d] * 50))).size).toBe(50);
    expect(latinHypercube(5, 2, 9)).toEqual(latinHypercube(5, 2, 9));
    expect(latinHypercube(5, 2, 9)).not.toEqual(latinHypercube(5, 2, 10));
  });
});
