import type { Draft } from 'immer';
import { clamp } from '../math.js';
import type { ActorId, PartyStatus, RegionId, SystemId, World } from '../types.js';
import { addTension } from './tension.js';

/** What a scheduled event or a facilitator's inject does to the world. Every field is optional. */
export interface Effect {
  /** Tension changes; `lasting` ones also move the baseline that tension relaxes towards (a change of leader, not a shock). */
  readonly tension?: ReadonlyArray<{ readonly between: readonly [ActorId, ActorId]; readonly delta: number; readonly lasting?: boolean }>;
  readonly natoCohesion?: number;
  readonly euUnity?: number;
  readonly proliferation?: number;
  readonly crisis?: number;
  readonly forces?: ReadonlyArray<{ readonly actor: ActorId; readonly system: SystemId; readonly region: RegionId; readonly delta: number }>;
  readonly treaties?: ReadonlyArray<{ readonly id: string; readonly integrity?: number; readonly status?: Readonly<Partial<Record<ActorId, PartyStatus>>> }>;
  readonly exposeBreach?: readonly ActorId[];
}

/** Apply an event's effect; deltas are added and clamped, statuses set. */
export function applyEffect(w: Draft<World>, effect: Effect): void {
  for (const t of effect.tension ?? []) {
    const [a, b] = t.between;
    addTension(w, a, b, t.delta);
    if (t.lasting) w.tensionBaseline[a][b] = w.tensionBaseline[b][a] = clamp(w.tensionBaseline[a][b] + t.delta);
  }
  if (effect.natoCohesion) w.natoCohesion = clamp(w.natoCohesion + effect.natoCohesion);
  if (effect.euUnity) w.euUnity = clamp(w.euUnity + effect.euUnity);
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
    for (const [party, status] of Object.entries(t.status ?? {})) treaty.parties[party] = status!;
  }
  for (const actor of effect.exposeBreach ?? []) if (!w.exposedBreaches.includes(actor)) w.exposedBreaches.push(actor);
}
