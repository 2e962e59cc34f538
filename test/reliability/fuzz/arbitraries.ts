import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { CORE_ACTORS as ACTORS, POSTURES, REGIONS, SYSTEMS } from '../../../src/model/index.js';
import { SCENARIO_DIR } from '../../../src/scenario/index.js';

/**
 * How many cases a property runs: `testDefault` under `npm test` (a few hundred in all), and
 * MULTIPOLAR_FUZZ_RUNS times `fuzzShare` under `npm run fuzz`. MULTIPOLAR_FUZZ_SEED replays a failure.
 */
export function runs(testDefault: number, fuzzShare = 1): { numRuns: number; seed?: number } {
  const fuzz = Math.round(Number(process.env.MULTIPOLAR_FUZZ_RUNS) * fuzzShare);
  const seed = Number(process.env.MULTIPOLAR_FUZZ_SEED);
  // Under npm test the seed is fixed, so the suite is the same on every run; the fuzz run explores.
  return { numRuns: fuzz > 0 ? fuzz : testDefault, seed: Number.isInteger(seed) ? seed : fuzz > 0 ? undefined : 20190201 };
}

/** The baseline scenario's text and data, to mutate. */
export const BASE_TEXT = readFileSync(join(SCENARIO_DIR, 'inf-2019.yaml'), 'utf8');
export const BASE_DOC = parse(BASE_TEXT) as Record<string, unknown>;

type Path = ReadonlyArray<string | number>;

/** Every path into a document, the root included. */
function pathsOf(value: unknown, path: Path = []): Path[] {
  const here = [path];
  if (Array.isArray(value)) return here.concat(...value.map((v, i) => pathsOf(v, [...path, i])));
  if (value && typeof value === 'object') return here.concat(...Object.entries(value).map(([k, v]) => pathsOf(v, [...path, k])));
  return here;
}
const BASE_PATHS = pathsOf(BASE_DOC);

/** Numbers no scenario should hold, as raw YAML/JSON tokens, so that JSON can carry them too. */
const RAW_NUMBERS = ['NaN', '.nan', '-.inf', '.inf', 'Infinity', '1e400', '-1e400', '1e-400', '9007199254740993', '123456789012345678901234567890', '0x7fffffff', '0o777', '-0', '1_000'];
const raw = (token: string) => `@@raw:${token}@@`;

/** Deeply nested arrays or objects. */
const deep = fc.tuple(fc.integer({ min: 1, max: 300 }), fc.boolean(), fc.constantFrom<unknown>(1, 'x', null, {})).map(([n, arrays, leaf]) => {
  let v = leaf;
  for (let i = 0; i < n; i++) v = arrays ? [v] : { a: v };
  return v;
});

/** Values of the wrong type, size or sort for any field. */
export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, true, false, 0, -1, -0, 1e308, -1e308, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, 0.5, 2, 400, 401, '', ' ', '2019-Q5', '2019-Q1', 'inf-2019', 'us', '__proto__', 'constructor', [], {}, [[]], { value: 0.5 }, { value: 0.5, source: 'x' }),
  fc.constantFrom(...RAW_NUMBERS).map(raw),
  fc.double(),
  fc.integer(),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.integer({ min: 2001, max: 20_000 }).map((n) => 'x'.repeat(n)),
  deep,
  fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 5 }), fc.constant(null)), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.integer(), fc.string({ maxLength: 5 })), { maxKeys: 4 }),
);

/** Values a field of the right type might hold: edge values that pass validation and stress the model. */
const WORDS = [...ACTORS, ...SYSTEMS, ...REGIONS, ...POSTURES, 'inForce', 'suspended', 'withdrawn', 'negotiating', 'signed', 'legal', 'political', '2019-Q1', '2026-Q4', '1987-Q4', '9999-Q4'];
const plausibleNumber = fc.oneof(fc.constantFrom(0, 1, 0.5, 1e-9, 1 - 1e-9, 40, 400, 1000, 100_000), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: -1000, max: 100_000 }));
const plausibleWord = fc.constantFrom(...WORDS);

/** One change to a document at a random path. */
type Mutation = (doc: unknown) => unknown;
const mutation: fc.Arbitrary<Mutation> = fc.tuple(
  fc.constantFrom(...BASE_PATHS), fc.constantFrom('tweak', 'tweak', 'replace', 'delete', 'addKey', 'wrap', 'duplicate'),
  nastyValue, fc.string({ maxLength: 12 }), plausibleNumber, plausibleWord,
).map(([path, how, value, key, number, word]) => (doc: unknown) => {
    if (path.length === 0) return how === 'wrap' ? [doc] : how === 'replace' ? value : doc;
    const parent = path.slice(0, -1).reduce<unknown>((node, k) => (node as Record<string | number, unknown> | undefined)?.[k], doc) as Record<string | number, unknown> | unknown[] | undefined;
    if (!parent || typeof parent !== 'object') return doc;
    const last = path[path.length - 1];
    const here = parent as Record<string | number, unknown>;
    if (how === 'tweak') here[last] = typeof here[last] === 'number' ? number : typeof here[last] === 'string' ? word : here[last];
    else if (how === 'replace') here[last] = value;
    else if (how === 'delete') Array.isArray(parent) ? parent.splice(Number(last), 1) : delete here[last];
    else if (how === 'addKey' && !Array.isArray(parent)) here[key || 'unknownKey'] = value;
    else if (how === 'wrap') here[last] = [here[last]];
    else if (how === 'duplicate' && Array.isArray(parent)) parent.push(structuredClone(here[last]));
    return doc;
  });

