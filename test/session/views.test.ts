import { describe, expect, it } from 'vitest';
import {
  applyFacilitator, facilitatorView, isRefusal, menuFor, MenuPathError, newGame, newMatch, orderFor, sealInMatch, setTimer, teamView, worldView,
  type Match,
} from '../../src/session/index.js';
import type { Action } from '../../src/model/index.js';
import { infScenario } from '../fixtures.js';

const PLEDGE = ['declare', 'moratorium', 'groundLaunchedIntermediate', 'europe'];
const game = () => newGame(infScenario(), 'inf-2019', 3, ['us', 'russia'], 2);

function sealed(): { m: Match; order: Action } {
  const order = orderFor(game(), 'us', PLEDGE);
  if (!('action' in order)) throw new Error(order.refusal);
  const m = sealInMatch(newMatch(game()), 'us', order.action);
  if (isRefusal(m)) throw new Error(m.reason);
  return { m, order: order.action };
}

describe('what a team and the facilitator are sent', () => {
  it("a team's view holds its own sealed order in words and only whether the others have sealed", () => {
    const { m } = sealed();
    const us = teamView(m, 'us', 0);
    const russia = teamView(m, 'russia', 0);
    expect(us.mine).toMatch(/^pledge no ground-launched intermediate-range missiles in Europe/);
    expect(russia.mine).toBeNull();
    expect(russia.teams).toEqual([{ actor: 'us', name: 'US', sealed: true }, { actor: 'russia', name: 'Russia', sealed: false }]);
    expect(JSON.stringify(russia)).not.toContain(us.mine);
    expect(JSON.stringify(russia)).not.toContain('groundLaunchedIntermediate');
  });

  it("the facilitator's view says who has sealed, never what", () => {
    const { m } = sealed();
    const view = facilitatorView(m, { us: { clients: 2, code: 'AAAA-BBBB', url: 'u' } }, 0);
    expect(view.teams.map((t) => [t.actor, t.sealed, t.clients])).toEqual([['us', true, 2], ['russia', false, 0]]);
    expect(JSON.stringify(view)).not.toContain(teamView(m, 'us', 0).mine);
    expect(view.injects.length).toBe(infScenario().injects.length);
    expect(view.injects[0].preview[0]).toBe(infScenario().injects[0].text);
  });

  it('the timer is shown in whole seconds left, paused or running', () => {
    const m = { ...newMatch(game()), clock: setTimer(newMatch(game()).clock, 120, 1_000) };
    expect(teamView(m, 'us', 1_000).secondsLeft).toBe(120);
    expect(teamView(m, 'us', 60_500).secondsLeft).toBe(61);
    const paused = applyFacilitator(m, { type: 'pause' }, 31_000);
    if (isRefusal(paused)) throw new Error(paused.reason);
    expect([teamView(paused, 'us', 99_000).phase, teamView(paused, 'us', 99_000).secondsLeft]).toEqual(['paused', 90]);
  });

  it('after the turn the news holds every actor\'s action, the teams\' sealed ones included', () => {
    const { m } = sealed();
    const played = applyFacilitator(m, { type: 'resolve' }, 0);
    if (isRefusal(played)) throw new Error(played.reason);
    const world = worldView(played.game);
    expect(world.turn).toEqual({ played: 1, length: 2, next: { number: 2, date: '2019-Q2' } });
    expect(world.news?.actions.map((a) => [a.actor, a.by])).toEqual([['us', 'team'], ['russia', 'team'], ['china', 'computer'], ['nato', 'computer'], ['eu', 'computer']]);
    expect(world.news?.actions[0].text).toBe(teamView(m, 'us', 0).mine);
    expect(world.news?.actions[1].text).toBe('hold');
    expect(teamView(played, 'russia', 0).heldLate).toBe(true);
  });
});

describe('the order menu for a page', () => {
  it('walks the registry: choices with reasons, then the order in words', () => {
    const top = menuFor(game(), 'us', []);
    expect(top.kind).toBe('choose');
    if (top.kind !== 'choose') return;
    expect(top.choices.map((c) => c.key)).toContain('hold');
    expect(menuFor(game(), 'us', ['hold'])).toEqual({ kind: 'done', order: 'hold' });
    expect(menuFor(game(), 'us', PLEDGE)).toMatchObject({ kind: 'done', order: expect.stringMatching(/^pledge/) });
  });

  it('a path that names no step, or an order not complete, is a MenuPathError, never a crash', () => {
    expect(() => menuFor(game(), 'us', ['no-such-type'])).toThrow(MenuPathError);
    expect(() => orderFor(game(), 'us', ['declare'])).toThrow(MenuPathError);
  });
});
