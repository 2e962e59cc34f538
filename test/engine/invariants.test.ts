import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { playTurn, startRun, viewOf } from '../../src/engine/index.js';
import { checkLegality, INDEX_NAMES } from '../../src/model/index.js';
import { infScenario } from '../fixtures.js';

describe('engine invariants (property-based)', () => {
  it('for any seed, every index stays in 0..100 and every applied action was legal when chosen', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 1, max: 32 }), (seed, turns) => {
        let state = startRun(infScenario(), seed);
        for (let t = 0; t < turns; t++) {
          const before = viewOf(state);
          state = playTurn(state);
          const record = state.turns.at(-1)!;
          for (const name of INDEX_NAMES) {
            expect(record.indices[name]).toBeGreaterThanOrEqual(0);
            expect(record.indices[name]).toBeLessThanOrEqual(100);
          }
          for (const [actor, action] of Object.entries(record.actions)) {
            expect(checkLegality(before, actor, action!)).toBeNull();
          }
          for (const row of Object.values(state.world.tension)) for (const v of Object.values(row)) expect(v).toBeGreaterThanOrEqual(0);
          expect(state.world.natoCohesion).toBeGreaterThanOrEqual(0);
          expect(state.world.natoCohesion).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('a human order replaces the pick; an illegal one is refused with its reason and the actor holds', () => {
    const start = startRun(infScenario(), 3);
    const legal = playTurn(start, { orders: { eu: { type: 'sanction', target: 'china' } } });
    expect(legal.turns[0].actions.eu).toMatchObject({ type: 'sanction', target: 'china', by: 'human' });
    const illegal = playTurn(start, { orders: { eu: { type: 'deploy', system: 'groundLaunchedIntermediate', region: 'europe' } } });
    expect(illegal.turns[0].actions.eu).toMatchObject({ type: 'hold', by: 'human', refused: { code: 'order/not-in-arsenal' } });
    expect(illegal.world.forces.eu.groundLaunchedIntermediate.europe).toBe(0);
  });

  it('the world is never mutated in place', () => {
    const start = startRun(infScenario(), 5);
    const snapshot = JSON.stringify(start.world);
    playTurn(playTurn(start));
    expect(JSON.stringify(start.world)).toBe(snapshot);
  });

  it('an inject is applied at the next resolution and recorded', () => {
    const scenario = infScenario();
    const inject = scenario.injects.find((i) => i.id === 'russia-moves-9m729')!;
    const start = startRun(scenario, 9);
    const plain = playTurn(start);
    const injected = playTurn(start, { injects: [inject] });
    expect(injected.world.forces.russia.groundLaunchedIntermediate.europe).toBe(plain.world.forces.russia.groundLaunchedIntermediate.europe + 2);
    expect(injected.turns[0].events.some((e) => e.type === 'inject' && e.text.includes(inject.title))).toBe(true);
  });
});
