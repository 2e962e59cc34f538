import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rulesMarkdown } from '../../src/cli/rulesText.js';
import { buildRules, coefficientCatalog, DEFAULT_RULES, outsideKind, type Rules } from '../../src/model/index.js';

const catalog = coefficientCatalog(DEFAULT_RULES);
const built = (patch: Parameters<typeof buildRules>[0]) => {
  const result = buildRules(patch);
  if ('issues' in result) throw new Error(result.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return result.rules;
};
const issuesOf = (patch: Parameters<typeof buildRules>[0]) => {
  const result = buildRules(patch);
  return 'issues' in result ? result.issues.map((i) => `${i.path.join('.')}: ${i.message}`) : [];
};

describe('the Rules value', () => {
  it('docs/MODEL.md shows every coefficient as `multipolar rules --format markdown` does (npm run docs:model)', () => {
    const doc = readFileSync(new URL('../../docs/MODEL.md', import.meta.url), 'utf8');
    const section = /<!-- rules:begin -->\n([\s\S]*)<!-- rules:end -->/.exec(doc)?.[1];
    expect(section).toBe(rulesMarkdown(catalog));
  });

  it.each(catalog.map((c) => [c.path, c] as const))('%s has a provenance, a range holding its value, within its domain, with a reason', (_path, c) => {
    expect(Boolean(c.source) !== Boolean(c.assumption)).toBe(true);
    expect(c.range[0]).toBeLessThanOrEqual(c.value);
    expect(c.value).toBeLessThanOrEqual(c.range[1]);
    expect(outsideKind(c.kind, c.range[0])).toBeNull();
    expect(outsideKind(c.kind, c.range[1])).toBeNull();
    expect(c.reason.length).toBeGreaterThan(10);
  });

  it('escalation weights sum to 1 by default, so the index uses its whole 0..100 scale', () => {
    const e = DEFAULT_RULES.escalation;
    expect(e.tension + e.deployments + e.sanctions + e.withdrawals + e.crisis).toBeCloseTo(1, 12);
  });

  it('a scenario overrides a coefficient by its path, with its own provenance, and the catalogue shows both values', () => {
    const rules = built({ negotiate: { base: { value: 0.6, source: 'a test' } }, guards: { chinaPressed: { value: 0.4, assumption: 'a test' } } });
    expect(rules.negotiate.base).toBe(0.6);
    expect(rules.guards.chinaPressed).toBe(0.4);
    expect(rules.negotiate.distrust).toBe(DEFAULT_RULES.negotiate.distrust);
    expect(coefficientCatalog(rules).find((c) => c.path === 'negotiate.base')).toMatchObject({ value: 0.6, default: DEFAULT_RULES.negotiate.base, source: 'a test' });
  });

  it('refuses a value outside its coefficient\'s domain, naming the path', () => {
    expect(issuesOf({ negotiate: { base: { value: 1.5, assumption: 'x' } } })).toEqual(['negotiate.base: 1.5 must be from 0 to 1']);
    expect(issuesOf({ negotiate: { extensionTurns: { value: 2.5, assumption: 'x' } } })).toEqual(['negotiate.extensionTurns: 2.5 must be a whole number of turns, 0 or more']);
  });

  it('adds an actor only with all its facts and a provenance, and rivalries must agree both ways', () => {
    expect(issuesOf({ actors: { japan: { name: 'Japan' } } })).toEqual([
      'actors.japan: japan is not one of the model\'s actors (us, russia, china, nato, eu), so it must state arsenal, basing, presence',
      'actors.japan: an added actor needs a source or an assumption',
    ]);
    expect(issuesOf({ actors: { us: { rivals: { china: { value: 0.5, assumption: 'x' } } }, china: { rivals: { us: { value: 0.3, assumption: 'x' } }, assumption: 'x' } } }))
      .toContain('actors.us.rivals.china: us weighs its rivalry with china 0.5, but china weighs it 0.3: a rivalry has one weight');
    expect(issuesOf({ actors: { us: { rivals: { mars: { value: 0.5, assumption: 'x' } }, assumption: 'x' } } })[0]).toMatch(/^actors\.us\.rivals\.mars: mars is not an actor of these rules/);
  });

  it('orders actors canonically: the paper\'s five, then added ones by id, whatever the file\'s order', () => {
    const facts = { arsenal: [], basing: ['home'], presence: ['asia'], assumption: 'x' } as const;
    const rules: Rules = built({ actors: { zealand: { ...facts, name: 'Z' }, japan: { ...facts, name: 'Japan' } } });
    expect(rules.actorIds).toEqual(['us', 'russia', 'china', 'nato', 'eu', 'japan', 'zealand']);
  });
});

describe('the decision code reads the rules it is given, never a module table', () => {
  const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
  const root = new URL('../..', import.meta.url).pathname;
  const decision = [...files(join(root, 'src/model')), ...files(join(root, 'src/engine')), ...files(join(root, 'actors'))].filter((f) => !f.includes('/model/rules/'));
  it.each(decision.map((f) => [f.slice(root.length)]))('%s imports no default rules or actor table', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    expect(text).not.toMatch(/\b(DEFAULT_RULES|COEFFICIENT_SPECS|ACTOR_SPECS|DESTABILISING)\b/);
    expect(text).not.toMatch(/(actor|party|target|a|p) === '(us|russia|china|nato|eu)'/);
  });
});
