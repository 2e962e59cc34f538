import { closeSync, fchmodSync, fsyncSync, lstatSync, openSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';

/** A file that could not be written, with the reason in words a user can act on. */
export class FileWriteError extends Error {
  override name = 'FileWriteError';
}

// Two writes of the same file from one process (or from worker threads, which share the pid) must
// not share a temporary file.
let writes = 0;

/** Temporary files of writes not yet committed or aborted, so that a signal can remove them. */
const pending = new Set<string>();

/**
 * Remove every temporary file of this thread's unfinished atomic writes (the targets stay as they
 * were). For signal handlers and fatal output errors, where the process ends without unwinding.
 */
export function removeTemporaries(): void {
  for (const tmp of pending) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // Ending anyway: one file that cannot be removed must not keep the others.
    }
  }
  pending.clear();
}

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

const failure = (path: string, e: unknown) => {
  const code = (e as NodeJS.ErrnoException).code;
  return new FileWriteError(`cannot write ${path}: ${(code && REASONS[code]) ?? code ?? String(e)}`);
};

const existsLink = (path: string) => lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;

/**
 * Where a write to `path` really goes: through symbolic links to the file they name, so that a link
 * is not replaced by a copy; the mode of the file it replaces; `special` when that is not a regular
 * file (a device such as /dev/null, a FIFO), which must be written in place: renaming over it would
 * replace the device itself.
 */
function targetOf(path: string): { path: string; special: boolean; mode?: number } {
  const stats = statSync(path, { throwIfNoEntry: false });
  // Not there yet: created by the rename; a link to nothing yet is written through, as there is nothing to keep.
  if (!stats) return { path, special: existsLink(path) };
  if (stats.isFile()) return { path: realpathSync(path), special: false, mode: stats.mode & 0o7777 };
  return { path, special: !stats.isDirectory() };
}

/** A file being written atomically: chunks go to a temporary file, `commit` renames it into place. */
export interface AtomicFile {
  write(chunk: string | Uint8Array): void;
  /** Make the file appear whole under its name. */
  commit(): void;
  /** Give up: the temporary file goes, the previous file (if any) stays as it was. */
  abort(): void;
}

/** How a file is written: `mode`, the permissions it gets (e.g. 0o600 for a file holding secrets), instead of keeping those of the file it replaces. */
export interface AtomicOptions {
  readonly mode?: number;
}

/**
 * Open `path` for an atomic write: the bytes go to a temporary file beside the target, which is
 * renamed over it on commit, so a reader never sees half a file and a failed write leaves the old
 * file intact. A symbolic link is followed; a device or FIFO (e.g. /dev/null) is written in place.
 * Every failure is a FileWriteError naming the file and the reason.
 */
export function openAtomic(path: string, options: AtomicOptions = {}): AtomicFile {
  let tmp: string | undefined;
  let fd: number | undefined;
  const cleanup = () => {
    try {
      if (fd !== undefined) closeSync(fd);
    } catch {
      // Closing a descriptor that failed must not hide why the write failed.
    }
    fd = undefined;
    try {
      if (tmp) rmSync(tmp, { force: true });
    } catch {
      // The cleanup failing must not hide why the write failed.
    }
    if (tmp) pending.delete(tmp);
  };
  let target: ReturnType<typeof targetOf>;
  try {
    target = targetOf(path);
    if (target.special) {
      fd = openSync(target.path, 'w');
    } else {
      tmp = join(dirname(target.path), `.${basename(target.path)}.${process.pid}.${threadId}.${writes++}.tmp`);
      pending.add(tmp);
      fd = openSync(tmp, 'w');
      const mode = options.mode ?? target.mode;
      if (mode !== undefined) fchmodSync(fd, mode); // the new file keeps the old one's permissions, unless told otherwise
    }
  } catch (e) {
    cleanup();
    throw failure(path, e);
  }
  return {
    write(chunk) {
      try {
        // writeFileSync on a descriptor loops until every byte is written (a bare writeSync may
        // write only part of the data and report success, e.g. at a file size limit).
        writeFileSync(fd!, chunk);
      } catch (e) {
        cleanup();
        throw failure(path, e);
      }
    },
    commit() {
      try {
        if (!target.special) fsyncSync(fd!);
        closeSync(fd!);
        fd = undefined;
        if (tmp) renameSync(tmp, target.path);
        if (tmp) pending.delete(tmp);
      } catch (e) {
        cleanup();
        throw failure(path, e);
      }
    },
    abort: cleanup,
  };
}

/** Write a whole file atomically (see openAtomic). */
export function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicOptions = {}): void {
  const file = openAtomic(path, options);
  file.write(data);
  file.commit();
}
