import { CORE_ACTORS, REGIONS, SYSTEMS, type ActorId, type RegionId, type SystemId } from '../types.js';
import { isSpec, outsideKind, type CoefficientKind, type CoefficientSpec } from './coefficient.js';
import { ACTOR_SPECS, COEFFICIENT_SPECS, DESTABILISING, type ActorSpec } from './defaults.js';

/** The values of a tree of coefficient specs: the same shape, with numbers at the leaves. */
export type CoefficientValues<T> = { readonly [K in keyof T]: T[K] extends CoefficientSpec ? number : CoefficientValues<T[K]> };

/** Every coefficient of the model, by group (`rules.negotiate.base`). */
export type Coefficients = CoefficientValues<typeof COEFFICIENT_SPECS>;

/** What the rules know about an actor: the facts of `ActorSpec`, with numbers for its coefficients. */
export interface ActorFacts extends Omit<ActorSpec, 'rivals' | 'bannedShare'> {
  readonly rivals: Readonly<Record<ActorId, number>>;
  readonly bannedShare: number;
}

/** Where a value of the rules comes from, when a scenario sets it. */
export interface Provenance {
  readonly source?: string;
  readonly assumption?: string;
}

/**
 * The rules of the game as one value: every coefficient, every actor's facts, and which actors there
 * are. Built from the code's defaults and a scenario's `rules:` overrides (`buildRules`), it travels
 * with the scenario into the engine, so that two games with different rules can run side by side.
 */
export interface Rules extends Coefficients {
  /** Every actor the rules know, in canonical order: the paper's five, then added ones by id. */
  readonly actorIds: readonly ActorId[];
  readonly actors: Readonly<Record<ActorId, ActorFacts>>;
  /** Systems that count as destabilising near a rival (Egmont 106 §2.1). */
  readonly destabilising: readonly SystemId[];
  /** The dotted paths a scenario set, with the provenance it gave them. */
  readonly overridden: Readonly<Record<string, Provenance>>;
}

/** A number set by a scenario, with its provenance. */
export interface Figure extends Provenance {
  readonly value: number;
}

/** A scenario's overrides of coefficients: the shape of the specs, every key optional, figures at the leaves. */
export type CoefficientPatch<T> = { readonly [K in keyof T]?: T[K] extends CoefficientSpec ? Figure : CoefficientPatch<T[K]> };

/** A scenario's overrides of an actor's facts, or all of them for an actor the defaults lack. */
export interface ActorPatch extends Provenance {
  readonly name?: string;
  readonly arsenal?: readonly SystemId[];
  readonly arsenalNote?: string;
  readonly basing?: readonly RegionId[];
  readonly presence?: readonly RegionId[];
  readonly homeRegion?: RegionId | null;
  readonly bloc?: string;
  readonly rivals?: Readonly<Record<ActorId, Figure>>;
  readonly bannedShare?: Figure;
  readonly canSanction?: boolean;
  readonly sanctionNote?: string;
  readonly sanctionable?: boolean;
  readonly basingNeedsHost?: readonly RegionId[];
  readonly speaksFor?: readonly string[];
  readonly basingNeedsCohesion?: readonly RegionId[];
  readonly basingRalliesAllies?: readonly RegionId[];
  readonly exitStrainsAllies?: boolean;
  readonly talksReassureAllies?: boolean;
  readonly isUnion?: boolean;
}

/** A scenario's `rules:` section, after its schema. */
export type RulesPatch = CoefficientPatch<typeof COEFFICIENT_SPECS> & {
  readonly actors?: Readonly<Record<ActorId, ActorPatch>>;
  readonly destabilising?: readonly SystemId[];
};

/** A problem with a scenario's rules: the path under `rules` and what is wrong there. */
export interface RulesIssue {
  readonly path: ReadonlyArray<string>;
  readonly message: string;
}

