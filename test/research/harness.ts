import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import { runCli } from '../../src/cli/program.js';

/**
 * Run the CLI in this process, capturing what it writes, through Io and straight to the process's
 * streams alike (a research CSV without --out streams to process.stdout).
 */
export async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  try {
    const code = await runCli(args, { stderr: (t) => (stderr += t) });
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/** Temporary folders that `removeTempDirs` (for afterAll) deletes. */
const dirs: string[] = [];

/** A new temporary folder, removed by removeTempDirs. */
export function tempDir(prefix = 'multipolar-research-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

/** Remove every folder tempDir made (for afterAll). */
export function removeTempDirs(): void {
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
}
