import { setup } from 'xstate';
import { COEFFICIENTS } from '../src/model/index.js';
import { postureGuards, postureRegion, stanceRegion, type ActorContext, type ActorInput, type ObserveEvent } from './shared.js';

type Args = { event: ObserveEvent };
const G = COEFFICIENTS.guards;

/**
 * China (Egmont 106 §2.1): outside INF, with about 95% of its missiles in the range an INF-like ban
 * would scrap; the paper expects it to refuse multilateral talks unless the pressure on it eases.
 */
export const chinaMachine = setup({
  types: { context: {} as ActorContext, input: {} as ActorInput, events: {} as ObserveEvent },
  guards: {
    ...postureGuards,
    isPressedByUs: ({ event }: Args) => event.observation.tension.us > G.chinaPressed || event.observation.sanctionedBy.length > 0,
    isPressureEasing: ({ event }: Args) => event.observation.tension.us < G.chinaPressureEased && event.observation.sanctionedBy.length === 0,
  },
}).createMachine({
  id: 'china',
  type: 'parallel',
  context: ({ input }) => ({ doctrine: input.doctrine }),
  states: {
    posture: postureRegion('hedging'),
    infMultilateral: stanceRegion('rejecting', 'isPressedByUs', 'isPressureEasing'),
  },
});
