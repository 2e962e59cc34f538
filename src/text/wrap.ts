/** Plain text laid out for people: lines cut or wrapped to a width. */

/** Pure: `text` cut to `width` cells, with an ellipsis when cut. */
export function fit(text: string, width: number): string {
  if (width <= 0) return '';
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

/**
 * Pure: `text` wrapped at spaces to lines of at most `width` cells; continuation lines start with
 * `indent` spaces. A word longer than a line is cut.
 */
export function wrap(text: string, width: number, indent = 0): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const room = width - (lines.length > 0 ? indent : 0);
    if (line === '') line = fit(word, room);
    else if (line.length + 1 + word.length <= room) line += ` ${word}`;
    else {
      lines.push(line);
      line = fit(word, width - indent);
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines.map((l, i) => (i > 0 ? ' '.repeat(indent) + l : l));
}
