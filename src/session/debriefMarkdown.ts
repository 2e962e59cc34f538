import { sparkline } from '../text/chart.js';
import { INDEX_LABELS, type Debrief, type TurningPoint } from './debrief.js';
import type { TeamResult } from './debriefScores.js';

const signed = (n: number) => `${n >= 0 ? '+' : '−'}${Math.abs(n).toFixed(1)}`;

/** Pure: one turning point as a sentence: the move, then who caused it. */
export function turningPointText(p: TurningPoint, names: Debrief['names']): string {
  const who = p.causes.length > 0
    ? p.causes.slice(0, 3).map((c) => `${names[c.actor]} (${c.action}, ${signed(c.effect)})`).join('; ')
    : 'no single action: the drift of the world and its events';
  const events = p.events.length > 0 ? ` Events that turn: ${p.events.join(' ')}` : '';
  return `${p.date}: ${INDEX_LABELS[p.index]} ${signed(p.delta)}. Moved by ${who}.${events}`;
}

/** Pure: a team's place and score in a sentence, with the computer's score for the same actor when a team played it. */
export function teamResultText(r: TeamResult, names: Debrief['names']): string {
  const score = r.score === null ? 'no score (no turn played)' : `score ${r.score.toFixed(0)}`;
  const bench = r.computer === null ? '' : `; the computer playing ${names[r.actor]} on this seed and with these injects: ${r.computer?.toFixed(0) ?? '—'}`;
  return `${r.rank}. ${names[r.actor]} (${r.human ? 'team' : 'computer'}): ${score}, ${r.metNow} of ${r.objectives.length} objectives met at the end${bench}.`;
}

/** Pure: one objective over the game: met or not at the end, the turns it was met, and each gain or loss with what made it. */
export function objectiveLines(o: TeamResult['objectives'][number], turns: number, names: Debrief['names']): string[] {
  const head = `${o.text}: met ${o.turnsMet} of ${turns} turn${turns === 1 ? '' : 's'}.`;
  const bare = (text: string) => text.replace(/\.$/, '');
  const moves = o.moves.map((m) => {
    const by = m.causes.length > 0
      ? `by ${m.causes.map((c) => `${names[c.actor]} (${c.action})`).join(', ')}`
      : m.events.length > 0 ? `by events (${m.events.map(bare).join('; ')})` : 'with no single action deciding it (several together, or the drift of tension and cohesion back to their usual levels)';
    return `${m.met ? 'won' : 'lost'} in ${m.date} ${by}`;
  });
  return [head, ...(moves.length > 0 ? [`${moves.join('; ').replace(/^./, (c) => c.toUpperCase())}.`] : [])];
}

/** Pure: who played whom, in a phrase. */
export function teamsText(d: Debrief): string {
  if (d.humans.length === 0) return 'every actor played by the computer (watch mode)';
  const all = d.humans.length === Object.keys(d.names).length;
  return `human teams: ${d.humans.map((a) => d.names[a]).join(', ')}${all ? '' : '; the computer played the others'}`;
}

/** Pure: the table of every turn: its date, escalation, and each actor's action ("(team)" when a team chose it). */
function turnTable(d: Debrief): string[] {
  if (d.log.length === 0) return ['No turn was played.'];
  const actors = d.log[0].actions.map((a) => a.actor);
  return [
    'Actions chosen by a human team are marked *(team)*.',
    '',
    `| date | escalation | ${actors.map((a) => d.names[a]).join(' | ')} |`,
    `|---|---:|${actors.map(() => '---').join('|')}|`,
    ...d.log.map((t) => `| ${t.date} | ${t.escalation.toFixed(1)} | ${t.actions.map((a) => `${a.text}${a.human ? ' *(team)*' : ''}`).join(' | ')} |`),
  ];
}

/**
 * Pure: the debrief as a Markdown file for the class: the indices over the whole game, the turning
 * points with their causes, the regimes lost and made, the injects, and questions to discuss.
 */
export function debriefMarkdown(d: Debrief): string {
  const lines = [
    `# Debrief: ${d.title}`,
    '',
    `Scenario \`${d.scenarioId}\`, seed ${d.seed}, ${d.turnsPlayed} of ${d.turnsPlanned} turns played; ${teamsText(d)}.`,
    '',
    `> ${d.question}`,
    '',
    '## The indices over the game',
    '',
    '| index | start | end | lowest | highest | course |',
    '|---|---:|---:|---:|---:|---|',
    ...d.indices.map((i) => `| ${INDEX_LABELS[i.name]} | ${i.start.toFixed(1)} | ${i.end.toFixed(1)} | ${i.min.toFixed(1)} | ${i.max.toFixed(1)} | ${sparkline(i.series, 60)} |`),
    '',
    'Each index runs from 0 to 100. Escalation, treaty erosion and the arms race are worse when higher; NATO cohesion is better when higher.',
    '',
    '## Scores',
    '',
    ...(d.teams.length > 0
      ? [
        'Each team\'s score is the share of its objectives met, averaged over the turns played (0 to 100). Where a team played an actor, the computer\'s score for the same actor on the same seed and injects, with the computer playing every actor, is given to compare with.',
        '',
        ...d.teams.flatMap((r) => [
          teamResultText(r, d.names),
          ...r.objectives.flatMap((o) => {
            const [head, moves] = objectiveLines(o, d.turnsPlayed, d.names);
            return [`   - ${head}${moves ? ` ${moves}` : ''}`];
          }),
        ]),
      ]
      : ['This scenario gives the teams no objectives.']),
    '',
    '## Turning points',
    '',
    'The largest turn-to-turn moves of each index. An actor\'s share is how much the index would have differed had it held that turn, with everything else the same.',
    '',
    ...(d.turningPoints.length > 0 ? d.turningPoints.map((p) => `- ${turningPointText(p, d.names)}`) : ['- No index moved by half a point or more in a single turn.']),
    '',
    '## Regimes lost and made',
    '',
    ...(d.treaties.length > 0 ? d.treaties.map((t) => `- ${t.date} (${t.kind}): ${t.text}`) : ['- No regime was lost or made.']),
    '',
    '## Facilitator injects',
    '',
    ...(d.injects.length > 0 ? d.injects.map((i) => `- ${i.date}: ${i.text}`) : ['- None.']),
    '',
    '## Turn by turn',
    '',
    ...turnTable(d),
    '',
    '## Why each actor chose what it did',
    '',
    'The computer\'s reasons are the heaviest terms of its choice, in words; a team\'s choice is its own.',
    '',
    ...(d.log.length > 0 ? d.log.flatMap((t) => [`**${t.date}**`, '', ...t.actions.map((a) => `- ${a.why}`), '']) : ['No turn was played.', '']),
    '## To discuss',
    '',
    '- Which turning point could a different choice have avoided, and who could have made it?',
    '- Did anyone negotiate while holding something to trade (the dual-track logic, Egmont 106 §1.1)?',
    '- What would the scenario\'s question get as an answer from this game?',
    '',
    `Run digest \`${d.digest}\`: the same scenario, seed and orders replay to the same game.`,
    '',
    `Cite as: ${d.citeAs}`,
    '',
  ];
  return lines.join('\n');
}
