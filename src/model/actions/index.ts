/** The action registry and the shape of an action module. */
export {
  ACTIONS, ACTION_TYPES, ACTION_MODULES, RESOLUTION_ORDER, actionSchema, isActionType, moduleOf,
  listOptions, legalActions, checkLegality, describeAction, canonicalAction,
} from './registry.js';
export { defaultPartners } from './negotiate.js';
export type { ActionModule, View, Chooser, Term, TermName, AddTerm, TurnEffects, Order, Option, ParamSpec, MenuChoice, Names } from './module.js';
