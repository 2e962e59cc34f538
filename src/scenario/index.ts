/** Scenario files: schema, loader, errors. A file in, a validated Scenario or a precise error out. */
export { scenarioSchema, type ScenarioFile } from './schema.js';
export { variantSchema, overridesOf } from './variant.js';
export { scenarioJsonSchema, scenarioJsonSchemaText } from './jsonSchema.js';
export { mergeOver } from './inherit.js';
export { findBase, isPathRef } from './extends.js';
export { RESERVED_NAMES } from './reserved.js';
export {
  chainFiles, loadScenario, loadScenarioFile, openScenario, openScenarioFile, type OpenedScenario, parseFile, type ParsedFile, MAX_SCENARIO_BYTES, type ChainFile, readScenarioDocument, listScenarioIds, resolveScenarioRef, SCENARIO_DIR, type ScenarioDocument, type LoadOptions,
} from './load.js';
export type { Override } from './override.js';
export { ScenarioError, formatProblem, type ScenarioProblem } from './errors.js';
export { buildScenario, type BuildIssue } from './build.js';
export { inertStances, type InertStance } from './stances.js';
