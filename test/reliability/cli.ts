import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/program.js';

/** What one in-process run of the CLI printed and returned. */
export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run `multipolar ...argv` in process, capturing stdout and stderr through `Io`. */
export async function cli(...argv: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

/** A V8 stack frame line ("    at fn (file.js:1:2)"): never to be shown to a user. */
export const STACK_FRAME = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m;

/** The compiled CLI, as a user runs it (npm test builds dist/ with tsc before vitest runs). */
export const MAIN = fileURLToPath(new URL('../../dist/src/cli/main.js', import.meta.url));

/** Run `bash -c script` with $M set to `node <the compiled CLI>`, for tests of pipes, descriptors and signals. */
export function shell(script: string, cwd?: string): CliResult {
  const r = spawnSync('bash', ['-c', `M="${process.execPath} ${MAIN}"; ${script}`], { encoding: 'utf8', cwd, timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary folder for one test file. */
export const scratch = (name: string): string => mkdtempSync(join(tmpdir(), `multipolar-${name}-`));
