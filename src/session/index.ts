/**
 * A match, as the hot-seat UI and the classroom server both play it: the game and its turns, the
 * order menu built from the action registry, sealed orders, injects, the turn clock, saves, and the
 * debrief. Pure where it can be: the clock is read and files are touched only at the edges.
 */
export { newGame, advance, isOver, saveOfGame, gameFromSave, indexHistory, scoresOf, type Game } from './game.js';
export { nameOf, actionText } from './actionText.js';
export { orderStep, firstOpen, manyOrder, oddsApplied, candidates, type Choice, type OrderStep, type Candidate } from './orderTree.js';
export { replayOf, type Replay } from './counterfactual.js';
export { buildDebrief, INDEX_LABELS, type Debrief, type IndexName, type IndexSummary, type Cause, type TurningPoint, type TreatyChange } from './debrief.js';
export { teamResults, WORLD_EVENTS, type TeamResult, type ObjectiveMove } from './debriefScores.js';
export { debriefMarkdown, turningPointText, teamResultText, objectiveLines, teamsText } from './debriefMarkdown.js';
export { SAVE_KIND, MAX_SAVE_BYTES, saveFileText, parseSaveFile, type SaveFile, type Classroom } from './saveFile.js';
export { SaveFileError } from './saveFileError.js';
export { CODE_ALPHABET, CODE_LENGTH, CODE_PATTERN, makeCode, normalizeCode } from './codes.js';
export { sealOrder, unsealOrder, sealedTeams, lateTeams, resolveRound, type Sealed } from './round.js';
export { toggleInject } from './injectQueue.js';
export { NO_CLOCK, setTimer, pauseClock, resumeClock, nextTurnClock, timeLeft, isTimeUp, type TurnClock } from './turnClock.js';
export { newMatch, isMatchOver, sealInMatch, unsealInMatch, isDue, playMatchTurn, applyFacilitator, isRefusal, type Match, type FacilitatorCommand, type Refusal } from './match.js';
export { injectPreview } from './injectPreview.js';
export { worldView, type WorldView } from './worldView.js';
export { phaseOf, type MatchPhase } from './matchPhase.js';
export { teamView, type TeamView } from './teamView.js';
export { facilitatorView, type FacilitatorView, type TeamSeat } from './facilitatorView.js';
export type { RoomCommand, RoomSnapshot, RoomControl } from './room.js';
export { menuFor, orderFor, type MenuStep } from './orderMenu.js';
export { MenuPathError } from './menuPathError.js';
