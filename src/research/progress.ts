/** A progress bar for long runs. */
export interface Progress {
  update(done: number): void;
  end(): void;
}

const NONE: Progress = { update() {}, end() {} };

/**
 * A one-line progress bar on `stream` (standard error by default), redrawn at most ten times a
 * second, with the rate; nothing at all when the stream is not a terminal, so logs and pipes stay clean.
 */
export function progressBar(total: number, label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total <= 0) return NONE;
  const started = Date.now();
  let last = 0;
  const draw = (done: number) => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? (done / seconds).toFixed(1) : '-';
    stream.write(`\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} (${rate}/s)`);
  };
  return {
    update(done) {
      const now = Date.now();
      if (done < total && now - last < 100) return;
      last = now;
      draw(done);
    },
    end() {
      stream.write('\r\x1b[2K');
    },
  };
}
