import { startRun } from '../engine/index.js';
import { playSavedTurn } from '../engine/save.js';
import { isMet, objectivesMet, rankTeams, teamScores, type ActorId, type EventType, type ObjectivesMet } from '../model/index.js';
import type { Replay } from './counterfactual.js';
import { scoresOf, type Game } from './game.js';
import { actionText } from './actionText.js';

/** Event types that happen to the world rather than being an actor's choice this turn. */
export const WORLD_EVENTS: readonly EventType[] = ['scenario', 'inject', 'treaty.ended', 'treaty.inForce', 'proliferation.event'];

/** A turn at whose end an objective changed, met or lost, and what changed it. */
export interface ObjectiveMove {
  readonly date: string;
  readonly turn: number;
  /** Met after the turn (true) or lost (false). */
  readonly met: boolean;
  /** Actors whose action made the change: had it held, the objective would have stayed as it was. */
  readonly causes: ReadonlyArray<{ readonly actor: ActorId; readonly action: string }>;
  /** Events of the turn that no actor chose, when no single action made the change. */
  readonly events: readonly string[];
}

/** A team's result: its score and place, the computer's score for the same actor, and what moved each objective. */
export interface TeamResult {
  readonly actor: ActorId;
  readonly human: boolean;
  readonly score: number | null;
  readonly rank: number;
  readonly metNow: number;
  /**
   * The score the computer gets playing this actor on the same seed and injects, with every team
   * replaced by the computer: a benchmark for a human team (null in watch mode, where it is the score).
   */
  readonly computer: number | null;
  readonly objectives: ReadonlyArray<{ readonly text: string; readonly turnsMet: number; readonly moves: readonly ObjectiveMove[] }>;
}

/** Pure: each actor's score had the computer played every actor, with the same seed and injects. */
function computerScores(game: Game): Map<ActorId, number | null> {
  const { scenario, seed } = game.run;
  let state = startRun(scenario, seed);
  const objectives = scenario.objectives ?? {};
  const start = objectivesMet(scenario.rules, state.world, state.present, objectives);
  const after: ObjectivesMet[] = [];
  for (const input of game.inputs) {
    state = playSavedTurn(state, { orders: {}, injects: input.injects });
    after.push(objectivesMet(scenario.rules, state.world, state.present, objectives));
  }
  return new Map(teamScores(objectives, state.present, start, after).map((s) => [s.actor, s.score]));
}

/**
 * Pure: the teams ranked by score, each with the computer's benchmark and, for every objective,
 * the turns it was met and each turn it was won or lost with the actions (or events) that did it.
 */
export function teamResults(game: Game, replay: Replay): TeamResult[] {
  const { run } = game;
  const { rules } = run.scenario;
  const objectives = run.scenario.objectives ?? {};
  const benchmark = game.humans.length > 0 ? computerScores(game) : null;
  return rankTeams(scoresOf(game)).map((s) => ({
    actor: s.actor,
    human: game.humans.includes(s.actor),
    score: s.score,
    rank: s.rank,
    metNow: s.metNow,
    computer: game.humans.includes(s.actor) ? benchmark?.get(s.actor) ?? null : null,
    objectives: (objectives[s.actor] ?? []).map((o, i) => {
      const moves: ObjectiveMove[] = [];
      for (let t = 1; t < game.met.length; t++) {
        const before = game.met[t - 1][s.actor]![i];
        const after = game.met[t][s.actor]![i];
        if (before === after) continue;
        const record = run.turns[t - 1];
        // An actor caused the change if, had it held, the objective would have stayed as it was.
        const causes = run.present
          .filter((a) => isMet(rules, replay.held(t, a).world, run.present, o) === before)
          .map((a) => ({ actor: a, action: actionText(record.actions[a]!, run.world.treaties, rules) }));
        const events = causes.length > 0 ? [] : record.events.filter((e) => WORLD_EVENTS.includes(e.type)).map((e) => e.text);
        moves.push({ date: record.date, turn: t, met: after, causes, events });
      }
      return { text: o.text, turnsMet: s.turnsMet[i], moves };
    }),
  }));
}
