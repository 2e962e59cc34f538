import type { ActorId } from '../model/index.js';
import { nameOf } from './actionText.js';
import { injectPreview } from './injectPreview.js';
import type { Match } from './match.js';
import { phaseOf, type MatchPhase } from './matchPhase.js';
import { timeLeft } from './turnClock.js';
import { worldView, type WorldView } from './worldView.js';

/** What the room knows of a team besides the match: how many of its pages are connected, its code and its address. */
export interface TeamSeat {
  readonly clients: number;
  readonly code: string;
  readonly url: string;
}

/**
 * What the facilitator sees: the world, the phase and the timer, every team's seat and whether it
 * has sealed (who, never what: this view holds no order), and the injects with their previews.
 */
export interface FacilitatorView {
  readonly world: WorldView;
  readonly phase: MatchPhase;
  readonly secondsLeft: number | null;
  /** Seconds each turn gets, or null: no timer. */
  readonly timerSeconds: number | null;
  readonly teams: ReadonlyArray<{ readonly actor: ActorId; readonly name: string; readonly sealed: boolean; readonly heldLate: boolean } & TeamSeat>;
  readonly injects: ReadonlyArray<{ readonly id: string; readonly title: string; readonly queued: boolean; readonly preview: readonly string[] }>;
}

/** Pure: the facilitator's view at time `now`, with each team's seat as the room reports it. */
export function facilitatorView(m: Match, seats: Readonly<Partial<Record<ActorId, TeamSeat>>>, now: number, world: WorldView = worldView(m.game)): FacilitatorView {
  const { run, humans } = m.game;
  const left = timeLeft(m.clock, now);
  return {
    world,
    phase: phaseOf(m),
    secondsLeft: left === null ? null : Math.ceil(left / 1000),
    timerSeconds: m.clock.seconds,
    teams: humans.map((a) => ({ actor: a, name: nameOf(run.scenario.rules, a), sealed: m.sealed[a] !== undefined, heldLate: m.late.includes(a), ...(seats[a] ?? { clients: 0, code: '', url: '' }) })),
    injects: run.scenario.injects.map((i) => ({ id: i.id, title: i.title, queued: m.queued.includes(i.id), preview: injectPreview(m.game, i) })),
  };
}
