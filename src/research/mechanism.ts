import type { Trajectory } from './job.js';
import { round6 } from './round.js';

/** One actor's mix of action kinds in each arm: the share of its turns spent on each kind. */
export interface ActorMix {
  readonly actor: string;
  readonly base: Readonly<Record<string, number>>;
  readonly variant: Readonly<Record<string, number>>;
}

/** An action (an actor's CSV label) whose use differs between the arms of paired seeds. */
export interface ActionDifference {
  readonly actor: string;
  readonly action: string;
  /** Mean number of turns per run the actor takes this action, in each arm. */
  readonly base: number;
  readonly variant: number;
  /** Paired seeds in which the actor takes it a different number of times in the two arms. */
  readonly seedsDiffering: number;
}

/** Why a comparison comes out as it does: what the actors did, and where the arms part. */
export interface Mechanism {
  /** The mixes and actions cover turns 1 to this turn. */
  readonly turns: number;
  /** Paired seeds whose trajectories (any index, action or outcome at any turn) differ at all. */
  readonly seedsDiffering: number;
  /** Of those, the seeds in which some actor's action differs at some turn (the others differ only in consequences). */
  readonly seedsWithOtherActions: number;
  readonly mix: readonly ActorMix[];
  /** Every action whose use differs in some paired seed, the most often differing first. */
  readonly actions: readonly ActionDifference[];
}

/** Kinds in the order people read them; any other kind (a future action type) follows, sorted. */
const KIND_ORDER = ['deploy', 'negotiate', 'sanction', 'suspend', 'withdraw', 'hold'];

/** The kind of an action from its label: its first word (deploy, suspend, withdraw, negotiate, sanction, hold). */
export function actionKind(label: string): string {
  const space = label.indexOf(' ');
  return space < 0 ? label : label.slice(0, space);
}

interface Tally {
  base: number;
  variant: number;
  differ: number;
}

/**
 * Gathers, seed by seed, what the actors of each arm did and where paired runs part ways. Memory
 * grows with the number of distinct actions and turns, never with the number of seeds.
 */
export class MechanismAccumulator {
  private readonly actors: number;
  /** [arm][actor] -> kind -> turns. */
  private readonly kinds: Array<Array<Map<string, number>>>;
  private readonly tallies = new Map<string, Tally>();
  /** firstDiffering[t]: seeds whose arms first differ at turn t + 1. */
  private readonly firstDiffering: Uint32Array;
  private otherActions = 0;
  private runs = 0;

  /** `actorIds`: the table's actor columns, in order (actorColumns of its manifest). */
  constructor(private readonly turns: number, private readonly actorIds: readonly string[]) {
    this.actors = actorIds.length;
    this.kinds = [0, 1].map(() => Array.from({ length: this.actors }, () => new Map<string, number>()));
    this.firstDiffering = new Uint32Array(turns);
  }

  /** Add the next seed's two runs. */
  add(base: Trajectory, variant: Trajectory): void {
    const counts = new Map<string, [number, number]>();
    [base, variant].forEach((tr, arm) => {
      for (let i = 0; i < this.turns * this.actors; i++) {
        const label = tr.actions[i];
        if (label === '') continue;
        const a = i % this.actors;
        const kind = actionKind(label);
        const mix = this.kinds[arm][a];
        mix.set(kind, (mix.get(kind) ?? 0) + 1);
        const key = `${a}\u0000${label}`;
        const c = counts.get(key) ?? [0, 0];
        c[arm]++;
        counts.set(key, c);
      }
    });
    for (const [key, [b, v]] of counts) {
      const tally = this.tallies.get(key) ?? { base: 0, variant: 0, differ: 0 };
      tally.base += b;
      tally.variant += v;
      if (b !== v) tally.differ++;
      this.tallies.set(key, tally);
    }
    const first = firstDifference(base, variant, this.turns);
    if (first >= 0) this.firstDiffering[first]++;
    if (base.actions.some((a, i) => a !== variant.actions[i])) this.otherActions++;
    this.runs++;
  }

  /** Paired seeds whose runs differ somewhere in turns 1..turn. */
  seedsDifferingBy(turn: number): number {
    let n = 0;
    for (let t = 0; t < turn; t++) n += this.firstDiffering[t];
    return n;
  }

  /** Pure over what was added. */
  finish(): Mechanism {
    const n = this.runs;
    const mix: ActorMix[] = [];
    for (let a = 0; a < this.actors; a++) {
      const [b, v] = [this.kinds[0][a], this.kinds[1][a]];
      if (b.size === 0 && v.size === 0) continue;
      const kinds = [...new Set([...b.keys(), ...v.keys()])].sort(byKind);
      const shares = (m: Map<string, number>) => {
        const total = [...m.values()].reduce((s, x) => s + x, 0);
        return Object.fromEntries(kinds.map((k) => [k, total === 0 ? 0 : round6((m.get(k) ?? 0) / total)]));
      };
      mix.push({ actor: this.actorIds[a], base: shares(b), variant: shares(v) });
    }
    const actions = [...this.tallies.entries()]
      .filter(([, t]) => t.differ > 0)
      .map(([key, t]) => {
        const [a, action] = key.split('\u0000');
        return { a: Number(a), d: { actor: this.actorIds[Number(a)], action, base: round6(t.base / n), variant: round6(t.variant / n), seedsDiffering: t.differ } };
      })
      .sort((x, y) =>
        y.d.seedsDiffering - x.d.seedsDiffering ||
        Math.abs(y.d.variant - y.d.base) - Math.abs(x.d.variant - x.d.base) ||
        x.a - y.a ||
        (x.d.action < y.d.action ? -1 : x.d.action > y.d.action ? 1 : 0))
      .map((x) => x.d);
    return { turns: this.turns, seedsDiffering: this.seedsDifferingBy(this.turns), seedsWithOtherActions: this.otherActions, mix, actions };
  }
}

function byKind(a: string, b: string): number {
  const [i, j] = [KIND_ORDER.indexOf(a), KIND_ORDER.indexOf(b)];
  if (i >= 0 || j >= 0) return (i < 0 ? KIND_ORDER.length : i) - (j < 0 ? KIND_ORDER.length : j);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The first turn (0-based) at which two runs differ in an index, an action or an outcome; -1 if none. */
function firstDifference(a: Trajectory, b: Trajectory, turns: number): number {
  const vi = a.values.length / turns;
  const fi = a.flags.length / turns;
  const ai = a.actions.length / turns;
  for (let t = 0; t < turns; t++) {
    for (let i = t * vi; i < (t + 1) * vi; i++) if (a.values[i] !== b.values[i]) return t;
    for (let i = t * ai; i < (t + 1) * ai; i++) if (a.actions[i] !== b.actions[i]) return t;
    for (let i = t * fi; i < (t + 1) * fi; i++) if (a.flags[i] !== b.flags[i]) return t;
  }
  return -1;
}
