/**
 * What every actor machine shares: its input (a doctrine and the rules), its one event (the turn's
 * observation), the posture region, and the shape of a stance region on a regime. Machines hold no
 * numbers: every threshold a guard compares with comes from `context.rules` (`rules.guards`,
 * `rules.posture`), so a scenario or a sweep can change it.
 */
import type { Doctrine, Observation, Posture, Rules, Stance } from '../src/model/index.js';

export interface ActorInput {
  readonly doctrine: Doctrine;
  readonly rules: Rules;
}
export interface ActorContext {
  readonly doctrine: Doctrine;
  readonly rules: Rules;
}
/** Sent to every machine at the start of each turn, before anyone decides. */
export interface ObserveEvent {
  readonly type: 'turn.observe';
  readonly observation: Observation;
}

/** The arguments xstate passes a guard. */
export type GuardArgs = { context: ActorContext; event: ObserveEvent };

/** Perceived threat: the observed threat scaled by the doctrine's threat perception. */
export function perceivedThreat({ context, event }: GuardArgs): number {
  return event.observation.threat * (context.rules.posture.perceptionBase + context.doctrine.threatPerception);
}

/** Guards of the posture region. */
export const postureGuards = {
  isThreatRising: (args: GuardArgs) => perceivedThreat(args) > args.context.rules.posture.escalateAbove,
  isThreatEasing: (args: GuardArgs) => perceivedThreat(args) < args.context.rules.posture.relaxBelow,
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
export function postureRegion(initial: Posture) {
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
 * A stance on a regime (`meta.regime`, checked against the scenario's regimes when it loads):
 * committed, wavering or rejecting, one step a turn. `harden` moves towards rejecting, `soften`
 * back towards committed; both are guard names.
 */
export function stanceRegion<G extends string>(regime: string, initial: Stance, harden: G, soften: G) {
  return {
    meta: { regime },
    initial,
    states: {
      committed: { on: { 'turn.observe': { target: 'wavering', guard: harden } } },
      wavering: { on: { 'turn.observe': [{ target: 'rejecting', guard: harden }, { target: 'committed', guard: soften }] } },
      rejecting: { on: { 'turn.observe': { target: 'wavering', guard: soften } } },
    },
  } as const;
}
