import { z } from 'zod';
import { ACTION_TYPES, POSTURES, REGIONS, SYSTEMS } from '../model/index.js';
import { actorId, figure, shareFigure, sourced, text } from './figures.js';
import { policy } from './policySchema.js';
import { rulesSchema } from './rulesSchema.js';
import { objectivesSchema } from './objectives.js';

export { ATOMIC } from './figures.js';

/**
 * The scenario file format. This one definition validates files (with paths for errors), derives
 * the shape of a variant (`variant.ts`) and is exported as JSON Schema for editors (`jsonSchema.ts`,
 * `multipolar scenarios schema`). Descriptions given with `.meta` show up in editors.
 */

const quarter = z.string().regex(/^\d{4}-Q[1-4]$/, 'a quarter like 2019-Q1');
const actor = actorId;
const system = z.enum(SYSTEMS);
const region = z.enum(REGIONS);
const status = z.enum(['inForce', 'suspended', 'withdrawn', 'negotiating', 'signed']);
const share = z.number().min(0).max(1);

const biasFigure = figure('BiasFigure', z.number().min(-2).max(2), 'A preference from -2 to 2 added to an action type');
const weightFigure = figure('WeightFigure', z.number().min(0).max(10), "A regime's weight in the treaty-erosion index, 0 to 10");

const doctrine = z.strictObject({
  threatPerception: shareFigure,
  allianceWeight: shareFigure,
  costSensitivity: shareFigure,
  armsControl: shareFigure,
  bias: z.partialRecord(z.enum(ACTION_TYPES as [string, ...string[]]), biasFigure).optional(),
  policies: z.array(policy).optional().meta({ description: 'Conditional, targeted rules: prefer, never or commit, each while its condition holds' }),
}).meta({ id: 'Doctrine', description: "How an actor weighs its options: its machine's state and this doctrine give the utilities of its actions" });

const effect = z.strictObject({
  tension: z.array(z.strictObject({ between: z.tuple([actor, actor]), delta: z.number().min(-1).max(1), lasting: z.boolean().optional() })).optional(),
  natoCohesion: z.number().min(-1).max(1).optional(),
  euUnity: z.number().min(-1).max(1).optional(),
  natoCohesionBaseline: z.number().min(-1).max(1).optional().meta({ description: 'a lasting change of the cohesion NATO relaxes to (an enlarged, rallied alliance)' }),
  euUnityBaseline: z.number().min(-1).max(1).optional().meta({ description: 'a lasting change of the unity the EU relaxes to' }),
  proliferation: z.number().min(-1).max(1).optional(),
  crisis: z.number().min(-1).max(1).optional(),
  forces: z.array(z.strictObject({ actor, system, region, delta: z.number().int().min(-1000).max(1000) })).optional(),
  treaties: z.array(z.strictObject({
    id: z.string(), integrity: z.number().min(-1).max(1).optional(), status: z.record(actor, status).optional(),
    end: z.boolean().optional().meta({ description: 'the regime is terminated (a snapback, the end of a non-player party)' }),
  })).optional(),
  exposeBreach: z.array(actor).optional(),
  doctrines: z.array(z.strictObject({
    actor,
    set: z.strictObject({
      threatPerception: share.optional(), allianceWeight: share.optional(), costSensitivity: share.optional(), armsControl: share.optional(),
      bias: z.partialRecord(z.enum(ACTION_TYPES as [string, ...string[]]), z.number().min(-2).max(2)).optional(),
      policies: z.array(policy).optional(),
    }),
  })).optional().meta({ description: "A change of administration: the doctrine's figures given are set, its bias and policies replaced whole" }),
  hosts: z.array(z.strictObject({ id: z.string(), consent: z.number().min(-1).max(1) })).optional().meta({ description: "A host state's consent to host forces moves by this much" }),
}).meta({ id: 'Effect', description: 'What an event does to the world: deltas are added and clamped, statuses and doctrines set. A scheduled event may not move a player\'s forces or party status: those are its choices' });

