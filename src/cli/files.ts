import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { UsageError } from './errors.js';

// Two writes of the same file from one process (or from worker threads, which share the pid) must
// not share a temporary file.
let writes = 0;

/** Why a write failed, in words a user can act on. */
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'its folder does not exist',
  ENOTDIR: 'part of its path is not a folder',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'the file is larger than allowed (file size limit)',
};

/**
 * Write a file atomically: the bytes go to a temporary file beside the target, which is then renamed
 * over it, so a reader never sees half a file and a failed write leaves the old file intact.
 * Throws a UsageError naming the file and the reason when the write fails.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${threadId}.${writes++}.tmp`);
  try {
    const fd = openSync(tmp, 'w');
    try {
      // writeFileSync on a descriptor loops until every byte is written (a bare writeSync may write
      // only part of the data and report success, e.g. at a file size limit).
      writeFileSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // The cleanup failing must not hide why the write failed.
    }
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot write ${path}: ${(code && REASONS[code]) ?? code ?? String(e)}`);
  }
}

/** Data goes to `out` when given (atomically), else to `stdout` (default: the process's stdout). */
export function emit(data: string, out?: string, stdout: (text: string) => void = (t) => process.stdout.write(t)): void {
  if (out) writeFileAtomic(out, data);
  else stdout(data);
}
