import { describe, expect, it } from 'vitest';
import { explain, softmaxPick, type Scored } from '../../src/model/index.js';

const scored = (utilities: number[]): Scored[] =>
  utilities.map((utility, i) => ({ action: { type: 'deploy', system: 'hypersonic', region: i % 2 ? 'asia' : 'home' } as const, utility, terms: [{ name: `t${i}`, value: utility }] }));

describe('softmaxPick', () => {
  it('follows the cumulative weights of the draw', () => {
    const options = scored([0, 0]);
    expect(softmaxPick(options, 0.49, 1)).toBe(options[0]);
    expect(softmaxPick(options, 0.51, 1)).toBe(options[1]);
  });

  it('almost always picks the best option at a low temperature', () => {
    const options = scored([0, 1, 0.2]);
    expect(softmaxPick(options, 0.001, 0.01)).toBe(options[1]);
    expect(softmaxPick(options, 0.999, 0.01)).toBe(options[1]);
  });

  it('explains a pick by its two heaviest terms', () => {
    const s: Scored = { action: { type: 'hold' }, utility: 0.4, terms: [{ name: 'a', value: 0.1 }, { name: 'b', value: -0.5 }, { name: 'c', value: 0.8 }] };
    expect(explain(s)).toBe('c +0.80, b -0.50');
  });
});
