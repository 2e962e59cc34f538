import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COEFFICIENTS } from '../../src/model/index.js';

/** Dotted paths of the coefficients; a table (posture, stance, systemCost) counts as one entry. */
function coefficientPaths(node: unknown, path: string[] = []): string[] {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return [path.join('.')];
  const tables = ['utility.posture', 'utility.stance', 'utility.systemCost', 'negotiate.stanceAcceptance'];
  if (tables.includes(path.join('.'))) return [path.join('.')];
  return Object.entries(node).flatMap(([k, v]) => coefficientPaths(v, [...path, k]));
}

describe('every coefficient is documented', () => {
  const doc = readFileSync(new URL('../../docs/MODEL.md', import.meta.url), 'utf8');

  it.each(coefficientPaths(COEFFICIENTS))('docs/MODEL.md names %s', (path) => {
    expect(doc).toContain(`\`${path}\``);
  });

  it('escalation weights sum to 1, so the index stays in 0..100', () => {
    const e = COEFFICIENTS.escalation;
    expect(e.tension + e.deployments + e.sanctions + e.withdrawals + e.crisis).toBeCloseTo(1, 12);
  });
});
