/** Scenario files: schema, loader, errors. A file in, a validated Scenario or a precise error out. */
export { scenarioSchema, type ScenarioFile } from './schema.js';
export { loadScenario, loadScenarioFile, listScenarioIds, resolveScenarioRef, SCENARIO_DIR } from './load.js';
export { ScenarioError, formatProblem, type ScenarioProblem } from './errors.js';
export { buildScenario, type BuildIssue } from './build.js';
