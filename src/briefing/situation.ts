import {
  INDEX_NAMES, REGIONS, REGION_NAMES, SYSTEMS, SYSTEM_NAMES, quarterAt, scoreIndices, treatyHealth,
  type ActorId, type PartyStatus, type Treaty,
} from '../model/index.js';
import { namesIn, presentIn, type BriefingInput } from './input.js';
import { table } from './markdown.js';

const STATUS: Readonly<Record<PartyStatus, string>> = { inForce: 'in force', suspended: 'suspended', withdrawn: 'withdrawn', negotiating: 'negotiating', signed: 'signed' };
/** The indices as people name them. */
export const INDEX_WORDS: Readonly<Record<(typeof INDEX_NAMES)[number], string>> = { escalation: 'Escalation', treatyErosion: 'Treaty erosion', natoCohesion: 'NATO cohesion', armsRace: 'Arms race' };

/** Pure: what a regime's row notes: what it bans and where, notices due, expiry, what a proposal needs. */
function regimeNote({ scenario }: BriefingInput, t: Treaty): string {
  const names = namesIn(scenario);
  const notes: string[] = [];
  if (t.bans.length > 0) {
    const where = t.banRegions.length === REGIONS.length ? 'everywhere' : `in ${t.banRegions.map((r) => REGION_NAMES[r]).join(' and ')}`;
    notes.push(`bans ${t.bans.map((s) => SYSTEM_NAMES[s]).join(', ')} ${where}`);
  }
  for (const [actor, due] of Object.entries(t.withdrawalDue)) notes.push(`${names.actor(actor)}'s withdrawal takes effect in ${quarterAt(scenario.start, due!)}`);
  if (t.expiresTurn !== null) notes.push(`expires in ${quarterAt(scenario.start, t.expiresTurn)} unless extended by talks`);
  if (t.noticeTurns > 0) notes.push(`${t.noticeTurns} turns' notice to leave`);
  if (!t.exists) notes.push(`a proposal: ${t.roundsToSign} successful round${t.roundsToSign > 1 ? 's' : ''} of talks to sign; needs ${t.required.map(names.actor).join(', ')} at the table`);
  return notes.join('; ');
}

/**
 * Pure: the world at the scenario's start, as a team reads it: the indices, the regimes (with
 * `actor`'s own status), the forces, tension (with `actor`, or all pairs), cohesion, sanctions.
 */
export function situationLines(input: BriefingInput, actor: ActorId | null): string[] {
  const { scenario } = input;
  const { world, rules } = scenario;
  const names = namesIn(scenario);
  const present = presentIn(scenario);
  const indices = scoreIndices(rules, world, present);
  const regimes = Object.values(world.treaties);
  const standing = regimes.filter((t) => t.exists && !t.defunct);
  const ended = regimes.filter((t) => t.defunct).map((t) => t.name);
  const proposals = regimes.filter((t) => !t.exists);
  const regimeRow = (t: Treaty) => {
    const parties = Object.entries(t.parties).map(([a, s]) => `${names.actor(a)} ${STATUS[s!]}`).join(', ');
    const own = actor === null ? [] : [t.parties[actor] ? STATUS[t.parties[actor]!] : 'not a party'];
    return [t.name, t.binding, parties, ...own, String(Math.round(100 * treatyHealth(rules, t))), regimeNote(input, t)];
  };
  const forceRows: string[][] = [];
  for (const a of present) {
    for (const s of SYSTEMS) {
      const units = REGIONS.map((r) => world.forces[a][s][r]);
      if (units.some((u) => u > 0)) forceRows.push([names.actor(a), SYSTEM_NAMES[s], ...units.map(String)]);
    }
  }
  const tension = actor === null
    ? present.flatMap((a, i) => present.slice(i + 1).map((b) => `${names.actor(a)}–${names.actor(b)} ${Math.round(100 * world.tension[a][b])}`))
    : present.filter((b) => b !== actor).map((b) => `${names.actor(b)} ${Math.round(100 * world.tension[actor][b])}`);
  const sanctions = world.sanctions.map((s) => `${names.actor(s.by)} on ${names.actor(s.on)}`);
  return [
    `## The situation in ${scenario.start}`,
    '',
    `${INDEX_NAMES.map((n) => `${INDEX_WORDS[n]} **${indices[n].toFixed(0)}**`).join(' · ')} (each 0 to 100; escalation stands at *${indices.escalationLevel}* on the ladder). EU unity **${Math.round(100 * world.euUnity)}**; third-country proliferation pressure **${Math.round(100 * world.proliferation)}**.`,
    '',
    '**Regimes standing.** Health is a regime\'s parties\' standing times its integrity (0 to 100); the treaty-erosion index is their weighted loss.',
    '',
    ...table(['regime', 'binding', 'parties', ...(actor === null ? [] : ['you']), 'health', 'notes'], standing.map(regimeRow), `lll${actor === null ? '' : 'l'}rl`),
    '',
    ...(proposals.length > 0 ? [`**Proposals** that talks can turn into regimes: ${proposals.map((t) => `${t.name} (${regimeNote(input, t)})`).join('; ')}.`, ''] : []),
    ...(ended.length > 0 ? [`**Already dead:** ${ended.join(', ')}.`, ''] : []),
    '**Forces** (units; one unit is a battalion-sized increment, or a tenth of a New START ceiling for strategic forces):',
    '',
    ...table(['actor', 'system', ...REGIONS.map((r) => REGION_NAMES[r])], forceRows, 'llrrr'),
    '',
    `**Tension** (0 calm, 100 hostile)${actor === null ? '' : ` between ${names.actor(actor)} and`}: ${tension.join(', ')}.`,
    '',
    `**Sanctions in place:** ${sanctions.length > 0 ? sanctions.join('; ') : 'none'}. **Breaches exposed:** ${world.exposedBreaches.length > 0 ? world.exposedBreaches.map(names.actor).join(', ') : 'none'}.`,
    '',
  ];
}
