/** The seeded turn engine. Pure: no clock, no environment, no files. */
export { startRun, playTurn, closeTurn, recordOf, runScenario, namerOf, recordEvent, viewOf, chooserOf, type Decisions, type RunState, type TurnInput } from './run.js';
export { digestOf, type RunRecord, type TurnRecord, type ActionRecord, type Manifest } from './record.js';
export { TurnStreams } from './streams.js';
export { ENGINE_VERSION } from './version.js';
export { CITATION_AUTHORS, citeAs, citeRun, shortHash } from './cite.js';
export { startMachine, observeWith, stanceRegions, machineOf, hasMachine, memoUnsafety, type MachineValue } from './minds.js';
export * from './save.js';
export { verifyRecord, firstDifference, show, type Verdict, type Difference, type VerifyOptions } from './verify.js';
export { whyOfTurn, namesOf } from './why.js';
export { stancesThisTurn } from './stances.js';
