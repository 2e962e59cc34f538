import { stancesThisTurn, viewOf } from '../engine/index.js';
import type { Action, ActorId } from '../model/index.js';
import { actionText, nameOf } from './actionText.js';
import type { Game } from './game.js';
import { MenuPathError } from './menuPathError.js';
import { candidates, manyOrder, oddsApplied, orderStep, type Choice, type OrderStep } from './orderTree.js';

/**
 * A step of the order menu as data for a page: the same steps as the terminal's menu (orderTree.ts,
 * from the action registry), with every word already made. `choose`: one value from a list, each
 * open or with the model's reason; `many`: whom to invite, each with the odds the resolution would
 * apply; `done`: the order, ready to seal.
 */
export type MenuStep =
  | { readonly kind: 'choose'; readonly title: string; readonly choices: readonly Choice[] }
  | {
    readonly kind: 'many'; readonly title: string; readonly partners: readonly ActorId[];
    readonly candidates: ReadonlyArray<{ readonly actor: ActorId; readonly name: string; readonly invited: boolean; readonly unavailable: string | null; readonly oddsIfToggled: number | null }>;
    /** The odds applied this turn with `partners` if no other actor chooses the same talks; null for orders without odds. */
    readonly odds: number | null;
    /** The order with `partners` in words, or why the rules refuse it. */
    readonly order: string | null;
    readonly refusal: string | null;
  }
  | { readonly kind: 'done'; readonly order: string };

function stepAt(game: Game, actor: ActorId, path: readonly string[]): OrderStep {
  try {
    return orderStep(viewOf(game.run), actor, path);
  } catch (e) {
    throw new MenuPathError(e instanceof Error ? e.message : String(e));
  }
}

const manyPartners = (step: Extract<OrderStep, { kind: 'many' }>, partners: readonly string[] | undefined): ActorId[] =>
  step.candidates.filter((c) => (partners ?? step.defaults).includes(c));

/** Pure: the menu step of `actor`'s order at `path`, with `partners` chosen for talks (default: the model's); throws MenuPathError for a path that names none. */
export function menuFor(game: Game, actor: ActorId, path: readonly string[], partners?: readonly string[]): MenuStep {
  const step = stepAt(game, actor, path);
  const { run } = game;
  const { rules } = run.scenario;
  if (step.kind === 'choose') return { kind: 'choose', title: step.title, choices: step.choices };
  if (step.kind === 'done') return { kind: 'done', order: actionText(step.action, run.world.treaties, rules) };
  const view = viewOf(run);
  const chosen = manyPartners(step, partners);
  const stances = stancesThisTurn(run);
  const order = manyOrder(view, actor, step, chosen);
  const action = 'action' in order ? order.action : null;
  return {
    kind: 'many', title: step.title, partners: chosen,
    candidates: candidates(view, actor, step, chosen, stances).map((c) => ({ ...c, name: nameOf(rules, c.actor) })),
    odds: action?.type === 'negotiate' && chosen.length > 0 ? oddsApplied(view, actor, action.treaty, action.partners, stances) : null,
    order: action ? actionText(action, run.world.treaties, rules) : null,
    refusal: 'refusal' in order ? order.refusal.reason : null,
  };
}

/** Pure: the order a completed path (and partners) names, or the model's reason it cannot be; throws MenuPathError for a path that is not complete. */
export function orderFor(game: Game, actor: ActorId, path: readonly string[], partners?: readonly string[]): { readonly action: Action } | { readonly refusal: string } {
  const step = stepAt(game, actor, path);
  if (step.kind === 'done') return { action: step.action };
  if (step.kind === 'choose') throw new MenuPathError('the order is not complete: a choice is still to be made');
  const order = manyOrder(viewOf(game.run), actor, step, manyPartners(step, partners));
  return 'action' in order ? order : { refusal: order.refusal.reason };
}
