import { createHash } from 'node:crypto';
import seedrandom from 'seedrandom';

/**
 * Pure: `k` distinct indices of 0..count-1, in increasing order, drawn by a seeded partial
 * Fisher-Yates shuffle keyed on `key` (the summary's sha256), so the same files always check the
 * same seeds. Memory grows with k, not with count.
 */
export function sampleIndices(count: number, k: number, key: string): number[] {
  const take = Math.min(k, count);
  const rng = seedrandom.alea(createHash('sha256').update(`multipolar-sample:${key}`).digest('hex'));
  const swapped = new Map<number, number>();
  const at = (i: number) => swapped.get(i) ?? i;
  const picked: number[] = [];
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(rng() * (count - i));
    const chosen = at(j);
    swapped.set(j, at(i));
    picked.push(chosen);
  }
  return picked.sort((a, b) => a - b);
}
