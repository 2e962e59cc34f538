import { z } from 'zod';
import { ACTION_MODULES, REGIONS, SYSTEMS } from '../model/index.js';
import { actorId, text } from './figures.js';

const quarter = z.string().regex(/^\d{4}-Q[1-4]$/, 'a quarter like 2019-Q1');
const regime = z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'a regime id like euroMoratorium');
const status = z.enum(['inForce', 'suspended', 'withdrawn', 'negotiating', 'signed']);

/**
 * A pattern of actions: one action type as its key, with any of its parameters (the registry's
 * schema of the type, every parameter optional): `{ deploy: { region: asia } }`.
 */
const patternShape = Object.fromEntries(ACTION_MODULES.map((m) => [m.type, (m.schema as unknown as z.ZodObject).omit({ type: true }).partial().optional()]));
const ONE_TYPE = { error: 'name exactly one type of action, e.g. { negotiate: { treaty: euroMoratorium } }' };
const oneType = (p: Record<string, unknown>) => ACTION_MODULES.filter((m) => p[m.type] !== undefined).length === 1;
export const actionPattern = z.strictObject(patternShape).refine(oneType, ONE_TYPE).meta({ id: 'ActionPattern', description: 'One type of action as the key, with any of its parameters: { deploy: { region: asia } }' });

/** A condition on what the actor observes; every key given must hold. */
export const condition: z.ZodType = z.strictObject({
  from: quarter.optional().meta({ description: 'from this quarter on' }),
  until: quarter.optional().meta({ description: 'up to this quarter' }),
  signed: regime.optional().meta({ description: 'the regime exists (signed or in force) and has not ended' }),
  defunct: regime.optional().meta({ description: 'the regime has ended' }),
  party: z.strictObject({ regime, actor: actorId, is: z.array(status).min(1) }).optional().meta({ description: "a party's status in a regime is one of these" }),
  forces: z.strictObject({ actor: actorId, system: z.enum(SYSTEMS), region: z.enum(REGIONS), atLeast: z.number().int().min(0).optional(), below: z.number().int().min(0).optional() }).optional(),
  index: z.strictObject({ name: z.enum(['escalation', 'treatyErosion', 'natoCohesion', 'armsRace']), above: z.number().min(0).max(100).optional(), below: z.number().min(0).max(100).optional() }).optional(),
  lastAction: z.strictObject({ actor: actorId, action: actionPattern }).optional().meta({ description: 'what another actor did last turn' }),
  pledge: z.strictObject({ by: actorId, system: z.enum(SYSTEMS).optional(), region: z.enum(REGIONS).optional() }).optional().meta({ description: 'a moratorium pledge in force' }),
  get not() {
    return condition.optional();
  },
  get any() {
    return z.array(condition).min(1).optional();
  },
  get all() {
    return z.array(condition).min(1).optional();
  },
}).meta({ id: 'Condition', description: 'A condition on what the actor observes; every key given must hold' });

const prefer = z.strictObject({ ...patternShape, weight: z.number().min(-2).max(2) }).refine(oneType, ONE_TYPE)
  .meta({ description: 'add weight to the utility of the actions of the pattern: { negotiate: { treaty: hcoc }, weight: 0.3 }' });
const commit = z.strictObject({
  deploy: z.strictObject({ system: z.enum(SYSTEMS), region: z.enum(REGIONS), units: z.number().int().min(1).max(1000) }),
  by: quarter,
}).meta({ description: 'deploy at least `units` of the system in the region by the quarter; broken past it, unless void' });

const ONE_RULE = { error: 'a policy is exactly one of prefer, never or commit' };
const PROVENANCE = { error: 'a policy needs either a source or an assumption, not both' };

/** A conditional, targeted rule of a doctrine (see src/model/policies/policy.ts and docs/SCENARIOS.md). */
export const policy = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a lowercase id like dual-track-deploy'),
  source: text.optional(),
  assumption: text.optional(),
  when: condition.optional(),
  prefer: prefer.optional(),
  never: actionPattern.optional(),
  commit: commit.optional(),
  void: condition.optional().meta({ description: 'with commit: once this holds, the commitment no longer binds' }),
})
  .refine((p) => [p.prefer, p.never, p.commit].filter((x) => x !== undefined).length === 1, ONE_RULE)
  .refine((p) => Boolean(p.source) !== Boolean(p.assumption), PROVENANCE)
  .refine((p) => p.void === undefined || p.commit !== undefined, { error: 'void belongs to a commit' })
  .meta({ id: 'Policy', description: 'A conditional, targeted rule of a doctrine: prefer, never or commit, while `when` holds' });

export type PolicyFile = z.infer<typeof policy>;
