import { isMatchOver, type Match } from './match.js';

/** Where a match stands: teams choosing orders, paused by the facilitator, or over. */
export type MatchPhase = 'orders' | 'paused' | 'over';

/** Pure: the phase of a match. */
export function phaseOf(m: Match): MatchPhase {
  if (isMatchOver(m)) return 'over';
  return m.clock.paused ? 'paused' : 'orders';
}
