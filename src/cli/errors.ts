/** Exit codes, documented in README: 0 ok, 1 a check failed, 2 bad input, 130 interrupted (128 + SIGINT). */
export const EXIT = { ok: 0, checkFailed: 1, badInput: 2, interrupted: 130 } as const;

/** A user's mistake: printed as one line on stderr, exit code 2, never a stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A check the user asked for failed (e.g. a replay that does not match its record): one line on stderr, exit code 1. */
export class CheckFailed extends Error {
  override name = 'CheckFailed';
}

/** The user stopped the command with Ctrl-C: one line on stderr saying what was lost, exit code 130. */
export class Interrupted extends Error {
  override name = 'Interrupted';
}
