/** Terminal size in character cells. */
export interface Size {
  readonly columns: number;
  readonly rows: number;
}

/** The smallest terminal the UI is laid out for (a classroom projector at its default size). */
export const MIN_SIZE: Size = { columns: 80, rows: 24 };

/** Pure: the lines between the title bar and the two status lines (one line is left free so Ink never scrolls). */
export function bodyHeight(size: Size): number {
  return size.rows - 4;
}

/** Pure: true when every dashboard panel fits at once; smaller terminals show one panel at a time. */
export function isWide(size: Size): boolean {
  return size.columns >= 140 && size.rows >= 40;
}

/** Pure: true when the terminal is too small to lay out the UI. */
export function isTooSmall(size: Size): boolean {
  return size.columns < MIN_SIZE.columns || size.rows < MIN_SIZE.rows;
}

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
