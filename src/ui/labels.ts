import { ACTOR_NAMES, REGION_NAMES, SYSTEM_NAMES, type Action, type ActionType, type PartyStatus, type SystemId, type World } from '../model/index.js';

export { ACTOR_NAMES, SYSTEM_NAMES, REGION_NAMES } from '../model/index.js';

/** One letter per system, for tables narrow enough for 80 columns. */
export const SYSTEM_LETTERS: Readonly<Record<SystemId, string>> = {
  groundLaunchedIntermediate: 'G', seaAirCruise: 'C', hypersonic: 'H', missileDefence: 'D', strategic: 'S',
};

/** The order menu's first step: each type of action in words. */
export const ACTION_TYPE_NAMES: Readonly<Record<ActionType, string>> = {
  deploy: 'deploy a system to a region',
  withdraw: 'suspend or leave a regime',
  negotiate: 'open or join talks on a regime',
  sanction: 'sanction an actor',
  hold: 'hold: change nothing this turn',
};

/** Short status words for the treaty board, each readable without colour. */
export const STATUS_WORDS: Readonly<Record<PartyStatus, string>> = {
  inForce: 'in', suspended: 'susp', withdrawn: 'out', negotiating: 'talks', signed: 'signed',
};

/** An action in words for people, e.g. "deploy missile defence to Europe", "talks on New START with Russia". */
export function actionText(action: Action, treaties: World['treaties']): string {
  const name = (id: string) => treaties[id]?.name ?? id;
  switch (action.type) {
    case 'deploy':
      return `deploy ${SYSTEM_NAMES[action.system]} ${action.region === 'home' ? 'at home' : `to ${REGION_NAMES[action.region]}`}`;
    case 'withdraw':
      return action.mode === 'suspend' ? `suspend ${name(action.treaty)}` : `withdraw from ${name(action.treaty)}`;
    case 'negotiate':
      return `talks on ${name(action.treaty)}${action.partners.length > 0 ? ` with ${action.partners.map((p) => ACTOR_NAMES[p]).join(', ')}` : ''}`;
    case 'sanction':
      return `sanction ${ACTOR_NAMES[action.target]}`;
    case 'hold':
      return 'hold';
  }
}
