import { FileWriteError, writeFileAtomic as writeAtomic, type AtomicOptions } from '../io/atomicFile.js';
import { checkOutputs, type Output } from '../io/outputs.js';
import { UsageError } from './errors.js';

/**
 * Write a file atomically (src/io/atomicFile.ts); a failure is a UsageError naming the file and the
 * reason, so the command ends with one line and exit code 2.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicOptions = {}): void {
  try {
    writeAtomic(path, data, options);
  } catch (e) {
    throw e instanceof FileWriteError ? new UsageError(e.message) : e;
  }
}

/** Data goes to `out` when given (atomically), else to `stdout` (default: the process's stdout). */
export function emit(data: string, out?: string, stdout: (text: string) => void = (t) => process.stdout.write(t)): void {
  if (out) writeFileAtomic(out, data);
  else stdout(data);
}

/**
 * Check, before any work, that the outputs named (those given) can be written and overwrite no input
 * and no other output (src/io/outputs.ts); a UsageError (exit 2) naming the option otherwise.
 */
export function checkOutputFiles(outputs: ReadonlyArray<{ readonly option: string; readonly path?: string }>, inputs: readonly string[] = []): void {
  try {
    checkOutputs(outputs.filter((o): o is Output => o.path !== undefined), inputs);
  } catch (e) {
    throw e instanceof FileWriteError ? new UsageError(e.message) : e;
  }
}
