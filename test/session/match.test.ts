import { describe, expect, it } from 'vitest';
import {
  applyFacilitator, isDue, isMatchOver, isRefusal, newGame, newMatch, sealInMatch, sealedTeams, unsealInMatch,
  type FacilitatorCommand, type Match,
} from '../../src/session/index.js';
import type { Action } from '../../src/model/index.js';
import { infScenario } from '../fixtures.js';

const game = () => newGame(infScenario(), 'inf-2019', 7, ['nato', 'eu'], 3);
const HOLD: Action = { type: 'hold' };
const EU_DEPLOYS: Action = { type: 'deploy', system: 'groundLaunchedIntermediate', region: 'europe' };

function ok(x: ReturnType<typeof sealInMatch>): Match {
  if (isRefusal(x)) throw new Error(`refused: ${x.reason}`);
  return x;
}
const command = (m: Match, c: FacilitatorCommand, now = 0) => ok(applyFacilitator(m, c, now));

describe('sealed orders in a match', () => {
  it('seals only what the rules accept, for a team of the game', () => {
    const m = newMatch(game());
    const refused = sealInMatch(m, 'eu', EU_DEPLOYS);
    expect(isRefusal(refused) && refused.code).toMatch(/^order\//);
    expect(isRefusal(sealInMatch(m, 'russia', HOLD)) && (sealInMatch(m, 'russia', HOLD) as { code: string }).code).toBe('order/not-a-team');
    const sealed = ok(sealInMatch(m, 'eu', HOLD));
    expect(sealedTeams(sealed.game, sealed.sealed)).toEqual(['eu']);
    expect(sealedTeams(sealed.game, ok(unsealInMatch(sealed, 'eu')).sealed)).toEqual([]);
  });

  it('is due when every team has sealed, and plays exactly the sealed orders', () => {
    let m = ok(sealInMatch(newMatch(game()), 'eu', HOLD));
    expect(isDue(m, 0)).toBe(false);
    m = ok(sealInMatch(m, 'nato', HOLD));
    expect(isDue(m, 0)).toBe(true);
    const played = command(m, { type: 'resolve' });
    const turn = played.game.run.turns[0];
    expect([turn.actions.eu?.type, turn.actions.eu?.by, turn.actions.nato?.by]).toEqual(['hold', 'human', 'human']);
    expect([played.sealed, played.late]).toEqual([{}, []]);
  });

  it('resolves on command with a late team holding, never handed to the computer', () => {
    const m = ok(sealInMatch(newMatch(game()), 'eu', HOLD));
    const played = command(m, { type: 'resolve' });
    expect(played.late).toEqual(['nato']);
    expect([played.game.run.turns[0].actions.nato?.type, played.game.run.turns[0].actions.nato?.by]).toEqual(['hold', 'human']);
  });

  it('runs a turn timer that pauses with the game and starts again each turn', () => {
    let m = command(newMatch(game()), { type: 'timer', seconds: 60 }, 1_000);
    expect([isDue(m, 60_999), isDue(m, 61_000)]).toEqual([false, true]);
    m = command(m, { type: 'pause' }, 31_000);
    expect(isDue(m, 1e9)).toBe(false);
    expect(isRefusal(sealInMatch(m, 'eu', HOLD))).toBe(true);
    m = command(m, { type: 'resume' }, 100_000);
    expect([isDue(m, 129_999), isDue(m, 130_000)]).toEqual([false, true]);
    const next = command(m, { type: 'resolve' }, 130_000);
    expect(next.clock.deadline).toBe(190_000);
  });

  it('queues injects in the scenario\'s order, refuses unknown ones, and fires them at the next turn', () => {
    let m = command(newMatch(game()), { type: 'inject', id: 'china-declines', on: true });
    m = command(m, { type: 'inject', id: 'russia-moves-9m729', on: true });
    expect(m.queued).toEqual(['russia-moves-9m729', 'china-declines']);
    expect(isRefusal(applyFacilitator(m, { type: 'inject', id: 'no-such', on: true }, 0))).toBe(true);
    const played = command(m, { type: 'resolve' });
    expect(played.game.inputs[0].injects).toEqual(['russia-moves-9m729', 'china-declines']);
    expect(played.queued).toEqual([]);
  });

  it('ends when the facilitator says so or after the game\'s length, and then takes no order', () => {
    const ended = command(newMatch(game()), { type: 'end' });
    expect(isMatchOver(ended)).toBe(true);
    expect(isRefusal(sealInMatch(ended, 'eu', HOLD))).toBe(true);
    let m = newMatch(game());
    for (let i = 0; i < 3; i++) m = command(m, { type: 'resolve' });
    expect([isMatchOver(m), isDue(m, 0), isRefusal(applyFacilitator(m, { type: 'resolve' }, 0))]).toEqual([true, false, true]);
  });
});
