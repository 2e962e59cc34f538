import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SCENARIO_DIR } from '../../src/scenario/index.js';
import { cli, scratch, STACK_FRAME } from './cli.js';
import { forgeSave } from './forge.js';

const dir = scratch('proto');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const inf = readFileSync(join(SCENARIO_DIR, 'inf-2019.yaml'), 'utf8');

// Finding 1: treaty ids named like Object.prototype members validated, then crashed every run (exit 70).
describe('ids named like the members of every JavaScript object', () => {
  it.each(['constructor', 'toString', 'valueOf', 'hasOwnProperty'])('a treaty called %s is refused with exit 2 and the line of the id', async (name) => {
    const file = join(dir, `${name}.yaml`);
    writeFileSync(file, inf.replace(/^(\s*- id: )mtcr$/m, `$1${name}`).replace(/\bmtcr\b/g, name));
    const r = await cli('run', '--scenario', file, '--turns', '1');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^multipolar: error: .*${name}\\.yaml:\\d+: at [\\w.]+: "${name}" is a name every JavaScript object already has`, 'm'));
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });

  it('a __proto__ key in a variant is refused, not merged into the prototype', async () => {
    const file = join(dir, 'proto-variant.yaml');
    writeFileSync(file, 'id: proto-variant\nextends: inf-2019\ntitle: t\nquestion: q\nactors:\n  __proto__: { polluted: true }\n');
    const r = await cli('scenarios', 'validate', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/proto-variant\.yaml:6: at actors\.__proto__: "__proto__" is a name every JavaScript object already has/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a forged save whose order names a treaty "constructor" is replayed without a crash: not verified (exit 1)', async () => {
    const file = forgeSave(join(dir, 'constructor.save.json'), {
      humans: ['us'], turns: [{ orders: { us: { type: 'withdraw', treaty: 'constructor', mode: 'withdraw' } }, injects: ['toString'] }],
    });
    const r = await cli('replay', file);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^multipolar: not verified: .*: turn 1: scenario inf-2019 has no inject "toString"\n$/);
  });
});
