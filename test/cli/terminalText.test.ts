import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCENARIO_DIR } from '../../src/scenario/index.js';
import { terminalLine, terminalSafe } from '../../src/text/terminal.js';
import { cli } from '../reliability/cli.js';

// What a hostile file could hold: retitle the window (OSC 0), write the clipboard (OSC 52), clear
// the screen (CSI 2J, and its one-byte C1 form), a carriage return that overwrites a line, a bidi override.
const HOSTILE = '\\e]0;pwned\\a \\e]52;c;aGVsbG8=\\a \\e[2J \\x9b2J \\r \\u202e';
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'multipolar-escapes-'));
  copyFileSync(join(SCENARIO_DIR, 'inf-2019.yaml'), join(dir, 'inf-2019.yaml'));
  writeFileSync(join(dir, 'hostile.yaml'), [
    'id: hostile', 'extends: inf-2019', `title: "Hostile ${HOSTILE} title"`, `question: "Why ${HOSTILE}?"`,
    'events:',
    `  - { id: e, at: 2019-Q1, title: "Event ${HOSTILE}", text: "Text ${HOSTILE}", effect: { crisis: 0.1 }, source: s }`,
    '',
  ].join('\n'));
  writeFileSync(join(dir, 'broken.yaml'), `id: broken\nextends: inf-2019\ntitle: T\nquestion: Q?\n"key ${HOSTILE}": 1\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('no control character from a file reaches a terminal', () => {
  it('terminalSafe keeps text, tabs and newlines; terminalLine keeps a line one line', () => {
    expect(terminalSafe('a\u001b]0;x\u0007b\tc\nd\u009b2J\u202e')).toBe('a]0;xb\tc\nd2J');
    expect(terminalLine('a\tb\nc\rd\u001b[2J')).toBe('a b c d[2J');
  });

  it('in scenarios list, validate, run --format text and replay', async () => {
    const list = await cli('scenarios', 'list', '--dir', dir); // lists hostile and inf-2019, and names broken's problem
    expect(list.code).toBe(2);
    expect(list.stderr).toContain('broken.yaml:5');
    expect(list.stdout).toContain('Hostile ]0;pwned');
    const validate = await cli('scenarios', 'validate', join(dir, 'broken.yaml'), join(dir, 'hostile.yaml'));
    expect(validate.code).toBe(2);
    expect(validate.stderr).toContain('unknown key "key ]0;pwned');
    const run = await cli('run', '--scenario', join(dir, 'hostile.yaml'), '--turns', '1', '--format', 'text');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Event ]0;pwned');
    writeFileSync(join(dir, 'record.json'), JSON.stringify({ kind: '\u001b]52;c;aGVsbG8=\u0007' }));
    const replay = await cli('replay', join(dir, 'record.json'));
    expect(replay.code).toBe(2);
    expect(replay.stderr).toContain('of kind "]52;c;aGVsbG8="');
    for (const r of [list, validate, run, replay]) {
      expect(r.stdout).not.toMatch(CONTROL);
      expect(r.stderr).not.toMatch(CONTROL);
    }
  });
});
