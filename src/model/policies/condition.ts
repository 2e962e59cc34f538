import type { Indices } from '../indices.js';
import type { Action, ActorId, PartyStatus, RegionId, SystemId, World } from '../types.js';
import { matches, type ActionPattern } from './pattern.js';

/** An index a condition may read (the world's indices as the turn began). */
export type IndexName = 'escalation' | 'treatyErosion' | 'natoCohesion' | 'armsRace';

/**
 * A condition on what an actor observes; every key given must hold (`any`, `all` and `not` combine
 * them). Quarters are compiled into turn numbers when the scenario loads.
 */
export interface Condition {
  /** From this turn on, and up to this turn (inclusive). */
  readonly from?: number;
  readonly until?: number;
  /** The regime exists: signed or in force, and not ended. */
  readonly signed?: string;
  /** The regime has ended. */
  readonly defunct?: string;
  /** A party's status in a regime is one of these. */
  readonly party?: { readonly regime: string; readonly actor: ActorId; readonly is: readonly PartyStatus[] };
  /** An actor's units of a system in a region. */
  readonly forces?: { readonly actor: ActorId; readonly system: SystemId; readonly region: RegionId; readonly atLeast?: number; readonly below?: number };
  /** An index, 0..100. */
  readonly index?: { readonly name: IndexName; readonly above?: number; readonly below?: number };
  /** What another actor did last turn. */
  readonly lastAction?: { readonly actor: ActorId; readonly action: ActionPattern };
  /** A pledge in force. */
  readonly pledge?: { readonly by: ActorId; readonly system?: SystemId; readonly region?: RegionId };
  readonly not?: Condition;
  readonly any?: readonly Condition[];
  readonly all?: readonly Condition[];
}

/** What is public at the start of a turn: all that a policy's condition may read. */
export interface PublicView {
  readonly turn: number;
  readonly treaties: World['treaties'];
  readonly forces: World['forces'];
  readonly pledges: World['pledges'];
  readonly lastActions: Readonly<Record<ActorId, Action>>;
  readonly indices: Indices;
}

/** Pure: whether `c` holds in the public view. */
export function holds(c: Condition, v: PublicView): boolean {
  if (c.from !== undefined && v.turn < c.from) return false;
  if (c.until !== undefined && v.turn > c.until) return false;
  if (c.signed !== undefined) {
    const t = Object.hasOwn(v.treaties, c.signed) ? v.treaties[c.signed] : undefined;
    if (!t || !t.exists || t.defunct) return false;
  }
  if (c.defunct !== undefined) {
    const t = Object.hasOwn(v.treaties, c.defunct) ? v.treaties[c.defunct] : undefined;
    if (!t || !t.defunct) return false;
  }
  if (c.party) {
    const t = Object.hasOwn(v.treaties, c.party.regime) ? v.treaties[c.party.regime] : undefined;
    const status = t && Object.hasOwn(t.parties, c.party.actor) ? t.parties[c.party.actor] : undefined;
    if (!status || !c.party.is.includes(status)) return false;
  }
  if (c.forces) {
    const units = v.forces[c.forces.actor]?.[c.forces.system][c.forces.region] ?? 0;
    if (c.forces.atLeast !== undefined && units < c.forces.atLeast) return false;
    if (c.forces.below !== undefined && units >= c.forces.below) return false;
  }
  if (c.index) {
    const value = v.indices[c.index.name];
    if (c.index.above !== undefined && !(value > c.index.above)) return false;
    if (c.index.below !== undefined && !(value < c.index.below)) return false;
  }
  if (c.lastAction) {
    const last = Object.hasOwn(v.lastActions, c.lastAction.actor) ? v.lastActions[c.lastAction.actor] : undefined;
    if (!last || !matches(c.lastAction.action, last)) return false;
  }
  if (c.pledge) {
    const { by, system, region } = c.pledge;
    if (!v.pledges.some((p) => p.by === by && (system === undefined || p.system === system) && (region === undefined || p.region === region))) return false;
  }
  if (c.not && holds(c.not, v)) return false;
  if (c.any && !c.any.some((x) => holds(x, v))) return false;
  if (c.all && !c.all.every((x) => holds(x, v))) return false;
  return true;
}
