import { quartersBetween, type ActionPattern, type Condition, type Policy } from '../model/index.js';
import type { PolicyFile } from './policySchema.js';

/** Something a policy names that the scenario must have: a regime, or an actor (or a non-player party). */
export type Reference = { readonly kind: 'regime' | 'actor'; readonly id: string; readonly path: ReadonlyArray<string | number> };

type ConditionFile = Record<string, unknown>;

/** Pure: a pattern as the file writes it (`{ negotiate: { treaty: hcoc } }`) as the model reads it (`{ type: 'negotiate', treaty: 'hcoc' }`). */
export function compilePattern(pattern: Record<string, unknown>): ActionPattern {
  const [type, params] = Object.entries(pattern).find(([k, v]) => k !== 'weight' && v !== undefined)!;
  return { type, ...(params as Record<string, string | string[]>) } as ActionPattern;
}

/**
 * Pure: a scenario's policies as the model reads them: quarters become turn numbers from `start`,
 * patterns become action patterns. Every regime and actor a policy names goes to `refer`, so that the
 * loader can check it exists and point at the line.
 */
export function compilePolicies(policies: readonly PolicyFile[], start: string, refer: (r: Reference) => void, path: ReadonlyArray<string | number>): Policy[] {
  const turn = (q: string) => quartersBetween(start, q);
  const pattern = (p: Record<string, unknown>, at: ReadonlyArray<string | number>): ActionPattern => {
    const compiled = compilePattern(p);
    const fields = compiled as unknown as Record<string, unknown>;
    if (typeof fields.treaty === 'string') refer({ kind: 'regime', id: fields.treaty, path: [...at, compiled.type, 'treaty'] });
    for (const key of ['target']) if (typeof fields[key] === 'string') refer({ kind: 'actor', id: fields[key] as string, path: [...at, compiled.type, key] });
    if (Array.isArray(fields.partners)) fields.partners.forEach((a, i) => refer({ kind: 'actor', id: a as string, path: [...at, compiled.type, 'partners', i] }));
    return compiled;
  };
  const condition = (c: ConditionFile, at: ReadonlyArray<string | number>): Condition => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(c)) {
      if (value === undefined) continue;
      const here = [...at, key];
      switch (key) {
        case 'from':
        case 'until':
          out[key] = turn(value as string);
          break;
        case 'signed':
        case 'defunct':
          refer({ kind: 'regime', id: value as string, path: here });
          out[key] = value;
          break;
        case 'party': {
          const p = value as { regime: string; actor: string };
          refer({ kind: 'regime', id: p.regime, path: [...here, 'regime'] });
          refer({ kind: 'actor', id: p.actor, path: [...here, 'actor'] });
          out[key] = value;
          break;
        }
        case 'forces':
          refer({ kind: 'actor', id: (value as { actor: string }).actor, path: [...here, 'actor'] });
          out[key] = value;
          break;
        case 'pledge':
          refer({ kind: 'actor', id: (value as { by: string }).by, path: [...here, 'by'] });
          out[key] = value;
          break;
        case 'lastAction': {
          const l = value as { actor: string; action: Record<string, unknown> };
          refer({ kind: 'actor', id: l.actor, path: [...here, 'actor'] });
          out[key] = { actor: l.actor, action: pattern(l.action, [...here, 'action']) };
          break;
        }
        case 'not':
          out[key] = condition(value as ConditionFile, here);
          break;
        case 'any':
        case 'all':
          out[key] = (value as ConditionFile[]).map((x, i) => condition(x, [...here, i]));
          break;
        default:
          out[key] = value;
      }
    }
    return out as Condition;
  };
  return policies.map((p, i) => {
    const at = [...path, i];
    const { prefer, never, commit, when, void: voidWhen, id, source, assumption } = p;
    return {
      id,
      ...(source ? { source } : { assumption }),
      ...(when ? { when: condition(when as ConditionFile, [...at, 'when']) } : {}),
      ...(prefer ? { prefer: { action: pattern(prefer, [...at, 'prefer']), weight: prefer.weight } } : {}),
      ...(never ? { never: pattern(never, [...at, 'never']) } : {}),
      ...(commit ? { commit: { deploy: commit.deploy, by: turn(commit.by) } } : {}),
      ...(voidWhen ? { void: condition(voidWhen as ConditionFile, [...at, 'void']) } : {}),
    } as Policy;
  });
}
