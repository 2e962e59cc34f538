import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ResearchError } from './errors.js';

const CHUNK = 1 << 20;

/**
 * Fixed-length rows of numbers kept in a temporary file instead of memory, for a second pass over
 * them. The file is unlinked as soon as it is open where the system allows (so it vanishes however
 * the process ends), else when the spill is disposed.
 */
export class Spill {
  private readonly fd: number;
  private readonly dir: string;
  private buffer: Float64Array;
  private used = 0;
  private rowsWritten = 0;
  private linked: boolean;
  private closed = false;

  constructor(private readonly rowLength: number) {
    try {
      this.dir = mkdtempSync(join(tmpdir(), 'multipolar-spill-'));
      this.fd = openSync(join(this.dir, 'values.f64'), 'w+');
    } catch (e) {
      throw new ResearchError(`cannot create a temporary file in ${tmpdir()} (set TMPDIR to a writable folder): ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    }
    try {
      rmSync(this.dir, { recursive: true });
      this.linked = false;
    } catch {
      this.linked = true;
    }
    this.buffer = new Float64Array(Math.max(rowLength, Math.floor(CHUNK / 8 / rowLength) * rowLength));
  }

  /** Append one row. */
  append(row: ArrayLike<number>): void {
    if (this.used + this.rowLength > this.buffer.length) this.flush();
    for (let i = 0; i < this.rowLength; i++) this.buffer[this.used + i] = row[i];
    this.used += this.rowLength;
    this.rowsWritten++;
  }

  private flush(): void {
    // writeFileSync on a descriptor writes every byte (a bare writeSync may stop short and say nothing).
    if (this.used > 0) this.guard(() => writeFileSync(this.fd, new Uint8Array(this.buffer.buffer, 0, this.used * 8)));
    this.used = 0;
  }

  /** Every row in order (each view is valid until the next one is read). */
  *rows(): Generator<Float64Array> {
    this.flush();
    const bytes = new Uint8Array(this.buffer.buffer);
    let position = 0;
    let left = this.rowsWritten;
    while (left > 0) {
      const rows = Math.min(left, this.buffer.length / this.rowLength);
      const want = rows * this.rowLength * 8;
      let got = 0;
      while (got < want) {
        const read = readSync(this.fd, bytes, got, want - got, position + got);
        if (read === 0) throw new ResearchError('the temporary file of the summary ended early (was it removed or the disk full?)');
        got += read;
      }
      position += want;
      for (let r = 0; r < rows; r++) yield this.buffer.subarray(r * this.rowLength, (r + 1) * this.rowLength);
      left -= rows;
    }
  }

  private guard(step: () => void): void {
    try {
      step();
    } catch (e) {
      throw new ResearchError(`cannot write the temporary file of the summary in ${tmpdir()}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    }
  }

  /** Close (and, where it was not already, remove) the file. Safe to call twice. */
  dispose(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
    if (this.linked) rmSync(this.dir, { recursive: true, force: true });
  }
}
