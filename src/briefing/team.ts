import type { ActorId } from '../model/index.js';
import { namesIn, presentIn, type BriefingInput } from './input.js';
import { PAGE_BREAK } from './markdown.js';
import { objectivesLines } from './objectives.js';
import { optionsLines } from './options.js';
import { positionLines } from './position.js';
import { situationLines } from './situation.js';

/** How a turn goes in class, for every team. */
const TURN = [
  '## How a turn goes',
  '',
  '1. Look at the dashboard: the indices, the treaty board, forces, tension, postures, your scores (key 7) and why the computer chose what it did (key 8).',
  '2. When the facilitator starts a round, each team in turn comes to the keyboard while the others look away, picks one action (only those the rules allow can be picked; the others show the reason), and seals it. Keys 1-8 show any panel while you choose; esc brings you back to your order.',
  '3. Once every team has sealed, the turn resolves: all actions at once, then the calendar, the facilitator\'s injects and third-country events. The news says what everyone did.',
  '',
];

/**
 * Pure: the printable Markdown briefing of the team that plays `actor`: the situation, its position
 * from the paper with sources, its objectives and score, its options and their rules, its allies
 * and rivals, and how a turn goes. Holds nothing the facilitator keeps back (the injects).
 */
export function teamBriefing(input: BriefingInput, actor: ActorId): string {
  const { scenario } = input;
  const name = namesIn(scenario).actor(actor);
  return [
    `# Briefing for ${name}: ${scenario.title}`,
    '',
    `You play **${name}** in scenario \`${scenario.id}\`, which starts in ${scenario.start}; one turn is one quarter. The facilitator says how many turns the class plays (the scenario runs ${scenario.turns}).`,
    '',
    `> ${scenario.question}`,
    '',
    ...objectivesLines(input, actor),
    ...positionLines(input, actor),
    ...situationLines(input, actor),
    ...optionsLines(input, actor),
    ...TURN,
    `Sources: ${input.document.sources.join('; ')}. The model behind the game is described in docs/MODEL.md.`,
    '',
  ].join('\n');
}

/** Pure: every team's briefing, one after another, a page break between them: the pack to print for the class. */
export function classPack(input: BriefingInput): string {
  return presentIn(input.scenario).map((a) => teamBriefing(input, a)).join(`\n${PAGE_BREAK}\n\n`);
}
