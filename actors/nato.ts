import { setup } from 'xstate';
import { COEFFICIENTS } from '../src/model/index.js';
import { postureGuards, postureRegion, stanceRegion, type ActorContext, type ActorInput, type ObserveEvent } from './shared.js';

type Args = { event: ObserveEvent };
const { basingCohesionThreshold, defenceCohesionThreshold } = COEFFICIENTS.deploy;

/**
 * NATO (Egmont 106 §1.1, §2.3, §3.2, §3.5): decides by consensus, so its cohesion gates basing;
 * it backs arms control when allies are divided and deterrence when they are united.
 */
export const natoMachine = setup({
  types: { context: {} as ActorContext, input: {} as ActorInput, events: {} as ObserveEvent },
  guards: {
    ...postureGuards,
    isCohesionFalling: ({ event }: Args) => event.observation.natoCohesion < basingCohesionThreshold,
    isCohesionBroken: ({ event }: Args) => event.observation.natoCohesion < defenceCohesionThreshold,
    isCohesionRecovering: ({ event }: Args) => event.observation.natoCohesion >= basingCohesionThreshold,
    isCohesionMending: ({ event }: Args) => event.observation.natoCohesion >= defenceCohesionThreshold,
  },
}).createMachine({
  id: 'nato',
  type: 'parallel',
  context: ({ input }) => ({ doctrine: input.doctrine }),
  states: {
    posture: postureRegion('hedging'),
    alliance: {
      initial: 'united',
      states: {
        united: { on: { 'turn.observe': { target: 'strained', guard: 'isCohesionFalling' } } },
        strained: { on: { 'turn.observe': [{ target: 'divided', guard: 'isCohesionBroken' }, { target: 'united', guard: 'isCohesionRecovering' }] } },
        divided: { on: { 'turn.observe': { target: 'strained', guard: 'isCohesionMending' } } },
      },
    },
    // A divided alliance asks for talks on a successor regime; a united one is open to deterrence.
    infMultilateral: stanceRegion('wavering', 'isCohesionRecovering', 'isCohesionFalling'),
  },
});
