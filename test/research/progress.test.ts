import { describe, expect, it } from 'vitest';
import { progressBar } from '../../src/research/progress.js';

function stream(isTTY: boolean): NodeJS.WriteStream & { text: string } {
  const s = { isTTY, text: '', write(t: string) { s.text += t; return true; } };
  return s as unknown as NodeJS.WriteStream & { text: string };
}

describe('the progress bar', () => {
  it('draws on a terminal and clears its line at the end', () => {
    const tty = stream(true);
    const bar = progressBar(4, 'batch', tty);
    bar.update(4);
    expect(tty.text).toMatch(/^\rbatch \[#{30}\] 4\/4 \(/);
    bar.end();
    expect(tty.text.endsWith('\r\x1b[2K')).toBe(true);
  });

  it('writes nothing when the stream is not a terminal', () => {
    const pipe = stream(false);
    const bar = progressBar(4, 'batch', pipe);
    bar.update(1);
    bar.update(4);
    bar.end();
    expect(pipe.text).toBe('');
  });
});
