import { produce, type Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import { fade, keepCalendar, roleHealth } from '../../src/model/effects/calendar.js';
import { ACTIONS, RESOLUTION_ORDER, talksOdds, type Action, type ActorId, type TurnEffects, type World, type WorldEvent } from '../../src/model/index.js';
import { infScenario, viewOf } from '../fixtures.js';

const rules = infScenario().rules;
const present: ActorId[] = ['us', 'russia', 'china', 'nato', 'eu'];

/**
 * Resolve steps on one shared draft of `world`, as the engine does: every step sees the same
 * `start` (the world as the turn began) and reports into one list.
 */
function resolve(steps: ReadonlyArray<(w: Draft<World>, turn: TurnEffects) => void>, world: World = infScenario().world, draw: (purpose: string) => number = () => 0.5) {
  const events: WorldEvent[] = [];
  const draws: string[] = [];
  const turn: TurnEffects = { rules, start: world, present, stances: {}, draw: (p) => (draws.push(p), draw(p)), report: (e) => events.push(e) };
  const next = produce(world, (w) => {
    for (const step of steps) step(w, turn);
  });
  return { world: next, events, draws };
}

/** A step that resolves one actor's action through its module, as the engine's phase for that type does. */
const act = (actor: ActorId, action: Action) => (w: Draft<World>, turn: TurnEffects) =>
  (ACTIONS[action.type].resolve as (w: Draft<World>, t: TurnEffects, o: ReadonlyArray<{ actor: ActorId; action: Action }>) => void)(w, turn, [{ actor, action }]);
const deploy = (actor: ActorId, system: 'groundLaunchedIntermediate' | 'missileDefence', region: 'europe' | 'asia'): Action => ({ type: 'deploy', system, region });
const talks = (treaty: string, partners: ActorId[] = []): Action => ({ type: 'negotiate', treaty, partners });
/** Talks among several negotiators at one table, as the negotiate phase receives them. */
const table = (treaty: string, actors: ActorId[], invited: ActorId[] = []) => (w: Draft<World>, turn: TurnEffects) =>
  ACTIONS.negotiate.resolve(w, turn, actors.map((actor) => ({ actor, action: { type: 'negotiate', treaty, partners: invited } })));

describe('effects, applied as the engine applies them', () => {
  it('resolution runs withdrawals, sanctions, declarations, deployments, talks, then holds', () => {
    expect(RESOLUTION_ORDER.map((m) => m.type)).toEqual(['withdraw', 'sanction', 'declare', 'deploy', 'negotiate', 'hold']);
  });

  it('a deployment banned by a regime in force is a breach, detected when the draw falls under the chance', () => {
    const clean = produce(infScenario().world, (w) => {
      w.exposedBreaches = [];
    });
    const detected = resolve([act('russia', deploy('russia', 'groundLaunchedIntermediate', 'europe'))], clean, () => 0);
    expect(detected.world.exposedBreaches).toEqual(['russia']);
    expect(detected.world.treaties.inf.integrity).toBeCloseTo(0.25 - rules.deploy.breachIntegrityLoss, 10);
    expect(detected.events).toContainEqual({ type: 'breach.detected', actor: 'russia', treaty: 'inf', system: 'groundLaunchedIntermediate', region: 'europe' });
    expect(detected.draws).toEqual(['detect/inf/russia']);
    const covert = resolve([act('russia', deploy('russia', 'groundLaunchedIntermediate', 'europe'))], clean, () => 0.99);
    expect(covert.world.exposedBreaches).toEqual([]);
    expect(covert.events.map((e) => e.type)).toContain('breach.covert');
  });

  it('basing missiles in Europe costs NATO cohesion; a Russian deployment rallies it', () => {
    const base = infScenario().world.natoCohesion;
    const us = resolve([act('us', deploy('us', 'groundLaunchedIntermediate', 'europe'))]);
    expect(us.world.natoCohesion).toBeCloseTo(base - rules.deploy.basingCohesionCost, 10);
    expect(us.events).toContainEqual({ type: 'basing.strain', actor: 'us', system: 'groundLaunchedIntermediate', region: 'europe', cohesion: rules.deploy.basingCohesionCost });
    const ru = resolve([act('russia', deploy('russia', 'groundLaunchedIntermediate', 'europe'))]);
    expect(ru.world.natoCohesion).toBeCloseTo(base + rules.deploy.rallyCohesion, 10);
  });

  it('a withdrawal with notice takes effect two turns later, obligations holding until then, and ends a bilateral treaty', () => {
    const notice = resolve([act('russia', { type: 'withdraw', treaty: 'openSkies', mode: 'withdraw' })]);
    expect(notice.world.treaties.openSkies.parties.russia).toBe('inForce');
    expect(notice.world.treaties.openSkies.withdrawalDue.russia).toBe(2);
    expect(notice.events).toEqual([{ type: 'treaty.notice', actor: 'russia', treaty: 'openSkies', turns: 2 }]);
    const immediate = resolve([act('russia', { type: 'withdraw', treaty: 'mtcr', mode: 'withdraw' })]);
    expect(immediate.world.treaties.mtcr.parties.russia).toBe('withdrawn');
    expect(infScenario().world.treaties.inf.withdrawalDue.us).toBe(2);
    const atTurn2 = produce(infScenario().world, (w) => {
      w.turn = 2;
    });
    const due = resolve([(w, turn) => keepCalendar(w, turn)], atTurn2);
    expect(due.world.treaties.inf.defunct).toBe(true);
    expect(due.world.treaties.inf.parties).toEqual({ us: 'withdrawn', russia: 'withdrawn' });
    expect(due.events).toEqual([{ type: 'treaty.withdrawn', actor: 'us', treaty: 'inf' }, { type: 'treaty.ended', treaty: 'inf', cause: 'left', actor: 'us' }]);
  });

  it('New START lapses at its expiry unless extended', () => {
    const atExpiry = produce(infScenario().world, (w) => {
      w.turn = w.treaties.newStart.expiresTurn!;
    });
    const lapse = resolve([(w, turn) => keepCalendar(w, turn)], atExpiry);
    expect(lapse.world.treaties.newStart.defunct).toBe(true);
    expect(lapse.events).toContainEqual({ type: 'treaty.ended', treaty: 'newStart', cause: 'lapsed' });
    const at6 = produce(infScenario().world, (w) => {
      w.turn = 6;
    });
    const extended = resolve([table('newStart', ['us', 'russia'])], at6, () => 0);
    // Extended from its expiry by up to five years, never past 5 February 2026 (Art. XIV): 2026-Q1 is turn 28.
    expect(extended.world.treaties.newStart.expiresTurn).toBe(Math.min(8 + rules.negotiate.extensionTurns, 28));
  });

  it('successful talks lift sanctions between those who negotiated, not the invited; failed talks change nothing', () => {
    const ok = resolve([table('openSkies', ['us', 'russia'], ['eu'])], undefined, () => 0);
    expect(ok.world.sanctions.map((s) => `${s.by}>${s.on}`)).toEqual(['eu>russia', 'russia>eu']);
    expect(ok.events.map((e) => e.type)).toEqual(['sanction.lifted', 'talks.succeeded']);
    const failed = resolve([table('openSkies', ['us', 'russia'])], undefined, () => 0.999);
    expect(failed.world.sanctions).toEqual(infScenario().world.sanctions);
    expect(failed.events.map((e) => e.type)).toEqual(['talks.failed']);
  });

  it('talks judge their odds on the world as the turn began, not on what resolved before them in the same draft', () => {
    const start = infScenario().world;
    // The US bases missiles in Europe first (phase 3), which would change the bargaining balance; the talks (phase 4) do not see it.
    const both = resolve([act('us', deploy('us', 'groundLaunchedIntermediate', 'europe')), act('us', talks('inf', ['russia']))], start, () => 0.999);
    const failed = both.events.find((e) => e.type === 'talks.failed');
    expect(failed).toMatchObject({ odds: talksOdds(viewOf(start), 'inf', ['us'], ['russia']) });
    const moved = produce(start, (w) => {
      w.forces.us.groundLaunchedIntermediate.europe += 1;
    });
    expect(talksOdds(viewOf(moved), 'inf', ['us'], ['russia'])).not.toBe(talksOdds(viewOf(start), 'inf', ['us'], ['russia']));
  });

  it('a suspension earlier in the same turn spares a later deployment the breach (statuses are read from the draft)', () => {
    const clean = produce(infScenario().world, (w) => {
      w.exposedBreaches = [];
    });
    const suspendedFirst = resolve([act('russia', { type: 'withdraw', treaty: 'inf', mode: 'suspend' }), act('russia', deploy('russia', 'groundLaunchedIntermediate', 'europe'))], clean, () => 0);
    expect(suspendedFirst.events.map((e) => e.type)).toEqual(['treaty.suspended']);
  });

  it('the turn starts by fading shocks and relaxing tension towards its baseline, read from the start', () => {
    const shocked = produce(infScenario().world, (w) => {
      w.crisis = 1;
      w.tension.us.russia = w.tension.russia.us = 1;
    });
    const faded = resolve([(w, turn) => fade(w, turn)], shocked).world;
    expect(faded.crisis).toBeCloseTo(rules.crisisDecay, 12);
    const base = shocked.tensionBaseline.us.russia;
    // Confidence-building regimes (the OSCE dialogue, Open Skies) speed the easing (Egmont 106 §3.3).
    const relax = rules.tensionRelaxation * (1 + rules.regimes.confidenceRelaxation * roleHealth(rules, shocked, 'confidence'));
    expect(relax).toBeGreaterThan(rules.tensionRelaxation);
    expect(faded.tension.us.russia).toBeCloseTo(1 + (base - 1) * relax, 12);
  });

  it('a proposal is signed after its rounds and enters into force after ratification, eliminating what it bans', () => {
    let world = infScenario().world;
    for (let round = 1; round <= 3; round++) world = resolve([table('infMultilateral', ['us', 'russia', 'china'])], world, () => 0).world;
    expect(world.treaties.infMultilateral).toMatchObject({ exists: true, parties: { us: 'signed', russia: 'signed', china: 'signed' } });
    const ratified = produce(world, (w) => {
      w.turn = rules.negotiate.ratificationTurns;
    });
    const inForce = resolve([(w, turn) => keepCalendar(w, turn)], ratified);
    expect(inForce.world.treaties.infMultilateral.parties.china).toBe('inForce');
    expect(inForce.world.forces.china.groundLaunchedIntermediate.asia).toBe(0);
    expect(inForce.world.forces.russia.groundLaunchedIntermediate.europe).toBe(0);
  });

  it('a regional ban (a European moratorium) eliminates and forbids only in its region', () => {
    let world = infScenario().world;
    for (let round = 1; round <= 2; round++) world = resolve([table('euroMoratorium', ['russia', 'nato'])], world, () => 0).world;
    const ready = produce(world, (w) => {
      w.turn = rules.negotiate.ratificationTurns;
      w.forces.russia.groundLaunchedIntermediate.asia = 3;
    });
    const inForce = resolve([(w, turn) => keepCalendar(w, turn)], ready).world;
    expect(inForce.forces.russia.groundLaunchedIntermediate.europe).toBe(0);
    expect(inForce.forces.russia.groundLaunchedIntermediate.asia).toBe(3);
    const inAsia = resolve([act('russia', deploy('russia', 'groundLaunchedIntermediate', 'asia'))], inForce, () => 0);
    expect(inAsia.events.map((e) => e.type)).not.toContain('breach.detected');
    expect(inAsia.world.treaties.euroMoratorium.integrity).toBe(1);
  });
});
