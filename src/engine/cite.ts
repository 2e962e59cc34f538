import { ENGINE_VERSION } from './version.js';

/** Who CITATION.cff names as the authors. */
export const CITATION_AUTHORS = 'The multipolar contributors';

/** A hash as a citation shows it: its first 12 hex digits (the manifest keeps all 64). */
export const shortHash = (sha256: string): string => sha256.slice(0, 12);

/**
 * Pure: a one-line "cite as" string for an output of this engine: the software and its version,
 * what was run (`subject`, e.g. "run of scenario inf-2019 (sha256 …), seed 42, 32 turns"), and the
 * command that checks it (`check`, e.g. "replay FILE"), pinned to this version with npx. It holds no
 * date, so that the same run always gives the same bytes.
 */
export function citeAs(subject: string, check: string): string {
  return `${CITATION_AUTHORS}, multipolar ${ENGINE_VERSION} [computer software, MIT]: ${subject}. Check with: npx multipolar@${ENGINE_VERSION} ${check}`;
}

/** Pure: the "cite as" string of one run (a run record, a debrief), from its manifest's facts and digest. */
export function citeRun(run: { readonly scenario: { readonly id: string; readonly sha256: string }; readonly seed: number; readonly turns: number; readonly digest: string }, check = 'replay FILE'): string {
  return citeAs(`run of scenario ${run.scenario.id} (sha256 ${shortHash(run.scenario.sha256)}), seed ${run.seed}, ${run.turns} turns, digest ${shortHash(run.digest)}`, check);
}
