import { z } from 'zod';
import { scenarioSchema } from './schema.js';
import { variantSchema } from './variant.js';

/** What a scenario file may be: a complete scenario, or a variant of one (made when first asked for, as variantSchema). */
let scenarioFileSchema: z.ZodType | undefined;
const fileSchema = (): z.ZodType => (scenarioFileSchema ??= z.union([
  scenarioSchema.meta({ id: 'Scenario' }),
  variantSchema().meta({ id: 'ScenarioVariant' }),
]).meta({
  title: 'multipolar scenario',
  description: 'A multipolar scenario file: complete, or a variant that extends another (see docs/SCENARIOS.md)',
}));

/**
 * Pure: the JSON Schema (draft-07, which editors support best) of scenario files, generated with zod's `toJSONSchema`
 * from the definition the loader validates with. Its input shape: keys with a default are optional.
 * scenarios/scenario.schema.json is this object, pretty-printed; a test keeps the two equal.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(fileSchema(), { target: 'draft-07', io: 'input', unrepresentable: 'throw' }) as Record<string, unknown>;
}

/** The JSON Schema as the text of scenarios/scenario.schema.json. */
export function scenarioJsonSchemaText(): string {
  return JSON.stringify(scenarioJsonSchema(), null, 2) + '\n';
}
