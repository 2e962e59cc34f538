import { closeSync, readSync } from 'node:fs';
import { FileReadError, openInput } from '../io/inputFile.js';
import { ResearchError } from './errors.js';

/**
 * The lines of a text file (without their newlines), read in 1 MiB chunks so memory stays flat
 * however large the file. A final line without a newline is still yielded. FIFOs and devices are refused.
 */
export function* readLines(file: string): Generator<string> {
  let fd: number;
  try {
    // A regular file only: a FIFO would hang the read, a device never end it.
    fd = openInput(file).fd;
  } catch (e) {
    throw e instanceof FileReadError ? new ResearchError(e.message) : e;
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
