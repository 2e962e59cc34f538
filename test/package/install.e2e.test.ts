import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../../src/engine/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'dist/src/cli/main.js');
const work = mkdtempSync(join(tmpdir(), 'multipolar-package-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// npm run test sets npm_* variables (its own prefix among them); the child npm must see none of them.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));

function run(command: string, args: string[], cwd: string) {
  const r = spawnSync(command, args, { cwd, env: { ...env, NO_COLOR: '1' }, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the npm package', () => {
  it('packs the built JavaScript, the scenarios and the citation files, and installs offline into a fresh prefix as a multipolar that works from any folder', () => {
    // npm test has just built dist/: pack it as it is, without running the build again.
    const packed = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], ROOT);
    expect(packed.code, packed.stderr).toBe(0);
    const [info] = JSON.parse(packed.stdout) as Array<{ filename: string; files: Array<{ path: string }>; bundled: string[] }>;
    const files = info.files.map((f) => f.path);
    for (const file of ['LICENSE', 'CITATION.cff', 'CHANGELOG.md', 'README.md', 'dist/src/cli/main.js', 'dist/actors/index.js', 'dist/scenarios/inf-2019.json', 'scenarios/inf-2019.yaml', 'scenarios/scenario.schema.json']) expect(files).toContain(file);
    // The classroom's page (src/server/public) is shipped as written: plain HTML, CSS and browser JavaScript, no TypeScript.
    expect(files).toEqual(expect.arrayContaining(['src/server/public/index.html', 'src/server/public/app.js', 'src/server/public/style.css']));
    expect(files.filter((f) => (/^(src|test|bench|dist\/test|dist\/bench)\//.test(f) && !f.startsWith('src/server/public/')) || (!f.startsWith('node_modules/') && f.endsWith('.ts')))).toEqual([]);
    // Every dependency travels inside the tarball, so the install needs no registry and gets exactly the tested code.
    expect(info.bundled).toEqual(expect.arrayContaining(['commander', 'immer', 'ink', 'react', 'seedrandom', 'ws', 'xstate', 'yaml', 'zod']));

    const prefix = join(work, 'prefix');
    const installed = run('npm', ['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', join(work, info.filename)], work);
    expect(installed.code, installed.stderr).toBe(0);
    expect(installed.stderr).not.toMatch(/install-scripts|ERR/);

    const elsewhere = join(work, 'elsewhere');
    mkdirSync(elsewhere);
    const multipolar = join(prefix, 'bin', 'multipolar');
    expect(run(multipolar, ['--version'], elsewhere).stdout).toBe(`${ENGINE_VERSION}\n`);
    const list = run(multipolar, ['scenarios', 'list'], elsewhere);
    expect(list.code).toBe(0);
    expect(list.stdout.trim().split('\n').map((l) => l.split(' ')[0])).toEqual(readdirSync(join(ROOT, 'scenarios')).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5)).sort());
    // The installed command gives the clone's output byte for byte (a shipped variant, so extends is resolved in the package).
    const args = ['run', '--scenario', 'revised-dual-track', '--seed', '7', '--turns', '3'];
    const installedRun = run(multipolar, args, elsewhere);
    expect(installedRun.code, installedRun.stderr).toBe(0);
    expect(installedRun.stdout).toBe(run(process.execPath, [BIN, ...args], elsewhere).stdout);
  }, 180_000);
});
