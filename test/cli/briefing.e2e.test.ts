import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../dist/src/cli/main.js', import.meta.url));

/** The real CLI as a child process, as a teacher runs it. */
function multipolar(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 30_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
beforeAll(() => void (dir = mkdtempSync(join(tmpdir(), 'multipolar-briefing-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('multipolar briefing (end to end)', () => {
  it("writes a team's briefing: situation, position with sources, objectives, options and their rules, allies and rivals", () => {
    const r = multipolar('briefing', '--scenario', 'inf-2019', '--team', 'eu');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const md = r.stdout;
    expect(md.startsWith('# Briefing for EU: The end of INF, 2019\n')).toBe(true);
    for (const heading of ['## Your objectives', '## Your position: EU', '## Allies and rivals', '## The situation in 2019-Q1', '## Your options and their rules', '## How a turn goes']) {
      expect(md).toContain(`\n${heading}\n`);
    }
    expect(md).toContain('1. **The Hague Code of Conduct stays at least as healthy as in 2019.** Met when the health of Hague Code of Conduct is at least 50 (of 100). At the start: met (50).');
    expect(md).toContain('From the paper: Egmont 106 §3.1-3.5');
    expect(md).toMatch(/\| Arms control \| 0\.85 \| how much it values regimes and talks \| Egmont 106 §3\.3/);
    expect(md).toContain('Open at the start: deploy missile defence to Europe.');
    expect(md).toContain('Not open: the EU deploys no missiles; its capabilities are defensive (Egmont 106 §3.5)');
    expect(md).toMatch(/talks on Hague Code of Conduct with US, Russia \(odds \d+% if no one else joins, at the start\)/);
    expect(md).toContain('- **Rivals:** Russia (tension 50; the pair weighs 0.4 in the escalation index)');
    expect(md).toContain('- **Allies** (you pool your bargaining chips at a table): US (tension 30); NATO (tension 5).');
    // A team's briefing keeps the facilitator's injects back.
    expect(md).not.toContain('Injects');
    expect(md).not.toContain('9M729 moved closer');
  });

  it("writes the facilitator's briefing with the injects and what each changes, atomically to --out", () => {
    const out = join(dir, 'facilitator.md');
    const r = multipolar('briefing', '--scenario', 'inf-2019', '--team', 'facilitator', '--out', out);
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const md = readFileSync(out, 'utf8');
    expect(md).toContain("# Facilitator's briefing: The end of INF, 2019");
    expect(md).toContain('`multipolar play --scenario inf-2019 --turns 6 --humans us,russia,china,nato,eu`');
    for (const team of ['US', 'Russia', 'China', 'NATO', 'EU']) expect(md).toContain(`\n### ${team}\n`);
    expect(md).toContain('- **9M729 moved closer to EU borders** `russia-moves-9m729`: Russia redeploys 9M729 regiments towards the EU\'s borders.');
    expect(md).toContain('  - Changes: tension Russia–EU +8; tension Russia–NATO +8; crisis +20; Russia\'s ground-launched intermediate-range missiles in Europe +2.');
    expect(md).toMatch(/it loses US's "Russia's 9M729 force in Europe grows no larger than its four battalions of 2019"/);
    expect(md).toContain('- **NPT review conference fails** (2022-Q3)');
    expect(readdirSync(dir)).toEqual(['facilitator.md']); // no temporary file left behind
  });

  it('without --team, writes every team of the scenario one after another with page breaks, for printing', () => {
    const r = multipolar('briefing', '--scenario', 'dual-track-1979');
    expect(r.code).toBe(0);
    expect(r.stdout.match(/^# Briefing for .+$/gm)).toEqual([
      '# Briefing for US: The dual-track decision, 1979-1987',
      '# Briefing for Russia: The dual-track decision, 1979-1987',
      '# Briefing for NATO: The dual-track decision, 1979-1987',
    ]);
    expect(r.stdout.match(/page-break-after/g)).toHaveLength(2);
    expect(r.stdout).toContain('1. **An INF Treaty is signed.** Met when INF Treaty (proposal) stands');
  });

  it('refuses a team that does not play, or a bad path, in one line with exit code 2', () => {
    expect(multipolar('briefing', '--scenario', 'bipolar-2019', '--team', 'china')).toEqual({
      code: 2, stdout: '', stderr: 'multipolar: error: --team must be one of us, russia, nato, eu, facilitator (the actors of scenario bipolar-2019), got "china"\n',
    });
    const r = multipolar('briefing', '--team', 'eu', '--out', join(dir, 'no', 'such', 'folder.md'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^multipolar: error: cannot write .*folder\.md: its folder does not exist\n$/);
  });
});
