/** The registry of actor machines, keyed by actor id. */
import type { ActorId } from '../src/model/index.js';
import { chinaMachine } from './china.js';
import { euMachine } from './eu.js';
import { natoMachine } from './nato.js';
import { russiaMachine } from './russia.js';
import { usMachine } from './us.js';

export { usMachine, russiaMachine, chinaMachine, natoMachine, euMachine };
export type { ActorInput, ActorContext, ObserveEvent } from './shared.js';

export const ACTOR_MACHINES = {
  us: usMachine,
  russia: russiaMachine,
  china: chinaMachine,
  nato: natoMachine,
  eu: euMachine,
} as const satisfies Record<ActorId, unknown>;
