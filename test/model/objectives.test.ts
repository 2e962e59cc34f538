import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RULES as rules, isMet, measure, objectivesMet, rankTeams, teamScores,
  type ActorId, type ObjectiveCondition, type Objective, type Objectives, type World,
} from '../../src/model/index.js';
import { infScenario } from '../fixtures.js';

const present: ActorId[] = ['us', 'russia', 'china', 'nato', 'eu'];
const objective = (id: string, condition: ObjectiveCondition): Objective => ({ id, text: id, condition, source: 'test' });

/** A small world made by hand from the baseline: two regimes, known forces, tension and cohesion. */
const world: World = produce(infScenario().world, (w) => {
  for (const id of Object.keys(w.treaties)) if (id !== 'newStart' && id !== 'euroMoratorium') delete w.treaties[id];
  w.forces.us.groundLaunchedIntermediate.europe = 2;
  w.forces.nato.groundLaunchedIntermediate.europe = 1;
  w.forces.us.groundLaunchedIntermediate.asia = 3;
  w.tension.us.china = w.tension.china.us = 0.6;
  w.natoCohesion = 0.55;
  w.euUnity = 0.4;
});

describe('objectives on a hand-made world', () => {
  it('a regime stands while it exists and has not ended; a proposal stands once signed', () => {
    const newStart = objective('ns', { kind: 'regime', regime: 'newStart', stands: true });
    const moratorium = objective('m', { kind: 'regime', regime: 'euroMoratorium', stands: true });
    const noMoratorium = objective('no-m', { kind: 'regime', regime: 'euroMoratorium', stands: false });
    expect([newStart, moratorium, noMoratorium].map((o) => isMet(rules, world, present, o))).toEqual([true, false, true]);
    const lapsed = produce(world, (w) => {
      w.treaties.newStart.defunct = true;
      w.treaties.euroMoratorium.exists = true;
    });
    expect([newStart, moratorium, noMoratorium].map((o) => isMet(rules, lapsed, present, o))).toEqual([false, true, false]);
  });

  it('health is the regime health of the erosion index on 0..100, bounds are inclusive', () => {
    // New START: both parties in force, integrity 0.85.
    expect(measure(rules, world, present, { kind: 'health', regime: 'newStart', bound: { side: 'atLeast', value: 85 } })).toBeCloseTo(85, 10);
    expect(isMet(rules, world, present, objective('h', { kind: 'health', regime: 'newStart', bound: { side: 'atLeast', value: 85 } }))).toBe(true);
    expect(isMet(rules, world, present, objective('h', { kind: 'health', regime: 'newStart', bound: { side: 'atLeast', value: 85.1 } }))).toBe(false);
    const suspended = produce(world, (w) => void (w.treaties.newStart.parties.us = 'suspended'));
    // (0.3 + 1) / 2 * 0.85 = 55.25
    expect(measure(rules, suspended, present, { kind: 'health', regime: 'newStart', bound: { side: 'atMost', value: 60 } })).toBeCloseTo(55.25, 10);
  });

  it('forces add up the units of the actors named, in one region or everywhere', () => {
    const inEurope: ObjectiveCondition = { kind: 'forces', of: ['us', 'nato'], system: 'groundLaunchedIntermediate', region: 'europe', bound: { side: 'atMost', value: 0 } };
    const everywhere: ObjectiveCondition = { kind: 'forces', of: ['us'], system: 'groundLaunchedIntermediate', region: null, bound: { side: 'atLeast', value: 5 } };
    expect(measure(rules, world, present, inEurope)).toBe(3);
    expect(measure(rules, world, present, everywhere)).toBe(5);
    expect(isMet(rules, world, present, objective('e', inEurope))).toBe(false);
    expect(isMet(rules, world, present, objective('w', everywhere))).toBe(true);
  });

  it('indices, EU unity and tension read on 0..100', () => {
    const cohesion = objective('c', { kind: 'index', index: 'natoCohesion', bound: { side: 'atLeast', value: 55 } });
    const unity = objective('u', { kind: 'index', index: 'euUnity', bound: { side: 'atLeast', value: 45 } });
    const tension = objective('t', { kind: 'tension', between: ['china', 'us'], bound: { side: 'atMost', value: 60 } });
    const calm = objective('t', { kind: 'tension', between: ['china', 'us'], bound: { side: 'atMost', value: 59 } });
    expect([cohesion, unity, tension, calm].map((o) => isMet(rules, world, present, o))).toEqual([true, false, true, false]);
    expect(measure(rules, world, present, { kind: 'index', index: 'escalation', bound: { side: 'atMost', value: 100 } })).toBeGreaterThan(0);
  });

  it('lists each present actor’s objectives met, in their order; absent actors are left out', () => {
    const objectives: Objectives = {
      us: [objective('a', { kind: 'index', index: 'natoCohesion', bound: { side: 'atLeast', value: 55 } }), objective('b', { kind: 'index', index: 'euUnity', bound: { side: 'atLeast', value: 50 } })],
      china: [objective('c', { kind: 'regime', regime: 'euroMoratorium', stands: false }), objective('d', { kind: 'regime', regime: 'newStart', stands: false })],
    };
    expect(objectivesMet(rules, world, present, objectives)).toEqual({ us: [true, false], china: [true, false] });
    expect(objectivesMet(rules, world, ['us', 'russia'], objectives)).toEqual({ us: [true, false] });
  });
});

describe('team scores', () => {
  const objectives: Objectives = {
    us: [objective('a', { kind: 'regime', regime: 'newStart', stands: true }), objective('b', { kind: 'regime', regime: 'newStart', stands: true })],
    russia: [objective('c', { kind: 'regime', regime: 'newStart', stands: true }), objective('d', { kind: 'regime', regime: 'newStart', stands: true }), objective('e', { kind: 'regime', regime: 'newStart', stands: true })],
    china: [objective('f', { kind: 'regime', regime: 'newStart', stands: true }), objective('g', { kind: 'regime', regime: 'newStart', stands: true })],
  };

  it('are the share of objectives met, averaged over the turns played: 100 * (1/T) * sum(met_t / n)', () => {
    const start = { us: [false, false], russia: [true, true, true], china: [true, false] };
    const after = [
      { us: [true, false], russia: [true, true, false], china: [true, false] },
      { us: [true, true], russia: [false, false, false], china: [true, false] },
      { us: [false, false], russia: [true, true, true], china: [true, false] },
    ];
    const scores = teamScores(objectives, ['us', 'russia', 'china', 'nato'], start, after);
    expect(scores.map((s) => [s.actor, s.score, s.metNow, s.turnsMet])).toEqual([
      ['us', 50, 0, [2, 1]], // (1/2 + 2/2 + 0) / 3
      ['russia', 55.6, 3, [2, 2, 1]], // (2/3 + 0 + 3/3) / 3 = 5/9
      ['china', 50, 1, [3, 0]],
    ]);
    expect(rankTeams(scores).map((s) => [s.actor, s.rank])).toEqual([['russia', 1], ['us', 2], ['china', 2]]);
  });

  it('have no score before the first turn, and count what is met at the start', () => {
    const [us] = teamScores(objectives, ['us'], { us: [true, false] }, []);
    expect(us).toMatchObject({ score: null, metNow: 1, objectives: 2, turns: 0 });
  });
});
