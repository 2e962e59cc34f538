import { LADDER } from '../model/index.js';
import type { Seg } from './Line.js';
import { escalationTone } from './theme.js';

/** Pure: the escalation ladder with the current rung in capitals and brackets, so it reads without colour. */
export function ladderSegs(escalation: number, level: string): Seg[] {
  const segs: Seg[] = [{ text: 'Ladder: ', tone: 'muted' }];
  LADDER.forEach((rung, i) => {
    if (i > 0) segs.push({ text: ' · ', tone: 'muted' });
    segs.push(rung.level === level
      ? { text: `[${rung.level.toUpperCase()}]`, bold: true, tone: escalationTone(escalation) }
      : { text: rung.level, tone: 'muted' });
  });
  return segs;
}
