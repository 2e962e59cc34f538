import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioFile, ScenarioError } from '../../src/scenario/index.js';

let dir: string;
beforeAll(() => void (dir = mkdtempSync(join(tmpdir(), 'multipolar-hostile-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The problems loading `text` gives (it must be refused with a ScenarioError). */
function problems(name: string, text: string) {
  const file = join(dir, name);
  writeFileSync(file, text);
  try {
    loadScenarioFile(file);
  } catch (e) {
    if (e instanceof ScenarioError) return e.problems.map((p) => `${p.line ?? '-'}: ${p.message}`);
    throw e;
  }
  throw new Error(`${name} loaded`);
}

describe('hostile scenario files found by fuzzing', () => {
  it('refuses deep nesting by its depth, again and again in one process', () => {
    // Before the depth check, the second of these aborted Node (V8 "RegExpCompiler Allocation failed").
    for (let i = 0; i < 3; i++) {
      expect(problems('deep.json', '['.repeat(5000) + ']'.repeat(5000))).toEqual(['1: nested 5000 levels deep; a file may nest at most 64']);
      expect(problems('deep.yaml', Array.from({ length: 3000 }, (_, d) => `${' '.repeat(d)}a:`).join('\n') + ' 1')).toEqual(['3000: nested 3000 levels deep; a file may nest at most 64']);
    }
  });

  it('refuses an alias bomb with a ScenarioError', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]', ...['b', 'c', 'd', 'e', 'f'].map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcde'[i]}`).join(', ')}]`)];
    expect(problems('bomb.yaml', levels.join('\n'))).toEqual(['-: cannot be read: Excessive alias count indicates a resource exhaustion attack']);
  });

  it('refuses cyclic aliases in a base and its variant instead of recursing for ever', () => {
    writeFileSync(join(dir, 'base.yaml'), 'id: base\nactors: &x\n  us: *x\n');
    expect(problems('child.yaml', 'id: child\nextends: base\nactors: &y\n  us: *y\n')).toContain('1: missing: expected string');
  });
});
