import { setup } from 'xstate';
import { postureGuards, postureRegion, stanceRegion, type ActorContext, type ActorInput, type GuardArgs, type ObserveEvent } from './shared.js';

/**
 * The EU (Egmont 106 §3.1-3.5): not a party to INF; its levers are multilateral diplomacy (HCoC,
 * MTCR, OSCE Structured Dialogue), sanctions, political leadership and defensive capabilities.
 * United, it leads on the regimes it belongs to; divided, it wavers.
 */
export const euMachine = setup({
  types: { context: {} as ActorContext, input: {} as ActorInput, events: {} as ObserveEvent },
  guards: {
    ...postureGuards,
    isUnityFalling: ({ context: { rules }, event }: GuardArgs) => event.observation.euUnity < rules.guards.euUnityLow,
    isUnityRestored: ({ context: { rules }, event }: GuardArgs) => event.observation.euUnity >= rules.guards.euUnityRestored,
    // The Structured Dialogue lives or dies with Russia's engagement (Egmont 106 §3.3).
    isRussiaHostile: ({ context: { rules }, event }: GuardArgs) => event.observation.tension.russia > rules.guards.russiaHostile,
    isRussiaEngaged: ({ context: { rules }, event }: GuardArgs) => event.observation.tension.russia < rules.guards.russiaEngaged,
  },
}).createMachine({
  id: 'eu',
  type: 'parallel',
  context: ({ input }) => ({ doctrine: input.doctrine, rules: input.rules }),
  states: {
    posture: postureRegion('cooperative'),
    unity: {
      initial: 'united',
      states: {
        united: { on: { 'turn.observe': { target: 'divided', guard: 'isUnityFalling' } } },
        divided: { on: { 'turn.observe': { target: 'united', guard: 'isUnityRestored' } } },
      },
    },
    hcoc: stanceRegion('hcoc', 'committed', 'isUnityFalling', 'isUnityRestored'),
    osceDialogue: stanceRegion('osceDialogue', 'committed', 'isRussiaHostile', 'isRussiaEngaged'),
    infMultilateral: stanceRegion('infMultilateral', 'wavering', 'isUnityFalling', 'isUnityRestored'),
  },
});
