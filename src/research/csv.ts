import { ACTORS, INDEX_NAMES, describeAction } from '../model/index.js';
import type { RunRecord } from '../engine/index.js';

/** Quote a CSV cell when it needs it (RFC 4180). */
export function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const RUN_CSV_COLUMNS = ['seed', 'turn', 'date', ...INDEX_NAMES, 'escalationLevel', ...ACTORS] as const;

/** The CSV header line (with its newline). */
export function csvHeader(extra: readonly string[] = []): string {
  return [...extra, ...RUN_CSV_COLUMNS].map(csvCell).join(',') + '\n';
}

/**
 * Tidy rows of one run: one per turn, with the seed, the date, every index and each actor's action
 * (empty for an actor not in the scenario). `extra` cells go first (e.g. a swept parameter's value).
 */
export function csvRows(record: RunRecord, extra: ReadonlyArray<string | number> = []): string {
  let out = '';
  for (const t of record.turns) {
    const cells: Array<string | number> = [...extra, record.manifest.seed, t.turn, t.date];
    for (const name of INDEX_NAMES) cells.push(t.indices[name]);
    cells.push(t.indices.escalationLevel);
    for (const actor of ACTORS) {
      const a = t.actions[actor];
      cells.push(a ? describeAction(a) : '');
    }
    out += cells.map(csvCell).join(',') + '\n';
  }
  return out;
}
