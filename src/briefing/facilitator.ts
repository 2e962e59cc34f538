import { effectText, previewEffect, quarterAt, type ScenarioEvent } from '../model/index.js';
import { namesIn, presentIn, type BriefingInput } from './input.js';
import { objectivesLines, SCORE_RULE } from './objectives.js';
import { INDEX_WORDS, situationLines } from './situation.js';

/** Pure: an event's effect and, for an inject, what it would do to the start's world on its own. */
function eventLines(input: BriefingInput, e: ScenarioEvent, source: string | undefined, when: string | null): string[] {
  const { scenario } = input;
  const names = namesIn(scenario);
  const present = presentIn(scenario);
  const preview = previewEffect(scenario.rules, scenario.world, present, e.effect, scenario.objectives ?? {});
  const moves = preview.indices.map((m) => `${INDEX_WORDS[m.name]} ${m.before.toFixed(1)} → ${m.after.toFixed(1)}`);
  const turned = preview.objectives.map((o) => `${o.met ? 'meets' : 'loses'} ${names.actor(o.actor)}'s "${o.text}"`);
  return [
    `- **${e.title}**${when ? ` (${when})` : ''} \`${e.id}\`: ${e.text}`,
    `  - Changes: ${effectText(e.effect, names).join('; ') || 'nothing measurable'}.`,
    `  - On the world of ${scenario.start} alone: ${moves.join(', ') || 'no index moves'}${turned.length > 0 ? `; it ${turned.join(', ')}` : ''}.`,
    ...(source ? [`  - Source: ${source}.`] : []),
  ];
}

/**
 * Pure: the facilitator's briefing: how to run the game, every team's objectives, the situation,
 * the scheduled events and the injects with what each changes, and questions for the debrief.
 */
export function facilitatorBriefing(input: BriefingInput): string {
  const { scenario, document } = input;
  const names = namesIn(scenario);
  const present = presentIn(scenario);
  const sourceOf = (id: string, list: ReadonlyArray<{ id: string; source: string }>) => list.find((e) => e.id === id)?.source;
  return [
    `# Facilitator's briefing: ${scenario.title}`,
    '',
    `Scenario \`${scenario.id}\`: ${present.length} actors (${present.map(names.actor).join(', ')}), from ${scenario.start}, ${scenario.turns} quarterly turns by default.`,
    '',
    `> ${scenario.question}`,
    '',
    '## Running the game',
    '',
    `- Hand each team its briefing (\`multipolar briefing --scenario ${scenario.id} --team ACTOR\`); keep this one.`,
    `- A class of about 90 minutes plays 5 to 7 turns: \`multipolar play --scenario ${scenario.id} --turns 6 --humans ${present.join(',')}\` (or \`--until ${quarterAt(scenario.start, 5)}\`); the setup screen can change the length and the teams too.`,
    '- Press `i` on the dashboard to fire an inject at the next turn: the list shows what each would change before you queue it. `s` saves (a new game never writes over another game\'s save), `e` ends the game and writes the debrief.',
    '',
    '## The teams\' objectives',
    '',
    ...present.flatMap((a) => objectivesLines(input, a, `### ${names.actor(a)}`, false)),
    SCORE_RULE,
    '',
    ...situationLines(input, null),
    '## The calendar',
    '',
    ...(scenario.events.length > 0
      ? [...scenario.events].sort((a, b) => a.turn - b.turn).flatMap((e) => eventLines(input, e, sourceOf(e.id, document.events), quarterAt(scenario.start, e.turn)))
      : ['Nothing is scheduled.']),
    '',
    '## Injects',
    '',
    'Each fires at the next turn\'s resolution, after the actions, and is recorded in the run and the save.',
    '',
    ...(scenario.injects.length > 0 ? scenario.injects.flatMap((e) => eventLines(input, e, sourceOf(e.id, document.injects), null)) : ['This scenario has no injects.']),
    '',
    '## For the debrief',
    '',
    '- The debrief file ranks the teams by score, says what moved each objective and which action caused each turning point (the same turn replayed with that actor holding).',
    '- Which turning point could a different choice have avoided, and who could have made it?',
    '- Did anyone negotiate while holding something to trade (the dual-track logic, Egmont 106 §1.1)?',
    `- What answer does this game give to the scenario's question?`,
    '',
    `Sources: ${document.sources.join('; ')}.`,
    '',
  ].join('\n');
}
