import type { ActorId } from '../model/index.js';
import { actionText, nameOf } from './actionText.js';
import type { Match } from './match.js';
import { phaseOf, type MatchPhase } from './matchPhase.js';
import { timeLeft } from './turnClock.js';
import { worldView, type WorldView } from './worldView.js';

/**
 * What one team sees: the world, the phase and the time left, its own sealed order in words, and
 * which teams have sealed. Never another team's order before the turn resolves: this view is all
 * that is sent to a team, and it holds no one else's.
 */
export interface TeamView {
  readonly team: { readonly actor: ActorId; readonly name: string };
  readonly world: WorldView;
  readonly phase: MatchPhase;
  /** Seconds left on the turn timer, or null when there is none. */
  readonly secondsLeft: number | null;
  /** This team's sealed order, in words, or null when it has not sealed. */
  readonly mine: string | null;
  /** Every team and whether it has sealed: who, never what. */
  readonly teams: ReadonlyArray<{ readonly actor: ActorId; readonly name: string; readonly sealed: boolean }>;
  /** True when this team held in the last turn for not sealing in time. */
  readonly heldLate: boolean;
}

/** Pure: the view of `actor`'s team at time `now` (`world`: the match's world view, when already made for another team). */
export function teamView(m: Match, actor: ActorId, now: number, world: WorldView = worldView(m.game)): TeamView {
  const { run, humans } = m.game;
  const { rules } = run.scenario;
  const mine = m.sealed[actor];
  const left = timeLeft(m.clock, now);
  return {
    team: { actor, name: nameOf(rules, actor) },
    world,
    phase: phaseOf(m),
    secondsLeft: left === null ? null : Math.ceil(left / 1000),
    mine: mine ? actionText(mine, run.world.treaties, rules) : null,
    teams: humans.map((a) => ({ actor: a, name: nameOf(rules, a), sealed: m.sealed[a] !== undefined })),
    heldLate: m.late.includes(actor),
  };
}
