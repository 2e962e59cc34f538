import {
  ACTION_MODULES, ACTIONS, checkLegality, listOptions, talksOdds,
  type Action, type ActorId, type ActionType, type Option, type ParamSpec, type Refusal, type Stances, type View,
} from '../model/index.js';
import { nameOf } from './actionText.js';

/** One line of an order menu: unavailable ones carry the model's reason and cannot be picked. */
export interface Choice {
  readonly key: string;
  readonly label: string;
  readonly unavailable: string | null;
  readonly hint: string;
}

/**
 * Where a team is in building its order: picking one value from a menu, picking a set of actors
 * (`many`: the partners of talks), or done. Every step comes from the action registry: its
 * parameters in order, the words of their values, the model's options and refusals.
 */
export type OrderStep =
  | { readonly kind: 'choose'; readonly title: string; readonly choices: readonly Choice[] }
  | { readonly kind: 'many'; readonly title: string; readonly key: string; readonly action: Action; readonly candidates: readonly ActorId[]; readonly defaults: readonly ActorId[] }
  | { readonly kind: 'done'; readonly action: Action };

/** The reason a whole group is unavailable: the one reason all its options share, or the first of several. */
function groupReason(options: readonly Option[], empty: string): string | null {
  if (options.length === 0) return empty;
  if (options.some((o) => o.refusal === null)) return null;
  const reasons = [...new Set(options.map((o) => (o.refusal as Refusal).reason))];
  return reasons.length === 1 ? reasons[0] : `${reasons[0]} (and ${reasons.length - 1} other reason${reasons.length > 2 ? 's' : ''})`;
}

const count = (options: readonly Option[]) => {
  const legal = options.filter((o) => o.refusal === null).length;
  return `${legal} of ${options.length} open`;
};

/** Open choices first, each group in the model's order, so that a team's cursor starts on something it can do. */
function openFirst(step: OrderStep): OrderStep {
  if (step.kind !== 'choose') return step;
  return { ...step, choices: [...step.choices.filter((c) => !c.unavailable), ...step.choices.filter((c) => c.unavailable)] };
}

/** Pure: the index of the first open choice of a step (0 when none is open). */
export function firstOpen(step: OrderStep): number {
  return step.kind === 'choose' ? Math.max(0, step.choices.findIndex((c) => !c.unavailable)) : 0;
}

const valueOf = (action: Action, key: string) => String((action as unknown as Record<string, unknown>)[key]);

/**
 * Pure: the step of the order menu at `path` (the keys picked so far: the action type, then its
 * parameters in the module's order). Every choice comes from `listOptions`, so a team sees exactly
 * what the model allows and, for the rest, the model's reason. Action types keep the registry's
 * order; parameters list the open choices first.
 */
export function orderStep(view: View, actor: ActorId, path: readonly string[]): OrderStep {
  const step = menuAt(view, actor, path);
  return path.length === 0 ? step : openFirst(step);
}

function menuAt(view: View, actor: ActorId, path: readonly string[]): OrderStep {
  const options = listOptions(view, actor);
  const [type, ...values] = path;
  if (type === undefined) {
    return {
      kind: 'choose',
      title: `${nameOf(view.rules, actor)}: choose the type of action`,
      choices: ACTION_MODULES.map((m) => {
        const group = options.filter((o) => o.action.type === m.type);
        return { key: m.type, label: m.title, unavailable: groupReason(group, `${nameOf(view.rules, actor)} is party to no regime`), hint: m.params.length === 0 ? '' : count(group) };
      }),
    };
  }
  if (!Object.hasOwn(ACTIONS, type)) throw new Error(`not an action type: ${type}`);
  const module = ACTIONS[type as ActionType];
  // The options under the values picked so far, one parameter at a time.
  let under = options.filter((o) => o.action.type === type);
  const picked: Record<string, string> = {};
  for (let i = 0; i < module.params.length; i++) {
    const param: ParamSpec = module.params[i];
    if (param.many) return manyStep(view, actor, param, picked, under);
    const value = values[i];
    if (value === undefined) return chooseStep(view, actor, param, picked, under);
    picked[param.key] = value;
    under = under.filter((o) => valueOf(o.action, param.key) === value);
  }
  return done(under[0]);
}

