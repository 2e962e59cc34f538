import { ACTIONS, type ActionType, type PartyStatus, type SystemId } from '../model/index.js';

export { nameOf, actionText } from '../session/index.js';

export { SYSTEM_NAMES, REGION_NAMES } from '../model/index.js';

/** One letter per system, for tables narrow enough for 80 columns. */
export const SYSTEM_LETTERS: Readonly<Record<SystemId, string>> = {
  groundLaunchedIntermediate: 'G', seaAirCruise: 'C', hypersonic: 'H', missileDefence: 'D', strategic: 'S',
};

/** The order menu's first step: each type of action in words, from the action registry. */
export const ACTION_TYPE_NAMES: Readonly<Record<ActionType, string>> = Object.fromEntries(Object.values(ACTIONS).map((m) => [m.type, m.title])) as Record<ActionType, string>;

/** Short status words for the treaty board, each readable without colour. */
export const STATUS_WORDS: Readonly<Record<PartyStatus, string>> = {
  inForce: 'in', suspended: 'susp', withdrawn: 'out', negotiating: 'talks', signed: 'signed',
};

