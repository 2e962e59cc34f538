import type { ActionPattern, Condition, Doctrine, Policy } from '../model/index.js';
import { quarterAt } from '../model/index.js';

/** Pure: a pattern of actions in words: "negotiate treaty=euroMoratorium partners=russia". */
export function patternText(p: ActionPattern): string {
  const params = Object.entries(p).filter(([k]) => k !== 'type').map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('+') : v}`);
  return [p.type, ...params].join(' ');
}

/** Pure: a condition in words, with its quarters as dates of a scenario starting at `start`. */
export function conditionText(c: Condition, start: string): string {
  const parts: string[] = [];
  if (c.from !== undefined) parts.push(`from ${quarterAt(start, c.from)}`);
  if (c.until !== undefined) parts.push(`until ${quarterAt(start, c.until)}`);
  if (c.signed) parts.push(`${c.signed} signed`);
  if (c.defunct) parts.push(`${c.defunct} ended`);
  if (c.party) parts.push(`${c.party.actor} ${c.party.is.join(' or ')} in ${c.party.regime}`);
  if (c.forces) parts.push(`${c.forces.actor} ${c.forces.system}@${c.forces.region}${c.forces.atLeast !== undefined ? ` >= ${c.forces.atLeast}` : ''}${c.forces.below !== undefined ? ` < ${c.forces.below}` : ''}`);
  if (c.index) parts.push(`${c.index.name}${c.index.above !== undefined ? ` > ${c.index.above}` : ''}${c.index.below !== undefined ? ` < ${c.index.below}` : ''}`);
  if (c.lastAction) parts.push(`${c.lastAction.actor} last did ${patternText(c.lastAction.action)}`);
  if (c.pledge) parts.push(`${c.pledge.by} has a pledge${c.pledge.system ? ` on ${c.pledge.system}` : ''}${c.pledge.region ? ` in ${c.pledge.region}` : ''}`);
  if (c.not) parts.push(`not (${conditionText(c.not, start)})`);
  if (c.any) parts.push(`any of (${c.any.map((x) => conditionText(x, start)).join('; ')})`);
  if (c.all) parts.push(`all of (${c.all.map((x) => conditionText(x, start)).join('; ')})`);
  return parts.join(' and ') || 'always';
}

/** Pure: one policy in words, on one line. */
export function policyText(p: Policy, start: string): string {
  const rule = p.prefer
    ? `prefers ${patternText(p.prefer.action)} (${p.prefer.weight >= 0 ? '+' : ''}${p.prefer.weight})`
    : p.never
      ? `never considers ${patternText(p.never)}`
      : `commits to ${p.commit!.deploy.units} ${p.commit!.deploy.system} in ${p.commit!.deploy.region} by ${quarterAt(start, p.commit!.by)}${p.void ? `, void once ${conditionText(p.void, start)}` : ''}`;
  const provenance = p.source ? `source: ${p.source}` : `assumption: ${p.assumption}`;
  return `${p.id}: ${p.when ? `while ${conditionText(p.when, start)}, ` : ''}${rule} (${provenance})`;
}

/** Pure: a doctrine's figures and policies as text lines. */
export function doctrineText(d: Doctrine, start: string): string[] {
  const bias = Object.entries(d.bias).map(([k, v]) => `${k} ${v! >= 0 ? '+' : ''}${v}`).join(', ');
  return [
    `doctrine: threat perception ${d.threatPerception}, alliance weight ${d.allianceWeight}, cost sensitivity ${d.costSensitivity}, arms control ${d.armsControl}${bias ? `; bias ${bias}` : ''}`,
    ...(d.policies.length > 0 ? ['policies:', ...d.policies.map((p) => `  ${policyText(p, start)}`)] : ['policies: none']),
  ];
}
