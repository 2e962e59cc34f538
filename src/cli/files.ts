import { closeSync, fchmodSync, fsyncSync, lstatSync, openSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

const existsLink = (path: string) => lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;

/**
 * Where a write to `path` really goes: through symbolic links to the file they name, so that a link
 * is not replaced by a copy; the mode of the file it replaces; `special` when that is not a regular file (a device such as /dev/null,
 * a FIFO), which must be written in place: renaming over it would replace the device itself.
 */
function targetOf(path: string): { path: string; special: boolean; mode?: number } {
  const stats = statSync(path, { throwIfNoEntry: false });
  // Not there yet: created by the rename; a link to nothing yet is written through, as there is nothing to keep.
  if (!stats) return { path, special: existsLink(path) };
  if (stats.isFile()) return { path: realpathSync(path), special: false, mode: stats.mode & 0o7777 };
  return { path, special: !stats.isDirectory() };
}

/**
 * Write a file atomically: the bytes go to a temporary file beside the target, which is then renamed
 * over it, so a reader never sees half a file and a failed write leaves the old file intact. A
 * symbolic link is followed; a device or FIFO (e.g. /dev/null) is written in place.
 * Throws a UsageError naming the file and the reason when the write fails.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  let tmp: string | undefined;
  try {
    const target = targetOf(path);
    if (target.special) return writeFileSync(target.path, data);
    tmp = join(dirname(target.path), `.${basename(target.path)}.${process.pid}.${threadId}.${writes++}.tmp`);
    const fd = openSync(tmp, 'w');
    try {
      if (target.mode !== undefined) fchmodSync(fd, target.mode); // the new file keeps the old one's permissions
      // writeFileSync on a descriptor loops until every byte is written (a bare writeSync may write
      // only part of the data and report success, e.g. at a file size limit).
      writeFileSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, target.path);
  } catch (e) {
    try {
      if (tmp) rmSync(tmp, { force: true });
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
