import { z } from 'zod';
import { COEFFICIENT_SPECS, REGIONS, SYSTEMS, isSpec, type CoefficientKind } from '../model/index.js';
import { actorId, figure, shareFigure, sourced, text } from './figures.js';

/** One figure schema per kind of coefficient, so that a value outside its kind is refused where it stands. */
const FIGURE: Readonly<Record<CoefficientKind, z.ZodType>> = {
  share: shareFigure,
  positive: figure('PositiveFigure', z.number().min(0), 'A figure of 0 or more'),
  signed: figure('SignedFigure', z.number(), 'A figure that may be negative'),
  turns: figure('TurnsFigure', z.number().int().min(0), 'A whole number of turns, 0 or more'),
  score: figure('ScoreFigure', z.number().min(0).max(100), 'A figure from 0 to 100'),
};

/** The shape of overrides of a group of coefficients: every key optional, a figure of the right kind at each leaf. */
function groupSchema(specs: Record<string, unknown>): z.ZodObject {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, spec] of Object.entries(specs)) {
    shape[key] = (isSpec(spec) ? FIGURE[spec.kind] : groupSchema(spec as Record<string, unknown>)).optional();
  }
  return z.strictObject(shape);
}

const region = z.enum(REGIONS);
const system = z.enum(SYSTEMS);

/** Overrides of an actor's facts, or every fact of an actor the model lacks (see `REQUIRED_FACTS`). */
const actorFacts = sourced({
  name: text.optional(),
  arsenal: z.array(system).optional(),
  arsenalNote: text.optional(),
  basing: z.array(region).optional(),
  presence: z.array(region).optional(),
  homeRegion: region.nullable().optional().meta({ description: 'The region that is its home ground, among those where it stands (none for the US: its home is across the ocean)' }),
  bloc: actorId.optional().meta({ description: 'The bargaining bloc it pools its chips with (by default its own id: no bloc)' }),
  rivals: z.record(actorId, shareFigure).optional().meta({ description: 'Whom it counts as a rival, with the weight of the pair in the escalation index' }),
  bannedShare: shareFigure.optional(),
  canSanction: z.boolean().optional(),
  sanctionNote: text.optional(),
  sanctionable: z.boolean().optional(),
  basingNeedsHost: z.array(region).optional(),
  speaksFor: z.array(actorId).optional().meta({ description: 'Non-player parties it speaks for in talks (the EU for its member states)' }),
  basingNeedsCohesion: z.array(region).optional(),
  basingRalliesAllies: z.array(region).optional(),
  exitStrainsAllies: z.boolean().optional(),
  talksReassureAllies: z.boolean().optional(),
  isUnion: z.boolean().optional(),
}, "An actor's facts: changes to one of the model's actors, or all the facts of a new one").meta({ id: 'ActorFacts' });

/**
 * The `rules:` section of a scenario: overrides of the model's coefficients by their dotted path
 * (each a figure with its provenance), of actors' facts, and new actors. `multipolar rules` lists
 * every path with its value, range and source.
 */
export const rulesSchema = groupSchema(COEFFICIENT_SPECS).extend({
  actors: z.record(actorId, actorFacts).optional(),
  destabilising: z.array(system).optional(),
}).meta({ id: 'Rules', description: "Overrides of the model's rules: coefficients by dotted path (multipolar rules lists them), actors' facts, new actors" });
