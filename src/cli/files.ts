import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from './errors.js';

/**
 * Write a file atomically: the bytes go to a temporary file beside the target, which is then renamed
 * over it, so a reader never sees half a file and a failed write leaves the old file intact.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, typeof data === 'string' ? Buffer.from(data) : data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot write ${path}: ${code === 'ENOENT' ? 'its folder does not exist' : code ?? String(e)}`);
  }
}

/** Data goes to `out` when given (atomically), else to stdout. */
export function emit(data: string, out?: string): void {
  if (out) writeFileAtomic(out, data);
  else process.stdout.write(data);
}
