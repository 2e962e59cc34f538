import { INDEX_NAMES, describeAction, type ActorId } from '../model/index.js';
import type { RunRecord, TurnRecord } from '../engine/index.js';

/** Quote a CSV cell when it needs it (RFC 4180). */
export function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The columns of a run's CSV: seed, turn, date, the indices, the level, then one column per actor of the rules (empty for one that does not play). */
export function runCsvColumns(actorIds: readonly ActorId[]): string[] {
  return ['seed', 'turn', 'date', ...INDEX_NAMES, 'escalationLevel', ...actorIds];
}


/** One CSV line (with its newline) of the given cells. */
export function csvLine(cells: ReadonlyArray<string | number>): string {
  return cells.map(csvCell).join(',') + '\n';
}

/** Each actor's action in a turn as its CSV cell (describeAction's label), '' for an actor not in the scenario. */
export function actionCells(t: TurnRecord, actorIds: readonly ActorId[]): string[] {
  return actorIds.map((actor) => {
    const a = t.actions[actor];
    return a ? describeAction(a) : '';
  });
}

/** The actor columns of a research table: those between `escalationLevel` and the outcomes' columns. */
export function actorColumns(manifest: { readonly columns: readonly string[]; readonly outcomes: readonly unknown[] }): string[] {
  return manifest.columns.slice(manifest.columns.indexOf('escalationLevel') + 1, manifest.columns.length - manifest.outcomes.length);
}

/** The CSV header line (with its newline). `extra` columns go first, `trailing` ones last. */
export function csvHeader(actorIds: readonly ActorId[], extra: readonly string[] = [], trailing: readonly string[] = []): string {
  return csvLine([...extra, ...runCsvColumns(actorIds), ...trailing]);
}

/** One turn's row (with its newline): `extra` cells, the run's columns, then `trailing` cells; `actions` are actionCells(t, actorIds), when already at hand. */
export function csvRow(
  actorIds: readonly ActorId[], seed: number, t: TurnRecord, extra: ReadonlyArray<string | number> = [], trailing: ReadonlyArray<string | number> = [],
  actions: readonly string[] = actionCells(t, actorIds),
): string {
  const cells: Array<string | number> = [...extra, seed, t.turn, t.date];
  for (const name of INDEX_NAMES) cells.push(t.indices[name]);
  cells.push(t.indices.escalationLevel, ...actions, ...trailing);
  return csvLine(cells);
}

/**
 * Tidy rows of one run: one per turn, with the seed, the date, every index and each actor's action
 * (empty for an actor not in the scenario). `extra` cells go first (e.g. a swept parameter's value).
 */
export function csvRows(record: RunRecord, actorIds: readonly ActorId[], extra: ReadonlyArray<string | number> = []): string {
  let out = '';
  for (const t of record.turns) out += csvRow(actorIds, record.manifest.seed, t, extra);
  return out;
}

/** Split one CSV line (without its newline) into cells, undoing `csvCell`'s quoting. */
export function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let text = '';
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) throw new Error('unterminated quoted cell');
        text += line.slice(i, q);
        if (line[q + 1] === '"') {
          text += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      cells.push(text);
    } else {
      const comma = line.indexOf(',', i);
      cells.push(line.slice(i, comma < 0 ? line.length : comma));
      i = comma < 0 ? line.length : comma;
    }
    if (i >= line.length) return cells;
    if (line[i] !== ',') throw new Error(`expected a comma at character ${i + 1}`);
    i++;
    if (i === line.length) {
      cells.push('');
      return cells;
    }
  }
}
