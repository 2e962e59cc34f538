import { setup } from 'xstate';
import { COEFFICIENTS } from '../src/model/index.js';
import { postureGuards, postureRegion, stanceRegion, type ActorContext, type ActorInput, type ObserveEvent } from './shared.js';

type Args = { event: ObserveEvent };
const G = COEFFICIENTS.guards;

/**
 * Russia (Egmont 106 §1.3, §2.1): denies the 9M729 breach until the evidence is public, cites Aegis
 * Ashore as a US breach, keeps New START while it caps the US, resents the bilateral limits that
 * leave China free.
 */
export const russiaMachine = setup({
  types: { context: {} as ActorContext, input: {} as ActorInput, events: {} as ObserveEvent },
  guards: {
    ...postureGuards,
    isBreachExposed: ({ event }: Args) => event.observation.rivalsInBreach.length > 0 || (event.observation.treaties.inf?.integrity ?? 1) < G.breachAdmitted,
    isBreachForgotten: ({ event }: Args) => (event.observation.treaties.inf?.integrity ?? 0) >= G.breachForgotten,
    isUsLeavingInf: ({ event }: Args) => event.observation.treaties.inf?.defunct === true || event.observation.tension.us > G.russiaInfCold,
    isUsStayingInInf: ({ event }: Args) => event.observation.tension.us < G.russiaInfWarm,
  },
}).createMachine({
  id: 'russia',
  type: 'parallel',
  context: ({ input }) => ({ doctrine: input.doctrine }),
  states: {
    posture: postureRegion('competitive'),
    breach: {
      initial: 'denying',
      states: {
        denying: { on: { 'turn.observe': { target: 'admitting', guard: 'isBreachExposed' } } },
        admitting: { on: { 'turn.observe': { target: 'denying', guard: 'isBreachForgotten' } } },
      },
    },
    inf: stanceRegion('wavering', 'isUsLeavingInf', 'isUsStayingInInf'),
    newStart: stanceRegion('committed', 'isThreatRising', 'isThreatEasing'),
  },
});
