import { REGION_NAMES, SYSTEM_NAMES } from './names.js';
import type { ActorId, RegionId, SystemId } from './types.js';

/**
 * Something that happened during a turn, as data: a discriminated union on `type`, each member with
 * its payload (ids, never words). `eventText` renders the sentence people read; the run record keeps
 * both, so a reader sees the sentence and a program reads the payload.
 */
export type WorldEvent =
  | { readonly type: 'treaty.suspended'; readonly actor: ActorId; readonly treaty: string }
  | { readonly type: 'treaty.notice'; readonly actor: ActorId; readonly treaty: string; readonly turns: number }
  | { readonly type: 'treaty.withdrawn'; readonly actor: ActorId; readonly treaty: string }
  | { readonly type: 'treaty.ended'; readonly treaty: string; readonly cause: 'left'; readonly actor: ActorId }
  | { readonly type: 'treaty.ended'; readonly treaty: string; readonly cause: 'lapsed' }
  | { readonly type: 'treaty.signed'; readonly treaty: string; readonly parties: readonly ActorId[] }
  | { readonly type: 'treaty.inForce'; readonly treaty: string }
  | { readonly type: 'talks.failed'; readonly treaty: string; readonly participants: readonly ActorId[]; readonly odds: number }
  | { readonly type: 'talks.succeeded'; readonly treaty: string; readonly participants: readonly ActorId[]; readonly integrity: number }
  | { readonly type: 'talks.progress'; readonly treaty: string; readonly participants: readonly ActorId[]; readonly round: number; readonly rounds: number }
  | { readonly type: 'sanction.imposed'; readonly actor: ActorId; readonly target: ActorId }
  | { readonly type: 'sanction.lifted'; readonly pairs: ReadonlyArray<{ readonly by: ActorId; readonly on: ActorId }> }
  | { readonly type: 'basing.strain'; readonly actor: ActorId; readonly system: SystemId; readonly region: RegionId; readonly cohesion: number }
  | { readonly type: 'breach.detected' | 'breach.covert' | 'breach.continued'; readonly actor: ActorId; readonly treaty: string; readonly system: SystemId; readonly region: RegionId }
  | { readonly type: 'pledge.made'; readonly actor: ActorId; readonly system: SystemId; readonly region: RegionId }
  | { readonly type: 'pledge.ended'; readonly actor: ActorId; readonly system: SystemId; readonly region: RegionId; readonly cause: 'ended' | 'lapsed' }
  | { readonly type: 'deployment.announced'; readonly actor: ActorId; readonly system: SystemId; readonly region: RegionId }
  | { readonly type: 'missile.tested'; readonly actor: ActorId; readonly system: SystemId }
  | { readonly type: 'commitment.made' | 'commitment.kept' | 'commitment.broken' | 'commitment.void'; readonly actor: ActorId; readonly policy: string }
  | { readonly type: 'scenario' | 'inject'; readonly id: string }
  | { readonly type: 'proliferation.event' };

export type EventType = WorldEvent['type'];

/** An event as the run record keeps it: its payload and the sentence people read. */
export type RecordedEvent = WorldEvent & { readonly text: string };

/** What rendering needs to name things: actors, regimes and a scenario's events by id. */
export interface Namer {
  readonly actor: (id: ActorId) => string;
  readonly treaty: (id: string) => string;
  /** A scheduled event's (`scenario`) or an inject's headline and text. */
  readonly event: (kind: 'scenario' | 'inject', id: string) => { readonly title: string; readonly text: string };
}

const where = (region: RegionId) => (region === 'home' ? 'at home' : `in ${REGION_NAMES[region]}`);

