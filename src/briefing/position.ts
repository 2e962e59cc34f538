import { REGION_NAMES, SYSTEM_NAMES, areRivals, blocOf, tablesOf, type ActorId } from '../model/index.js';
import { namesIn, presentIn, provenance, type BriefingInput } from './input.js';
import { table } from './markdown.js';

const DOCTRINE: ReadonlyArray<readonly [key: 'threatPerception' | 'allianceWeight' | 'costSensitivity' | 'armsControl', label: string, reads: string]> = [
  ['threatPerception', 'Threat perception', 'how strongly it answers the threats it sees'],
  ['allianceWeight', 'Alliance weight', 'how much its allies\' cohesion counts'],
  ['costSensitivity', 'Cost sensitivity', 'how much the cost of forces and sanctions holds it back'],
  ['armsControl', 'Arms control', 'how much it values regimes and talks'],
];

/**
 * Pure: the actor's position from the paper, with sources: what the model knows about it (its
 * facts' source, arsenal, basing, roles) and the doctrine the computer plays it with.
 */
export function positionLines({ scenario, document }: BriefingInput, actor: ActorId): string[] {
  const facts = scenario.rules.actors[actor];
  const doctrine = document.actors[actor]?.doctrine;
  const names = namesIn(scenario);
  const roles: string[] = [];
  if (!facts.canSanction) roles.push(facts.sanctionNote ?? `${facts.name} imposes no sanctions`);
  if (facts.basingNeedsCohesion.length > 0) roles.push(`basing in ${facts.basingNeedsCohesion.map((r) => REGION_NAMES[r]).join(', ')} needs allies willing to host: NATO's cohesion`);
  if (facts.basingRalliesAllies.length > 0) roles.push(`its ground-launched missiles in ${facts.basingRalliesAllies.map((r) => REGION_NAMES[r]).join(', ')} rally NATO against it`);
  if (facts.exitStrainsAllies) roles.push('its exits from regimes antagonise its allies');
  if (facts.talksReassureAllies) roles.push('its taking part in talks reassures the allies');
  if (facts.isUnion) roles.push('its sanctions strain its own unity');
  if (facts.bannedShare > 0) roles.push(`an INF-like ban where it stands would scrap ${Math.round(facts.bannedShare * 100)}% of its missiles`);
  const posture = scenario.actors[actor]?.posture;
  return [
    `## Your position: ${facts.name}`,
    '',
    `From the paper: ${facts.source}.`,
    '',
    `- **Arsenal:** ${facts.arsenal.map((s) => SYSTEM_NAMES[s]).join(', ') || 'none'}${facts.arsenalNote ? ` (${facts.arsenalNote})` : ''}.`,
    `- **Basing:** ${facts.basing.map((r) => REGION_NAMES[r]).join(', ') || 'none'}; it stands in ${facts.presence.map((r) => REGION_NAMES[r]).join(', ') || 'no theatre'}, so rivals' missiles based there threaten it.`,
    ...(roles.length > 0 ? [`- **In the rules:** ${roles.join('; ')}.`] : []),
    ...(posture ? [`- **Posture at the start:** ${posture} (it climbs or falls a rung a turn with the threat it perceives).`] : []),
    '',
    `How the computer plays ${facts.name} (its doctrine, each figure 0 to 1, with its source): a team plays its own way, but this is the position the scenario gives it.`,
    '',
    ...table(['figure', 'value', 'what it means', 'source'], DOCTRINE.map(([key, label, reads]) => [label, String(scenario.actors[actor]!.doctrine[key]), reads, provenance(doctrine?.[key])]), 'lrll'),
    '',
    ...alliesLines({ scenario, document }, actor, names.actor),
  ];
}

/** Pure: who is a rival (and how much the pair weighs in the escalation index), who an ally (same bargaining bloc), who neither. */
function alliesLines({ scenario }: BriefingInput, actor: ActorId, name: (id: string) => string): string[] {
  const { rules, world } = scenario;
  const present = presentIn(scenario).filter((a) => a !== actor);
  const weight = (b: ActorId) => tablesOf(rules).rivalries.find((r) => (r.a === actor && r.b === b) || (r.a === b && r.b === actor))?.weight ?? 0;
  const tension = (b: ActorId) => Math.round(100 * world.tension[actor][b]);
  const rivals = present.filter((b) => areRivals(rules, actor, b));
  const allies = present.filter((b) => !rivals.includes(b) && blocOf(rules, actor).includes(b));
  const others = present.filter((b) => !rivals.includes(b) && !allies.includes(b));
  return [
    '## Allies and rivals',
    '',
    `- **Rivals:** ${rivals.length > 0 ? rivals.map((b) => `${name(b)} (tension ${tension(b)}; the pair weighs ${weight(b)} in the escalation index)`).join('; ') : 'none'}. Their destabilising missiles near you are what you answer, and what you threaten.`,
    `- **Allies** (you pool your bargaining chips at a table): ${allies.length > 0 ? allies.map((b) => `${name(b)} (tension ${tension(b)})`).join('; ') : 'none'}.`,
    `- **Neither:** ${others.length > 0 ? others.map((b) => `${name(b)} (tension ${tension(b)})`).join('; ') : 'none'}.`,
    '',
  ];
}
