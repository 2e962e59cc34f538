import { viewOf } from '../engine/index.js';
import { checkLegality, type Action, type ActorId, type Refusal } from '../model/index.js';
import { advance, type Game } from './game.js';

/** The orders sealed so far in a round, by team. Nobody but the engine reads what they hold before the turn resolves. */
export type Sealed = Readonly<Partial<Record<ActorId, Action>>>;

/**
 * Pure: the round with `actor`'s order sealed (a team may seal again to change its order until the
 * turn resolves), or the refusal: an actor no team plays, or an order the model's rules refuse
 * this turn. Every front end seals through here, so none can seal what the rules would not accept.
 */
export function sealOrder(game: Game, sealed: Sealed, actor: ActorId, action: Action): { readonly sealed: Sealed } | { readonly refusal: Refusal } {
  if (!game.humans.includes(actor)) return { refusal: { code: 'order/not-a-team', reason: `${actor} is not played by a team in this game` } };
  const refusal = checkLegality(viewOf(game.run), actor, action);
  return refusal ? { refusal } : { sealed: { ...sealed, [actor]: action } };
}

/** Pure: the round without `actor`'s order (it chooses again). */
export function unsealOrder(sealed: Sealed, actor: ActorId): Sealed {
  const { [actor]: _dropped, ...rest } = sealed;
  return rest;
}

/** Pure: the teams that have sealed, in the game's order (who, never what). */
export function sealedTeams(game: Game, sealed: Sealed): ActorId[] {
  return game.humans.filter((a) => sealed[a] !== undefined);
}

/** Pure: the teams that have not sealed yet. */
export function lateTeams(game: Game, sealed: Sealed): ActorId[] {
  return game.humans.filter((a) => sealed[a] === undefined);
}

/**
 * Pure: the turn played with the sealed orders and the injects queued (by id). A team that has not
 * sealed holds: its turn is lost, it is not handed to the computer. Returns the new game and the
 * teams that held for being late.
 */
export function resolveRound(game: Game, sealed: Sealed, injects: readonly string[]): { readonly game: Game; readonly late: readonly ActorId[] } {
  const late = lateTeams(game, sealed);
  const orders: Partial<Record<ActorId, Action>> = { ...sealed };
  for (const actor of late) orders[actor] = { type: 'hold' };
  return { game: advance(game, orders, injects), late };
}
