import { FileWriteError, openAtomic } from '../io/atomicFile.js';
import { checkOutputs } from '../io/outputs.js';
import { ResearchError } from './errors.js';

/** Where a CSV streams to: written in order, then committed (or aborted, leaving nothing behind). */
export interface Sink {
  write(text: string): void;
  commit(): void;
  abort(): void;
}

/** Fail early, before any work, when a file could not be written at the end. */
export function checkWritable(path: string): void {
  try {
    checkOutputs([{ option: 'output', path }]);
  } catch (e) {
    throw e instanceof FileWriteError ? new ResearchError(e.message) : e;
  }
}

const FLUSH_AT = 1 << 20;

/** Text gathered into 1 MiB pieces before `out` writes it (fewer, larger writes). */
function buffered(out: (text: string) => void): { write(text: string): void; flush(): void; drop(): void } {
  let pending: string[] = [];
  let size = 0;
  const flush = () => {
    if (pending.length > 0) out(pending.join(''));
    pending = [];
    size = 0;
  };
  return {
    write(text) {
      pending.push(text);
      size += text.length;
      if (size >= FLUSH_AT) flush();
    },
    flush,
    drop: () => {
      pending = [];
      size = 0;
    },
  };
}

/**
 * A file written atomically however long it grows (src/io/atomicFile.ts): the text streams in 1 MiB
 * writes to a temporary file that is renamed over the target on commit, so a reader never sees half
 * a file and a failed or aborted run leaves no file behind.
 */
export function fileSink(path: string): Sink {
  checkWritable(path);
  const file = guard(() => openAtomic(path));
  const buffer = buffered((text) => guard(() => file.write(text)));
  return {
    write: buffer.write,
    commit() {
      buffer.flush();
      guard(() => file.commit());
    },
    abort() {
      buffer.drop();
      file.abort();
    },
  };
}

/** Run an atomic-file step, reporting its failure as a ResearchError (same message). */
function guard<T>(step: () => T): T {
  try {
    return step();
  } catch (e) {
    throw e instanceof FileWriteError ? new ResearchError(e.message) : e;
  }
}

/** Standard output as a sink (what was written stays written; stdout is the user's to redirect). */
export function stdoutSink(): Sink {
  const buffer = buffered((text) => process.stdout.write(text));
  return { write: buffer.write, commit: buffer.flush, abort: buffer.drop };
}

/** A sink that keeps nothing (a comparison printed as a table needs no CSV). */
export const nullSink: Sink = { write() {}, commit() {}, abort() {} };
