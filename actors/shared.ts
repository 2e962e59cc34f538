/**
 * What every actor machine shares: its input (a doctrine), its one event (the turn's observation),
 * the posture region, and the shape of a stance region on a regime.
 */
import { COEFFICIENTS, type Doctrine, type Observation } from '../src/model/index.js';

export interface ActorInput {
  readonly doctrine: Doctrine;
}
export interface ActorContext {
  readonly doctrine: Doctrine;
}
/** Sent to every machine at the start of each turn, before anyone decides. */
export interface ObserveEvent {
  readonly type: 'turn.observe';
  readonly observation: Observation;
}

type GuardArgs = { context: ActorContext; event: ObserveEvent };

/** Perceived threat: the observed threat scaled by the doctrine's threat perception. */
export function perceivedThreat({ context, event }: GuardArgs): number {
  return event.observation.threat * (COEFFICIENTS.posture.perceptionBase + context.doctrine.threatPerception);
}

/** Guards of the posture region. */
export const postureGuards = {
  isThreatRising: (args: GuardArgs) => perceivedThreat(args) > COEFFICIENTS.posture.escalateAbove,
  isThreatEasing: (args: GuardArgs) => perceivedThreat(args) < COEFFICIENTS.posture.relaxBelow,
};

const step = (up: string | null, down: string | null) => ({
  on: {
    'turn.observe': [
      ...(up ? [{ target: up, guard: 'isThreatRising' as const }] : []),
      ...(down ? [{ target: down, guard: 'isThreatEasing' as const }] : []),
    ],
  },
});

/** Posture moves one rung a turn: up when the perceived threat is high, down when it is low. */
export function postureRegion(initial: 'cooperative' | 'hedging' | 'competitive' | 'confrontational') {
  return {
    initial,
    states: {
      cooperative: step('hedging', null),
      hedging: step('competitive', 'cooperative'),
      competitive: step('confrontational', 'hedging'),
      confrontational: step(null, 'competitive'),
    },
  } as const;
}

/**
 * A stance on a regime: committed, wavering or rejecting, one step a turn.
 * `harden` moves towards rejecting, `soften` back towards committed; both are guard names.
 */
export function stanceRegion<G extends string>(initial: 'committed' | 'wavering' | 'rejecting', harden: G, soften: G) {
  return {
    initial,
    states: {
      committed: { on: { 'turn.observe': { target: 'wavering', guard: harden } } },
      wavering: { on: { 'turn.observe': [{ target: 'rejecting', guard: harden }, { target: 'committed', guard: soften }] } },
      rejecting: { on: { 'turn.observe': { target: 'wavering', guard: soften } } },
    },
  } as const;
}
