import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { COEFFICIENTS, talksOdds, type ActorId } from '../../src/model/index.js';
import { bansChinasMissiles } from '../../src/model/talks.js';
import { infScenario } from '../fixtures.js';

const present: ActorId[] = ['us', 'russia', 'china', 'nato', 'eu'];

describe('talksOdds', () => {
  const world = infScenario().world;

  it('talks on a multilateral INF without China mostly fail (Egmont 106 §2.1, §3.3)', () => {
    const withChina = talksOdds(world, 'infMultilateral', ['us', 'russia', 'china'], [], present);
    const chinaInvited = talksOdds(world, 'infMultilateral', ['us', 'russia'], ['china'], present);
    const chinaAbsent = talksOdds(world, 'infMultilateral', ['us', 'russia'], [], present);
    expect(chinaInvited).toBeLessThan(withChina / 10);
    // Trust differs with China at the table, so compare with a margin rather than exactly.
    expect(chinaAbsent).toBeLessThan(withChina * COEFFICIENTS.negotiate.missingParty * 2);
  });

  it('a required party that is absent from the scenario does not count', () => {
    const bipolar: ActorId[] = ['us', 'russia', 'nato', 'eu'];
    expect(talksOdds(world, 'infMultilateral', ['us', 'russia'], [], bipolar)).toBeGreaterThan(talksOdds(world, 'infMultilateral', ['us', 'russia'], [], present));
  });

  it('trust raises the odds; balanced forces (the dual track) raise them too', () => {
    const trusting = produce(world, (w) => {
      w.tension.us.russia = w.tension.russia.us = 0.1;
    });
    expect(talksOdds(trusting, 'inf', ['us', 'russia'], [], present)).toBeGreaterThan(talksOdds(world, 'inf', ['us', 'russia'], [], present));
    const balanced = produce(world, (w) => {
      w.forces.us.groundLaunchedIntermediate.europe = 4;
    });
    expect(talksOdds(balanced, 'inf', ['us', 'russia'], [], present)).toBeGreaterThan(talksOdds(world, 'inf', ['us', 'russia'], [], present));
  });

  it('China is reluctant only about bans that would scrap its missiles in Asia, not a European moratorium', () => {
    expect(bansChinasMissiles(world.treaties.infMultilateral)).toBe(true);
    expect(bansChinasMissiles(world.treaties.euroMoratorium)).toBe(false);
    const invited = (treaty: string) => talksOdds(world, treaty, ['russia'], ['china', 'nato'], present);
    const asEurope = produce(world, (w) => {
      w.treaties.euroMoratorium.required = ['russia', 'nato', 'china'];
    });
    const asGlobal = produce(asEurope, (w) => {
      w.treaties.euroMoratorium.banRegions = ['home', 'europe', 'asia'];
    });
    expect(talksOdds(asGlobal, 'euroMoratorium', ['russia'], ['china', 'nato'], present)).toBeLessThan(talksOdds(asEurope, 'euroMoratorium', ['russia'], ['china', 'nato'], present) / 10);
    expect(invited('euroMoratorium')).toBeGreaterThan(0);
  });

  it('the odds do not depend on the order in which the negotiators are listed', () => {
    const a = talksOdds(world, 'euroMoratorium', ['china', 'nato'], ['russia'], present);
    const b = talksOdds(world, 'euroMoratorium', ['nato', 'china'], ['russia'], present);
    expect(a).toBeGreaterThan(0);
    expect(b).toBe(a);
  });
});
