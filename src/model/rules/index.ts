/** The rules of the game as a value: coefficients with their ranges and sources, and each actor's facts. */
export { coef, sourced, assumed, outsideKind, isSpec, type CoefficientSpec, type CoefficientKind } from './coefficient.js';
export { COEFFICIENT_SPECS, ACTOR_SPECS, DESTABILISING, type ActorSpec } from './defaults.js';
export {
  buildRules, DEFAULT_RULES, kindAt, REQUIRED_FACTS,
  type Rules, type Coefficients, type ActorFacts, type RulesPatch, type ActorPatch, type Figure, type Provenance, type RulesIssue,
} from './rules.js';
export { coefficientCatalog, type CoefficientInfo } from './catalog.js';
export { tablesOf, areRivals, rivalsNear, blocOf, type Rivalry, type RuleTables } from './tables.js';
