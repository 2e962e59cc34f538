import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, watch } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAIN, scratch } from './cli.js';

const dir = scratch('signals');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Start a long batch writing into `folder`, send `signal` once its temporary CSV exists (watched,
 * not waited for), and return how the process ended and what the folder holds then.
 */
async function interrupted(signal: NodeJS.Signals, folder: string): Promise<{ signal: NodeJS.Signals | null; files: string[] }> {
  const watcher = watch(folder);
  const child = spawn(process.execPath, [MAIN, 'batch', '--runs', '100000', '--workers', '1', '--out', join(folder, 'runs.csv'), '--summary', join(folder, 'summary.json')], { stdio: 'ignore' });
  const ended = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, s) => resolve(s)));
  await new Promise<void>((resolve) => {
    const check = () => {
      if (readdirSync(folder).some((f) => f.endsWith('.tmp'))) {
        watcher.close();
        resolve();
      }
    };
    watcher.on('change', check);
    check();
  });
  child.kill(signal);
  return { signal: await ended, files: readdirSync(folder) };
}

// Finding 8: SIGTERM and SIGHUP (what Slurm and timeout send) left the temporary file behind.
describe('a long command ended by a signal', () => {
  it.each(['SIGTERM', 'SIGHUP', 'SIGINT'] as const)('%s removes the temporary CSV and ends the process by that signal', async (signal) => {
    const folder = join(dir, signal);
    mkdirSync(folder);
    expect(await interrupted(signal, folder)).toEqual({ signal, files: [] });
  });
});
