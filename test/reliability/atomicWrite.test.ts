import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/cli/files.js';
import { cli } from './cli.js';

const ROOT = resolve(import.meta.dirname, '../..');
const MAIN = join(ROOT, 'dist/src/cli/main.js');
const PREVIOUS = '{"previous": "record"}\n';

let dir: string;
beforeAll(() => void (dir = mkdtempSync(join(tmpdir(), 'multipolar-atomic-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('leaves the previous file intact when the write is cut off half-way', () => {
    // A file size limit of 4 KiB (ulimit -f counts KiB) stops the ~40 KiB record part-way through the
    // temporary file, the way a full disk would: the kernel writes what fits, then refuses (EFBIG).
    const target = join(dir, 'cut.json');
    writeFileSync(target, PREVIOUS);
    const r = spawnSync('bash', ['-c', 'ulimit -f 4 && exec node "$0" run --turns 12 -o "$1"', MAIN, target], { encoding: 'utf8' });
    expect(r.stderr).toBe(`multipolar: error: cannot write ${target}: the file is larger than allowed (file size limit)\n`);
    expect(r.status).toBe(2);
    expect(readFileSync(target, 'utf8')).toBe(PREVIOUS);
    expect(readdirSync(dir).filter((f) => f.startsWith('.cut.json'))).toEqual([]);
  });

  it('leaves the previous file intact when the rename fails', () => {
    // The target is a folder: the temporary file is written in full, then cannot replace it.
    const target = join(dir, 'folder');
    mkdirSync(target);
    writeFileSync(join(target, 'inside'), PREVIOUS);
    expect(() => writeFileAtomic(target, 'new')).toThrow(`cannot write ${target}: it is a folder`);
    expect(readFileSync(join(target, 'inside'), 'utf8')).toBe(PREVIOUS);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('replaces the previous file whole when the write succeeds', async () => {
    const target = join(dir, 'ok.json');
    writeFileSync(target, PREVIOUS);
    expect((await cli('run', '--turns', '2', '-o', target)).code).toBe(0);
    expect(JSON.parse(readFileSync(target, 'utf8')).manifest.turns).toBe(2);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('follows a symbolic link and keeps the replaced file\'s permissions', () => {
    const real = join(dir, 'real.json');
    const link = join(dir, 'link.json');
    writeFileSync(real, PREVIOUS, { mode: 0o600 });
    symlinkSync(real, link);
    writeFileAtomic(link, 'new\n');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe('new\n');
    expect(statSync(real).mode & 0o777).toBe(0o600);
  });

  it('writes a FIFO (or a device such as /dev/null) in place instead of replacing it', async () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    // The reader is another process, so that opening the FIFO for writing here does not wait for ever;
    // its timeout only guards against a FIFO that was replaced and never gets a writer.
    const reader = spawn('cat', [fifo], { timeout: 20_000 });
    let read = '';
    reader.stdout.on('data', (chunk) => (read += chunk));
    const closed = new Promise((done) => reader.once('close', done));
    writeFileAtomic(fifo, 'through the pipe\n');
    await closed;
    expect(read).toBe('through the pipe\n');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('names a missing folder', async () => {
    const r = await cli('run', '--turns', '1', '-o', join(dir, 'no/such/folder/x.json'));
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(/cannot write .*x\.json: its folder does not exist\n$/);
  });
});

describe('every file multipolar writes', () => {
  it('goes through writeFileAtomic', () => {
    // Any direct write API outside src/io/atomicFile.ts would bypass the temporary-file-then-rename guarantee.
    const ALLOWED = [
      join(ROOT, 'src/io/atomicFile.ts'),
      join(ROOT, 'src/research/lines.ts'), // opens files for reading only
      join(ROOT, 'src/io/inputFile.ts'), // opens files for reading only
      join(ROOT, 'src/research/spill.ts'), // a scratch file in a private temporary folder, never an output
    ];
    const direct = /\b(writeFileSync|writeFile|appendFileSync|appendFile|createWriteStream|writeSync|openSync|truncateSync|copyFileSync|cpSync)\s*\(/;
    const offenders: string[] = [];
    const walk = (folder: string): void => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.tsx?$/.test(entry.name) && !ALLOWED.includes(path) && direct.test(readFileSync(path, 'utf8'))) offenders.push(path);
      }
    };
    for (const top of ['src', 'actors']) walk(join(ROOT, top));
    expect(offenders).toEqual([]);
  });
});
