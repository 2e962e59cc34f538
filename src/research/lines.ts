import { closeSync, openSync, readSync } from 'node:fs';
import { ResearchError } from './errors.js';

/**
 * The lines of a text file (without their newlines), read in 1 MiB chunks so memory stays flat
 * however large the file. A final line without a newline is still yielded.
 */
export function* readLines(file: string): Generator<string> {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ResearchError(`cannot read ${file}: ${code === 'ENOENT' ? 'file not found' : code ?? String(e)}`);
  }
  try {
    const buffer = Buffer.alloc(1 << 20);
    let rest = '';
    const decoder = new TextDecoder('utf-8');
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      const text = rest + decoder.decode(buffer.subarray(0, n), { stream: true });
      const parts = text.split('\n');
      rest = parts.pop()!;
      yield* parts;
    }
    rest += decoder.decode();
    if (rest !== '') yield rest;
  } finally {
    closeSync(fd);
  }
}
