/** The world model: pure data and pure functions over it. */
export * from './types.js';
export { SYSTEM_NAMES, REGION_NAMES } from './names.js';
export * from './rules/index.js';
export * from './actions/index.js';
export { POSTURES, STANCES, readMind, type Posture, type Stance, type Mind } from './mind.js';
export type { Doctrine } from './doctrine.js';
export { eventText, type WorldEvent, type RecordedEvent, type EventType, type Namer } from './events.js';
export { observe, publicView, type Observation } from './observe.js';
export { defenceCover } from './defence.js';
export * from './policies/index.js';
export { scoreActions, softmaxPick, pickAction, explain, type Scored } from './utility.js';
export { talksOdds, concerned, seatOf, type Stances } from './talks.js';
export { scoreIndices, escalationLevel, ladderOf, treatyHealth, INDEX_NAMES, LADDER, type Indices } from './indices.js';
export { applyEffect, type Effect } from './effects/scenarioEffect.js';
export { clamp, round4 } from './math.js';
export { quarterAt, quartersBetween, isQuarter } from './quarter.js';
export type { Scenario, ScenarioEvent } from './scenario.js';
