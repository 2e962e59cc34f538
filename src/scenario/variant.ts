import { z } from 'zod';
import { ATOMIC, scenarioSchema } from './schema.js';

/**
 * Pure: the shape of a variant's overrides for `schema`, following the merge rules of `inherit.ts`.
 * Objects become partial; a key that is optional in the full format (or an entry of a map, such as
 * an actor) may be set to `null` to delete it; arrays, figures and scalars keep their full shape
 * because they replace the base's whole.
 */
export function overridesOf(schema: z.ZodType): z.ZodType {
  if (ATOMIC.has(schema)) return schema;
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) return deletable(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodRecord) return z.partialRecord(schema.keyType as never, deletable(schema.valueType as z.ZodType));
  if (schema instanceof z.ZodObject) {
    const shape: Record<string, z.ZodType> = {};
    for (const [key, value] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      const optional = value instanceof z.ZodOptional || value instanceof z.ZodDefault;
      shape[key] = optional ? overridesOf(value) : overridesOf(value).optional();
    }
    return withDescription(z.strictObject(shape), schema);
  }
  return schema;
}

const deletable = (schema: z.ZodType) => overridesOf(schema).nullable().optional();

// Keep the description (not the id: two schemas may not share one) so that editors still show it.
function withDescription(rebuilt: z.ZodType, from: z.ZodType): z.ZodType {
  return from.description ? rebuilt.meta({ description: from.description }) : rebuilt;
}

let variant: z.ZodObject | undefined;

/**
 * A variant file: its own id, title and question, the base it extends, and overrides of anything
 * else. The loader checks a variant's own file with this schema before merging it over its base.
 * Made on first use: deriving it walks the whole format, which a scenario from the cache never needs.
 */
export const variantSchema = (): z.ZodObject => (variant ??= makeVariantSchema());

function makeVariantSchema(): z.ZodObject {
  const { $schema: _schema, id, ...rest } = scenarioSchema.shape;
  return z.strictObject({
    $schema: z.string().optional(),
    id,
    extends: z.string().regex(/^(?:[a-z0-9][a-z0-9-]*|[^\u0000-\u001f]{1,250}\.ya?ml)$/, 'the id of a scenario (beside this file or shipped), like inf-2019, or a path to a .yaml file from this file\'s folder')
      .meta({ description: 'The base scenario this variant overrides: an id (looked up beside this file, then among the shipped scenarios) or a relative path to a .yaml file in this file\'s folder or below' }),
    ...(overridesOf(z.strictObject(rest)) as z.ZodObject).shape,
    title: rest.title,
    question: rest.question,
  }).meta({ description: 'A variant of another scenario: it names its base with extends and overrides only what differs (null deletes a key)' });
}
