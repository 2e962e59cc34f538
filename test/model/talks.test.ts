import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { talksOdds, type ActorId } from '../../src/model/index.js';
import { bansMissilesOf } from '../../src/model/talks.js';
import { infScenario, viewOf } from '../fixtures.js';

describe('talksOdds', () => {
  const world = infScenario().world;

  it('talks on a multilateral INF without China mostly fail (Egmont 106 §2.1, §3.3)', () => {
    const withChina = talksOdds(viewOf(world), 'infMultilateral', ['us', 'russia', 'china'], []);
    const chinaInvited = talksOdds(viewOf(world), 'infMultilateral', ['us', 'russia'], ['china']);
    const chinaAbsent = talksOdds(viewOf(world), 'infMultilateral', ['us', 'russia'], []);
    expect(chinaInvited).toBeLessThan(withChina / 10);
    // Trust differs with China at the table, so compare with a margin rather than exactly.
    expect(chinaAbsent).toBeLessThan(withChina * infScenario().rules.negotiate.missingParty * 2);
  });

  it('a required party that is absent from the scenario does not count', () => {
    const bipolar: ActorId[] = ['us', 'russia', 'nato', 'eu'];
    expect(talksOdds(viewOf(world, bipolar), 'infMultilateral', ['us', 'russia'], [])).toBeGreaterThan(talksOdds(viewOf(world), 'infMultilateral', ['us', 'russia'], []));
  });

  it('trust raises the odds; balanced forces (the dual track) raise them too', () => {
    const trusting = produce(world, (w) => {
      w.tension.us.russia = w.tension.russia.us = 0.1;
    });
    expect(talksOdds(viewOf(trusting), 'inf', ['us', 'russia'], [])).toBeGreaterThan(talksOdds(viewOf(world), 'inf', ['us', 'russia'], []));
    const balanced = produce(world, (w) => {
      w.forces.us.groundLaunchedIntermediate.europe = 4;
    });
    expect(talksOdds(viewOf(balanced), 'inf', ['us', 'russia'], [])).toBeGreaterThan(talksOdds(viewOf(world), 'inf', ['us', 'russia'], []));
  });

  it('China is reluctant only about bans that would scrap its missiles in Asia, not a European moratorium', () => {
    expect(bansMissilesOf(infScenario().rules, world.treaties.infMultilateral, 'china')).toBe(true);
    expect(bansMissilesOf(infScenario().rules, world.treaties.euroMoratorium, 'china')).toBe(false);
    const invited = (treaty: string) => talksOdds(viewOf(world), treaty, ['russia'], ['china', 'nato']);
    const asEurope = produce(world, (w) => {
      w.treaties.euroMoratorium.required = ['russia', 'nato', 'china'];
    });
    const asGlobal = produce(asEurope, (w) => {
      w.treaties.euroMoratorium.banRegions = ['home', 'europe', 'asia'];
    });
    expect(talksOdds(viewOf(asGlobal), 'euroMoratorium', ['russia'], ['china', 'nato'])).toBeLessThan(talksOdds(viewOf(asEurope), 'euroMoratorium', ['russia'], ['china', 'nato']) / 10);
    expect(invited('euroMoratorium')).toBeGreaterThan(0);
  });

  it('the odds do not depend on the order in which the negotiators are listed', () => {
    const a = talksOdds(viewOf(world), 'euroMoratorium', ['china', 'nato'], ['russia']);
    const b = talksOdds(viewOf(world), 'euroMoratorium', ['nato', 'china'], ['russia']);
    expect(a).toBeGreaterThan(0);
    expect(b).toBe(a);
  });
});
