import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli as inProcess } from '../reliability/cli.js';

// The compiled CLI, as a user runs it (npm test builds dist/ with tsc before vitest runs).
const BIN = fileURLToPath(new URL('../../dist/src/cli/main.js', import.meta.url));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('multipolar design and sensitivity (end to end)', () => {
  it('prints a ranked Morris table on stdout and nothing on stderr', () => {
    const r = cli('sensitivity', '--method', 'morris', '--param', 'actors.russia.doctrine.threatPerception', '--range', '0.2:0.9',
      '--param', 'actors.us.doctrine.threatPerception', '--range', '0.2:0.9', '-N', '2', '--runs', '1', '--turns', '3', '--bootstrap', '100', '--workers', '2');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Morris screening of inf-2019: 2 parameters, 6 points \(r = 2 trajectories on 4 levels\) x 1 runs each \(seeds 1-1\)\n/);
    expect(r.stdout).toMatch(/\nescalation at turn 3 \(2019-Q3\): mean [\d.]+, SD [\d.]+ over the points\nrank +parameter +mu\* \[95% CI\] +sigma \[95% CI\] +mu\n +1 +actors\./);
  });

  it('tells the truth in --help and refuses bad input in one line with exit code 2', async () => {
    // The help text is commander's, the same in process; the bad input below goes through a real process.
    const help = await inProcess('design', '--help');
    expect(help.code).toBe(0);
    for (const option of ['--param', '--range', '--integer', '--grid', '--lhs', '--from', '--runs', '--shard', '--summary']) expect(help.stdout).toContain(option);
    expect((await inProcess('sensitivity', '--help')).stdout).toMatch(/--method <morris\|sobol>[^]*--output <list>[^]*--svg <file>/);
    const bad = cli('sensitivity', '--method', 'fast', '--runs', '1');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('multipolar: error: --method must be one of morris, sobol, got "fast"\n');
  });
});
