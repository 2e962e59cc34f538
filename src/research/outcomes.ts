import { DEFAULT_RULES, LADDER, type Rules, type Scenario, type World } from '../model/index.js';

/** An outcome the summary gives a probability for, "by turn t". */
export interface OutcomeDef {
  /** lowerCamel id, also the CSV column of outcomes read off the world (e.g. "infDead"). */
  readonly id: string;
  readonly label: string;
}

/** An outcome read off the world after each turn: a regime ended, a proposal signed, allied missiles based in Europe. */
export interface WorldOutcome extends OutcomeDef {
  readonly kind: 'dead' | 'signed' | 'basing';
  readonly treaty?: string;
}

/**
 * Pure: the outcomes read off the world, defined by a scenario's starting world: each regime standing
 * at the start can end; each proposal can be signed; and whether the US or NATO bases ground-launched
 * intermediate-range missiles in Europe (Egmont 106 §1.1, §2.3: the basing question that divides NATO).
 * In treaty-id order, so the list never depends on a file's order.
 */
export function worldOutcomes(scenario: Scenario): WorldOutcome[] {
  const out: WorldOutcome[] = [];
  const treaties = scenario.world.treaties;
  for (const id of Object.keys(treaties).sort()) {
    const t = treaties[id];
    if (t.exists && !t.defunct) out.push({ id: `${id}Dead`, label: `${t.name} ended`, kind: 'dead', treaty: id });
  }
  for (const id of Object.keys(treaties).sort()) {
    const t = treaties[id];
    if (!t.exists) out.push({ id: `${id}Signed`, label: `${t.name} signed`, kind: 'signed', treaty: id });
  }
  // The allies whose basing in Europe needs the alliance's consent (the US and NATO in the model's rules).
  const allies = scenario.rules.actorIds.filter((a) => scenario.actors[a] && scenario.rules.actors[a].basingNeedsCohesion.includes('europe'));
  if (allies.length > 0) out.push({ id: 'alliedMissilesInEurope', label: 'US or NATO intermediate-range missiles based in Europe', kind: 'basing' });
  return out;
}

/**
 * Pure: whether each outcome holds in `world` now. A regime absent from the world never ends; a
 * proposal counts as signed once it exists though it did not at `start` (so a variant that drops or
 * already has a regime reads 0, never an error).
 */
export function worldFlags(scenario: Scenario, outcomes: readonly WorldOutcome[], world: World): boolean[] {
  const start = scenario.world;
  const { rules } = scenario;
  return outcomes.map((o) => {
    if (o.kind === 'basing') return rules.actorIds.some((a) => rules.actors[a].basingNeedsCohesion.includes('europe') && world.forces[a].groundLaunchedIntermediate.europe > 0);
    const t = world.treaties[o.treaty!];
    if (!t) return false;
    if (o.kind === 'dead') return t.defunct;
    return t.exists && !start.treaties[o.treaty!]?.exists;
  });
}

/** A rung of the escalation ladder above the first, as an outcome "escalation reached <level>". */
export interface RungOutcome extends OutcomeDef {
  readonly from: number;
}

/**
 * The ladder's rungs above détente, with their bounds under `rules` (`rules.ladder`). Research
 * summaries score the default bounds; a plan refuses series whose ladder differs (see plan.ts).
 */
export function rungOutcomes(rules: Rules = DEFAULT_RULES): RungOutcome[] {
  return LADDER.slice(1).map((r) => ({
    id: `reached${r.level.split(' ').map((w) => w[0].toUpperCase() + w.slice(1)).join('')}`,
    label: `escalation reached ${r.level} (${rules.ladder[r.id!]}+)`,
    from: rules.ladder[r.id!],
  }));
}

/** The outcome "any proposal signed", when the scenario has proposals. */
export const ANY_SIGNED: OutcomeDef = { id: 'newTreatySigned', label: 'a new treaty signed' };

/** Every outcome the summary reports, in order: the world's, then any-signed, then the ladder's. */
export function allOutcomes(world: readonly OutcomeDef[], hasSigned: boolean): OutcomeDef[] {
  return [...world, ...(hasSigned ? [ANY_SIGNED] : []), ...rungOutcomes()];
}
