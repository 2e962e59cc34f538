import { boundText, INDEX_NAMES, LADDER, measure, quarterAt, REGION_NAMES, REGIONS, SYSTEM_NAMES, SYSTEMS, valueText, type ActorId, type PartyStatus, type Treaty } from '../model/index.js';
import { actionText, nameOf } from './actionText.js';
import { INDEX_LABELS } from './debrief.js';
import { indexHistory, scoresOf, type Game } from './game.js';

/** How a party stands in a regime, in words a student reads without a legend. */
const STATUS: Readonly<Record<PartyStatus, string>> = {
  inForce: 'in force', suspended: 'suspended', withdrawn: 'withdrawn', negotiating: 'in talks', signed: 'signed',
};

/** The world as a team or the facilitator sees it between turns: plain data, every string for people (never markup). */
export interface WorldView {
  readonly scenario: { readonly id: string; readonly title: string; readonly question: string };
  /** Turns played and planned; the next turn's number and date, or null when the game is over. */
  readonly turn: { readonly played: number; readonly length: number; readonly next: { readonly number: number; readonly date: string } | null };
  readonly actors: ReadonlyArray<{ readonly id: ActorId; readonly name: string; readonly team: boolean }>;
  /** Each index now (0..100) and its course from the start. */
  readonly indices: ReadonlyArray<{ readonly name: string; readonly label: string; readonly value: number; readonly series: readonly number[] }>;
  readonly ladder: { readonly rungs: readonly string[]; readonly current: string };
  /** Every regime: each playing actor's standing (null: not a party), and its health in words. */
  readonly treaties: ReadonlyArray<{ readonly name: string; readonly parties: ReadonlyArray<string | null>; readonly health: string; readonly weak: boolean }>;
  /** Units of each system per actor and region: `cells[actor][region]` lists "4 ground-launched intermediate-range" and so on. */
  readonly forces: { readonly regions: readonly string[]; readonly cells: ReadonlyArray<ReadonlyArray<readonly string[]>> };
  /** Pairwise tension, 0 calm to 100 hostile (null on the diagonal), in the order of `actors`. */
  readonly tension: ReadonlyArray<ReadonlyArray<number | null>>;
  readonly facts: { readonly natoCohesion: number; readonly euUnity: number; readonly proliferation: number; readonly sanctions: readonly string[] };
  /** What happened in the last turn: every actor's action (now public), then the events; null before the first turn. */
  readonly news: {
    readonly date: string;
    readonly turn: number;
    readonly actions: ReadonlyArray<{ readonly actor: ActorId; readonly name: string; readonly by: 'team' | 'computer'; readonly text: string; readonly refused: string | null }>;
    readonly events: ReadonlyArray<{ readonly kind: 'inject' | 'scenario' | 'world'; readonly text: string }>;
  } | null;
  /** Each actor's score so far and its objectives, met now or not. */
  readonly scores: ReadonlyArray<{ readonly actor: ActorId; readonly name: string; readonly team: boolean; readonly score: number | null; readonly objectives: ReadonlyArray<{ readonly text: string; readonly met: boolean; readonly reading: string }> }>;
}

const pct = (x: number) => Math.round(x * 100);

function health(t: Treaty): { health: string; weak: boolean } {
  if (t.defunct) return { health: 'ended', weak: true };
  if (!t.exists) return { health: `in negotiation (${t.progress} of ${t.roundsToSign} rounds)`, weak: false };
  return { health: `integrity ${pct(t.integrity)}%`, weak: t.integrity < 0.4 };
}

/** Pure: the world of `game` as the dashboard shows it (indices, ladder, treaties, forces, tension, news, scores), as data. */
export function worldView(game: Game): WorldView {
  const { run } = game;
  const { rules } = run.scenario;
  const { world, present } = run;
  const played = run.turns.length;
  const history = indexHistory(game);
  const now = history[history.length - 1];
  const last = run.turns.at(-1);
  const met = game.met[game.met.length - 1];
  const objectives = run.scenario.objectives ?? {};
  return {
    scenario: { id: run.scenario.id, title: run.scenario.title, question: run.scenario.question },
    turn: { played, length: game.length, next: played < game.length ? { number: played + 1, date: quarterAt(run.scenario.start, played) } : null },
    actors: present.map((id) => ({ id, name: nameOf(rules, id), team: game.humans.includes(id) })),
    indices: INDEX_NAMES.map((name) => ({ name, label: INDEX_LABELS[name], value: now[name], series: history.map((i) => i[name]) })),
    ladder: { rungs: LADDER.map((r) => r.level), current: now.escalationLevel },
    treaties: Object.values(world.treaties).map((t) => ({
      name: t.name,
      parties: present.map((a) => {
        const status = t.parties[a];
        if (status === undefined) return null;
        return t.withdrawalDue[a] !== undefined ? 'notice given' : STATUS[status];
      }),
      ...health(t),
    })),
    forces: {
      regions: REGIONS.map((r) => REGION_NAMES[r]),
      cells: present.map((a) => REGIONS.map((r) => SYSTEMS.filter((s) => world.forces[a][s][r] > 0).map((s) => `${world.forces[a][s][r]} ${SYSTEM_NAMES[s]}`))),
    },
    tension: present.map((a) => present.map((b) => (a === b ? null : pct(world.tension[a][b])))),
    facts: {
      natoCohesion: pct(world.natoCohesion), euUnity: pct(world.euUnity), proliferation: pct(world.proliferation),
      sanctions: world.sanctions.map((s) => `${nameOf(rules, s.by)} on ${nameOf(rules, s.on)}`),
    },
    news: last ? {
      date: last.date,
      turn: last.turn,
      actions: present.map((actor) => {
        const a = last.actions[actor]!;
        return { actor, name: nameOf(rules, actor), by: a.by === 'human' ? 'team' as const : 'computer' as const, text: actionText(a, world.treaties, rules), refused: a.refused?.reason ?? null };
      }),
      events: last.events.map((e) => ({ kind: e.type === 'inject' ? 'inject' as const : e.type === 'scenario' ? 'scenario' as const : 'world' as const, text: e.text })),
    } : null,
    scores: scoresOf(game).map((s) => ({
      actor: s.actor, name: nameOf(rules, s.actor), team: game.humans.includes(s.actor), score: s.score,
      objectives: (objectives[s.actor] ?? []).map((o, i) => {
        const value = valueText(o.condition, measure(rules, world, present, o.condition));
        return { text: o.text, met: met[s.actor]![i], reading: o.condition.kind === 'regime' ? `now ${value}` : `${boundText(o.condition)}, now ${value}` };
      }),
    })),
  };
}
