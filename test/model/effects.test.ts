import { produce, type Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import { keepCalendar } from '../../src/model/effects/calendar.js';
import { applyDeploy } from '../../src/model/effects/deploy.js';
import { applyNegotiation } from '../../src/model/effects/negotiate.js';
import { applyWithdraw } from '../../src/model/effects/withdraw.js';
import { COEFFICIENTS, type ActorId, type World, type WorldEvent } from '../../src/model/index.js';
import { infScenario } from '../fixtures.js';

const present: ActorId[] = ['us', 'russia', 'china', 'nato', 'eu'];

/** Run a recipe on the baseline world (or `world`) and collect what it reports. */
function apply(recipe: (w: Draft<World>, report: (e: WorldEvent) => void) => void, world: World = infScenario().world) {
  const events: WorldEvent[] = [];
  const next = produce(world, (w) => recipe(w, (e) => events.push(e)));
  return { world: next, events };
}

describe('effects', () => {
  it('a deployment banned by a regime in force is a breach, detected when the draw falls under the chance', () => {
    const clean = produce(infScenario().world, (w) => {
      w.exposedBreaches = [];
    });
    const detected = apply((w, r) => applyDeploy(w, 'russia', 'groundLaunchedIntermediate', 'europe', present, () => 0, r), clean);
    expect(detected.world.exposedBreaches).toEqual(['russia']);
    expect(detected.world.treaties.inf.integrity).toBeCloseTo(0.25 - COEFFICIENTS.deploy.breachIntegrityLoss, 10);
    expect(detected.events.map((e) => e.type)).toContain('breach.detected');
    const covert = apply((w, r) => applyDeploy(w, 'russia', 'groundLaunchedIntermediate', 'europe', present, () => 0.99, r), clean);
    expect(covert.world.exposedBreaches).toEqual([]);
    expect(covert.events.map((e) => e.type)).toContain('breach.covert');
  });

  it('basing missiles in Europe costs NATO cohesion; a Russian deployment rallies it', () => {
    const base = infScenario().world.natoCohesion;
    const us = apply((w, r) => applyDeploy(w, 'us', 'groundLaunchedIntermediate', 'europe', present, () => 0.5, r));
    expect(us.world.natoCohesion).toBeCloseTo(base - COEFFICIENTS.deploy.basingCohesionCost, 10);
    const ru = apply((w, r) => applyDeploy(w, 'russia', 'groundLaunchedIntermediate', 'europe', present, () => 0.5, r));
    expect(ru.world.natoCohesion).toBeCloseTo(base + COEFFICIENTS.deploy.rallyCohesion, 10);
  });

  it('a withdrawal with notice suspends at once, takes effect two turns later, and ends a bilateral treaty', () => {
    const notice = apply((w, r) => applyWithdraw(w, 'russia', 'openSkies', 'withdraw', present, r));
    expect(notice.world.treaties.openSkies.parties.russia).toBe('suspended');
    expect(notice.world.treaties.openSkies.withdrawalDue.russia).toBe(2);
    expect(notice.events.map((e) => e.type)).toEqual(['treaty.notice']);
    const immediate = apply((w, r) => applyWithdraw(w, 'russia', 'mtcr', 'withdraw', present, r));
    expect(immediate.world.treaties.mtcr.parties.russia).toBe('withdrawn');
    const inf = infScenario().world.treaties.inf;
    expect(inf.withdrawalDue.us).toBe(2);
    const due = apply((w, r) => {
      w.turn = 2;
      keepCalendar(w, r);
    });
    expect(due.world.treaties.inf.defunct).toBe(true);
    expect(due.world.treaties.inf.parties).toEqual({ us: 'withdrawn', russia: 'withdrawn' });
    expect(due.events.map((e) => e.type)).toEqual(['treaty.withdrawn', 'treaty.ended']);
  });

  it('New START lapses at its expiry unless extended', () => {
    const lapse = apply((w, r) => {
      w.turn = w.treaties.newStart.expiresTurn!;
      keepCalendar(w, r);
    });
    expect(lapse.world.treaties.newStart.defunct).toBe(true);
    const extended = apply((w, r) => {
      w.turn = 6;
      applyNegotiation(w, 'newStart', ['us', 'russia'], [], present, {}, () => 0, r);
    });
    expect(extended.world.treaties.newStart.expiresTurn).toBe(6 + COEFFICIENTS.negotiate.extensionTurns);
  });

  it('successful talks lift sanctions between those who negotiated, not the invited; failed talks change nothing', () => {
    const ok = apply((w, r) => applyNegotiation(w, 'openSkies', ['us', 'russia'], ['eu'], present, {}, () => 0, r));
    expect(ok.world.sanctions.map((s) => `${s.by}>${s.on}`)).toEqual(['eu>russia', 'russia>eu']);
    expect(ok.events.map((e) => e.type)).toEqual(['sanction.lifted', 'talks.succeeded']);
    const failed = apply((w, r) => applyNegotiation(w, 'openSkies', ['us', 'russia'], [], present, {}, () => 0.999, r));
    expect(failed.world.sanctions).toHaveLength(3);
    expect(failed.events.map((e) => e.type)).toEqual(['talks.failed']);
  });

  it('a proposal is signed after its rounds and enters into force after ratification, eliminating what it bans', () => {
    let world = infScenario().world;
    for (let round = 1; round <= 3; round++) {
      world = apply((w, r) => applyNegotiation(w, 'infMultilateral', ['us', 'russia', 'china'], [], present, {}, () => 0, r), world).world;
    }
    expect(world.treaties.infMultilateral).toMatchObject({ exists: true, parties: { us: 'signed', russia: 'signed', china: 'signed' } });
    const inForce = apply((w, r) => {
      w.turn = COEFFICIENTS.negotiate.ratificationTurns;
      keepCalendar(w, r);
    }, world);
    expect(inForce.world.treaties.infMultilateral.parties.china).toBe('inForce');
    expect(inForce.world.forces.china.groundLaunchedIntermediate.asia).toBe(0);
    expect(inForce.world.forces.russia.groundLaunchedIntermediate.europe).toBe(0);
  });

  it('a regional ban (a European moratorium) eliminates and forbids only in its region', () => {
    let world = infScenario().world;
    for (let round = 1; round <= 2; round++) {
      world = apply((w, r) => applyNegotiation(w, 'euroMoratorium', ['russia', 'nato'], [], present, {}, () => 0, r), world).world;
    }
    const inForce = apply((w, r) => {
      w.turn = COEFFICIENTS.negotiate.ratificationTurns;
      w.forces.russia.groundLaunchedIntermediate.asia = 3;
      keepCalendar(w, r);
    }, world).world;
    expect(inForce.forces.russia.groundLaunchedIntermediate.europe).toBe(0);
    expect(inForce.forces.russia.groundLaunchedIntermediate.asia).toBe(3);
    const inAsia = apply((w, r) => applyDeploy(w, 'russia', 'groundLaunchedIntermediate', 'asia', present, () => 0, r), inForce);
    expect(inAsia.events.map((e) => e.type)).not.toContain('breach.detected');
    expect(inAsia.world.treaties.euroMoratorium.integrity).toBe(1);
  });
});
