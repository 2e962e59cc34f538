import { z } from 'zod';
import type { Action, ActionType, ActorId, Refusal } from '../types.js';
import { declare } from './declare.js';
import { deploy } from './deploy.js';
import { hold } from './hold.js';
import { negotiate } from './negotiate.js';
import { refuse, type ActionModule, type Option, type View } from './module.js';
import { sanction } from './sanction.js';
import { withdraw } from './withdraw.js';

/**
 * The action registry: one module per type of action. Adding a type means one module and one line
 * here; the compiler then asks for it wherever a type must be handled. The order is the order in
 * which options are listed (and so the order softmax ties fall in).
 */
export const ACTIONS = { deploy, withdraw, negotiate, sanction, declare, hold } as const satisfies { readonly [T in ActionType]: ActionModule<Extract<Action, { type: T }>> };

/** The action types in registry order. */
export const ACTION_TYPES = Object.keys(ACTIONS) as ActionType[];

/** Each type's module, in registry order, typed for generic use. */
export const ACTION_MODULES: readonly ActionModule[] = ACTION_TYPES.map((t) => ACTIONS[t] as unknown as ActionModule);

/** The modules in the order their actions resolve. */
export const RESOLUTION_ORDER: readonly ActionModule[] = [...ACTION_MODULES].sort((a, b) => a.phase - b.phase);

/** Pure: whether `type` is a registered action type (a file's order may name anything). */
export function isActionType(type: unknown): type is ActionType {
  return typeof type === 'string' && Object.hasOwn(ACTIONS, type);
}

/** Pure: the module of an action. */
export function moduleOf(action: Action): ActionModule {
  return ACTIONS[action.type] as unknown as ActionModule;
}

/** The shape of any order in a file: a union of the registry's schemas. */
export const actionSchema = z.discriminatedUnion('type', ACTION_MODULES.map((m) => m.schema) as unknown as [z.ZodObject, ...z.ZodObject[]]) as unknown as z.ZodType<Action>;

/**
 * Pure: every action `actor` could name this turn, each with its refusal (null when legal), in
 * registry order and, within a type, in the module's order.
 */
export function listOptions(view: View, actor: ActorId): Option[] {
  const options: Option[] = [];
  for (const m of ACTION_MODULES) for (const action of m.enumerate(view, actor)) options.push({ action, refusal: m.check(view, actor, action) });
  return options;
}

/** Pure: the legal actions only. */
export function legalActions(view: View, actor: ActorId): Action[] {
  const legal: Action[] = [];
  for (const m of ACTION_MODULES) for (const action of m.enumerate(view, actor)) if (m.check(view, actor, action) === null) legal.push(action);
  return legal;
}

/** Pure: why `actor` may not take `action`, or null when it may. */
export function checkLegality(view: View, actor: ActorId, action: Action): Refusal | null {
  if (!isActionType(action.type)) return refuse('unknown-action', `there is no action called ${String(action.type)}`);
  return moduleOf(action).check(view, actor, action);
}

/** Pure: a short, stable label for an action, used in reasons, CSV cells and the UI. */
export function describeAction(action: Action): string {
  return moduleOf(action).describe(action);
}

/**
 * Pure: an action with its fields in the one order the model builds them in. Records spread
 * an order into their action, so the digest would otherwise depend on the key order of a parsed file.
 */
export function canonicalAction(action: Action): Action {
  return moduleOf(action).canonical(action);
}
