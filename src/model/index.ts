/** The world model: pure data and pure functions over it. */
export * from './types.js';
export { SYSTEM_NAMES, REGION_NAMES } from './names.js';
export * from './rules/index.js';
export * from './actions/index.js';
export { POSTURES, STANCES, readMind, type Posture, type Stance, type Mind } from './mind.js';
export type { Doctrine } from './doctrine.js';
export { eventText, type WorldEvent, type RecordedEvent, type EventType, type Namer } from './events.js';
export { observe, type Observation } from './observe.js';
export { scoreActions, softmaxPick, pickAction, explain, type Scored } from './utility.js';
export { talksOdds, type Stances } from './talks.js';
export { scoreIndices, escalationLevel, ladderOf, treatyHealth, INDEX_NAMES, LADDER, type Indices } from './indices.js';
export { applyEffect, type Effect } from './effects/scenarioEffect.js';
export { clamp, round4 } from './math.js';
export { quarterAt, quartersBetween, isQuarter } from './quarter.js';
export type { Scenario, ScenarioEvent } from './scenario.js';
export { MEASURED_INDICES, measure, meets, isMet, objectivesMet, type Objective, type Objectives, type ObjectivesMet, type Condition, type Bound, type MeasuredIndex } from './objectives.js';
export { teamScores, rankTeams, type TeamScore, type Ranked } from './teamScore.js';
export { whySentence, termsSentence, actionPhrase, phraseOf, type Chosen } from './why.js';
