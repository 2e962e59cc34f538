import fc from 'fast-check';
import { assign, createActor, setup } from 'xstate';
import { describe, expect, it } from 'vitest';
import { ACTOR_MACHINES } from '../../actors/index.js';
import { memoUnsafety, observeWith, startMachine, stanceRegions } from '../../src/engine/minds.js';
import { DEFAULT_RULES, type Doctrine, type Observation } from '../../src/model/index.js';
import { observation } from '../actors/observations.js';

const doctrine: Doctrine = { threatPerception: 0.5, allianceWeight: 0.5, costSensitivity: 0.5, armsControl: 0.5, bias: {}, policies: [] };
const actors = ['us', 'russia', 'china', 'nato', 'eu'];

/** Observations drawn over everything the guards read. */
const anObservation: fc.Arbitrary<Observation> = fc.record({
  threat: fc.double({ min: 0, max: 1, noNaN: true }),
  threatFrom: fc.constantFrom(null, ...actors),
  leverage: fc.double({ min: 0, max: 1, noNaN: true }),
  tension: fc.tuple(...actors.map(() => fc.double({ min: 0, max: 1, noNaN: true }))).map((t) => Object.fromEntries(actors.map((a, i) => [a, t[i]]))),
  rivalsInBreach: fc.subarray(actors),
  ownBreachExposed: fc.boolean(),
  infIntegrity: fc.double({ min: 0, max: 1, noNaN: true }),
  infDefunct: fc.boolean(),
  natoCohesion: fc.double({ min: 0, max: 1, noNaN: true }),
  euUnity: fc.double({ min: 0, max: 1, noNaN: true }),
  sanctionedBy: fc.subarray(actors),
}).map((o) => observation(o));

describe('the transition memo (engine/minds.ts)', () => {
  it('holds for every registered machine: no actions, no invocations, no delays', () => {
    for (const machine of Object.values(ACTOR_MACHINES)) expect(memoUnsafety(machine)).toBeNull();
  });

  it('names what would break it', () => {
    const withAction = setup({}).createMachine({ id: 'bad', type: 'parallel', states: { posture: { initial: 'a', states: { a: { entry: assign({}) } } } } });
    expect(memoUnsafety(withAction)).toBe('bad.posture.a has entry or exit actions');
    const delayed = setup({}).createMachine({ id: 'slow', initial: 'a', states: { a: { after: { 1000: 'b' } }, b: {} } });
    expect(memoUnsafety(delayed)).toBe('slow.a has a delayed transition');
  });

  it.each(Object.keys(ACTOR_MACHINES))('gives what a live %s actor gives, over random sequences of observations', (actor) => {
    fc.assert(
      fc.property(fc.array(anObservation, { minLength: 1, maxLength: 12 }), (observations) => {
        const live = createActor(ACTOR_MACHINES[actor], { input: { doctrine, rules: DEFAULT_RULES } }).start();
        let value = startMachine(actor, doctrine, DEFAULT_RULES);
        expect(value).toEqual(live.getSnapshot().value);
        for (const o of observations) {
          live.send({ type: 'turn.observe', observation: o });
          value = observeWith(actor, value, doctrine, DEFAULT_RULES, o);
          expect(value).toEqual(live.getSnapshot().value);
        }
        live.stop();
      }),
      { numRuns: 60, seed: 20190201 },
    );
  });

  it('reads each stance region as the regime its meta declares', () => {
    expect([...stanceRegions('eu')]).toEqual([['hcoc', 'hcoc'], ['osceDialogue', 'osceDialogue'], ['infMultilateral', 'infMultilateral']]);
    expect([...stanceRegions('japan')]).toEqual([]);
  });
});
