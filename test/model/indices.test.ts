import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES as rules, escalationLevel, scoreIndices, treatyHealth, type ActorId } from '../../src/model/index.js';
import { infScenario } from '../fixtures.js';

const present: ActorId[] = ['us', 'russia', 'china', 'nato', 'eu'];

describe('indices', () => {
  it('names the rungs of the ladder at their bounds', () => {
    expect(escalationLevel(rules, 0)).toBe('détente');
    expect(escalationLevel(rules, 19.99)).toBe('détente');
    expect(escalationLevel(rules, 20)).toBe('competition');
    expect(escalationLevel(rules, 60)).toBe('severe crisis');
    expect(escalationLevel(rules, 100)).toBe('brink');
  });

  it('computes treaty health from statuses and integrity', () => {
    const inf = infScenario().world.treaties.inf;
    // us suspended (0.3), russia in force (1): mean 0.65, times integrity 0.25.
    expect(treatyHealth(rules, inf)).toBeCloseTo(((rules.statusHealth.suspended + 1) / 2) * 0.25, 10);
    expect(treatyHealth(rules, infScenario().world.treaties.abm)).toBe(0);
  });

  it('treaty erosion is the weighted share lost, by hand on a two-regime world', () => {
    const world = produce(infScenario().world, (w) => {
      for (const id of Object.keys(w.treaties)) if (id !== 'inf' && id !== 'newStart') delete w.treaties[id];
    });
    const lostInf = 2 * (1 - treatyHealth(rules, world.treaties.inf));
    const lostNewStart = 3 * (1 - 0.85);
    expect(scoreIndices(rules, world, present).treatyErosion).toBeCloseTo((100 * (lostInf + lostNewStart)) / 5, 3);
  });

  it('starts 2019 with erosion already high and escalation in the crisis band or below', () => {
    const i = scoreIndices(rules, infScenario().world, present);
    expect(i.treatyErosion).toBeGreaterThan(40);
    expect(i.escalation).toBeGreaterThan(20);
    expect(i.escalation).toBeLessThan(60);
  });

  it('escalation rises with tension and stays within 0..100 at the extremes', () => {
    const calm = produce(infScenario().world, (w) => {
      for (const a of present) for (const b of present) w.tension[a][b] = 0;
    });
    const hot = produce(infScenario().world, (w) => {
      for (const a of present) for (const b of present) w.tension[a][b] = a === b ? 0 : 1;
      w.crisis = 50;
      w.withdrawalShock = 50;
      w.forces.russia.groundLaunchedIntermediate.europe = 10_000;
    });
    expect(scoreIndices(rules, calm, present).escalation).toBeLessThan(scoreIndices(rules, infScenario().world, present).escalation);
    expect(scoreIndices(rules, hot, present).escalation).toBeLessThanOrEqual(100);
    expect(scoreIndices(rules, hot, present).escalationLevel).toBe('brink');
  });
});
