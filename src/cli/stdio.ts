import { removeTemporaries } from '../io/atomicFile.js';
import { EXIT } from './errors.js';

/** Why writing to a standard stream failed, in words. */
const reason = (e: NodeJS.ErrnoException) => (e.code === 'ENOSPC' ? 'no space left on the device' : e.code === 'EBADF' ? 'it is closed' : (e.code ?? e.message));

/** End the process now, leaving no temporary file behind. */
function endNow(code: number): never {
  removeTemporaries();
  process.exit(code);
}

/**
 * Make write errors on stdout and stderr end the command cleanly instead of with Node's stack trace
 * and exit 1 (the code of a failed check). A reader that stopped reading (EPIPE, as `| head` does)
 * ends the command quietly with exit 0, as other command-line tools do; any other failure (a full
 * disk, a closed descriptor) is bad output: one line on the other stream when it can take it, and
 * exit 2. A stderr that stopped reading only loses the messages; the command's own code stands.
 */
export function guardStandardStreams(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') endNow(EXIT.ok);
    // stderr is written synchronously on Linux (files and pipes), so the line is out before the exit; if it fails too, the code says it.
    process.stderr.write(`multipolar: error: cannot write to standard output: ${reason(e)}\n`);
    endNow(EXIT.badInput);
  });
  process.stderr.on('error', (e: NodeJS.ErrnoException) => {
    // Writes after the first error fail as ERR_STREAM_DESTROYED: the same lost stream.
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') return;
    endNow(EXIT.badInput);
  });
}

/** The signals that end a command (Ctrl-C, `kill`, `timeout`, Slurm, a closed terminal). */
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * On SIGINT, SIGTERM or SIGHUP, remove the temporary files of unfinished writes, then end by the
 * same signal, so the shell still reports 128 + its number (130, 143, 129).
 */
export function removeTemporariesOnSignals(): void {
  for (const signal of SIGNALS) {
    process.once(signal, () => {
      removeTemporaries();
      process.kill(process.pid, signal);
    });
  }
}
