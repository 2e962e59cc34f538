import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ResearchError } from './errors.js';

/** Where a CSV streams to: written in order, then committed (or aborted, leaving nothing behind). */
export interface Sink {
  write(text: string): void;
  commit(): void;
  abort(): void;
}

/** Fail early, before any work, when a file could not be written at the end. */
export function checkWritable(path: string): void {
  const dir = dirname(path);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new ResearchError(`cannot write ${path}: its folder ${dir} does not exist`);
  if (existsSync(path) && statSync(path).isDirectory()) throw new ResearchError(`cannot write ${path}: it is a folder`);
}

const FLUSH_AT = 1 << 20;

/**
 * A file written atomically however long it grows: the text streams (in 1 MiB writes) to a temporary
 * file beside the target, which is renamed over it on commit, so a reader never sees half a file and
 * a failed or aborted run leaves no file behind.
 */
export function fileSink(path: string): Sink {
  checkWritable(path);
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const fd = openSync(tmp, 'w');
  let open = true;
  let pending: string[] = [];
  let size = 0;
  const flush = () => {
    if (pending.length > 0) writeSync(fd, pending.join(''));
    pending = [];
    size = 0;
  };
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    write(text) {
      pending.push(text);
      size += text.length;
      if (size >= FLUSH_AT) flush();
    },
    commit() {
      try {
        flush();
        fsyncSync(fd);
        close();
        renameSync(tmp, path);
      } catch (e) {
        close();
        rmSync(tmp, { force: true });
        throw new ResearchError(`cannot write ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
      }
    },
    abort() {
      close();
      rmSync(tmp, { force: true });
    },
  };
}

/** Standard output as a sink (what was written stays written; stdout is the user's to redirect). */
export function stdoutSink(): Sink {
  let pending: string[] = [];
  let size = 0;
  const flush = () => {
    if (pending.length > 0) process.stdout.write(pending.join(''));
    pending = [];
    size = 0;
  };
  return {
    write(text) {
      pending.push(text);
      size += text.length;
      if (size >= FLUSH_AT) flush();
    },
    commit: flush,
    abort: () => {
      pending = [];
    },
  };
}

/** A sink that keeps nothing (a comparison printed as a table needs no CSV). */
export const nullSink: Sink = { write() {}, commit() {}, abort() {} };
