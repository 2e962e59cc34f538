import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_SCENARIO_BYTES, SCENARIO_DIR } from '../../src/scenario/index.js';
import { cli, scratch, STACK_FRAME } from './cli.js';
import { forgeSave } from './forge.js';

const dir = scratch('refs');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SECRET = 'root:x:0:0:the-secret-line:/root:/bin/bash';
writeFileSync(join(dir, 'secret.yaml'), `${SECRET}\n`);
execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);

/** One line, exit 2, no stack trace, and never the secret file's content. */
function refused(r: { code: number; stderr: string }, message: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(message);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toContain('the-secret-line');
  expect(r.stderr).not.toMatch(STACK_FRAME);
}

// Finding 3: a save's scenario reference could be any path: replay printed a system file's lines,
// hung on a FIFO and exhausted memory on /dev/zero. The same held through extends and a symlink.
describe("a save's scenario reference", () => {
  it('is never echoed as file content', async () => {
    refused(await cli('replay', forgeSave(join(dir, 'secret.save.json'), { scenario: { ref: join(dir, 'secret.yaml'), id: 'x', sha256: '0'.repeat(64) } })),
      /the scenario of .*secret\.save\.json, .*secret\.yaml, cannot be used: it does not load as a scenario \(check it with: multipolar scenarios validate /);
  });

  it('is never a FIFO, a device or a file that is not YAML', async () => {
    refused(await cli('replay', forgeSave(join(dir, 'fifo.save.json'), { scenario: { ref: join(dir, 'pipe.yaml'), id: 'x', sha256: '0'.repeat(64) } })), /pipe\.yaml, cannot be used: it is a FIFO \(named pipe\), not a regular file/);
    refused(await cli('replay', forgeSave(join(dir, 'zero.save.json'), { scenario: { ref: '/dev/zero', id: 'x', sha256: '0'.repeat(64) } })), /names its scenario "\/dev\/zero", which is neither a shipped scenario id nor a \.yaml file/);
  });
});

describe('scenario files given or inherited', () => {
  it('refuses a FIFO, a device and a file over the size limit as input, at once', async () => {
    refused(await cli('run', '--scenario', join(dir, 'pipe.yaml')), /pipe\.yaml: it is a FIFO \(named pipe\), not a regular file/);
    refused(await cli('run', '--scenario', '/dev/zero'), /\/dev\/zero: it is a device, not a regular file/);
    refused(await cli('merge', join(dir, 'pipe.yaml'), '/dev/zero'), /cannot read .*pipe\.yaml: it is a FIFO \(named pipe\), not a regular file/);
    refused(await cli('replay', join(dir, 'pipe.yaml')), /cannot read .*pipe\.yaml: it is a FIFO \(named pipe\), not a regular file/);
    const big = join(dir, 'big.yaml');
    writeFileSync(big, `# ${'x'.repeat(MAX_SCENARIO_BYTES)}\n`);
    refused(await cli('scenarios', 'validate', big), new RegExp(`big\\.yaml: it is ${MAX_SCENARIO_BYTES + 3} bytes, more than the ${MAX_SCENARIO_BYTES} allowed here`));
  });

  it('confines extends to the variant\'s folder: no absolute path, no .., no symbolic link, no FIFO', async () => {
    const variants = join(dir, 'variants');
    mkdirSync(variants);
    symlinkSync(join(dir, 'secret.yaml'), join(variants, 'linked.yaml'));
    symlinkSync(dir, join(variants, 'up'));
    symlinkSync(join(dir, 'pipe.yaml'), join(variants, 'fifo.yaml'));
    const variant = (name: string, base: string) => {
      const file = join(variants, `${name}.yaml`);
      writeFileSync(file, `id: ${name}\nextends: ${base}\ntitle: t\nquestion: q\n`);
      return file;
    };
    const at = (name: string) => new RegExp(`variants/${name}\\.yaml:2: at extends: `);
    refused(await cli('run', '-s', variant('abs', `${dir}/secret.yaml`)), at('abs'));
    refused(await cli('run', '-s', variant('dotdot', '../secret.yaml')), /leads out of this file's folder/);
    refused(await cli('run', '-s', variant('link', 'linked.yaml')), /goes through a symbolic link \(linked\.yaml\)/);
    refused(await cli('run', '-s', variant('linkdir', 'up/secret.yaml')), /goes through a symbolic link \(up\)/);
    refused(await cli('run', '-s', variant('linkid', 'linked')), /goes through a symbolic link \(linked\.yaml\)/);
    refused(await cli('run', '-s', variant('via-fifo', 'fifo')), /goes through a symbolic link \(fifo\.yaml\)/);
    copyFileSync(join(SCENARIO_DIR, 'inf-2019.yaml'), join(variants, 'plain.yaml'));
    expect((await cli('scenarios', 'validate', variant('fine', 'plain.yaml'))).code).toBe(0);
  });
});
