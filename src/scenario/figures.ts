import { z } from 'zod';

/** Text in a scenario file: one line or a paragraph, never empty. */
export const text = z.string().min(1).max(2000);

/**
 * Schemas a variant replaces whole instead of merging key by key (figures: a changed value needs
 * its own provenance). Read by `variant.ts`; the merge rule itself is in `inherit.ts`.
 */
export const ATOMIC = new WeakSet<z.ZodType>();

const PROVENANCE_ONE_OF = ['source', 'assumption'].map((key) => ({ type: 'object', properties: { [key]: { type: 'string' } }, required: [key] }));

/** A figure with its provenance: a source (a section of the paper, a public reference) or an explicit assumption. */
export const figure = (id: string, value: z.ZodNumber, what: string) => {
  // One object with a refinement (not a union) so that a wrong value gets zod's precise message.
  const schema = z.strictObject({ value, source: text.optional(), assumption: text.optional() })
    .refine((f) => Boolean(f.source) !== Boolean(f.assumption), { error: 'a figure needs either a source (e.g. "Egmont 106 §2.1") or an assumption, not both' })
    .meta({ id, description: `${what}, with its source or an explicit assumption`, oneOf: PROVENANCE_ONE_OF });
  ATOMIC.add(schema);
  return schema;
};

export const shareFigure = figure('ShareFigure', z.number().min(0).max(1), 'A figure from 0 to 1');

/** An entry that needs a source or an assumption; the JSON Schema states the same rule with `anyOf`. */
const SOURCED = { error: 'needs a source or an assumption' };
export const sourced = <T extends z.ZodRawShape>(shape: T, description: string) =>
  z.strictObject({ ...shape, source: text.optional(), assumption: text.optional() })
    .refine((o) => { const p = o as { source?: string; assumption?: string }; return Boolean(p.source || p.assumption); }, SOURCED)
    .meta({ description, anyOf: PROVENANCE_ONE_OF });

/** Names an object's prototype already has: never an id, so that no lookup can reach a prototype member. */
const PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

/** An actor's id: lowerCamel, and never the name of an object's own member (`constructor`, `toString`). */
export const actorId = z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'a lowerCamel id like russia')
  .refine((id) => !PROTOTYPE_NAMES.has(id), { error: 'an id may not be the name of a member every object has (like constructor)' });
