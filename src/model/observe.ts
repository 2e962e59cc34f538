import { COEFFICIENTS } from './coefficients.js';
import { rivalsNear, areRivals } from './geography.js';
import { saturate } from './math.js';
import { leverageBalance } from './talks.js';
import { ACTORS, REGIONS, type ActorId, type PartyStatus, type World } from './types.js';

/** What an actor sees of the world at the start of a turn; the input of its machine's guards. */
export interface Observation {
  readonly actor: ActorId;
  readonly turn: number;
  /** Perceived threat 0..1: the worst rival's tension, heightened by its destabilising systems near the actor. */
  readonly threat: number;
  readonly threatFrom: ActorId | null;
  /** Balance of bargaining chips with the main rival (`threatFrom`), 0..1: see leverageBalance. */
  readonly leverage: number;
  readonly tension: Readonly<Record<ActorId, number>>;
  /** Rivals whose breach of a regime is exposed. */
  readonly rivalsInBreach: readonly ActorId[];
  /** Whether the actor's own breach of a regime is exposed. */
  readonly ownBreachExposed: boolean;
  readonly treaties: Readonly<Record<string, { readonly myStatus: PartyStatus | null; readonly integrity: number; readonly defunct: boolean; readonly exists: boolean }>>;
  readonly natoCohesion: number;
  readonly euUnity: number;
  readonly sanctionedBy: readonly ActorId[];
}

/** target -> owner -> destabilising units of owner standing near target. */
type NearTable = Record<ActorId, Record<ActorId, number>>;

// Forces are immutable and shared between worlds until changed, so the table is memoised per forces
// object: computed once per turn instead of once per question.
const nearTables = new WeakMap<World['forces'], NearTable>();

function nearTable(forces: World['forces']): NearTable {
  let table = nearTables.get(forces);
  if (table) return table;
  table = {} as NearTable;
  for (const target of ACTORS) table[target] = Object.fromEntries(ACTORS.map((o) => [o, 0])) as Record<ActorId, number>;
  for (const owner of ACTORS) {
    for (const region of REGIONS) {
      let units = 0;
      for (const system of COEFFICIENTS.destabilising) units += forces[owner][system][region];
      if (units === 0) continue;
      for (const target of rivalsNear(owner, region)) table[target][owner] += units;
    }
  }
  nearTables.set(forces, table);
  return table;
}

/** Units of a rival's destabilising systems standing near `actor`. */
export function destabilisingNear(world: World, actor: ActorId, rival: ActorId): number {
  return nearTable(world.forces)[actor][rival];
}

/** Pure: the observation of `actor` in `world`. */
export function observe(world: World, actor: ActorId, present: readonly ActorId[]): Observation {
  let threat = 0;
  let threatFrom: ActorId | null = null;
  for (const rival of present) {
    if (rival === actor || !areRivals(actor, rival)) continue;
    const pressure = world.tension[actor][rival] * (1 + saturate(destabilisingNear(world, actor, rival), COEFFICIENTS.escalation.deploymentScale));
    if (pressure / 2 > threat) {
      threat = pressure / 2;
      threatFrom = rival;
    }
  }
  const treaties: Record<string, Observation['treaties'][string]> = {};
  for (const id of Object.keys(world.treaties).sort()) {
    const t = world.treaties[id];
    treaties[id] = { myStatus: t.parties[actor] ?? null, integrity: t.integrity, defunct: t.defunct, exists: t.exists };
  }
  const tension = Object.fromEntries(ACTORS.map((other) => [other, world.tension[actor][other]])) as Record<ActorId, number>;
  return {
    actor,
    turn: world.turn,
    threat,
    threatFrom,
    leverage: threatFrom ? leverageBalance(world, [actor, threatFrom]) : 1,
    tension,
    rivalsInBreach: world.exposedBreaches.filter((other) => areRivals(actor, other)),
    ownBreachExposed: world.exposedBreaches.includes(actor),
    treaties,
    natoCohesion: world.natoCohesion,
    euUnity: world.euUnity,
    sanctionedBy: world.sanctions.filter((s) => s.on === actor).map((s) => s.by),
  };
}
