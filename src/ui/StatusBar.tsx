import { Box } from 'ink';
import { hintsFor, type Command, type KeyContext } from './keys.js';
import { fit, wrap } from './layout.js';
import { Line, type Seg } from './Line.js';

/** Pure: the key bar: as many hints as fit, always ending with help and quit. */
function keyBarSegs(context: KeyContext | null, width: number, omit: readonly Command[] = []): Seg[] {
  if (context === null) return [{ text: 'resolving…', tone: 'muted' }];
  const hints = hintsFor(context, omit);
  const tail = hints.filter((h) => h.label === '?' || h.label === 'q');
  const head = hints.filter((h) => !tail.includes(h));
  const render = (list: typeof hints) => list.flatMap((h): Seg[] => [{ text: h.label, bold: true }, { text: ` ${h.hint}  `, tone: 'muted' }]);
  const length = (list: typeof hints) => list.reduce((n, h) => n + h.label.length + h.hint.length + 3, 0);
  const kept = [...head];
  while (kept.length > 0 && length([...kept, ...tail]) > width) kept.pop();
  return render([...kept, ...tail]);
}

/**
 * The two bottom lines: a message (or a question awaiting y/n), and the keys of the moment (less
 * those that do nothing here). A message too long for one line takes both, so that nothing is cut:
 * the key bar comes back with the next key.
 */
export function StatusBar({ message, question, context, omit, width }: {
  readonly message: string | null; readonly question: string | null; readonly context: KeyContext | null; readonly omit: readonly Command[]; readonly width: number;
}) {
  const text = question ? ` ${question} ` : message ?? '';
  const answer = question ? '  y yes · n no' : '';
  if (text.length + answer.length <= width) {
    const top: Seg[] = question ? [{ text, inverse: true, bold: true }, { text: answer }] : [{ text, tone: 'accent' }];
    return (
      <Box flexDirection="column" width={width}>
        <Line segs={top} width={width} />
        <Line segs={keyBarSegs(context, width, omit)} width={width} />
      </Box>
    );
  }
  const [first = '', ...rest] = wrap(`${text.trim()}${answer ? ` (${answer.trim()})` : ''}`, width);
  const second = rest.length > 1 ? fit(rest.join(' '), width) : rest[0] ?? '';
  const style: Omit<Seg, 'text'> = question ? { inverse: true, bold: true } : { tone: 'accent' };
  return (
    <Box flexDirection="column" width={width}>
      <Line segs={[{ text: first, ...style }]} width={width} />
      <Line segs={[{ text: second, ...style }]} width={width} />
    </Box>
  );
}
