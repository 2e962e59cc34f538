import { citeRun, recordOf, whyOfTurn } from '../engine/index.js';
import { INDEX_NAMES, type ActorId, type EventType } from '../model/index.js';
import { replayOf } from './counterfactual.js';
import { teamResults, WORLD_EVENTS, type TeamResult } from './debriefScores.js';
import { indexHistory, type Game } from './game.js';
import { actionText } from './actionText.js';

/** One of the four indices the model scores. */
export type IndexName = (typeof INDEX_NAMES)[number];

/** How the UI and the debrief name each index. */
export const INDEX_LABELS: Readonly<Record<IndexName, string>> = {
  escalation: 'Escalation', treatyErosion: 'Treaty erosion', natoCohesion: 'NATO cohesion', armsRace: 'Arms race',
};

/** An index over the whole game. */
export interface IndexSummary {
  readonly name: IndexName;
  readonly start: number;
  readonly end: number;
  readonly min: number;
  readonly max: number;
  /** Turn 0 (the scenario's start) then every turn played. */
  readonly series: readonly number[];
}

/** One actor's share of a move: how much the index would have differed had it held instead. */
export interface Cause {
  readonly actor: ActorId;
  readonly action: string;
  readonly effect: number;
}

/** One of the largest turn-to-turn moves of an index, with what caused it. */
export interface TurningPoint {
  readonly index: IndexName;
  readonly turn: number;
  readonly date: string;
  readonly delta: number;
  /** Actors' actions by the size of their effect, largest first; effects under 0.05 are left out. */
  readonly causes: readonly Cause[];
  /** Events of that turn that no actor chose (scheduled events, injects, regimes lapsing, third-country tests), which also move the indices. */
  readonly events: readonly string[];
}

/** A regime lost (ended, or a party's withdrawal took effect) or made (signed, or entered into force). */
export interface TreatyChange {
  readonly date: string;
  readonly kind: 'lost' | 'made';
  readonly text: string;
}

/** Everything the debrief screen and the debrief file show, computed once at the end of a game. */
export interface Debrief {
  readonly title: string;
  readonly scenarioId: string;
  readonly question: string;
  readonly seed: number;
  readonly humans: readonly ActorId[];
  /** Each playing actor's name, as people read it. */
  readonly names: Readonly<Record<ActorId, string>>;
  readonly turnsPlayed: number;
  readonly turnsPlanned: number;
  readonly digest: string;
  /** One line to cite the game by (src/engine/cite.ts). */
  readonly citeAs: string;
  readonly indices: readonly IndexSummary[];
  readonly turningPoints: readonly TurningPoint[];
  readonly treaties: readonly TreatyChange[];
  readonly injects: ReadonlyArray<{ readonly date: string; readonly text: string }>;
  /** Turn by turn: the date, the escalation score, and what each actor did (and whether a team chose it). */
  readonly log: ReadonlyArray<{ readonly date: string; readonly escalation: number; readonly actions: ReadonlyArray<{ readonly actor: ActorId; readonly text: string; readonly human: boolean; readonly why: string }> }>;
  /** The teams ranked by score, with the computer's benchmark and what moved each objective (empty when the scenario has no objectives). */
  readonly teams: readonly TeamResult[];
}

const LOST: readonly EventType[] = ['treaty.ended', 'treaty.withdrawn'];
const MADE: readonly EventType[] = ['treaty.signed', 'treaty.inForce'];

/**
 * Pure: the debrief of a game. For each index, the `perIndex` largest turn-to-turn moves become
 * turning points, each explained by counterfactual replays (that actor holds instead); the teams
 * are ranked by score, and each objective's gains and losses are explained the same way.
 */
export function buildDebrief(game: Game, perIndex = 2): Debrief {
  const { run } = game;
  const history = indexHistory(game);
  const indices = INDEX_NAMES.map((name): IndexSummary => {
    const series = history.map((i) => i[name]);
    return { name, start: series[0], end: series[series.length - 1], min: Math.min(...series), max: Math.max(...series), series };
  });
  const picks: Array<{ index: IndexName; turn: number; delta: number }> = [];
  for (const name of INDEX_NAMES) {
    const moves = run.turns.map((t, i) => ({ index: name, turn: t.turn, delta: history[i + 1][name] - history[i][name] }));
    picks.push(...moves.filter((m) => Math.abs(m.delta) >= 0.5).sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.turn - b.turn).slice(0, perIndex));
  }
  const replay = replayOf(game);
  const turningPoints = picks.map((p): TurningPoint => {
    const record = run.turns[p.turn - 1];
    // An actor's share of the move: the index as played minus the index had that actor held.
    const causes = run.present
      .map((actor) => ({ actor, action: actionText(record.actions[actor]!, run.world.treaties, run.scenario.rules), effect: record.indices[p.index] - replay.held(p.turn, actor).turns[p.turn - 1].indices[p.index] }))
      .filter((c) => Math.abs(c.effect) >= 0.05)
      .sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect));
    const events = record.events.filter((e) => WORLD_EVENTS.includes(e.type)).map((e) => e.text);
    return { index: p.index, turn: p.turn, date: record.date, delta: p.delta, causes, events };
  });
  const treaties = run.turns.flatMap((t) => t.events
    .filter((e) => LOST.includes(e.type) || MADE.includes(e.type))
    .map((e): TreatyChange => ({ date: t.date, kind: LOST.includes(e.type) ? 'lost' : 'made', text: e.text })));
  const injects = run.turns.flatMap((t) => t.events.filter((e) => e.type === 'inject').map((e) => ({ date: t.date, text: e.text })));
  const log = run.turns.map((t, i) => {
    const why = whyOfTurn(replay.states[i], t);
    return {
      date: t.date,
      escalation: t.indices.escalation,
      actions: run.present.map((actor) => ({ actor, text: actionText(t.actions[actor]!, run.world.treaties, run.scenario.rules), human: t.actions[actor]!.by === 'human', why: why[actor] ?? '' })),
    };
  });
  const record = recordOf(run);
  return {
    title: run.scenario.title, scenarioId: run.scenario.id, question: run.scenario.question, seed: run.seed,
    humans: game.humans, names: Object.fromEntries(run.present.map((a) => [a, run.scenario.rules.actors[a].name])), turnsPlayed: run.turns.length, turnsPlanned: game.length, digest: record.digest,
    citeAs: citeRun({ ...record.manifest, digest: record.digest }, 'replay SAVE (the game saved with s)'),
    indices, turningPoints, treaties, injects, log, teams: teamResults(game, replay),
  };
}
