import { sparkline } from '../text/chart.js';
import { INDEX_LABELS, type Debrief } from '../session/index.js';
import { objectiveLines, teamResultText, teamsText, turningPointText } from '../session/index.js';
import { wrap } from './layout.js';
import type { Seg } from './Line.js';

/** Pure: the debrief screen's lines at `width`, for scrolling: the indices, then turning points, regimes and injects. */
export function debriefLines(d: Debrief, path: string | null, width: number): Seg[][] {
  const bullets = (texts: readonly string[], none: string): Seg[][] => (texts.length > 0 ? texts : [none])
    .flatMap((t) => wrap(t, width - 2, 2).map((line, i): Seg[] => [{ text: i === 0 ? '• ' : '' }, { text: line }]));
  const heading = (t: string): Seg[] => [{ text: t, bold: true, tone: 'accent' }];
  return [
    ...wrap(`${d.turnsPlayed} of ${d.turnsPlanned} turns played; ${teamsText(d)}.`, width).map((t): Seg[] => [{ text: t }]),
    [],
    heading('Indices: start → end (lowest, highest) and their course'),
    ...d.indices.map((i): Seg[] => [
      { text: INDEX_LABELS[i.name].padEnd(16), bold: true },
      { text: `${i.start.toFixed(1).padStart(5)} → ${i.end.toFixed(1).padStart(5)}  (${i.min.toFixed(1)}, ${i.max.toFixed(1)})  `.padEnd(30) },
      { text: sparkline(i.series, Math.max(0, width - 47)), tone: 'accent' },
    ]),
    [],
    heading('Scores: the share of objectives met, averaged over the turns'),
    ...(d.teams.length > 0 ? d.teams.flatMap((r) => [
      ...wrap(teamResultText(r, d.names), width, 3).map((t): Seg[] => [{ text: t, bold: true }]),
      ...r.objectives.flatMap((o) => objectiveLines(o, d.turnsPlayed, d.names).flatMap((line, i) => wrap(line, width - 5, i === 0 ? 2 : 0).map((t, j): Seg[] => [{ text: i === 0 && j === 0 ? '   • ' : '     ' }, { text: t, tone: i === 0 ? undefined : 'muted' }]))),
    ]) : [[{ text: 'This scenario gives the teams no objectives.', tone: 'muted' }] as Seg[]]),
    [],
    heading('Turning points: the largest moves and whose action caused them'),
    ...bullets(d.turningPoints.map((p) => turningPointText(p, d.names)), 'No index moved by half a point or more in a single turn.'),
    [],
    heading('Regimes lost and made'),
    ...bullets(d.treaties.map((t) => `${t.date} (${t.kind}): ${t.text}`), 'No regime was lost or made.'),
    [],
    heading('Facilitator injects'),
    ...bullets(d.injects.map((i) => `${i.date}: ${i.text}`), 'None.'),
    [],
    heading('Why each actor chose what it did'),
    ...d.log.flatMap((t) => [[{ text: t.date, bold: true }] as Seg[], ...bullets(t.actions.map((a) => a.why), '')]),
    [],
    [{ text: path ? `The debrief for the class is in ${path}` : 'The debrief file could not be written (see the message below).', tone: 'muted' }],
  ];
}

/** Pure: the furthest the debrief can scroll in a body of `height` lines (one is its title). */
export function debriefMaxScroll(d: Debrief, path: string | null, width: number, height: number): number {
  return Math.max(0, debriefLines(d, path, width).length - (height - 1));
}
