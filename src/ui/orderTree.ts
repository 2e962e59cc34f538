import {
  ACTION_MODULES, ACTIONS, checkLegality, listOptions, talksOdds,
  type Action, type ActorId, type ActionType, type Option, type ParamSpec, type Refusal, type View,
} from '../model/index.js';
import { nameOf } from './labels.js';

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

/** Pure: the chance talks succeed this turn if this team is the only one at the table (others may join). */
export function soloOdds(view: View, actor: ActorId, treaty: string, partners: readonly ActorId[]): number {
  return talksOdds(view, treaty, [actor], partners);
}
