/** Small Markdown builders for printable documents. */

/** Pure: text safe in a table cell (a `|` would start a new cell; a newline would end the row). */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** Pure: a Markdown table: a header row, its rule (`align` per column: 'l' or 'r'), and the rows. */
export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>, align: string = 'l'.repeat(header.length)): string[] {
  const rule = header.map((_, i) => (align[i] === 'r' ? '---:' : '---'));
  return [`| ${header.map(cell).join(' | ')} |`, `|${rule.join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)];
}

/** A page break when the Markdown is printed (through HTML, as pandoc or a browser does). */
export const PAGE_BREAK = '<div style="page-break-after: always;"></div>';
