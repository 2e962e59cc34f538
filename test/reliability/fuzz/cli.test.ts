import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cli, STACK_FRAME } from '../cli.js';
import { BASE_TEXT, runs } from './arbitraries.js';

let dir: string;
let home: string;
const fixtures = new Map<string, string>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'multipolar-fuzz-cli-'));
  // Relative paths the fuzzer makes up (for --out too) land in this folder, never in the project.
  home = process.cwd();
  process.chdir(dir);
  const made = await cli('run', '--turns', '3', '--seed', '5', '-o', 'record.json');
  expect(made.code).toBe(0);
  const record = readFileSync('record.json', 'utf8');
  fixtures.set('record.json', record);
  fixtures.set('edited.json', record.replace('"date": "2019-Q2"', '"date": "2019-Q4"'));
  fixtures.set('save.json', JSON.stringify({ kind: 'multipolar-save', checksum: '0', game: {} }));
  fixtures.set('notjson.json', 'not json at all');
  fixtures.set('short.yaml', BASE_TEXT.replace(/^turns: \d+$/m, 'turns: 2'));
  fixtures.set('broken.yaml', BASE_TEXT.replace(/^start: .*$/m, 'start: 2019-Q7'));
  mkdirSync('folder');
});
afterAll(() => {
  process.chdir(home);
  rmSync(dir, { recursive: true, force: true });
});

/** Put the folder back as it was, so that each case starts alike: a fuzzed --out may have written a file or over one. */
function resetFixtures(): void {
  for (const name of readdirSync(dir)) if (!fixtures.has(name) && name !== 'folder') rmSync(join(dir, name), { recursive: true, force: true });
  for (const [name, text] of fixtures) writeFileSync(join(dir, name), text);
}

// Words the CLI knows, words it does not, and values of every sort.
const command = fc.constantFrom('run', 'play', 'replay', 'help', 'scenarios', 'bogus', 'RUN', '', '-h', '--help', '-V', '--version');
const flag = fc.constantFrom('--', '-', '-x', '--bogus', '--seed=1', '--turns=2', '-t1', '-t0', '--format=csv', '--help', '-h', '-V', '--no-seed');
const number = fc.oneof(
  fc.constantFrom('0', '1', '2', '3', '42', '-1', '400', '401', '4294967295', '4294967296', '1e3', '0x10', '2.5', ' 5', '+3', '', 'NaN', 'Infinity', '9'.repeat(40), '٣'),
  fc.integer({ min: -5, max: 5 }).map(String),
);
const file = fc.constantFrom('record.json', 'edited.json', 'save.json', 'notjson.json', 'short.yaml', 'broken.yaml', 'inf-2019', 'no-such-id', 'folder', 'out.json', 'missing/dir/out.json', '/nonexistent/x.json', 'x.yaml', '.');
const format = fc.constantFrom('json', 'csv', 'text', 'xml', 'JSON', '');
// Made-up text, kept relative and inside the folder (no leading slash, no "..").
const text = fc.string({ maxLength: 12 }).map((s) => s.replace(/^[/\\~]+/, '').replace(/\.\./g, '.'));
const anyValue = fc.oneof(number, file, format, text);

/** An option with a value of its kind most of the time, of any kind sometimes. */
const pair = (names: string[], value: fc.Arbitrary<string>) =>
  fc.tuple(fc.constantFrom(...names), fc.oneof({ weight: 4, arbitrary: value }, { weight: 1, arbitrary: anyValue })).map(([n, v]) => [n, v]);
const seed = pair(['--seed'], number);
const turns = pair(['-t', '--turns'], number);
const scenario = pair(['-s', '--scenario'], file);
const out = pair(['-o', '--out'], file);

/** Lists shaped like real commands (a command, its options, its file), with some noise mixed in. */
const shaped = fc.oneof(
  fc.tuple(fc.constant(['run']), fc.array(fc.oneof(seed, turns, scenario, out, pair(['-f', '--format'], format)), { maxLength: 4 })),
  fc.tuple(fc.constant(['play']), fc.array(fc.oneof(seed, scenario), { maxLength: 3 })),
  fc.tuple(fc.oneof(file, anyValue).map((f) => ['replay', f]), fc.array(scenario, { maxLength: 1 })),
).chain(([head, pairs]) => fc.tuple(fc.constant([...head, ...pairs.flat()]), fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.tuple(fc.nat(), fc.oneof(flag, anyValue)) })))
  .map(([args, noise]) => (noise ? [...args.slice(0, noise[0] % (args.length + 1)), noise[1], ...args.slice(noise[0] % (args.length + 1))] : args));

/** Lists of anything. */
const loose = fc.tuple(fc.option(command, { freq: 6 }), fc.array(fc.oneof(flag, anyValue, fc.constantFrom('-s', '-o', '-t', '-f', '--seed')), { maxLength: 7 }))
  .map(([first, rest]) => (first === null ? rest : [first, ...rest]));

const argv = fc.oneof({ weight: 3, arbitrary: shaped }, { weight: 1, arbitrary: loose });

describe('the CLI, fuzzed with argument lists', () => {
  it('never throws, never prints a stack trace: exit 0, or 1 for a replay, or 2 with a message', async () => {
    const stdoutWrite = vi.spyOn(process.stdout, 'write');
    const stderrWrite = vi.spyOn(process.stderr, 'write');
    try {
      await fc.assert(fc.asyncProperty(argv, async (args) => {
        resetFixtures();
        stdoutWrite.mockClear();
        stderrWrite.mockClear();
        const r = await cli(...args);
        // Everything went through Io: nothing reached the real streams.
        expect(stdoutWrite).not.toHaveBeenCalled();
        expect(stderrWrite).not.toHaveBeenCalled();
        expect(r.stdout + r.stderr).not.toMatch(STACK_FRAME);
        expect(r.stderr).not.toContain('internal error');
        expect([0, 2, ...(args.includes('replay') ? [1] : [])]).toContain(r.code);
        if (r.code !== 0) expect(r.stderr).toMatch(/^multipolar: \S/);
      }), runs(100));
    } finally {
      stdoutWrite.mockRestore();
      stderrWrite.mockRestore();
    }
  });
});
