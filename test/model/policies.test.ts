import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { trackCommitments } from '../../src/model/effects/declarations.js';
import { activePolicies, holds, matches, publicView, ruledOut, type Policy, type PublicView, type WorldEvent } from '../../src/model/index.js';
import { infScenario, viewOf } from '../fixtures.js';

const world = infScenario().world;
const seen = (w = world): PublicView => publicView(viewOf(w));
const doctrine = (policies: Policy[]) => ({ ...world.doctrines.us, policies });

describe('conditions read what every actor observes', () => {
  it('dates, regimes, parties, forces, indices, pledges, and their combinations', () => {
    const v = seen(produce(world, (w) => void (w.turn = 4)));
    expect(holds({ from: 4, until: 8 }, v)).toBe(true);
    expect(holds({ from: 5 }, v)).toBe(false);
    expect(holds({ signed: 'newStart' }, v)).toBe(true);
    expect(holds({ signed: 'euroMoratorium' }, v)).toBe(false);
    expect(holds({ defunct: 'abm' }, v)).toBe(true);
    expect(holds({ party: { regime: 'inf', actor: 'us', is: ['suspended'] } }, v)).toBe(true);
    expect(holds({ forces: { actor: 'russia', system: 'groundLaunchedIntermediate', region: 'europe', atLeast: 4 } }, v)).toBe(true);
    expect(holds({ forces: { actor: 'russia', system: 'groundLaunchedIntermediate', region: 'europe', below: 4 } }, v)).toBe(false);
    expect(holds({ index: { name: 'treatyErosion', above: 40 } }, v)).toBe(true);
    expect(holds({ pledge: { by: 'russia' } }, v)).toBe(false);
    expect(holds({ not: { signed: 'euroMoratorium' }, any: [{ defunct: 'inf' }, { defunct: 'abm' }] }, v)).toBe(true);
    expect(holds({ all: [{ defunct: 'inf' }, { defunct: 'abm' }] }, v)).toBe(false);
  });

  it('what another actor did last turn', () => {
    const v = seen(produce(world, (w) => void (w.lastActions = { russia: { type: 'negotiate', treaty: 'inf', partners: ['us', 'nato'] } })));
    expect(holds({ lastAction: { actor: 'russia', action: { type: 'negotiate', partners: ['us'] } } }, v)).toBe(true);
    expect(holds({ lastAction: { actor: 'russia', action: { type: 'negotiate', treaty: 'npt' } } }, v)).toBe(false);
    expect(holds({ lastAction: { actor: 'us', action: { type: 'hold' } } }, v)).toBe(false);
  });

  it('patterns match a type and any of its parameters; a list matches when it holds every actor named', () => {
    expect(matches({ type: 'deploy', region: 'asia' }, { type: 'deploy', system: 'hypersonic', region: 'asia' })).toBe(true);
    expect(matches({ type: 'deploy', region: 'asia' }, { type: 'deploy', system: 'hypersonic', region: 'europe' })).toBe(false);
    expect(matches({ type: 'negotiate', partners: ['russia'] }, { type: 'negotiate', treaty: 'x', partners: ['nato', 'russia'] })).toBe(true);
    expect(matches({ type: 'negotiate' }, { type: 'hold' })).toBe(false);
  });
});

describe('policies', () => {
  const commit: Policy = { id: 'deploy-four', assumption: 'a test', when: { from: 1 }, commit: { deploy: { system: 'groundLaunchedIntermediate', region: 'europe', units: 4 }, by: 3 }, void: { signed: 'euroMoratorium' } };
  const never: Policy = { id: 'no-asia', assumption: 'a test', never: { type: 'deploy', region: 'asia' } };

  it('bind while their condition holds; a commitment only while it is pending and not void', () => {
    expect(activePolicies(doctrine([commit, never]), 'us', seen(), {}).map((p) => p.id)).toEqual(['no-asia']);
    const later = seen(produce(world, (w) => void (w.turn = 1)));
    expect(activePolicies(doctrine([commit, never]), 'us', later, {}).map((p) => p.id)).toEqual(['deploy-four', 'no-asia']);
    expect(activePolicies(doctrine([commit]), 'us', later, { 'us/deploy-four': 'kept' })).toEqual([]);
    expect(ruledOut([never], { type: 'deploy', system: 'missileDefence', region: 'asia' })).toBe(true);
    expect(ruledOut([never], { type: 'deploy', system: 'missileDefence', region: 'europe' })).toBe(false);
  });

  it('a commitment is made, then kept, broken (costing credibility) or void, each as news', () => {
    const track = (w0: typeof world) => {
      const events: WorldEvent[] = [];
      const next = produce(w0, (w) => trackCommitments(w, { rules: infScenario().rules, present: ['us', 'russia', 'china', 'nato', 'eu'], report: (e) => events.push(e) }));
      return { world: next, events };
    };
    const withPolicy = produce(world, (w) => {
      w.turn = 1;
      w.doctrines.us = doctrine([commit]) as typeof w.doctrines.us;
    });
    const made = track(withPolicy);
    expect(made.world.commitments['us/deploy-four']).toBe('pending');
    expect(made.events).toEqual([{ type: 'commitment.made', actor: 'us', policy: 'deploy-four' }]);
    const broken = track(produce(made.world, (w) => void (w.turn = 3)));
    expect(broken.world.commitments['us/deploy-four']).toBe('broken');
    expect(broken.world.credibility.us).toBeCloseTo(1 - infScenario().rules.policy.brokenCredibility, 12);
    const kept = track(produce(made.world, (w) => void (w.forces.us.groundLaunchedIntermediate.europe = 4)));
    expect(kept.world.commitments['us/deploy-four']).toBe('kept');
  });
});

describe('policies in scenario files', () => {
  it('compile quarters into turns and patterns into actions (revised-dual-track)', async () => {
    const { loadScenario } = await import('../../src/scenario/index.js');
    const [deploy, talks] = loadScenario('revised-dual-track').actors.us!.doctrine.policies;
    expect(deploy).toMatchObject({ when: { from: 2 }, commit: { by: 18 }, void: { signed: 'euroMoratorium' } });
    expect(talks.prefer).toEqual({ action: { type: 'negotiate', treaty: 'euroMoratorium', partners: ['russia'] }, weight: 0.3 });
  });
});
