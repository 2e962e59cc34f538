import { describe, expect, it } from 'vitest';
import { ResearchError } from '../../src/research/errors.js';
import { loadSweep, parseRange, parseValues } from '../../src/research/sweep.js';
import { loadScenario } from '../../src/scenario/index.js';

describe('sweep values and parameters', () => {
  it('parses value lists and ranges', () => {
    expect(parseValues('0.2, 0.4,1e-1,true,hedging')).toEqual([0.2, 0.4, 0.1, true, 'hedging']);
    expect(parseRange('0.1:0.5:0.1')).toEqual([0.1, 0.2, 0.3, 0.4, 0.5]);
    expect(parseRange('1:2:0.4')).toEqual([1, 1.4, 1.8]);
    for (const bad of ['0.1,,0.2', '0.1,0.1']) expect(() => parseValues(bad)).toThrow(ResearchError);
    for (const bad of ['1:0:0.1', '0:1:0', '0:1', 'a:b:c', '0:1000:0.5']) expect(() => parseRange(bad)).toThrow(ResearchError);
  });

  it("sets a figure's value and keeps the rest of the scenario", () => {
    const [low, high] = loadSweep('inf-2019', 'actors.russia.doctrine.threatPerception', [0.1, 0.9]);
    const base = loadScenario('inf-2019');
    expect(low.actors.russia!.doctrine.threatPerception).toBe(0.1);
    expect(high.actors.russia!.doctrine.threatPerception).toBe(0.9);
    expect(high.actors.russia!.doctrine.armsControl).toBe(base.actors.russia!.doctrine.armsControl);
    expect(new Set([low.sha256, high.sha256, base.sha256]).size).toBe(3);
  });

  it('finds array elements by id or index', () => {
    const [s] = loadSweep('inf-2019', 'world.treaties.inf.weight', [4]);
    expect(s.world.treaties.inf.weight).toBe(4);
    const [t] = loadSweep('inf-2019', 'world.tension.pairs.0.value', [0.3]);
    expect(t.world.tension.us.russia).toBe(0.3);
  });

  it('names a bad path or a bad value', () => {
    expect(() => loadSweep('inf-2019', 'world.treaties.nope.weight', [1])).toThrow(/--param world\.treaties\.nope\.weight: no "nope" in world\.treaties \(ids: inf, newStart/);
    expect(() => loadSweep('inf-2019', 'actors..doctrine', [1])).toThrow(/not a dotted path/);
    expect(() => loadSweep('inf-2019', 'turns', [0])).toThrow(/--values: 0 is not valid for turns/);
  });
});

describe('sweeping the rules (rules.<path>)', () => {
  it('sets any coefficient of the rules, guard thresholds included, with the override as its provenance', () => {
    const [low, high] = loadSweep('inf-2019', 'rules.guards.chinaPressed', [0.3, 0.7]);
    expect([low.rules.guards.chinaPressed, high.rules.guards.chinaPressed]).toEqual([0.3, 0.7]);
    expect(low.rules.overridden['guards.chinaPressed']).toEqual({ assumption: 'set by an override (sweep, design or sensitivity)' });
    const [shared] = loadSweep('inf-2019', 'rules.actors.china.bannedShare', [0.5]);
    expect(shared.rules.actors.china.bannedShare).toBe(0.5);
    expect(shared.rules.actors.china.arsenal).toEqual(loadScenario('inf-2019').rules.actors.china.arsenal);
  });

  it('keeps a scenario\'s own provenance when it already sets the coefficient', () => {
    const [s] = loadSweep('dual-track-1979', 'rules.negotiate.base', [0.6]);
    expect(s.rules.negotiate.base).toBe(0.6);
  });

  it('names a path that is no coefficient, and a value outside the coefficient\'s domain', () => {
    expect(() => loadSweep('inf-2019', 'rules.negotiate.bse', [0.5])).toThrow(/--param rules\.negotiate\.bse: rules has no coefficient negotiate\.bse \(multipolar rules lists every path\)/);
    expect(() => loadSweep('inf-2019', 'rules.negotiate.base', [1.5])).toThrow(/--values: 1\.5 is not valid for rules\.negotiate\.base: at rules\.negotiate\.base\.value: /);
    expect(() => loadSweep('inf-2019', 'rules.negotiate.extensionTurns', [2.5])).toThrow(/not valid for rules\.negotiate\.extensionTurns/);
  });
});
