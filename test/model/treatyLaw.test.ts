import { produce, type Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import { keepCalendar } from '../../src/model/effects/calendar.js';
import { ACTIONS, applyEffect, checkLegality, talksOdds, type Action, type ActorId, type TurnEffects, type World, type WorldEvent } from '../../src/model/index.js';
import { infScenario, viewOf } from '../fixtures.js';

const rules = infScenario().rules;
const present: ActorId[] = ['us', 'russia', 'china', 'nato', 'eu'];

function resolve(steps: ReadonlyArray<(w: Draft<World>, turn: TurnEffects) => void>, world: World = infScenario().world, draw = () => 0) {
  const events: WorldEvent[] = [];
  const turn: TurnEffects = { rules, start: world, present, stances: {}, draw, report: (e) => events.push(e) };
  return { world: produce(world, (w) => void steps.forEach((s) => s(w, turn))), events };
}
const act = (actor: ActorId, action: Action) => (w: Draft<World>, turn: TurnEffects) =>
  (ACTIONS[action.type].resolve as (w: Draft<World>, t: TurnEffects, o: ReadonlyArray<{ actor: ActorId; action: Action }>) => void)(w, turn, [{ actor, action }]);
const at = (turn: number, world = infScenario().world) => produce(world, (w) => void (w.turn = turn));

describe('treaty law, from the texts', () => {
  const view = viewOf(infScenario().world);

  it('suspension only where the text or the parties\' practice allows it: never the NPT or Open Skies', () => {
    expect(checkLegality(view, 'us', { type: 'withdraw', treaty: 'npt', mode: 'suspend' })?.code).toBe('order/not-suspendable');
    expect(checkLegality(view, 'russia', { type: 'withdraw', treaty: 'openSkies', mode: 'suspend' })?.code).toBe('order/not-suspendable');
    expect(checkLegality(view, 'russia', { type: 'withdraw', treaty: 'inf', mode: 'suspend' })).toBeNull();
    expect(checkLegality(view, 'russia', { type: 'withdraw', treaty: 'newStart', mode: 'suspend' })).toBeNull();
  });

  it('an exit from the NPT falls due after three months (one turn); obligations hold until then', () => {
    const notice = resolve([act('china', { type: 'withdraw', treaty: 'npt', mode: 'withdraw' })]);
    expect(notice.events).toEqual([{ type: 'treaty.notice', actor: 'china', treaty: 'npt', turns: 1 }]);
    expect(notice.world.treaties.npt.parties.china).toBe('inForce');
    const due = resolve([(w, t) => keepCalendar(w, t)], at(1, notice.world));
    expect(due.world.treaties.npt.parties.china).toBe('withdrawn');
    expect(due.world.treaties.npt.defunct).toBe(false);
  });

  it('Open Skies goes on among the rest after the US and Russia leave', () => {
    let world = infScenario().world;
    for (const actor of ['us', 'russia'] as const) {
      world = resolve([act(actor, { type: 'withdraw', treaty: 'openSkies', mode: 'withdraw' })], world).world;
    }
    const due = resolve([(w, t) => keepCalendar(w, t)], at(2, world));
    expect(due.world.treaties.openSkies.parties).toMatchObject({ us: 'withdrawn', russia: 'withdrawn', europeans: 'inForce' });
    expect(due.world.treaties.openSkies.defunct).toBe(false);
  });

  it('New START is extended once, to 5 February 2026 at most (Art. XIV)', () => {
    const table = (w: Draft<World>, turn: TurnEffects) => ACTIONS.negotiate.resolve(w, turn, [{ actor: 'us', action: { type: 'negotiate', treaty: 'newStart', partners: ['russia'] } }, { actor: 'russia', action: { type: 'negotiate', treaty: 'newStart', partners: ['us'] } }]);
    const extended = resolve([table], at(7)).world;
    expect(extended.treaties.newStart.expiresTurn).toBe(28);
    expect(resolve([table], at(26, extended)).world.treaties.newStart.expiresTurn).toBe(28);
  });

  it('the EU is a JCPOA participant; it speaks for its member states in the NPT but cannot leave it', () => {
    expect(infScenario().world.treaties.npt.parties.eu).toBeUndefined();
    expect(checkLegality(view, 'eu', { type: 'negotiate', treaty: 'npt', partners: ['us', 'russia'] })).toBeNull();
    expect(checkLegality(view, 'eu', { type: 'withdraw', treaty: 'npt', mode: 'withdraw' })?.code).toBe('order/not-a-party');
    expect(checkLegality(view, 'eu', { type: 'withdraw', treaty: 'jcpoa', mode: 'suspend' })).toBeNull();
  });

  it('the JCPOA ends when Iran, a non-player party, leaves by a scenario event', () => {
    const ended = produce(infScenario().world, (w) => applyEffect(w, { treaties: [{ id: 'jcpoa', end: true }] }));
    expect(ended.treaties.jcpoa.defunct).toBe(true);
  });

  it('sanctions target rivals only, never an alliance', () => {
    expect(checkLegality(view, 'us', { type: 'sanction', target: 'eu' })?.code).toBe('order/not-a-rival');
    expect(checkLegality(view, 'russia', { type: 'sanction', target: 'china' })?.code).toBe('order/not-a-rival');
    expect(checkLegality(view, 'russia', { type: 'sanction', target: 'nato' })?.code).toBe('order/not-sanctionable');
    expect(checkLegality(view, 'china', { type: 'sanction', target: 'us' })).toBeNull();
  });

  it('a bystander invited to talks adds nothing to the odds', () => {
    const plain = talksOdds(view, 'euroMoratorium', ['nato'], ['russia']);
    expect(talksOdds(view, 'euroMoratorium', ['nato'], ['russia', 'eu'])).toBe(plain);
    expect(talksOdds(view, 'euroMoratorium', ['nato', 'eu'], ['russia'])).toBe(plain);
  });

  it('US basing in Asia needs a host; a host\'s consent moves with events', () => {
    const deploy: Action = { type: 'deploy', system: 'groundLaunchedIntermediate', region: 'asia' };
    const fielded = produce(infScenario().world, (w) => {
      w.fieldingFrom = {};
    });
    expect(checkLegality(viewOf(fielded), 'us', deploy)).toMatchObject({ code: 'order/no-host' });
    expect(checkLegality(view, 'us', { type: 'deploy', system: 'seaAirCruise', region: 'asia' })).toBeNull();
    const willing = produce(fielded, (w) => applyEffect(w, { hosts: [{ id: 'philippines', consent: 0.4 }] }));
    expect(checkLegality(viewOf(willing), 'us', deploy)).toBeNull();
  });
});

describe('declarations', () => {
  const pledge: Action = { type: 'declare', kind: 'moratorium', system: 'groundLaunchedIntermediate', region: 'europe' };

  it('a moratorium pledge binds its author\'s deployments until it ends', () => {
    const pledged = resolve([act('russia', pledge)]);
    expect(pledged.events).toEqual([{ type: 'pledge.made', actor: 'russia', system: 'groundLaunchedIntermediate', region: 'europe' }]);
    const view = viewOf(pledged.world);
    expect(checkLegality(view, 'russia', { type: 'deploy', system: 'groundLaunchedIntermediate', region: 'europe' })?.code).toBe('order/pledged');
    expect(checkLegality(view, 'russia', { type: 'deploy', system: 'groundLaunchedIntermediate', region: 'asia' })).toBeNull();
    expect(checkLegality(view, 'russia', { ...pledge, kind: 'end' })).toBeNull();
    const ended = resolve([act('russia', { ...pledge, kind: 'end' })], pledged.world);
    expect(ended.world.pledges).toEqual([]);
  });

  it('a pledge lapses once a rival adds to its forces in the region', async () => {
    const { keepDeclarations } = await import('../../src/model/effects/declarations.js');
    const pledged = resolve([act('russia', pledge)]).world;
    const lapsed = resolve([act('us', { type: 'deploy', system: 'groundLaunchedIntermediate', region: 'europe' }), (w, t) => keepDeclarations(w, t)], pledged);
    expect(lapsed.world.pledges).toEqual([]);
    expect(lapsed.events).toContainEqual({ type: 'pledge.ended', actor: 'russia', system: 'groundLaunchedIntermediate', region: 'europe', cause: 'lapsed' });
  });

  it('an announced deployment counts as part of a chip at the table until it is made', async () => {
    const { leverageBalance } = await import('../../src/model/talks.js');
    const announce: Action = { type: 'declare', kind: 'announce', system: 'groundLaunchedIntermediate', region: 'europe' };
    const announced = resolve([act('us', announce)]).world;
    expect(announced.announcements).toHaveLength(1);
    const balance = (w: World) => leverageBalance(rules, w, ['us', 'russia']);
    expect(balance(announced)).toBeGreaterThan(balance(infScenario().world));
    const made = resolve([act('us', { type: 'deploy', system: 'groundLaunchedIntermediate', region: 'europe' })], announced).world;
    expect(made.announcements).toEqual([]);
  });
});
