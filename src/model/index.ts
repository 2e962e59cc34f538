/** The world model: pure data and pure functions over it. */
export * from './types.js';
export { ACTOR_NAMES, SYSTEM_NAMES, REGION_NAMES } from './names.js';
export { COEFFICIENTS, POSTURES, type Posture, type Stance } from './coefficients.js';
export type { Doctrine } from './doctrine.js';
export { observe, type Observation } from './observe.js';
export { readMind, type Mind } from './mind.js';
export { checkLegality } from './legality.js';
export { listOptions, legalActions, describeAction, defaultPartners, canonicalAction, type Option } from './options.js';
export { scoreActions, softmaxPick, pickAction, explain, type Scored, type Term } from './utility.js';
export { talksOdds } from './talks.js';
export { scoreIndices, escalationLevel, treatyHealth, INDEX_NAMES, type Indices } from './indices.js';
export { applyEffect, type Effect } from './effects/scenarioEffect.js';
export { clamp, round4 } from './math.js';
export { quarterAt, quartersBetween, isQuarter } from './quarter.js';
export type { Scenario, ScenarioEvent } from './scenario.js';
