import type { Draft } from 'immer';
import type { Doctrine } from '../doctrine.js';
import { clamp } from '../math.js';
import type { ActorId, PartyStatus, RegionId, SystemId, World } from '../types.js';
import type { Report } from './draw.js';
import { addTension } from './tension.js';
import { endTreaty } from './treatyExit.js';

/**
 * What a scheduled event or a facilitator's inject does to the world. Every field is optional. A
 * scheduled event moves only what lies outside the players' choices (the scenario loader refuses a
 * scheduled change of a player's forces or party status): a change of administration (`doctrines`),
 * an outside shock (tension, cohesion, unity, crisis), a non-player party's act (`treaties`), a
 * host's politics (`hosts`). A facilitator's inject may do anything.
 */
export interface Effect {
  /** Tension changes; `lasting` ones also move the baseline that tension relaxes towards (a change of leader, not a shock). */
  readonly tension?: ReadonlyArray<{ readonly between: readonly [ActorId, ActorId]; readonly delta: number; readonly lasting?: boolean }>;
  readonly natoCohesion?: number;
  readonly euUnity?: number;
  /** Lasting changes of the cohesion and unity the world relaxes to (an enlarged, rallied alliance), as deltas. */
  readonly natoCohesionBaseline?: number;
  readonly euUnityBaseline?: number;
  readonly proliferation?: number;
  readonly crisis?: number;
  readonly forces?: ReadonlyArray<{ readonly actor: ActorId; readonly system: SystemId; readonly region: RegionId; readonly delta: number }>;
  /** A regime's integrity moves; parties' statuses are set (a non-player party leaving: Iran, other states); `end` terminates it (a snapback). */
  readonly treaties?: ReadonlyArray<{ readonly id: string; readonly integrity?: number; readonly status?: Readonly<Partial<Record<ActorId, PartyStatus>>>; readonly end?: boolean }>;
  readonly exposeBreach?: readonly ActorId[];
  /** A doctrine changes (a new administration): the figures given are set, `bias` and `policies` replaced whole. */
  readonly doctrines?: ReadonlyArray<{ readonly actor: ActorId; readonly set: Partial<Doctrine> }>;
  /** A host's willingness to host forces moves (a new government, a threat closer to home). */
  readonly hosts?: ReadonlyArray<{ readonly id: string; readonly consent: number }>;
}

/** Apply an event's effect; deltas are added and clamped, statuses and doctrines set. */
export function applyEffect(w: Draft<World>, effect: Effect, report: Report = () => {}): void {
  for (const t of effect.tension ?? []) {
    const [a, b] = t.between;
    addTension(w, a, b, t.delta);
    if (t.lasting) w.tensionBaseline[a][b] = w.tensionBaseline[b][a] = clamp(w.tensionBaseline[a][b] + t.delta);
  }
  if (effect.natoCohesion) w.natoCohesion = clamp(w.natoCohesion + effect.natoCohesion);
  if (effect.euUnity) w.euUnity = clamp(w.euUnity + effect.euUnity);
  if (effect.natoCohesionBaseline) w.natoCohesionBaseline = clamp(w.natoCohesionBaseline + effect.natoCohesionBaseline);
  if (effect.euUnityBaseline) w.euUnityBaseline = clamp(w.euUnityBaseline + effect.euUnityBaseline);
  if (effect.proliferation) w.proliferation = clamp(w.proliferation + effect.proliferation);
  if (effect.crisis) w.crisis = Math.max(0, w.crisis + effect.crisis);
  for (const f of effect.forces ?? []) {
    const units = w.forces[f.actor][f.system][f.region] + f.delta;
    w.forces[f.actor][f.system][f.region] = Math.max(0, units);
    if (f.delta > 0) w.armsRace += f.delta;
  }
  for (const t of effect.treaties ?? []) {
    const treaty = Object.hasOwn(w.treaties, t.id) ? w.treaties[t.id] : undefined;
    if (!treaty || treaty.defunct) continue;
    if (t.integrity) treaty.integrity = clamp(treaty.integrity + t.integrity);
    for (const [party, status] of Object.entries(t.status ?? {})) {
      treaty.parties[party] = status!;
      if (status === 'suspended' || status === 'withdrawn') treaty.lapsedAt[party] = w.turn;
      else delete treaty.lapsedAt[party];
    }
    if (t.end) endTreaty(treaty, report);
  }
  for (const d of effect.doctrines ?? []) {
    if (Object.hasOwn(w.doctrines, d.actor)) w.doctrines[d.actor] = { ...w.doctrines[d.actor], ...d.set } as Draft<Doctrine>;
  }
  for (const h of effect.hosts ?? []) {
    if (Object.hasOwn(w.hosts, h.id)) w.hosts[h.id].consent = clamp(w.hosts[h.id].consent + h.consent);
  }
  for (const actor of effect.exposeBreach ?? []) if (!w.exposedBreaches.includes(actor)) w.exposedBreaches.push(actor);
}
