import { z } from 'zod';
import { ACTION_TYPES, ACTORS, POSTURES, REGIONS, SYSTEMS } from '../model/index.js';

/**
 * The scenario file format. This one definition validates files (with paths for errors) and is
 * exported as JSON Schema for editors (`multipolar scenarios schema`).
 */

const quarter = z.string().regex(/^\d{4}-Q[1-4]$/, 'a quarter like 2019-Q1');
const actor = z.enum(ACTORS);
const system = z.enum(SYSTEMS);
const region = z.enum(REGIONS);
const status = z.enum(['inForce', 'suspended', 'withdrawn', 'negotiating', 'signed']);
const share = z.number().min(0).max(1);
const text = z.string().min(1).max(2000);

/** A figure with its provenance: a source (a section of the paper, a public reference) or an explicit assumption. */
const figure = (value: z.ZodNumber) =>
  z.strictObject({ value, source: text.optional(), assumption: text.optional() })
    .refine((f) => Boolean(f.source || f.assumption), { error: 'a figure needs a source (e.g. "Egmont 106 §2.1") or an assumption' });

const doctrine = z.strictObject({
  threatPerception: figure(share),
  allianceWeight: figure(share),
  costSensitivity: figure(share),
  armsControl: figure(share),
  bias: z.partialRecord(z.enum(ACTION_TYPES as [string, ...string[]]), figure(z.number().min(-2).max(2))).optional(),
});

const effect = z.strictObject({
  tension: z.array(z.strictObject({ between: z.tuple([actor, actor]), delta: z.number().min(-1).max(1) })).optional(),
  natoCohesion: z.number().min(-1).max(1).optional(),
  euUnity: z.number().min(-1).max(1).optional(),
  proliferation: z.number().min(-1).max(1).optional(),
  crisis: z.number().min(-1).max(1).optional(),
  forces: z.array(z.strictObject({ actor, system, region, delta: z.number().int().min(-1000).max(1000) })).optional(),
  treaties: z.array(z.strictObject({ id: z.string(), integrity: z.number().min(-1).max(1).optional(), status: z.partialRecord(actor, status).optional() })).optional(),
  exposeBreach: z.array(actor).optional(),
});

const treaty = z.strictObject({
  id: z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'a lowerCamel id like newStart'),
  name: text,
  binding: z.enum(['legal', 'political']),
  weight: figure(z.number().min(0).max(10)),
  integrity: figure(share),
  parties: z.partialRecord(actor, status),
  bans: z.array(system).default([]),
  noticeTurns: z.number().int().min(0).max(40).default(0),
  withdrawalDue: z.partialRecord(actor, quarter).optional(),
  essential: z.array(actor).default([]),
  required: z.array(actor).default([]),
  expires: quarter.optional(),
  exists: z.boolean().default(true),
  defunct: z.boolean().default(false),
  roundsToSign: z.number().int().min(1).max(40).default(1),
  source: text,
});

/** Entries that need a source or an explicit assumption. */
const sourced = <T extends { source?: string; assumption?: string }>(o: T) => Boolean(o.source || o.assumption);
const SOURCED = { error: 'needs a source or an assumption' };

const event = z.strictObject({ id: z.string().min(1), title: text, text, effect, source: text });

export const scenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a lowercase id like inf-2019'),
  extends: z.string().optional(),
  title: text,
  question: text,
  start: quarter,
  turns: z.number().int().min(1).max(400),
  sources: z.array(text).min(1),
  actors: z.partialRecord(actor, z.strictObject({ posture: z.enum(POSTURES as [string, ...string[]]).optional(), doctrine })),
  world: z.strictObject({
    natoCohesion: figure(share),
    euUnity: figure(share),
    proliferation: figure(share),
    tension: z.strictObject({
      default: figure(share),
      pairs: z.array(z.strictObject({ between: z.tuple([actor, actor]), value: share, source: text.optional(), assumption: text.optional() }).refine(sourced, SOURCED)).default([]),
    }),
    forces: z.array(z.strictObject({ actor, system, region, units: z.number().int().min(0).max(100_000), source: text.optional(), assumption: text.optional() }).refine(sourced, SOURCED)).default([]),
    treaties: z.array(treaty).min(1),
    sanctions: z.array(z.strictObject({ by: actor, on: actor, source: text })).default([]),
    exposedBreaches: z.array(actor).default([]),
  }),
  events: z.array(event.extend({ at: quarter })).default([]),
  injects: z.array(event).default([]),
});

export type ScenarioFile = z.infer<typeof scenarioSchema>;
