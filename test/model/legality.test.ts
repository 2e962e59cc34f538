import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { checkLegality, listOptions, type ActorId } from '../../src/model/index.js';
import { infScenario, viewOf } from '../fixtures.js';

describe('checkLegality', () => {
  const world = infScenario().world;

  it('refuses the EU any missile, with a reason', () => {
    const refusal = checkLegality(viewOf(world), 'eu', { type: 'deploy', system: 'groundLaunchedIntermediate', region: 'europe' });
    expect(refusal?.code).toBe('order/not-in-arsenal');
    expect(refusal?.reason).toMatch(/EU deploys no missiles/);
    expect(checkLegality(viewOf(world), 'eu', { type: 'deploy', system: 'missileDefence', region: 'europe' })).toBeNull();
  });

  it('refuses a withdrawal from a treaty one is not party to', () => {
    expect(checkLegality(viewOf(world), 'china', { type: 'withdraw', treaty: 'newStart', mode: 'withdraw' })?.code).toBe('order/not-a-party');
    expect(checkLegality(viewOf(world), 'russia', { type: 'withdraw', treaty: 'newStart', mode: 'withdraw' })).toBeNull();
  });

  it('refuses a second notice, and talks on a dead treaty', () => {
    expect(checkLegality(viewOf(world), 'us', { type: 'withdraw', treaty: 'inf', mode: 'withdraw' })?.code).toBe('order/notice-pending');
    expect(checkLegality(viewOf(world), 'us', { type: 'negotiate', treaty: 'abm', partners: ['russia'] })?.code).toBe('order/treaty-defunct');
  });

  it('keeps actors out of regional proposals for regions they do not stand in', () => {
    const talks = (actor: ActorId, treaty: string) => checkLegality(viewOf(world), actor, { type: 'negotiate', treaty, partners: ['russia'] });
    expect(talks('china', 'euroMoratorium')?.code).toBe('order/not-concerned');
    expect(talks('eu', 'euroMoratorium')).toBeNull();
    expect(talks('china', 'infMultilateral')).toBeNull();
    const inviting = checkLegality(viewOf(world), 'nato', { type: 'negotiate', treaty: 'euroMoratorium', partners: ['russia', 'china'] });
    expect(inviting).toEqual({ code: 'order/not-concerned', reason: 'China stands in none of the regions European moratorium on intermediate-range deployments would cover' });
  });

  it('refuses a system before its first unit is fielded (inf-2019: the US GLIM from 2022-Q4)', () => {
    const deploy = { type: 'deploy', system: 'groundLaunchedIntermediate', region: 'europe' } as const;
    expect(checkLegality(viewOf(world), 'us', deploy)?.code).toBe('order/in-development');
    const later = produce(world, (w) => {
      w.turn = world.fieldingFrom.us.groundLaunchedIntermediate!;
      w.hosts.germany.consent = 0.6;
    });
    expect(checkLegality(viewOf(later), 'us', deploy)).toBeNull();
  });

  it('needs enough NATO cohesion to base missiles in Europe', () => {
    const deploy = { type: 'deploy', system: 'groundLaunchedIntermediate', region: 'europe' } as const;
    const fielded = produce(world, (w) => {
      w.fieldingFrom = {};
    });
    expect(checkLegality(viewOf(fielded), 'nato', deploy)).toBeNull();
    const divided = produce(fielded, (w) => {
      w.natoCohesion = 0.4;
    });
    expect(checkLegality(viewOf(divided), 'nato', deploy)?.code).toBe('order/no-host');
    expect(checkLegality(viewOf(divided), 'us', deploy)?.code).toBe('order/no-host');
    expect(checkLegality(viewOf(divided), 'russia', deploy)).toBeNull();
  });

  it('refuses NATO sanctions and sanctions twice over', () => {
    expect(checkLegality(viewOf(world), 'nato', { type: 'sanction', target: 'russia' })?.code).toBe('order/cannot-sanction');
    expect(checkLegality(viewOf(world), 'us', { type: 'sanction', target: 'russia' })?.code).toBe('order/already-sanctioning');
    expect(checkLegality(viewOf(world), 'us', { type: 'sanction', target: 'china' })).toBeNull();
  });

  it('lists every option with a refusal or null, hold always legal', () => {
    const options = listOptions(viewOf(world), 'eu');
    expect(options.at(-1)).toEqual({ action: { type: 'hold' }, refusal: null });
    expect(options.filter((o) => o.refusal === null).length).toBeGreaterThan(3);
    for (const o of options) if (o.refusal) expect(o.refusal.reason.length).toBeGreaterThan(5);
  });
});
