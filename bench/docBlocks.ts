/**
 * Pure: a document with each marked block's content replaced, the blocks being the lines between
 * `<!-- PREFIX:NAME -->` and `<!-- /PREFIX:NAME -->`. A block the document lacks is an error, so none
 * is lost silently. The prose outside the blocks is the author's.
 */
export function fillBlocks(doc: string, prefix: string, blocks: ReadonlyMap<string, string>): string {
  let out = doc;
  for (const [name, content] of blocks) {
    const open = `<!-- ${prefix}:${name} -->`;
    const close = `<!-- /${prefix}:${name} -->`;
    const a = out.indexOf(open);
    const b = out.indexOf(close);
    if (a < 0 || b < a) throw new Error(`the document has no block ${open} ... ${close}`);
    out = out.slice(0, a + open.length) + '\n' + content + '\n' + out.slice(b);
  }
  return out;
}
