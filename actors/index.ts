/**
 * The registry of actor machines, keyed by actor id. An actor the rules add (a scenario's
 * `rules.actors`) plays with the machine registered here under its id: one machine file and one line.
 */
import type { AnyStateMachine } from 'xstate';
import type { CoreActorId } from '../src/model/index.js';
import { chinaMachine } from './china.js';
import { euMachine } from './eu.js';
import { japanMachine } from './japan.js';
import { natoMachine } from './nato.js';
import { russiaMachine } from './russia.js';
import { usMachine } from './us.js';

export { usMachine, russiaMachine, chinaMachine, natoMachine, euMachine, japanMachine };
export type { ActorInput, ActorContext, ObserveEvent } from './shared.js';

const core = { us: usMachine, russia: russiaMachine, china: chinaMachine, nato: natoMachine, eu: euMachine } as const satisfies Record<CoreActorId, unknown>;

export const ACTOR_MACHINES: Readonly<Record<string, AnyStateMachine>> = {
  ...core,
  japan: japanMachine,
};