/** The baseline scenario with one to four changes. */
export const mutatedDoc: fc.Arbitrary<unknown> = fc.array(mutation, { minLength: 1, maxLength: 4 })
  .map((changes) => changes.reduce<unknown>((doc, change) => change(doc), structuredClone(BASE_DOC)));

/** Random documents built from the scenario format's own keys, so they get past the first checks. */
const KEYS = [...new Set(BASE_PATHS.flatMap((p) => p.filter((k): k is string => typeof k === 'string')))];
export const randomDoc: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, nastyValue, tie('object'), fc.array(tie('node'), { maxLength: 4 })),
  object: fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 6 })), tie('node'), { maxKeys: 6 }),
})).object;

/** A document as file text: YAML or JSON, raw number tokens spliced in. */
export function serialise(doc: unknown, format: 'yaml' | 'json'): string {
  const text = format === 'json' ? JSON.stringify(doc, null, 1) : stringify(doc, { aliasDuplicateObjects: false });
  // Quoted placeholders become bare tokens (1e400, NaN, .inf...), which JSON.stringify cannot write.
  return text.replace(/["']?@@raw:([^@]*)@@["']?/g, '$1');
}

/** Edits to the text itself: cuts, insertions of YAML's special characters, repeated lines, control bytes. */
const textEdit = fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.constantFrom('cut', 'insert', 'repeatLine', 'truncate'), fc.constantFrom('{', '[', '}', ']', ':', '- ', '&a ', '*a', '!!binary ', '|', '>', '#', '"', "'", '\t', '\u0000', '\uFEFF', '\n  ', '%YAML 1.1\n', '---\n', '...\n', '<<: ', '? '))
  .map(([at, length, how, insert]) => (text: string) => {
    const i = text.length === 0 ? 0 : at % text.length;
    if (how === 'cut') return text.slice(0, i) + text.slice(i + length);
    if (how === 'insert') return text.slice(0, i) + insert + text.slice(i);
    if (how === 'truncate') return text.slice(0, i);
    const lines = text.split('\n');
    const n = lines.length === 0 ? 0 : at % lines.length;
    return [...lines.slice(0, n + 1), lines[n], ...lines.slice(n + 1)].join('\n');
  });

/** A scenario file: its extension and text, from the baseline mutated, edited as text, or random. */
export const scenarioFile: fc.Arbitrary<{ ext: 'yaml' | 'json'; text: string }> = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(mutatedDoc, fc.constantFrom('yaml' as const, 'json' as const)).map(([doc, ext]) => ({ ext, text: serialise(doc, ext) })) },
  {
    weight: 3,
    arbitrary: fc.tuple(fc.constantFrom('yaml' as const, 'json' as const), fc.array(textEdit, { minLength: 1, maxLength: 3 }))
      .map(([ext, edits]) => ({ ext, text: edits.reduce((t, edit) => edit(t), ext === 'yaml' ? BASE_TEXT : JSON.stringify(BASE_DOC)) })),
  },
  { weight: 1, arbitrary: fc.tuple(randomDoc, fc.constantFrom('yaml' as const, 'json' as const)).map(([doc, ext]) => ({ ext, text: serialise(doc, ext) })) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 5000 }), fc.constantFrom('[', '{"a":', '- ', 'a:\n ', '&a [*a, ')).map(([n, open]) => ({ ext: 'yaml' as const, text: open.repeat(n) })) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }).map((text) => ({ ext: 'yaml' as const, text })) },
);

/** A variant that `extends` a base (resolved next to the file), overriding one part of it. */
export const variantFile: fc.Arbitrary<{ ext: 'yaml' | 'json'; text: string }> = fc.tuple(
  fc.constantFrom('inf-2019', 'inf-2019', 'missing-base', '../inf-2019', '', 'variant'),
  fc.constantFrom(...BASE_PATHS.filter((p) => p.length > 0 && p.length < 4)),
  fc.oneof(nastyValue, mutatedDoc),
  fc.constantFrom('yaml' as const, 'json' as const),
).map(([base, path, value, ext]) => {
  const override = path.reduceRight<unknown>((inner, key) => (typeof key === 'number' ? [inner] : { [key]: inner }), value) as Record<string, unknown>;
  return { ext, text: serialise({ id: 'variant', extends: base, ...override }, ext) };
});

/** Names every JavaScript object already has, and a few near misses that are fine. */
export const reservedName = fc.constantFrom('constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__proto__', '__defineGetter__', '__lookupSetter__');

/** The baseline with one id, key or string value renamed to a prototype name. */
export const protoNamedDoc: fc.Arbitrary<unknown> = fc.tuple(fc.constantFrom(...BASE_PATHS.filter((p) => p.length > 0)), reservedName, fc.boolean()).map(([path, name, asKey]) => {
  const doc = structuredClone(BASE_DOC) as Record<string | number, unknown>;
  const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((node, k) => node[k] as Record<string | number, unknown>, doc);
  const last = path[path.length - 1];
  if (asKey && !Array.isArray(parent)) Object.defineProperty(parent, name, { value: parent[last], enumerable: true, configurable: true, writable: true });
  else parent[last] = name;
  return doc;
});

/** A JSON text nested `depth` deep (as text: JSON.stringify itself overflows on deep data). */
export const deepJsonText = fc.tuple(fc.integer({ min: 1, max: 6000 }), fc.boolean()).map(([depth, arrays]) =>
  arrays ? `${'['.repeat(depth)}0${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}0${'}'.repeat(depth)}`);
