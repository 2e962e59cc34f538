/**
 * The facilitator's turn timer, as data: the clock is read at the edge (the server) and passed in
 * as `now` (milliseconds), so every function here is pure. When the time is up the turn resolves
 * and a team that has not sealed holds.
 */
export interface TurnClock {
  /** Seconds each turn gets once the facilitator sets a timer; null: no timer, the turn waits for every team or a command. */
  readonly seconds: number | null;
  /** When this turn's time is up (ms), or null (no timer, or paused). */
  readonly deadline: number | null;
  /** While paused, the time that was left (ms); null when not paused or no timer. */
  readonly remaining: number | null;
  readonly paused: boolean;
}

/** No timer, not paused. */
export const NO_CLOCK: TurnClock = { seconds: null, deadline: null, remaining: null, paused: false };

/** Pure: the clock with a timer of `seconds` a turn, this turn's starting now (or off with null). */
export function setTimer(clock: TurnClock, seconds: number | null, now: number): TurnClock {
  if (seconds === null) return { ...clock, seconds: null, deadline: null, remaining: null };
  const ms = seconds * 1000;
  return clock.paused ? { ...clock, seconds, deadline: null, remaining: ms } : { ...clock, seconds, deadline: now + ms, remaining: null };
}

/** Pure: the clock paused: a running timer keeps the time it had left. */
export function pauseClock(clock: TurnClock, now: number): TurnClock {
  if (clock.paused) return clock;
  return { ...clock, paused: true, deadline: null, remaining: clock.deadline === null ? null : Math.max(0, clock.deadline - now) };
}

/** Pure: the clock running again, with the time it had left when paused. */
export function resumeClock(clock: TurnClock, now: number): TurnClock {
  if (!clock.paused) return clock;
  return { ...clock, paused: false, deadline: clock.remaining === null ? null : now + clock.remaining, remaining: null };
}

/** Pure: the clock for a new turn: the timer (if any) starts again; a pause lasts. */
export function nextTurnClock(clock: TurnClock, now: number): TurnClock {
  return setTimer({ ...clock, deadline: null, remaining: null }, clock.seconds, now);
}

/** Pure: milliseconds left on this turn's timer (0 when up), or null when there is no timer. */
export function timeLeft(clock: TurnClock, now: number): number | null {
  if (clock.paused) return clock.remaining;
  return clock.deadline === null ? null : Math.max(0, clock.deadline - now);
}

/** Pure: true when a running timer has run out. */
export function isTimeUp(clock: TurnClock, now: number): boolean {
  return !clock.paused && clock.deadline !== null && now >= clock.deadline;
}
