/** What `replay` was asked, as commander gives it. */
export interface ReplayOptions {
  /** Scenario files to use instead of the shipped ones, matched by their id (a summary may need several). */
  readonly scenario?: readonly string[];
  readonly compareAnyway?: boolean;
  /** Re-run only this many seeds of a summary, checked against its CSV (`--csv`). */
  readonly sample?: string;
  readonly csv?: string;
  readonly workers?: string;
}

/** Where replay prints: `verified` on stdout, what was checked on stderr. */
export interface Writers {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** Re-runs one kind of file: prints `verified` on stdout, or throws CheckFailed (exit 1) or UsageError (exit 2). */
export type Replayer = (doc: Record<string, unknown>, file: string, opts: ReplayOptions, io: Writers) => Promise<void> | void;
