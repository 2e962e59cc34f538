import type { Scenario } from '../model/index.js';
import type { Manifest, RunRecord } from './record.js';
import { runScenario } from './run.js';
import { ENGINE_VERSION } from './version.js';

/** The outcome of re-running a record: verified, or the first thing that does not match and why. */
export type Verdict =
  | { readonly ok: true; readonly digest: string }
  | {
      readonly ok: false;
      readonly why: 'engineVersion' | 'scenario' | 'turn' | 'digest';
      /** The first turn that differs (1-based), when `why` is 'turn'. */
      readonly turn?: number;
      /** What differs, in a sentence. */
      readonly message: string;
    };

/** One place where two JSON values differ: a dotted path and the two values there. */
export interface Difference {
  readonly path: string;
  readonly recorded: unknown;
  readonly replayed: unknown;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const join = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

/**
 * Pure: the first place where `recorded` and `replayed` differ, in document order of `recorded`
 * (then keys only `replayed` has), or null when they are equal as JSON values. Key order is ignored.
 */
export function firstDifference(recorded: unknown, replayed: unknown, path = ''): Difference | null {
  if (Array.isArray(recorded) && Array.isArray(replayed)) {
    for (let i = 0; i < Math.max(recorded.length, replayed.length); i++) {
      const d = firstDifference(recorded[i], replayed[i], join(path, i));
      if (d) return d;
    }
    return null;
  }
  if (isObject(recorded) && isObject(replayed)) {
    for (const key of new Set([...Object.keys(recorded), ...Object.keys(replayed)])) {
      const d = firstDifference(recorded[key], replayed[key], join(path, key));
      if (d) return d;
    }
    return null;
  }
  return Object.is(recorded, replayed) ? null : { path, recorded, replayed };
}

/** A value as it would read in the file, cut short; collections only by their size (they may be nested without end). */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (isObject(value)) return `an object with ${Object.keys(value).length} keys`;
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Pure: how two turn lists differ, or null when every turn matches. */
function compareTurns(recorded: readonly unknown[], replayed: readonly unknown[]): Verdict | null {
  // The record went through JSON; so does the re-run, so that absent fields and -0 compare as they read.
  const again = JSON.parse(JSON.stringify(replayed)) as unknown[];
  for (let i = 0; i < Math.max(recorded.length, again.length); i++) {
    const turn = i + 1;
    if (i >= recorded.length) return { ok: false, why: 'turn', turn, message: `turn ${turn} is missing from the record (the re-run has ${again.length} turns, the record ${recorded.length})` };
    if (i >= again.length) return { ok: false, why: 'turn', turn, message: `turn ${turn} is in the record but the run ends after ${again.length} turns (manifest.turns)` };
    const d = firstDifference(recorded[i], again[i]);
    if (d) {
      const date = (again[i] as { date?: string }).date;
      const where = d.path ? `at ${d.path}` : 'as a whole';
      return { ok: false, why: 'turn', turn, message: `turn ${turn} (${date}) differs ${where}: the record has ${show(d.recorded)}, the re-run gives ${show(d.replayed)}` };
    }
  }
  return null;
}

/** How to verify: `compareAnyway` re-runs a record of another engine version instead of refusing it. */
export interface VerifyOptions {
  readonly compareAnyway?: boolean;
}

/** Pure: the first file of the record's `extends` chain whose bytes differ from the scenario's, or null. */
function compareChain(recorded: Manifest['scenario'], scenario: Scenario): Verdict | null {
  const now = scenario.chain ?? [];
  const then = Array.isArray(recorded.chain) ? recorded.chain : [];
  for (let i = 0; i < Math.max(now.length, then.length); i++) {
    const a = then[i];
    const b = now[i];
    if (a?.file !== b?.file) {
      const names = (list: readonly { file: string }[]) => list.map((f) => f.file).join(' <- ') || 'nothing';
      return { ok: false, why: 'scenario', message: `scenario ${recorded.id} is made of other files now (${names(now)}) than when the record was made (${names(then)})` };
    }
    if (a.sha256 !== b.sha256) {
      return { ok: false, why: 'scenario', message: `${a.file} has changed since the record was made (its sha256 is ${b.sha256}, the record's ${a.sha256})` };
    }
  }
  return null;
}

/**
 * Pure: re-run `record` on `scenario` (the file its manifest names) and compare. Checks, in order:
 * the engine version (skipped with `compareAnyway`), every file of the scenario's `extends` chain,
 * the resolved scenario's hash (not across versions: what it covers may differ), every turn (naming
 * the first that differs and where), then the digest. `record.turns` may hold anything (it comes from a file).
 */
export function verifyRecord(record: RunRecord, scenario: Scenario, options: VerifyOptions = {}): Verdict {
  const { manifest } = record;
  const sameVersion = manifest.engine.version === ENGINE_VERSION;
  if (!sameVersion && !options.compareAnyway) {
    return { ok: false, why: 'engineVersion', message: `the record was made by engine version ${manifest.engine.version}, this is ${ENGINE_VERSION}` };
  }
  const chain = sameVersion || Array.isArray(manifest.scenario.chain) ? compareChain(manifest.scenario, scenario) : null;
  if (chain) return chain;
  if (sameVersion && manifest.scenario.sha256 !== scenario.sha256) {
    return {
      ok: false, why: 'scenario',
      message: `scenario ${manifest.scenario.id} has changed since the record was made (its sha256 is ${scenario.sha256}, the record's ${manifest.scenario.sha256})`,
    };
  }
  const replayed = runScenario(scenario, manifest.seed, manifest.turns);
  const turns = compareTurns(record.turns, replayed.turns);
  if (turns) return turns;
  if (record.digest !== replayed.digest) {
    return { ok: false, why: 'digest', message: `every turn matches but the record's digest ${record.digest} is not the re-run's ${replayed.digest}: the digest was edited` };
  }
  return { ok: true, digest: replayed.digest };
}
