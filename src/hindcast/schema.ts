import { z } from 'zod';
import { INDEX_NAMES, REGIONS, SYSTEMS } from '../model/index.js';
import { actorId, text } from '../scenario/figures.js';
import { actionPattern } from '../scenario/policySchema.js';

const quarter = z.string().regex(/^\d{4}-Q[1-4]$/, 'a quarter like 2019-Q1');
const regime = z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'a regime id like openSkies');
const ONE = { error: 'name exactly one observable' };

/**
 * What a real event is in the model: one observable of a small vocabulary. The `observable` of an
 * event names exactly one of these keys.
 */
export const observableSchema = z.strictObject({
  treatyEnds: regime.optional().meta({ description: 'the regime ends (for everyone)' }),
  party: z.strictObject({ regime, actor: actorId, becomes: z.enum(['inForce', 'suspended', 'withdrawn', 'signed']) }).optional()
    .meta({ description: "a party's status becomes this: it leaves (withdrawn), suspends, or joins (signed, inForce)" }),
  notice: z.strictObject({ regime, actor: actorId }).optional().meta({ description: 'a party gives notice of withdrawal' }),
  signed: regime.optional().meta({ description: 'a proposal is signed (it exists)' }),
  extended: regime.optional().meta({ description: "an expiring regime's end is moved later" }),
  firstAction: z.strictObject({ actor: actorId, action: actionPattern, after: quarter.optional() }).optional()
    .meta({ description: 'the first time the actor takes an action of the pattern (at or after `after`)' }),
  pledge: z.strictObject({ actor: actorId, event: z.enum(['made', 'ended']), system: z.enum(SYSTEMS).optional(), region: z.enum(REGIONS).optional() }).optional()
    .meta({ description: 'a moratorium pledge is made, or ended (by its author or by lapsing)' }),
  round: z.strictObject({ regime, atLeast: z.number().int().min(1).max(40) }).optional().meta({ description: 'talks on a proposal reach this round (or sign it)' }),
  index: z.strictObject({ name: z.enum(INDEX_NAMES), between: z.tuple([z.number().min(0).max(100), z.number().min(0).max(100)]) }).optional()
    .meta({ description: "an index lies in [lo, hi] at the event's quarter" }),
}).refine((o) => Object.values(o).filter((v) => v !== undefined).length === 1, ONE).meta({ id: 'Observable' });

/** One dated real event: what happened (in the file's own words), when, its source, and its observable. */
const eventSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a lowercase id like inf-ends'),
  quarter,
  text,
  source: text,
  observable: observableSchema,
  negative: z.boolean().optional().meta({ description: 'the event is that the observable does NOT happen by the quarter (China never joins trilateral talks)' }),
});

/** A yearly outside series to correlate with an index (Spearman), such as the Doomsday Clock. */
const seriesSchema = z.strictObject({
  name: text,
  index: z.enum(INDEX_NAMES),
  source: text,
  /** How the series reads against the index: `same` when higher means more (of escalation), `opposite` when lower does (seconds to midnight). */
  direction: z.enum(['same', 'opposite']),
  values: z.array(z.strictObject({ year: z.number().int().min(1900).max(2200), value: z.number() })).min(3),
});

/** A history file: dated real events that `multipolar hindcast` scores a scenario against. */
export const historySchema = z.strictObject({
  $schema: z.string().optional(),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a lowercase id like inf-2019-to-2022'),
  title: text,
  sources: z.array(text).min(1),
  events: z.array(eventSchema).min(1),
  series: z.array(seriesSchema).optional(),
}).meta({ title: 'multipolar history', description: 'Dated real events, each mapped to one observable of the model, for multipolar hindcast' });

export type HistoryFile = z.infer<typeof historySchema>;
export type ObservableFile = z.infer<typeof observableSchema>;

/** Pure: the JSON Schema of history files (history/history.schema.json is a copy; a test keeps them equal). */
export function historyJsonSchemaText(): string {
  return JSON.stringify(z.toJSONSchema(historySchema, { target: 'draft-07', io: 'input', unrepresentable: 'throw' }), null, 2) + '\n';
}
