import { describe, expect, it } from 'vitest';
import { playTurn, stancesThisTurn, startRun, viewOf } from '../../src/engine/index.js';
import { talksOdds, type ActorId } from '../../src/model/index.js';
import { oddsApplied } from '../../src/session/index.js';
import { infScenario } from '../fixtures.js';

describe('the odds a team is shown are the odds the resolution applies', () => {
  it.each([
    ['nato', 'euroMoratorium', ['russia']],
    ['nato', 'euroMoratorium', ['russia', 'eu']], // a friendly bystander changes the odds in the model too
    ['us', 'newStart', ['russia']], // Russia's stance on New START weighs in the odds applied
  ] as Array<[ActorId, string, ActorId[]]>)('%s on %s inviting %j, when it is alone at the table', (actor, treaty, partners) => {
    let compared = 0;
    let stanceMatters = false;
    for (let seed = 1; seed <= 40; seed++) {
      const state = startRun(infScenario(), seed);
      const stances = stancesThisTurn(state);
      const shown = oddsApplied(viewOf(state), actor, treaty, partners, stances);
      stanceMatters ||= shown !== talksOdds(viewOf(state), treaty, [actor], partners);
      const next = playTurn(state, { orders: { [actor]: { type: 'negotiate', treaty, partners } } });
      const failed = next.turns[0].events.find((e) => e.type === 'talks.failed' && e.treaty === treaty);
      if (failed?.type !== 'talks.failed' || failed.participants.length !== 1) continue;
      expect(failed.odds).toBe(shown);
      compared++;
    }
    expect(compared).toBeGreaterThan(3);
    if (treaty === 'newStart') expect(stanceMatters).toBe(true);
  });
});
