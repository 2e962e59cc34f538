import { sparkline } from './chart.js';
import { INDEX_LABELS, type Debrief } from './debrief.js';
import { teamsText, turningPointText } from './debriefMarkdown.js';
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
    heading('Turning points: the largest moves and whose action caused them'),
    ...bullets(d.turningPoints.map((p) => turningPointText(p, d.names)), 'No index moved by half a point or more in a single turn.'),
    [],
    heading('Regimes lost and made'),
    ...bullets(d.treaties.map((t) => `${t.date} (${t.kind}): ${t.text}`), 'No regime was lost or made.'),
    [],
    heading('Facilitator injects'),
    ...bullets(d.injects.map((i) => `${i.date}: ${i.text}`), 'None.'),
    [],
    [{ text: path ? `The debrief for the class is in ${path}` : 'The debrief file could not be written (see the message below).', tone: 'muted' }],
  ];
}

/** Pure: the furthest the debrief can scroll in a body of `height` lines (one is its title). */
export function debriefMaxScroll(d: Debrief, path: string | null, width: number, height: number): number {
  return Math.max(0, debriefLines(d, path, width).length - (height - 1));
}
