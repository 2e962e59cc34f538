/**
 * Pure: the keys of a record of the world in sorted order, the one order the rules visit regimes and
 * hosts in (never a file's order). Worlds are immutable and share unchanged parts, so the order is
 * memoised per object: every actor asks it of the same object several times a turn.
 */
export function sortedIds(record: object): readonly string[] {
  let ids = memo.get(record);
  if (!ids) {
    ids = Object.keys(record).sort();
    memo.set(record, ids);
  }
  return ids;
}
const memo = new WeakMap<object, readonly string[]>();
