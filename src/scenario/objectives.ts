import { z } from 'zod';
import {
  MEASURED_INDICES, REGIONS, SYSTEMS,
  type ActorId, type Bound, type ObjectiveCondition, type Objective, type Objectives, type Treaty,
} from '../model/index.js';
import { actorId, figure, text } from './figures.js';

/**
 * The `objectives:` section of a scenario file: per actor, two to four conditions on the world it
 * plays for, each with its source. The vocabulary is the model's (`src/model/objectives.ts`).
 */

const scoreFigure = figure('LevelFigure', z.number().min(0).max(100), 'A level from 0 to 100');
const unitsFigure = figure('UnitsFigure', z.number().int().min(0).max(100_000), 'A number of units');

const CONDITIONS = ['regime', 'health', 'index', 'tension', 'forces'] as const;
const BOUNDS = ['atMost', 'atLeast'] as const;
// "Exactly one of these keys", for editors (as figures.ts states its provenance rule).
const onlyOne = (keys: readonly string[]) => keys.map((key) => ({ type: 'object', properties: { [key]: { type: 'object' } }, required: [key] }));

/** A measure with exactly one bound, at most or at least (inclusive). */
function bounded<T extends z.ZodRawShape>(shape: T, bound: typeof scoreFigure | typeof unitsFigure, description: string) {
  return z.strictObject({ ...shape, atMost: bound.optional(), atLeast: bound.optional() })
    .refine((o) => ('atMost' in o && o.atMost !== undefined) !== ('atLeast' in o && o.atLeast !== undefined), { error: 'give one bound: atMost or atLeast' })
    .meta({ description, oneOf: onlyOne(BOUNDS) });
}

const objective = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a lowercase id like new-start'),
  text: text.meta({ description: 'The objective in words, as the team reads it' }),
  source: text.meta({ description: "Where the actor's interest comes from, e.g. \"Egmont 106 §2.3\"" }),
  regime: z.strictObject({ id: z.string(), stands: z.boolean().default(true) })
    .meta({ description: 'A regime stands (exists and has not ended), or with stands: false, does not' }).optional(),
  health: bounded({ regime: z.string() }, scoreFigure, "A regime's health, 0 to 100: its parties' standing times its integrity").optional(),
  index: bounded({ id: z.enum(MEASURED_INDICES) }, scoreFigure, 'An index (escalation, treatyErosion, natoCohesion, armsRace) or euUnity, 0 to 100').optional(),
  tension: bounded({ between: z.tuple([actorId, actorId]) }, scoreFigure, 'The tension between two actors, 0 to 100').optional(),
  forces: bounded(
    { of: z.array(actorId).min(1), system: z.enum(SYSTEMS), region: z.enum(REGIONS).optional() },
    unitsFigure, 'The units of a system the actors `of` hold together, in `region` or everywhere',
  ).optional(),
}).refine((o) => CONDITIONS.filter((k) => o[k] !== undefined).length === 1, { error: `give exactly one condition: ${CONDITIONS.join(', ')}` })
  .meta({ id: 'Objective', description: 'What a team plays for: one condition on the world, met or not at the end of each turn', oneOf: onlyOne(CONDITIONS) });

/** The section: each actor's objectives, two to four of them. */
export const objectivesSchema = z.record(actorId, z.array(objective).min(2).max(4))
  .meta({ description: "Each actor's objectives, which give its team score (docs/MODEL.md); a variant removes an actor's with null" });

export type ObjectivesFile = z.infer<typeof objectivesSchema>;
type ObjectiveFile = ObjectivesFile[string][number];

/** A problem with the section, by path (from the top of the document). */
export interface ObjectiveIssue {
  readonly path: ReadonlyArray<string | number>;
  readonly message: string;
}

const boundOf = (o: { atMost?: { value: number }; atLeast?: { value: number } }): Bound =>
  o.atMost ? { side: 'atMost', value: o.atMost.value } : { side: 'atLeast', value: o.atLeast!.value };

function conditionOf(o: ObjectiveFile): ObjectiveCondition {
  if (o.regime) return { kind: 'regime', regime: o.regime.id, stands: o.regime.stands };
  if (o.health) return { kind: 'health', regime: o.health.regime, bound: boundOf(o.health) };
  if (o.index) return { kind: 'index', index: o.index.id, bound: boundOf(o.index) };
  if (o.tension) return { kind: 'tension', between: o.tension.between, bound: boundOf(o.tension) };
  const f = o.forces!;
  return { kind: 'forces', of: f.of, system: f.system, region: f.region ?? null, bound: boundOf(f) };
}

/**
 * Pure: the objectives of a schema-valid section, checking what the schema cannot: each actor
 * plays, ids are unique, and every regime and actor named is one of the scenario's.
 */
export function buildObjectives(section: ObjectivesFile | undefined, present: readonly ActorId[], treaties: Readonly<Record<string, Treaty>>): { objectives: Objectives } | { issues: ObjectiveIssue[] } {
  const issues: ObjectiveIssue[] = [];
  const objectives: Record<ActorId, Objective[]> = {};
  const notPlaying = (a: ActorId) => `${a} is not one of this scenario's actors (${present.join(', ')})`;
  for (const [actor, list] of Object.entries(section ?? {})) {
    const at = ['objectives', actor];
    if (!present.includes(actor)) {
      issues.push({ path: at, message: `${notPlaying(actor)}; a variant removes its objectives with ${actor}: null` });
      continue;
    }
    const seen = new Set<string>();
    list.forEach((o, i) => {
      if (seen.has(o.id)) issues.push({ path: [...at, i, 'id'], message: `${actor} has two objectives with id ${o.id}` });
      seen.add(o.id);
      const regime = o.regime?.id ?? o.health?.regime;
      if (regime !== undefined && !Object.hasOwn(treaties, regime)) {
        issues.push({ path: [...at, i, o.regime ? 'regime' : 'health', o.regime ? 'id' : 'regime'], message: `no regime with id ${regime} in this scenario (${Object.keys(treaties).join(', ')})` });
      }
      o.tension?.between.forEach((a, k) => {
        if (!present.includes(a)) issues.push({ path: [...at, i, 'tension', 'between', k], message: notPlaying(a) });
      });
      if (o.tension && o.tension.between[0] === o.tension.between[1]) issues.push({ path: [...at, i, 'tension', 'between'], message: 'tension is between two different actors' });
      o.forces?.of.forEach((a, k) => {
        if (!present.includes(a)) issues.push({ path: [...at, i, 'forces', 'of', k], message: notPlaying(a) });
      });
    });
    objectives[actor] = list.map((o) => ({ id: o.id, text: o.text, source: o.source, condition: conditionOf(o) }));
  }
  return issues.length > 0 ? { issues } : { objectives };
}