function chooseStep(view: View, actor: ActorId, param: ParamSpec, picked: Readonly<Record<string, string>>, under: readonly Option[]): OrderStep {
  const values = [...new Set(under.map((o) => valueOf(o.action, param.key)))];
  return {
    kind: 'choose',
    title: param.title(view, picked),
    choices: values.map((value) => {
      const group = under.filter((o) => valueOf(o.action, param.key) === value);
      const { label, hint } = param.choice(view, actor, value, group);
      return { key: value, label, unavailable: groupReason(group, ''), hint: hint ?? count(group) };
    }),
  };
}

function manyStep(view: View, actor: ActorId, param: ParamSpec, picked: Readonly<Record<string, string>>, under: readonly Option[]): OrderStep {
  const option = under[0];
  if (!option || option.refusal) return done(option);
  const defaults = (option.action as unknown as Record<string, readonly ActorId[]>)[param.key];
  return { kind: 'many', title: param.title(view, picked), key: param.key, action: option.action, candidates: view.present.filter((p) => p !== actor), defaults };
}

function done(option: Option | undefined): OrderStep {
  if (!option) throw new Error('the order path names no option');
  if (option.refusal) throw new Error(`the order path names a refused option: ${option.refusal.reason}`);
  return { kind: 'done', action: option.action };
}

/** Pure: the order of a `many` step with the actors a team named (in canonical order), or the model's refusal of it. */
export function manyOrder(view: View, actor: ActorId, step: Extract<OrderStep, { kind: 'many' }>, chosen: readonly ActorId[]): { action: Action } | { refusal: Refusal } {
  const action = { ...step.action, [step.key]: view.present.filter((p) => chosen.includes(p)) } as Action;
  const refusal = checkLegality(view, actor, action);
  return refusal ? { refusal } : { action };
}

/**
 * Pure: the chance the model applies to a round of talks on `treaty` this turn if this team is the
 * only one to choose them (another actor choosing the same talks joins the table and changes it),
 * with the invited parties' stances as this turn's resolution reads them.
 */
export function oddsApplied(view: View, actor: ActorId, treaty: string, partners: readonly ActorId[], stances: Stances): number {
  return talksOdds(view, treaty, [actor], view.present.filter((p) => partners.includes(p)), stances);
}

/** One actor a team may invite (`many` step): whether it is invited, whether the rules allow inviting it, and the odds once toggled. */
export interface Candidate {
  readonly actor: ActorId;
  readonly invited: boolean;
  /** Why the rules refuse an order that invites it (it cannot be picked), or null. */
  readonly unavailable: string | null;
  /** The odds applied if this candidate were toggled (talks only; null when that order would be refused). */
  readonly oddsIfToggled: number | null;
}

/**
 * Pure: the candidates of a `many` step, each checked by the model as the order it would make, so
 * that the menu offers only what the rules accept and every odds shown is the odds applied.
 */
export function candidates(view: View, actor: ActorId, step: Extract<OrderStep, { kind: 'many' }>, chosen: readonly ActorId[], stances: Stances): Candidate[] {
  return step.candidates.map((p) => {
    const invited = chosen.includes(p);
    const toggled = invited ? chosen.filter((x) => x !== p) : [...chosen, p];
    const order = manyOrder(view, actor, step, toggled);
    const odds = 'action' in order && order.action.type === 'negotiate' ? oddsApplied(view, actor, order.action.treaty, order.action.partners, stances) : null;
    return { actor: p, invited, unavailable: !invited && 'refusal' in order ? order.refusal.reason : null, oddsIfToggled: odds };
  });
}
