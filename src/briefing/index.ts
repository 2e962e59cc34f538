/** Printable Markdown briefings: one per team, and the facilitator's, written from a scenario. */
export { teamBriefing, classPack } from './team.js';
export { facilitatorBriefing } from './facilitator.js';
export type { BriefingInput } from './input.js';
