import { REGIONS, type ActorId, type RegionId } from '../types.js';
import type { Rules } from './rules.js';

/** A rivalry between two actors and the weight of its tension in the escalation index. */
export interface Rivalry {
  readonly a: ActorId;
  readonly b: ActorId;
  readonly weight: number;
}

/** Lookups derived from a Rules value, computed once per value and shared by every question. */
export interface RuleTables {
  /** Every rivalry once, ordered by the canonical positions of its two actors. */
  readonly rivalries: readonly Rivalry[];
  /** For each actor, its rivals. */
  readonly rivalSets: ReadonlyMap<ActorId, ReadonlySet<ActorId>>;
  /** For each actor and region, the rivals that stand there: those at home there first, then the others, each in canonical order. */
  readonly near: ReadonlyMap<string, readonly ActorId[]>;
  /** For each actor, its bargaining bloc's members in canonical order (itself alone when it pools with no one). */
  readonly blocs: ReadonlyMap<ActorId, readonly ActorId[]>;
}

const memo = new WeakMap<Rules, RuleTables>();
// A run asks about one Rules value thousands of times a turn: the last one answers without a map lookup.
let lastRules: Rules | undefined;
let lastTables: RuleTables | undefined;

/** Pure: the lookup tables of `rules` (memoised per Rules value). */
export function tablesOf(rules: Rules): RuleTables {
  if (rules === lastRules) return lastTables!;
  let tables = memo.get(rules);
  if (!tables) {
    tables = buildTables(rules);
    memo.set(rules, tables);
  }
  lastRules = rules;
  lastTables = tables;
  return tables;
}

function buildTables(rules: Rules): RuleTables {
  const ids = rules.actorIds;
  const rivalries: Rivalry[] = [];
  const rivalSets = new Map<ActorId, Set<ActorId>>(ids.map((id) => [id, new Set<ActorId>()]));
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const [a, b] = [ids[i], ids[j]];
      const weight = Object.hasOwn(rules.actors[a].rivals, b) ? rules.actors[a].rivals[b] : Object.hasOwn(rules.actors[b].rivals, a) ? rules.actors[b].rivals[a] : null;
      if (weight === null) continue;
      rivalries.push({ a, b, weight });
      rivalSets.get(a)!.add(b);
      rivalSets.get(b)!.add(a);
    }
  }
  const near = new Map<string, readonly ActorId[]>();
  for (const owner of ids) {
    for (const region of REGIONS) {
      const there = region === 'home' ? [] : ids.filter((other) => rivalSets.get(owner)!.has(other) && rules.actors[other].presence.includes(region));
      near.set(nearKey(owner, region), [...there.filter((a) => rules.actors[a].homeRegion === region), ...there.filter((a) => rules.actors[a].homeRegion !== region)]);
    }
  }
  const blocs = new Map<ActorId, readonly ActorId[]>();
  for (const id of ids) {
    const bloc = rules.actors[id].bloc;
    blocs.set(id, ids.filter((other) => rules.actors[other].bloc === bloc));
  }
  return { rivalries, rivalSets, near, blocs };
}

const nearKey = (owner: ActorId, region: RegionId) => `${owner}|${region}`;

// An actor the rules do not know is a broken caller, never a silent "no": say so.
function known<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`${what}: ${String(key)} is not an actor of these rules`);
  return value;
}

/** Pure: whether a and b are rivals (a rivalry listed on either side). */
export function areRivals(rules: Rules, a: ActorId, b: ActorId): boolean {
  return known(tablesOf(rules).rivalSets, a, 'areRivals').has(b);
}

/** Pure: the rivals of `owner` that a system it bases in `region` stands near. Home-based systems threaten no one nearby. */
export function rivalsNear(rules: Rules, owner: ActorId, region: RegionId): readonly ActorId[] {
  return known(tablesOf(rules).near, nearKey(owner, region), 'rivalsNear');
}

/** Pure: the members of `actor`'s bargaining bloc (the actor alone when it has none). */
export function blocOf(rules: Rules, actor: ActorId): readonly ActorId[] {
  return known(tablesOf(rules).blocs, actor, 'blocOf');
}