const treaty = z.strictObject({
  id: z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'a lowerCamel id like newStart'),
  name: text,
  binding: z.enum(['legal', 'political']),
  weight: weightFigure,
  integrity: shareFigure,
  parties: z.record(actor, status),
  bans: z.array(system).default([]),
  banRegions: z.array(region).min(1).default(['home', 'europe', 'asia']),
  noticeTurns: z.number().int().min(0).max(40).default(0),
  suspendable: z.boolean().default(false).meta({ description: "whether a party may suspend compliance without leaving: the text or the parties' practice allows it" }),
  statusFor: z.array(actor).default([]).meta({ description: 'parties whose recognised standing leaving would forfeit (NPT Art. IX.3)' }),
  roles: z.array(z.enum(['nonproliferation', 'confidence'])).default([]).meta({ description: 'what the regime does besides its bans' }),
  breachedBy: z.array(actor).default([]).meta({ description: 'parties the others hold in breach of its obligations other than bans (Open Skies: restricted overflights); the source says who found it' }),
  extendableTo: quarter.optional().meta({ description: 'the latest quarter an extension may reach (New START: 2026-Q1)' }),
  withdrawalDue: z.record(actor, quarter).optional(),
  essential: z.array(actor).default([]),
  required: z.array(actor).default([]),
  expires: quarter.optional(),
  exists: z.boolean().default(true),
  defunct: z.boolean().default(false),
  roundsToSign: z.number().int().min(1).max(40).default(1),
  source: text,
}).meta({ id: 'Treaty', description: 'A regime, or a proposal (exists: false) that talks can turn into one' });

const event = z.strictObject({ id: z.string().min(1), title: text, text, effect, source: text });

export const scenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a lowercase id like inf-2019'),
  title: text,
  question: text.meta({ description: 'The one-line question the scenario explores' }),
  start: quarter.meta({ description: 'First quarter, e.g. 2019-Q1' }),
  turns: z.number().int().min(1).max(400).meta({ description: 'Default length in quarterly turns' }),
  sources: z.array(text).min(1),
  actors: z.record(actor, z.strictObject({
    posture: z.enum(POSTURES).optional(),
    doctrine,
  }))
    .meta({ description: 'The actors that play, each with its doctrine; an actor left out does not play. Each must be an actor of the rules (the five of the model, or one rules.actors adds) with a machine in actors/' }),
  rules: rulesSchema.optional(),
  world: z.strictObject({
    natoCohesion: shareFigure,
    euUnity: shareFigure,
    proliferation: shareFigure,
    tension: z.strictObject({
      default: shareFigure,
      pairs: z.array(sourced({ between: z.tuple([actor, actor]), value: share }, 'Tension between two actors')).default([]),
    }),
    forces: z.array(sourced({ actor, system, region, units: z.number().int().min(0).max(100_000) }, 'Units of a system an actor holds in a region')).default([]),
    treaties: z.array(treaty).min(1),
    sanctions: z.array(z.strictObject({ by: actor, on: actor, source: text })).default([]),
    nonPlayers: z.array(z.strictObject({ id: actor, name: text, source: text })).default([])
      .meta({ description: 'Parties to regimes that do not play (the EU member states, Iran, other states); only scenario events move them' }),
    hosts: z.array(sourced({ id: actor, name: text, region, consent: share }, 'A state that may host a player\'s forces, and its willingness to')).default([]),
    fielding: z.array(sourced({ actor, system, from: quarter }, 'A system still in development: the actor may flight-test or announce it, but deploys none before the quarter')).default([]),
    exposedBreaches: z.array(actor).default([]),
  }),
  events: z.array(event.extend({ at: quarter })).default([]).meta({ description: 'Events the scenario schedules at a quarter' }),
  injects: z.array(event).default([]).meta({ description: 'Events a facilitator may fire during play' }),
  objectives: objectivesSchema.optional(),
}).meta({ description: 'A multipolar scenario (a complete file, without extends)' });

export type ScenarioFile = z.infer<typeof scenarioSchema>;
