import type { Action, ActorId } from '../model/index.js';
import { isOver, type Game } from './game.js';
import { toggleInject } from './injectQueue.js';
import { lateTeams, resolveRound, sealOrder, unsealOrder, type Sealed } from './round.js';
import { isTimeUp, nextTurnClock, NO_CLOCK, pauseClock, resumeClock, setTimer, type TurnClock } from './turnClock.js';

/**
 * A networked match: the game, the orders sealed for the coming turn, the injects queued for it,
 * the turn clock, and whether the facilitator has ended it. Pure data; every function here is pure
 * and takes the time as `now`, so the server owns the clock and the sockets, and tests own time.
 */
export interface Match {
  readonly game: Game;
  readonly sealed: Sealed;
  readonly queued: readonly string[];
  readonly clock: TurnClock;
  /** True once the facilitator has ended the game before its last turn. */
  readonly ended: boolean;
  /** The teams that held in the last turn because they had not sealed when it resolved. */
  readonly late: readonly ActorId[];
}

/** What the facilitator can do to a match (codes are the server's: see RoomCommand). */
export type FacilitatorCommand =
  /** Resolve the turn now: a team that has not sealed holds. */
  | { readonly type: 'resolve' }
  /** A timer of `seconds` a turn (this turn's starting now), or none. */
  | { readonly type: 'timer'; readonly seconds: number | null }
  | { readonly type: 'pause' }
  | { readonly type: 'resume' }
  /** Queue (`on`) or drop an inject for the next resolution. */
  | { readonly type: 'inject'; readonly id: string; readonly on: boolean }
  /** End the game now and go to the debrief. */
  | { readonly type: 'end' };

/** Why a match refuses a team's order or a facilitator's command: the model's refusal (`order/...`) or the match's (`match/...`). */
export interface Refusal {
  readonly code: `order/${string}` | `match/${string}`;
  readonly reason: string;
}

const refusal = (code: string, reason: string): Refusal => ({ code: `match/${code}`, reason });

/** Pure: a match of `game`, before its next turn, with no timer. */
export function newMatch(game: Game, clock: TurnClock = NO_CLOCK): Match {
  return { game, sealed: {}, queued: [], clock, ended: false, late: [] };
}

/** Pure: true once the game has played its turns or the facilitator ended it. */
export function isMatchOver(m: Match): boolean {
  return m.ended || isOver(m.game);
}

/** Pure: why no order can be sealed or changed now (paused, over), or null. */
function closed(m: Match): Refusal | null {
  if (isMatchOver(m)) return refusal('over', 'the game is over');
  if (m.clock.paused) return refusal('paused', 'the facilitator has paused the game');
  return null;
}

/** Pure: the match with `actor`'s order sealed (or changed), or why not: see sealOrder, and no order while paused or over. */
export function sealInMatch(m: Match, actor: ActorId, action: Action): Match | Refusal {
  const why = closed(m);
  if (why) return why;
  const result = sealOrder(m.game, m.sealed, actor, action);
  return 'refusal' in result ? result.refusal : { ...m, sealed: result.sealed };
}

/** Pure: the match with `actor`'s order taken back, so that it chooses again (not while paused or over). */
export function unsealInMatch(m: Match, actor: ActorId): Match | Refusal {
  return closed(m) ?? { ...m, sealed: unsealOrder(m.sealed, actor) };
}

/** Pure: true when the turn should resolve now: not paused or over, and every team has sealed or the timer is up. */
export function isDue(m: Match, now: number): boolean {
  if (isMatchOver(m) || m.clock.paused) return false;
  return lateTeams(m.game, m.sealed).length === 0 || isTimeUp(m.clock, now);
}

/** Pure: the turn played (late teams hold); the next turn starts with nothing sealed or queued and its timer running again. */
export function playMatchTurn(m: Match, now: number): Match {
  const { game, late } = resolveRound(m.game, m.sealed, m.queued);
  return { ...m, game, sealed: {}, queued: [], late, clock: nextTurnClock(m.clock, now) };
}

/** Pure: the match after a facilitator's command, or why it cannot be done. */
export function applyFacilitator(m: Match, command: FacilitatorCommand, now: number): Match | Refusal {
  switch (command.type) {
    case 'resolve':
      if (isMatchOver(m)) return refusal('over', 'the game is over');
      return playMatchTurn(m, now);
    case 'timer':
      return { ...m, clock: setTimer(m.clock, command.seconds, now) };
    case 'pause':
      return { ...m, clock: pauseClock(m.clock, now) };
    case 'resume':
      return { ...m, clock: resumeClock(m.clock, now) };
    case 'inject': {
      if (isMatchOver(m)) return refusal('over', 'the game is over');
      const queued = toggleInject(m.game.run.scenario.injects, m.queued, command.id, command.on);
      return queued ? { ...m, queued } : refusal('unknown-inject', `this scenario has no inject "${command.id.slice(0, 60)}"`);
    }
    case 'end':
      return { ...m, ended: true, clock: pauseClock(m.clock, now) };
    default: {
      const never: never = command;
      return never;
    }
  }
}

/** Pure: true when `x` is a refusal rather than a match. */
export function isRefusal(x: Match | Refusal): x is Refusal {
  return 'code' in x;
}
