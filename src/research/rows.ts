import { INDEX_NAMES } from '../model/index.js';
import { actorColumns, parseCsvLine } from './csv.js';
import { ResearchError } from './errors.js';
import type { Trajectory } from './job.js';
import { unitLayout, type UnitLayout } from './layout.js';
import type { ResearchManifest } from './manifest.js';
import type { SeedRange } from './pool.js';

/**
 * Reads a research CSV's rows back into trajectories, one seed at a time, checking that every row is
 * where the manifest says it should be (seed, series, turn), so a damaged or truncated shard is
 * refused rather than merged. Numbers read back exactly: the CSV holds each in its shortest
 * round-trip form.
 */
export class RowReader {
  private row = 0;
  private pending: Trajectory[] = [];
  private readonly lead: number;
  private readonly rowsPerSeed: number;
  private readonly layout: UnitLayout;
  /** How many actor columns each row has. */
  private readonly actors: number;

  /** `seeds`: the shard's units (its seeds, or its (point, seed) pairs for a design: see unitsOf). */
  constructor(
    private readonly manifest: ResearchManifest,
    private readonly seeds: SeedRange,
    private readonly file: string,
  ) {
    this.layout = unitLayout(manifest);
    this.actors = actorColumns(manifest).length;
    this.lead = this.layout.lead;
    this.rowsPerSeed = manifest.series.length * manifest.turns;
  }

  /** Read one row; returns the unit's trajectories (one per series) after its last row. */
  push(line: string): Trajectory[] | undefined {
    const { turns, series, outcomes } = this.manifest;
    const unit = this.seeds.from + Math.floor(this.row / this.rowsPerSeed);
    const s = this.layout.seedOf(unit);
    const k = Math.floor(this.row / turns) % series.length;
    const t = this.row % turns;
    const where = `${this.file}, data row ${this.row + 1}`;
    const unitName = this.manifest.design ? 'runs' : 'seeds';
    if (this.row >= this.seeds.count * this.rowsPerSeed) throw new ResearchError(`${where}: more rows than the shard's ${this.seeds.count} ${unitName} call for`);
    let cells: string[];
    try {
      cells = parseCsvLine(line);
    } catch (e) {
      throw new ResearchError(`${where}: not a CSV row (${(e as Error).message})`);
    }
    if (cells.length !== this.manifest.columns.length) throw new ResearchError(`${where}: ${cells.length} cells, expected ${this.manifest.columns.length}`);
    const lead = this.layout.leadOf(unit, k);
    if (lead.some((cell, i) => cells[i] !== cell) || cells[this.lead] !== String(s) || cells[this.lead + 1] !== String(t + 1)) {
      throw new ResearchError(`${where}: expected seed ${s}, turn ${t + 1}${this.lead ? `, ${lead.map((c, i) => `${this.manifest.columns[i]} ${c}`).join(', ')}` : ''}`);
    }
    if (t === 0) {
      const actions = new Array<string>(turns * this.actors);
      const point = this.layout.pointOf(unit);
      this.pending.push({ series: k, seed: s, values: new Float64Array(turns * INDEX_NAMES.length), flags: new Uint8Array(turns * outcomes.length), actions, ...(point !== undefined ? { point } : {}) });
    }
    const tr = this.pending[k];
    // The actors' cells follow the indices and escalationLevel.
    const firstAction = this.lead + 3 + INDEX_NAMES.length + 1;
    for (let a = 0; a < this.actors; a++) (tr.actions as string[])[t * this.actors + a] = cells[firstAction + a];
    INDEX_NAMES.forEach((name, i) => {
      const cell = cells[this.lead + 3 + i];
      const v = Number(cell);
      if (cell === '' || !Number.isFinite(v)) throw new ResearchError(`${where}: ${name} is not a number: "${cell}"`);
      tr.values[t * INDEX_NAMES.length + i] = v;
    });
    const first = cells.length - outcomes.length;
    outcomes.forEach((o, j) => {
      const cell = cells[first + j];
      if (cell !== '0' && cell !== '1') throw new ResearchError(`${where}: ${o.id} must be 0 or 1, got "${cell}"`);
      tr.flags[t * outcomes.length + j] = Number(cell);
    });
    this.row++;
    if (this.row % this.rowsPerSeed !== 0) return undefined;
    const done = this.pending;
    this.pending = [];
    return done;
  }

  /** Check that every seed's rows were read. */
  end(): void {
    const expected = this.seeds.count * this.rowsPerSeed;
    if (this.row !== expected) throw new ResearchError(`${this.file} is truncated: ${this.row} of ${expected} data rows`);
  }
}
