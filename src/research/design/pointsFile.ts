import { parseCsvLine } from '../csv.js';
import { ResearchError } from '../errors.js';
import { readLines } from '../lines.js';
import { parseValue, type SweepValue } from '../sweep.js';

/**
 * Read a CSV of design points: a header naming each parameter's path (as `sweep --param`), then one
 * point a row (numbers, true/false, or words). Blank lines and lines starting with # are skipped.
 */
export function readPointsFile(file: string): { paths: string[]; values: SweepValue[][] } {
  let paths: string[] | undefined;
  const values: SweepValue[][] = [];
  let line = 0;
  for (const raw of readLines(file)) {
    line++;
    const text = raw.replace(/\r$/, '');
    if (text.trim() === '' || text.startsWith('#')) continue;
    let cells: string[];
    try {
      cells = parseCsvLine(text).map((c) => c.trim());
    } catch (e) {
      throw new ResearchError(`${file}:${line}: not a CSV line (${(e as Error).message})`);
    }
    if (!paths) {
      if (cells.some((c) => c === '')) throw new ResearchError(`${file}:${line}: the header must name a parameter path in every column`);
      const twice = cells.find((c, i) => cells.indexOf(c) !== i);
      if (twice) throw new ResearchError(`${file}:${line}: the column ${twice} is named twice`);
      paths = cells;
      continue;
    }
    if (cells.length !== paths.length) throw new ResearchError(`${file}:${line}: ${cells.length} cells, expected ${paths.length} (one per column of the header)`);
    if (cells.some((c) => c === '')) throw new ResearchError(`${file}:${line}: an empty cell; every point needs a value for every parameter`);
    values.push(cells.map(parseValue));
  }
  if (!paths || values.length === 0) throw new ResearchError(`${file}: no points (expected a header of parameter paths, then one point a row)`);
  return { paths, values };
}
