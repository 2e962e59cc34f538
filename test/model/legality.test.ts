import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { checkLegality, listOptions, type ActorId } from '../../src/model/index.js';
import { infScenario } from '../fixtures.js';

const present: ActorId[] = ['us', 'russia', 'china', 'nato', 'eu'];

describe('checkLegality', () => {
  const world = infScenario().world;

  it('refuses the EU any missile, with a reason', () => {
    const refusal = checkLegality(world, 'eu', { type: 'deploy', system: 'groundLaunchedIntermediate', region: 'europe' }, present);
    expect(refusal?.code).toBe('order/eu-no-missiles');
    expect(refusal?.reason).toMatch(/EU deploys no missiles/);
    expect(checkLegality(world, 'eu', { type: 'deploy', system: 'missileDefence', region: 'europe' }, present)).toBeNull();
  });

  it('refuses a withdrawal from a treaty one is not party to', () => {
    expect(checkLegality(world, 'china', { type: 'withdraw', treaty: 'newStart', mode: 'withdraw' }, present)?.code).toBe('order/not-a-party');
    expect(checkLegality(world, 'russia', { type: 'withdraw', treaty: 'newStart', mode: 'withdraw' }, present)).toBeNull();
  });

  it('refuses a second notice, and talks on a dead treaty', () => {
    expect(checkLegality(world, 'us', { type: 'withdraw', treaty: 'inf', mode: 'withdraw' }, present)?.code).toBe('order/notice-pending');
    expect(checkLegality(world, 'us', { type: 'negotiate', treaty: 'abm', partners: ['russia'] }, present)?.code).toBe('order/treaty-defunct');
  });

  it('keeps actors out of regional proposals for regions they do not stand in', () => {
    const talks = (actor: ActorId, treaty: string) => checkLegality(world, actor, { type: 'negotiate', treaty, partners: ['russia'] }, present);
    expect(talks('china', 'euroMoratorium')?.code).toBe('order/not-concerned');
    expect(talks('eu', 'euroMoratorium')).toBeNull();
    expect(talks('china', 'infMultilateral')).toBeNull();
    const inviting = checkLegality(world, 'nato', { type: 'negotiate', treaty: 'euroMoratorium', partners: ['russia', 'china'] }, present);
    expect(inviting).toEqual({ code: 'order/not-concerned', reason: 'China stands in none of the regions European moratorium on intermediate-range deployments would cover' });
  });

  it('needs enough NATO cohesion to base missiles in Europe', () => {
    const deploy = { type: 'deploy', system: 'groundLaunchedIntermediate', region: 'europe' } as const;
    expect(checkLegality(world, 'nato', deploy, present)).toBeNull();
    const divided = produce(world, (w) => {
      w.natoCohesion = 0.4;
    });
    expect(checkLegality(divided, 'nato', deploy, present)?.code).toBe('order/no-host');
    expect(checkLegality(divided, 'us', deploy, present)?.code).toBe('order/no-host');
    expect(checkLegality(divided, 'russia', deploy, present)).toBeNull();
  });

  it('refuses NATO sanctions and sanctions twice over', () => {
    expect(checkLegality(world, 'nato', { type: 'sanction', target: 'russia' }, present)?.code).toBe('order/nato-cannot-sanction');
    expect(checkLegality(world, 'us', { type: 'sanction', target: 'russia' }, present)?.code).toBe('order/already-sanctioning');
    expect(checkLegality(world, 'us', { type: 'sanction', target: 'china' }, present)).toBeNull();
  });

  it('lists every option with a refusal or null, hold always legal', () => {
    const options = listOptions(world, 'eu', present);
    expect(options.at(-1)).toEqual({ action: { type: 'hold' }, refusal: null });
    expect(options.filter((o) => o.refusal === null).length).toBeGreaterThan(3);
    for (const o of options) if (o.refusal) expect(o.refusal.reason.length).toBeGreaterThan(5);
  });
});
