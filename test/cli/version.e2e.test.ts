import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../../src/engine/index.js';
import { cli, MAIN } from '../reliability/cli.js';

const node = (...args: string[]) => spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8' });

describe('multipolar --version', () => {
  it("answers as commander does (main.ts answers a bare --version or -V itself, before the program loads)", async () => {
    for (const flag of ['--version', '-V']) {
      const program = await cli(flag);
      expect(program).toEqual({ code: 0, stdout: `${ENGINE_VERSION}\n`, stderr: '' });
      const r = node(flag);
      expect({ code: r.status, stdout: r.stdout, stderr: r.stderr }, flag).toEqual(program);
    }
  });

  it('with anything else on the line is the program\'s to answer', async () => {
    const r = node('--version', 'run');
    const program = await cli('--version', 'run');
    expect({ code: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual(program);
  });
});