/** Pure: the sentence people read for an event. The one place where events become English. */
export function eventText(e: WorldEvent, name: Namer): string {
  const who = (actors: readonly ActorId[]) => actors.map(name.actor).join(', ');
  switch (e.type) {
    case 'treaty.suspended':
      return `${name.actor(e.actor)} suspends its compliance with ${name.treaty(e.treaty)}.`;
    case 'treaty.notice':
      return `${name.actor(e.actor)} gives notice of withdrawal from ${name.treaty(e.treaty)}; it takes effect in ${e.turns} turns.`;
    case 'treaty.withdrawn':
      return `${name.actor(e.actor)}'s withdrawal from ${name.treaty(e.treaty)} takes effect.`;
    case 'treaty.ended':
      return `${name.treaty(e.treaty)} is dead: ${e.cause === 'left' ? `${name.actor(e.actor)} has left` : 'it lapsed without an extension'}.`;
    case 'treaty.signed':
      return `${name.treaty(e.treaty)} is signed by ${who(e.parties)}.`;
    case 'treaty.inForce':
      return `${name.treaty(e.treaty)} enters into force; the parties eliminate the systems it bans.`;
    case 'talks.failed':
      return `Talks on ${name.treaty(e.treaty)} (${who(e.participants)}) make no headway (odds ${Math.round(e.odds * 100)}%).`;
    case 'talks.succeeded':
      return `Talks on ${name.treaty(e.treaty)} (${who(e.participants)}) succeed: compliance restored, integrity ${Math.round(e.integrity * 100)}.`;
    case 'talks.progress':
      return `Talks on ${name.treaty(e.treaty)} (${who(e.participants)}) advance: round ${e.round} of ${e.rounds}.`;
    case 'sanction.imposed':
      return `${name.actor(e.actor)} imposes sanctions on ${name.actor(e.target)}.`;
    case 'sanction.lifted':
      return `Sanctions lifted: ${e.pairs.map((s) => `${name.actor(s.by)} on ${name.actor(s.on)}`).join(', ')}.`;
    case 'basing.strain':
      return `Basing ground-launched missiles ${where(e.region)} divides the allies (NATO cohesion -${e.cohesion * 100}).`;
    case 'breach.continued':
      return `${name.actor(e.actor)} adds to a known breach of ${name.treaty(e.treaty)}.`;
    case 'breach.detected':
      return `${name.actor(e.actor)}'s deployment of ${SYSTEM_NAMES[e.system]} is exposed as a breach of ${name.treaty(e.treaty)}.`;
    case 'breach.covert':
      return `${name.actor(e.actor)} deploys ${SYSTEM_NAMES[e.system]} ${where(e.region)}; the breach of ${name.treaty(e.treaty)} goes undetected for now.`;
    case 'pledge.made':
      return `${name.actor(e.actor)} pledges not to deploy ${SYSTEM_NAMES[e.system]} ${where(e.region)} while its rivals add none there.`;
    case 'pledge.ended':
      return e.cause === 'ended'
        ? `${name.actor(e.actor)} ends its moratorium on ${SYSTEM_NAMES[e.system]} ${where(e.region)}.`
        : `${name.actor(e.actor)}'s moratorium on ${SYSTEM_NAMES[e.system]} ${where(e.region)} lapses: a rival has added its own there.`;
    case 'deployment.announced':
      return `${name.actor(e.actor)} announces it will deploy ${SYSTEM_NAMES[e.system]} ${where(e.region)}.`;
    case 'missile.tested':
      return `${name.actor(e.actor)} flight-tests ${SYSTEM_NAMES[e.system]}.`;
    case 'commitment.made':
      return `${name.actor(e.actor)} commits itself publicly (${e.policy}).`;
    case 'commitment.kept':
      return `${name.actor(e.actor)} keeps its commitment (${e.policy}).`;
    case 'commitment.broken':
      return `${name.actor(e.actor)} breaks its commitment (${e.policy}); its word counts for less.`;
    case 'commitment.void':
      return `${name.actor(e.actor)}'s commitment no longer binds (${e.policy}).`;
    case 'scenario':
    case 'inject': {
      const { title, text } = name.event(e.type, e.id);
      return `${title}: ${text}`;
    }
    case 'proliferation.event':
      return 'A third-country missile test raises alarm (Iran, North Korea or a non-state user).';
  }
}
