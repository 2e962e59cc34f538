import { isSpec, type CoefficientKind, type CoefficientSpec } from './coefficient.js';
import { ACTOR_SPECS, COEFFICIENT_SPECS } from './defaults.js';
import type { Rules } from './rules.js';

/** One coefficient of a Rules value, as `multipolar rules` prints it and sensitivity analysis varies it. */
export interface CoefficientInfo {
  /** Dotted path under the scenario's `rules:` key, e.g. `negotiate.base`. */
  readonly path: string;
  readonly value: number;
  readonly kind: CoefficientKind;
  /** The plausible range [lo, hi]; sensitivity analysis samples within it. */
  readonly range: readonly [number, number];
  readonly integer: boolean;
  /** Why the range is what it is. */
  readonly reason: string;
  readonly source?: string;
  readonly assumption?: string;
  /** The value the code gives, when the scenario set another. */
  readonly default?: number;
}

/** The whole domain of a kind, as a range for a value that has no documented one. */
const DOMAIN: Readonly<Record<CoefficientKind, readonly [number, number]>> = { share: [0, 1], positive: [0, 10], signed: [-2, 2], turns: [0, 40], score: [0, 100] };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Pure: every coefficient of `rules`, in a fixed order (the groups of the code, then each actor's
 * rivalries and banned share in canonical order), with its value, range and provenance. A value a
 * scenario set carries the scenario's provenance and the code's default.
 */
export function coefficientCatalog(rules: Rules): CoefficientInfo[] {
  const out: CoefficientInfo[] = [];
  const add = (path: string, value: number, spec: CoefficientSpec | null, kind: CoefficientKind) => {
    const set = Object.hasOwn(rules.overridden, path) ? rules.overridden[path] : undefined;
    const provenance = set ?? { source: spec?.source, assumption: spec?.assumption };
    out.push({
      path, value, kind, range: spec?.range ?? DOMAIN[kind], integer: kind === 'turns',
      reason: spec?.why ?? 'no documented range: the whole domain of the value',
      ...(provenance.source ? { source: provenance.source } : { assumption: provenance.assumption ?? 'assumption' }),
      ...(spec && set && spec.value !== value ? { default: spec.value } : {}),
    });
  };
  const walk = (specs: Record<string, unknown>, vals: Record<string, unknown>, path: string[]) => {
    for (const [key, spec] of Object.entries(specs)) {
      if (isSpec(spec)) add([...path, key].join('.'), vals[key] as number, spec, spec.kind);
      else walk(spec as Record<string, unknown>, vals[key] as Record<string, unknown>, [...path, key]);
    }
  };
  walk(COEFFICIENT_SPECS, rules as unknown as Record<string, unknown>, []);
  for (const id of rules.actorIds) {
    const facts = rules.actors[id];
    const spec = Object.hasOwn(ACTOR_SPECS, id) ? ACTOR_SPECS[id as keyof typeof ACTOR_SPECS] : null;
    for (const other of Object.keys(facts.rivals).sort()) {
      const rivalSpec = spec && isObject(spec.rivals) && Object.hasOwn(spec.rivals, other) ? (spec.rivals as Record<string, CoefficientSpec>)[other] : null;
      add(`actors.${id}.rivals.${other}`, facts.rivals[other], rivalSpec, 'share');
    }
    add(`actors.${id}.bannedShare`, facts.bannedShare, spec?.bannedShare ?? null, 'share');
  }
  return out;
}
