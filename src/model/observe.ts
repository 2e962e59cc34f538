import { saturate } from './math.js';
import { scoreIndices, type Indices } from './indices.js';
import type { PublicView } from './policies/condition.js';
import { leverageBalance } from './talks.js';
import { defenceCover } from './defence.js';
import { areRivals, rivalsNear, type Rules } from './rules/index.js';
import { REGIONS, type ActorId, type PartyStatus, type World } from './types.js';
import type { View } from './actions/module.js';
import { sortedIds } from './ids.js';

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
  /** What everyone can see this turn (the same for every actor): what a doctrine's policies read. */
  readonly public: PublicView;
}

/** Pure: what is public at the start of a turn. The indices are computed on first reading. */
export function publicView({ rules, world, present }: View): PublicView {
  let indices: Indices | undefined;
  return {
    turn: world.turn, treaties: world.treaties, forces: world.forces, pledges: world.pledges, lastActions: world.lastActions,
    get indices() {
      indices ??= scoreIndices(rules, world, present);
      return indices;
    },
  };
}


/** target -> owner -> destabilising units of owner standing near target. */
type NearTable = Map<ActorId, Map<ActorId, number>>;

// Forces are immutable and shared between worlds until changed, so the table is memoised per rules
// and forces object: computed once per turn instead of once per question.
const nearTables = new WeakMap<Rules, WeakMap<World['forces'], NearTable>>();

function nearTable(rules: Rules, forces: World['forces']): NearTable {
  let byForces = nearTables.get(rules);
  if (!byForces) {
    byForces = new WeakMap();
    nearTables.set(rules, byForces);
  }
  let table = byForces.get(forces);
  if (table) return table;
  table = new Map(rules.actorIds.map((target) => [target, new Map(rules.actorIds.map((owner) => [owner, 0]))]));
  for (const owner of rules.actorIds) {
    for (const region of REGIONS) {
      let units = 0;
      for (const system of rules.destabilising) units += forces[owner][system][region];
      if (units === 0) continue;
      for (const target of rivalsNear(rules, owner, region)) {
        const row = table.get(target)!;
        row.set(owner, row.get(owner)! + units * (1 - defenceCover(rules, forces, target, region)));
      }
    }
  }
  byForces.set(forces, table);
  return table;
}

/** Units of a rival's destabilising systems standing near `actor`, less the share its bloc's defences blunt. */
export function destabilisingNear(rules: Rules, world: World, actor: ActorId, rival: ActorId): number {
  const units = nearTable(rules, world.forces).get(actor)?.get(rival);
  if (units === undefined) throw new Error(`destabilisingNear: ${actor} or ${rival} is not an actor of these rules`);
  return units;
}

/** Pure: the observation of `actor` in the view's world. */
export function observe(view: View, actor: ActorId, seen: PublicView = publicView(view)): Observation {
  const { rules, world, present } = view;
  let threat = 0;
  let threatFrom: ActorId | null = null;
  for (const rival of present) {
    if (rival === actor || !areRivals(rules, actor, rival)) continue;
    const pressure = world.tension[actor][rival] * (1 + saturate(destabilisingNear(rules, world, actor, rival), rules.escalation.deploymentScale));
    if (pressure / 2 > threat) {
      threat = pressure / 2;
      threatFrom = rival;
    }
  }
  const treaties: Record<string, Observation['treaties'][string]> = {};
  for (const id of sortedIds(world.treaties)) {
    const t = world.treaties[id];
    treaties[id] = { myStatus: t.parties[actor] ?? null, integrity: t.integrity, defunct: t.defunct, exists: t.exists };
  }
  const tension = {} as Record<ActorId, number>;
  for (const other of rules.actorIds) tension[other] = world.tension[actor][other];
  return {
    actor,
    turn: world.turn,
    threat,
    threatFrom,
    leverage: threatFrom ? leverageBalance(rules, world, [actor, threatFrom]) : 1,
    tension,
    rivalsInBreach: world.exposedBreaches.filter((other) => areRivals(rules, actor, other)),
    ownBreachExposed: world.exposedBreaches.includes(actor),
    treaties,
    natoCohesion: world.natoCohesion,
    euUnity: world.euUnity,
    sanctionedBy: world.sanctions.filter((s) => s.on === actor).map((s) => s.by),
    public: seen,
  };
}
