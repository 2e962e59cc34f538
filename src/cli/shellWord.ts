/** Pure: `text` as one word a POSIX shell reads back unchanged (quoted only when it needs to be). */
export function shellWord(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
