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
    // Moscow admits its breach only once it is exposed and INF is collapsing anyway (Egmont 106 §1.3: it denied
    // the 9M729 finding); it denies again once the breach is no longer on the record or INF recovers.
    isBreachExposed: ({ event }: Args) =>
      event.observation.ownBreachExposed && event.observation.treaties.inf?.exists === true && event.observation.treaties.inf.integrity < G.breachAdmitted,
    isBreachForgotten: ({ event }: Args) =>
      !event.observation.ownBreachExposed || (event.observation.treaties.inf?.integrity ?? 0) >= G.breachForgotten,
    // Cold on INF when the regime is dead, or when tension runs high and Moscow holds all the chips;
    // warm again when tension eases or the chips are balanced (the dual track, Egmont 106 §1.1).
    isInfNotWorthTalking: ({ event }: Args) =>
      event.observation.treaties.inf?.defunct === true || (event.observation.tension.us > G.russiaInfCold && event.observation.leverage < G.balanceForTalks),
    isInfWorthTalking: ({ event }: Args) =>
      event.observation.treaties.inf?.defunct !== true && (event.observation.tension.us < G.russiaInfWarm || event.observation.leverage >= G.balanceForTalks),
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
    inf: stanceRegion('wavering', 'isInfNotWorthTalking', 'isInfWorthTalking'),
    newStart: stanceRegion('committed', 'isThreatRising', 'isThreatEasing'),
  },
});
