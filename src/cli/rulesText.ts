import type { ActorFacts, CoefficientInfo, Rules } from '../model/index.js';

const num = (x: number) => String(Math.round(x * 1e6) / 1e6);
const provenance = (c: CoefficientInfo) => (c.source ? `source: ${c.source}` : c.assumption === 'assumption' ? 'assumption' : `assumption: ${c.assumption}`);
const range = (c: CoefficientInfo) => `[${num(c.range[0])}, ${num(c.range[1])}]`;

/** Pure: the coefficients as text, one per line: path = value [lo, hi] and provenance; a scenario's change names the default. */
export function rulesText(title: string, catalog: readonly CoefficientInfo[], rules: Rules): string {
  const width = Math.max(...catalog.map((c) => c.path.length));
  const lines = [title, '', 'Coefficients (path under rules:, value, plausible range, provenance):'];
  for (const c of catalog) {
    const changed = c.default !== undefined ? ` (default ${num(c.default)})` : '';
    lines.push(`  ${c.path.padEnd(width)} = ${num(c.value)}${changed}  ${range(c)}  ${provenance(c)}`);
  }
  lines.push('', 'Actors (facts under rules.actors.<id>):');
  for (const id of rules.actorIds) lines.push(`  ${id}: ${factsText(rules.actors[id])}`);
  lines.push('', `Destabilising systems: ${rules.destabilising.join(', ')}`, '');
  return lines.join('\n');
}

function factsText(f: ActorFacts): string {
  const roles = [
    f.canSanction ? null : 'does not sanction',
    f.sanctionable ? null : 'cannot be sanctioned',
    f.basingNeedsHost.length > 0 ? `basing in ${f.basingNeedsHost.join(', ')} needs a host's consent` : null,
    f.speaksFor.length > 0 ? `speaks in talks for ${f.speaksFor.join(', ')}` : null,
    f.basingNeedsCohesion.length > 0 ? `basing in ${f.basingNeedsCohesion.join(', ')} needs NATO cohesion` : null,
    f.basingRalliesAllies.length > 0 ? `its missiles in ${f.basingRalliesAllies.join(', ')} rally NATO` : null,
    f.exitStrainsAllies ? 'its exits strain the allies' : null,
    f.talksReassureAllies ? 'its talks reassure the allies' : null,
    f.isUnion ? 'the union whose unity is EU unity' : null,
  ].filter((r) => r !== null);
  return [
    `${f.name}; arsenal ${f.arsenal.join(', ') || 'none'}; bases ${f.basing.join(', ') || 'nowhere'}; stands in ${f.presence.join(', ') || 'no theatre'}`,
    f.homeRegion ? `home ${f.homeRegion}` : null,
    `bloc ${f.bloc}`,
    ...roles,
    `(${f.source})`,
  ].filter((p) => p !== null).join('; ');
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** Pure: the coefficients as the Markdown table of docs/MODEL.md (a test keeps the two equal). */
export function rulesMarkdown(catalog: readonly CoefficientInfo[]): string {
  const lines = ['| coefficient | value | plausible range (why) | source or assumption |', '|---|---|---|---|'];
  for (const c of catalog) {
    lines.push(`| \`${c.path}\` | ${num(c.value)} | ${range(c)}: ${cell(c.reason)} | ${cell(c.source ? c.source : `**assumption**${c.assumption && c.assumption !== 'assumption' ? `: ${c.assumption}` : ''}`)} |`);
  }
  return lines.join('\n') + '\n';
}
