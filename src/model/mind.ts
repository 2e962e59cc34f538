import { POSTURES, type Posture, type Stance } from './coefficients.js';

const STANCES: readonly string[] = ['committed', 'wavering', 'rejecting'];

/** What the utilities read from an actor machine's state: its posture and its stance on regimes. */
export interface Mind {
  readonly posture: Posture;
  /** Stance per regime id, from the machine regions named after regimes. */
  readonly stances: Readonly<Record<string, Stance>>;
}

/**
 * Pure: the mind of a machine state value such as `{ posture: 'hedging', inf: 'wavering', alliance: 'united' }`.
 * Regions whose value is a stance are read as stances on the regime of that name; others are for display.
 */
export function readMind(value: Readonly<Record<string, unknown>>): Mind {
  const posture = value.posture;
  if (typeof posture !== 'string' || !POSTURES.includes(posture as Posture)) {
    throw new Error(`actor machine state has no posture region: ${JSON.stringify(value)}`);
  }
  const stances: Record<string, Stance> = {};
  for (const [region, state] of Object.entries(value)) {
    if (typeof state === 'string' && STANCES.includes(state)) stances[region] = state as Stance;
  }
  return { posture: posture as Posture, stances };
}
