import { FileWriteError, writeFileAtomic as writeAtomic } from '../io/atomicFile.js';
import { UsageError } from './errors.js';

/**
 * Write a file atomically (src/io/atomicFile.ts); a failure is a UsageError naming the file and the
 * reason, so the command ends with one line and exit code 2.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  try {
    writeAtomic(path, data);
  } catch (e) {
    throw e instanceof FileWriteError ? new UsageError(e.message) : e;
  }
}

/** Data goes to `out` when given (atomically), else to `stdout` (default: the process's stdout). */
export function emit(data: string, out?: string, stdout: (text: string) => void = (t) => process.stdout.write(t)): void {
  if (out) writeFileAtomic(out, data);
  else stdout(data);
}