/** The facts an actor the defaults lack must state, each of them. */
export const REQUIRED_FACTS = ['name', 'arsenal', 'basing', 'presence'] as const;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Pure: the values of a spec tree with a patch laid over it, recording what the patch set. */
function values(specs: Record<string, unknown>, patch: unknown, path: string[], overridden: Record<string, Provenance>, issues: RulesIssue[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(specs)) {
    const over = isObject(patch) ? patch[key] : undefined;
    if (isSpec(spec)) {
      if (over === undefined) {
        out[key] = spec.value;
        continue;
      }
      const figure = over as Figure;
      const problem = outsideKind(spec.kind, figure.value);
      if (problem) issues.push({ path: [...path, key], message: `${figure.value} ${problem}` });
      out[key] = figure.value;
      overridden[[...path, key].join('.')] = provenanceOf(figure);
    } else {
      out[key] = values(spec as Record<string, unknown>, over, [...path, key], overridden, issues);
    }
  }
  return out;
}

const provenanceOf = (p: Provenance): Provenance => (p.source ? { source: p.source } : { assumption: p.assumption ?? 'set by an override' });

function defaultFacts(spec: ActorSpec): ActorFacts {
  const rivals: Record<ActorId, number> = {};
  for (const [other, weight] of Object.entries(spec.rivals)) rivals[other] = weight.value;
  return { ...spec, rivals, bannedShare: spec.bannedShare.value };
}

const NO_FACTS = {
  rivals: {}, bannedShare: 0, canSanction: true, sanctionable: true, basingNeedsCohesion: [], basingNeedsHost: [], basingRalliesAllies: [], speaksFor: [],
  exitStrainsAllies: false, talksReassureAllies: false, isUnion: false,
} as const;

/**
 * Pure: the rules a scenario's `rules:` section makes of the code's defaults, or the problems with it.
 * The section's shape is the scenario schema's to check; this checks what depends on more than one
 * entry: values in their coefficient's domain, actors that exist, rivalries that agree both ways.
 */
export function buildRules(patch: RulesPatch = {}): { rules: Rules } | { issues: RulesIssue[] } {
  const issues: RulesIssue[] = [];
  const overridden: Record<string, Provenance> = {};
  const { actors: actorPatches = {}, destabilising, ...coefficientPatch } = patch;
  const coefficients = values(COEFFICIENT_SPECS, coefficientPatch, [], overridden, issues) as unknown as Coefficients;

  const added = Object.keys(actorPatches).filter((id) => !Object.hasOwn(ACTOR_SPECS, id)).sort();
  const actorIds: ActorId[] = [...CORE_ACTORS, ...added];
  const actors: Record<ActorId, ActorFacts> = {};
  for (const id of actorIds) {
    const base: ActorFacts | null = Object.hasOwn(ACTOR_SPECS, id) ? defaultFacts(ACTOR_SPECS[id as keyof typeof ACTOR_SPECS]) : null;
    const over = Object.hasOwn(actorPatches, id) ? actorPatches[id] : undefined;
    if (!base) {
      const missing = REQUIRED_FACTS.filter((k) => over?.[k] === undefined);
      if (missing.length > 0) issues.push({ path: ['actors', id], message: `${id} is not one of the model's actors (${CORE_ACTORS.join(', ')}), so it must state ${missing.join(', ')}` });
      if (!over?.source && !over?.assumption) issues.push({ path: ['actors', id], message: 'an added actor needs a source or an assumption' });
    }
    actors[id] = mergeFacts(id, base, over, overridden, issues);
  }
  checkActors(actors, issues);
  if (issues.length > 0) return { issues };
  return { rules: { ...coefficients, actorIds, actors, destabilising: destabilising ?? DESTABILISING, overridden } };
}

