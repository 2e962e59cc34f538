import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** A file that could not be read as an input, with the reason in words a user can act on (never its content). */
export class FileReadError extends Error {
  override name = 'FileReadError';
}

/** Why an open failed, in words a user can act on. */
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'file not found',
  ENOTDIR: 'part of its path is not a folder',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'it is a symbolic link, which is not allowed here',
  EMFILE: 'too many open files',
};

/** How an input may be opened. */
export interface InputOptions {
  /** Refuse more than this many bytes (checked before reading, so /dev/zero-sized inputs cost nothing). */
  readonly maxBytes?: number;
  /** Refuse a symbolic link as the last part of the path (O_NOFOLLOW). */
  readonly noSymlink?: boolean;
}

/**
 * Open `path` as an input: a regular file, never a FIFO, a device, a socket or a folder. The open is
 * non-blocking, so a FIFO with no writer is refused at once instead of hanging. Returns the
 * descriptor and the file's size; the caller closes it. Failures are FileReadErrors naming the file.
 */
export function openInput(path: string, options: InputOptions = {}): { fd: number; size: number } {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | (options.noSymlink ? constants.O_NOFOLLOW : 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new FileReadError(`cannot read ${path}: ${(code && REASONS[code]) ?? code ?? String(e)}`);
  }
  const stats = fstatSync(fd);
  const kind = stats.isFile() ? undefined : stats.isDirectory() ? 'a folder' : stats.isFIFO() ? 'a FIFO (named pipe)' : stats.isSocket() ? 'a socket' : 'a device';
  if (kind) {
    closeSync(fd);
    throw new FileReadError(`cannot read ${path}: it is ${kind}, not a regular file`);
  }
  if (options.maxBytes !== undefined && stats.size > options.maxBytes) {
    closeSync(fd);
    throw new FileReadError(`cannot read ${path}: it is ${stats.size} bytes, more than the ${options.maxBytes} allowed here`);
  }
  return { fd, size: stats.size };
}

/**
 * Read a whole input file (see openInput): a regular file of at most `maxBytes`, read to its end.
 * A file that grows while it is read is cut at the size it had when opened, plus nothing: the cap holds.
 */
export function readInput(path: string, options: InputOptions & { readonly maxBytes: number }): Buffer {
  const { fd, size } = openInput(path, options);
  try {
    const buffer = Buffer.alloc(size);
    let got = 0;
    while (got < size) {
      const n = readSync(fd, buffer, got, size - got, got);
      if (n === 0) break;
      got += n;
    }
    return buffer.subarray(0, got);
  } catch (e) {
    throw new FileReadError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  } finally {
    closeSync(fd);
  }
}
