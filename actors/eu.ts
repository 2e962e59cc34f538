import { setup } from 'xstate';
import { COEFFICIENTS } from '../src/model/index.js';
import { postureGuards, postureRegion, stanceRegion, type ActorContext, type ActorInput, type ObserveEvent } from './shared.js';

type Args = { event: ObserveEvent };
const G = COEFFICIENTS.guards;

/**
 * The EU (Egmont 106 §3.1-3.5): not a party to INF; its levers are multilateral diplomacy (HCoC,
 * MTCR, OSCE Structured Dialogue), sanctions, political leadership and defensive capabilities.
 * United, it leads on the regimes it belongs to; divided, it wavers.
 */
export const euMachine = setup({
  types: { context: {} as ActorContext, input: {} as ActorInput, events: {} as ObserveEvent },
  guards: {
    ...postureGuards,
    isUnityFalling: ({ event }: Args) => event.observation.euUnity < G.euUnityLow,
    isUnityRestored: ({ event }: Args) => event.observation.euUnity >= G.euUnityRestored,
    // The Structured Dialogue lives or dies with Russia's engagement (Egmont 106 §3.3).
    isRussiaHostile: ({ event }: Args) => event.observation.tension.russia > G.russiaHostile,
    isRussiaEngaged: ({ event }: Args) => event.observation.tension.russia < G.russiaEngaged,
  },
}).createMachine({
  id: 'eu',
  type: 'parallel',
  context: ({ input }) => ({ doctrine: input.doctrine }),
  states: {
    posture: postureRegion('cooperative'),
    unity: {
      initial: 'united',
      states: {
        united: { on: { 'turn.observe': { target: 'divided', guard: 'isUnityFalling' } } },
        divided: { on: { 'turn.observe': { target: 'united', guard: 'isUnityRestored' } } },
      },
    },
    hcoc: stanceRegion('committed', 'isUnityFalling', 'isUnityRestored'),
    osceDialogue: stanceRegion('committed', 'isRussiaHostile', 'isRussiaEngaged'),
    infMultilateral: stanceRegion('wavering', 'isUnityFalling', 'isUnityRestored'),
  },
});
