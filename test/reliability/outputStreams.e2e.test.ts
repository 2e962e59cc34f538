import { describe, expect, it } from 'vitest';
import { shell, STACK_FRAME } from './cli.js';

// Finding 2: a closed pipe or a full disk on stdout or stderr gave Node's stack trace and exit 1,
// the code of a failed check.
describe('write errors on stdout and stderr', () => {
  it('a reader that stops reading (| head) ends the command quietly with exit 0', () => {
    // 400 turns of text are more than a pipe holds, so the write after head has gone fails with EPIPE.
    const r = shell('$M run --turns 400 --format text | head -c 100 > /dev/null; echo "exit ${PIPESTATUS[0]}"');
    expect(r.stdout).toBe('exit 0\n');
    expect(r.stderr).toBe('');
  });

  it('a full disk on stdout is bad output: one line on stderr and exit 2, for data and for a verified replay alike', () => {
    const run = shell('$M run --turns 2 > /dev/full');
    expect(run).toMatchObject({ code: 2, stderr: 'multipolar: error: cannot write to standard output: no space left on the device\n' });
    const replay = shell('D=$(mktemp -d) && $M run --turns 2 -o "$D/r.json" && $M replay "$D/r.json" > /dev/full; status=$?; rm -r "$D"; exit $status');
    expect(replay.code).toBe(2);
    expect(replay.stderr).toContain('cannot write to standard output: no space left on the device');
  });

  it('a failing stderr keeps the exit code of bad input (2), never 1, and shows no stack trace', () => {
    const r = shell('$M run --seed nine 2> /dev/full');
    expect(r.code).toBe(2);
    const closed = shell('$M run --seed nine 2>&-');
    expect(closed.code).toBe(2);
    expect(closed.stdout + closed.stderr).not.toMatch(STACK_FRAME);
  });
});
