import { Box } from 'ink';
import type { Debrief } from '../session/index.js';
import { debriefLines, debriefMaxScroll } from './debriefLines.js';
import { Line, Lines } from './Line.js';

/** The end-of-game debrief: the indices over the game, turning points with causes, regimes lost and made. */
export function DebriefScreen({ debrief, path, scroll, width, height }: {
  readonly debrief: Debrief | null; readonly path: string | null; readonly scroll: number; readonly width: number; readonly height: number;
}) {
  if (!debrief) {
    return <Box height={height}><Line segs={[{ text: 'Preparing the debrief: replaying the game to find what caused each turning point…', tone: 'accent' }]} width={width} /></Box>;
  }
  const lines = debriefLines(debrief, path, width);
  const top = Math.min(scroll, debriefMaxScroll(debrief, path, width, height));
  const below = lines.length - top - (height - 1);
  const where = [top > 0 ? `↑ ${top} above` : '', below > 0 ? `↓ ${below} below` : ''].filter(Boolean).join(' · ');
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      <Line segs={[{ text: `── Debrief: ${debrief.title}`, bold: true }, { text: where ? ` · ${where}` : '', tone: 'muted' }]} width={width} />
      <Lines lines={lines.slice(top, top + height - 1)} width={width} />
    </Box>
  );
}