function mergeFacts(id: ActorId, base: ActorFacts | null, over: ActorPatch | undefined, overridden: Record<string, Provenance>, issues: RulesIssue[]): ActorFacts {
  const start: ActorFacts = base ?? { ...NO_FACTS, name: id, bloc: id, source: '', arsenal: [], basing: [], presence: [], homeRegion: null };
  if (!over) return start;
  const { rivals: rivalPatch, bannedShare, source, assumption, ...facts } = over;
  const provenance = provenanceOf({ source, assumption });
  const rivals: Record<ActorId, number> = { ...start.rivals };
  for (const [other, figure] of Object.entries(rivalPatch ?? {})) {
    const problem = outsideKind('share', figure.value);
    if (problem) issues.push({ path: ['actors', id, 'rivals', other], message: `${figure.value} ${problem}` });
    rivals[other] = figure.value;
    overridden[`actors.${id}.rivals.${other}`] = provenanceOf(figure);
  }
  if (bannedShare) {
    const problem = outsideKind('share', bannedShare.value);
    if (problem) issues.push({ path: ['actors', id, 'bannedShare'], message: `${bannedShare.value} ${problem}` });
    overridden[`actors.${id}.bannedShare`] = provenanceOf(bannedShare);
  }
  for (const key of Object.keys(facts)) overridden[`actors.${id}.${key}`] = provenance;
  const defined = Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined));
  return {
    ...start, ...defined, rivals,
    bannedShare: bannedShare ? bannedShare.value : start.bannedShare,
    source: source ?? assumption ?? start.source,
  };
}

/** Facts that name other actors, systems or regions must name ones that exist; rivalries must agree both ways. */
function checkActors(actors: Record<ActorId, ActorFacts>, issues: RulesIssue[]): void {
  for (const [id, facts] of Object.entries(actors)) {
    for (const key of ['basing', 'presence', 'basingNeedsCohesion', 'basingNeedsHost', 'basingRalliesAllies'] as const) {
      facts[key].forEach((r, i) => {
        if (!REGIONS.includes(r)) issues.push({ path: ['actors', id, key, String(i)], message: `${r} is not a region (${REGIONS.join(', ')})` });
      });
    }
    if (facts.homeRegion !== null && !facts.presence.includes(facts.homeRegion)) {
      issues.push({ path: ['actors', id, 'homeRegion'], message: `${facts.homeRegion} is not among the regions where ${id} stands (presence: ${facts.presence.join(', ') || 'none'})` });
    }
    facts.arsenal.forEach((s, i) => {
      if (!SYSTEMS.includes(s)) issues.push({ path: ['actors', id, 'arsenal', String(i)], message: `${s} is not a system (${SYSTEMS.join(', ')})` });
    });
    for (const [other, weight] of Object.entries(facts.rivals)) {
      if (other === id) issues.push({ path: ['actors', id, 'rivals', other], message: 'an actor is not its own rival' });
      else if (!Object.hasOwn(actors, other)) issues.push({ path: ['actors', id, 'rivals', other], message: `${other} is not an actor of these rules (${Object.keys(actors).join(', ')})` });
      else if (Object.hasOwn(actors[other].rivals, id) && actors[other].rivals[id] !== weight) {
        issues.push({ path: ['actors', id, 'rivals', other], message: `${id} weighs its rivalry with ${other} ${weight}, but ${other} weighs it ${actors[other].rivals[id]}: a rivalry has one weight` });
      }
    }
  }
}

/** The rules of the code, with no scenario's overrides. */
export const DEFAULT_RULES: Rules = (() => {
  const built = buildRules();
  if ('issues' in built) throw new Error(`the default rules are inconsistent: ${built.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return built.rules;
})();

/** Pure: the domain of the coefficient at a dotted path of the rules (`negotiate.base`, `actors.us.rivals.russia`), or null when there is none. */
export function kindAt(path: string): CoefficientKind | null {
  const parts = path.split('.');
  if (parts[0] === 'actors') return (parts.length === 4 && parts[2] === 'rivals') || (parts.length === 3 && parts[2] === 'bannedShare') ? 'share' : null;
  let node: unknown = COEFFICIENT_SPECS;
  for (const part of parts) {
    if (!isObject(node) || !Object.hasOwn(node, part)) return null;
    node = node[part];
  }
  return isSpec(node) ? node.kind : null;
}
