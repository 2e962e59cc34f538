import { ENGINE_VERSION } from '../../engine/index.js';
import { CheckFailed, UsageError } from '../errors.js';
import { shellWord } from '../shellWord.js';

/** A version as npm publishes them (semver); anything else in a file is not echoed into a command. */
const SEMVER = /^\d{1,9}\.\d{1,9}\.\d{1,9}(-[0-9A-Za-z.-]{1,40})?$/;

/**
 * Refuse a file made by another engine version, unless `compareAnyway`: a CheckFailed (exit 1) that
 * names both versions and the exact command that runs the recorded one (`npx multipolar@X ...`).
 * `args` is that command's arguments after the version, e.g. ['replay', file]. A version that is
 * not a version at all is bad input (exit 2). `compareAnyway` undefined: the command has no such
 * option, so the message does not offer it. Returns whether the versions differ.
 */
export function checkVersion(made: unknown, file: string, args: readonly string[], compareAnyway: boolean | undefined): boolean {
  if (typeof made !== 'string' || !SEMVER.test(made)) throw new UsageError(`${file} does not say which engine version made it (expected a version like ${ENGINE_VERSION})`);
  if (made === ENGINE_VERSION) return false;
  if (compareAnyway) return true;
  const command = `npx multipolar@${made} ${args.map(shellWord).join(' ')}`;
  const anyway = compareAnyway === false ? ` (or add --compare-anyway to re-run it with ${ENGINE_VERSION} and see the first difference)` : '';
  throw new CheckFailed(`not verified: ${file} was made by engine version ${made}, this is ${ENGINE_VERSION}; run the version that made it with: ${command}${anyway}`);
}
