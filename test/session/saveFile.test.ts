import { describe, expect, it } from 'vitest';
import { makeSave, startRun } from '../../src/engine/index.js';
import { CODE_PATTERN, makeCode, normalizeCode, parseSaveFile, SaveFileError, saveFileText } from '../../src/session/index.js';
import { infScenario } from '../fixtures.js';

const save = makeSave(startRun(infScenario(), 3), 'inf-2019', ['eu'], []);
const classroom = { length: 6, facilitatorCode: 'ABCD-EFGH', teamCodes: { eu: 'JKMN-PQRS' } };

describe('a class\'s save', () => {
  it('keeps the length and every code beside the save, and reads back a save of play without them', () => {
    expect(parseSaveFile(saveFileText(save, classroom), 'class.json')).toEqual({ save, classroom });
    expect(parseSaveFile(saveFileText(save), 'game.json')).toEqual({ save, classroom: null });
  });

  it('refuses an edited code and a code that is not one', () => {
    const edited = saveFileText(save, classroom).replace('JKMN-PQRS', 'JKMN-PQRT');
    expect(() => parseSaveFile(edited, 'class.json')).toThrow(/edited or damaged/);
    expect(() => parseSaveFile(edited, 'class.json')).toThrow(SaveFileError);
    const forged = JSON.parse(saveFileText(save, { ...classroom, teamCodes: { eu: '<b>x</b>' } }));
    expect(() => parseSaveFile(JSON.stringify(forged), 'class.json')).toThrow(/classroom\.teamCodes\.eu/);
  });
});

describe('join codes', () => {
  it('draw each character from the caller\'s source, in two groups of four', () => {
    let i = 0;
    const code = makeCode((n) => i++ % n);
    expect(code).toBe('ABCD-EFGH');
    expect(CODE_PATTERN.test(makeCode((n) => n - 1))).toBe(true);
  });

  it('read as typed: any case, spaces or a dash anywhere; nothing else', () => {
    expect(normalizeCode(' abcd efgh ')).toBe('ABCD-EFGH');
    expect(normalizeCode('abcdefgh')).toBe('ABCD-EFGH');
    expect(normalizeCode('ABCD-EFG0')).toBeNull();
    expect(normalizeCode('ABCD-EFG')).toBeNull();
    expect(normalizeCode('A'.repeat(1000))).toBeNull();
  });
});
