import type { Doctrine } from './doctrine.js';

/**
 * The vocabulary of the world: actors, systems, regions, treaties, forces, actions.
 * Plain data only; every function over it lives in its own file.
 */

/**
 * An actor's id. The set of actors is data: the Rules value lists them (the five of the paper by
 * default, in the canonical order used for every resolution and record; a scenario may add more).
 */
export type ActorId = string;

/** The paper's five player actors, the default Rules' actors, in canonical order. */
export const CORE_ACTORS = ['us', 'russia', 'china', 'nato', 'eu'] as const;
export type CoreActorId = (typeof CORE_ACTORS)[number];

/** Weapon systems that matter to the INF debate (Egmont 106 §1.2, §2.1). */
export const SYSTEMS = ['groundLaunchedIntermediate', 'seaAirCruise', 'hypersonic', 'missileDefence', 'strategic'] as const;
export type SystemId = (typeof SYSTEMS)[number];

export const REGIONS = ['home', 'europe', 'asia'] as const;
export type RegionId = (typeof REGIONS)[number];

/** A party's standing in a regime. `suspended` covers a notice period before withdrawal. */
export type PartyStatus = 'inForce' | 'suspended' | 'withdrawn' | 'negotiating' | 'signed';

/** What a regime does for the world besides its bans: curbs missile proliferation, or builds confidence. */
export type TreatyRole = 'nonproliferation' | 'confidence';

export interface Treaty {
  readonly id: string;
  readonly name: string;
  readonly binding: 'legal' | 'political';
  /** Share of the arms-control architecture this regime stands for (treaty-erosion index). */
  readonly weight: number;
  /** Compliance and verification health, 0..1. */
  readonly integrity: number;
  /** Its parties: players, and non-player parties (the EU's member states, Iran, other states) that only scenario events move. */
  readonly parties: Partial<Record<ActorId, PartyStatus>>;
  /** Systems the regime bans for parties in force (INF: ground-launched 500-5,500 km, Egmont 106 §1.2). */
  readonly bans: readonly SystemId[];
  /** Regions where the bans apply (a European moratorium: Europe only); every region for a global ban. */
  readonly banRegions: readonly RegionId[];
  /** Turns of notice between a withdrawal and its effect (INF: six months, two turns). Obligations hold during the notice. */
  readonly noticeTurns: number;
  /** Whether a party may suspend its compliance without leaving: the text or the parties' practice allows it (INF 2019, CFE 2007, New START 2023); never the NPT. */
  readonly suspendable: boolean;
  /** Parties whose recognised standing under the regime leaving would forfeit (NPT Art. IX.3: the nuclear-weapon states). */
  readonly statusFor: readonly ActorId[];
  /** Parties the others hold in breach of obligations other than its bans (Open Skies: Russia's restricted overflights, Egmont 106 §1.2). */
  readonly breachedBy: readonly ActorId[];
  /** What the regime does besides its bans (the non-proliferation regimes curb third countries' programmes; dialogues build confidence). */
  readonly roles: readonly TreatyRole[];
  /** Turn at which a party's notified withdrawal takes effect. */
  readonly withdrawalDue: Partial<Record<ActorId, number>>;
  /** Turn at which a party last suspended its compliance or left, while it stays so (statuses from the start have none): a rival may answer in kind soon after. */
  readonly lapsedAt: Partial<Record<ActorId, number>>;
  /** Parties whose withdrawal ends the regime for everyone (a bilateral treaty's two sides). */
  readonly essential: readonly ActorId[];
  /** Parties without which talks on this regime mostly fail (Egmont 106 §2.1, §3.3). */
  readonly required: readonly ActorId[];
  /** Turn the regime lapses unless extended (New START), or null. */
  readonly expiresTurn: number | null;
  /** The latest turn an extension may reach (New START Art. XIV: five years at most, 5 February 2026), or null for no limit. */
  readonly extendableTo: number | null;
  /** Successful rounds of talks so far (a proposal is signed after `roundsToSign`). */
  readonly progress: number;
  readonly roundsToSign: number;
  /** Turn the regime was signed, so that it enters into force after ratification; null otherwise. */
  readonly signedTurn: number | null;
  /** False for a proposal that talks have not yet turned into a regime. */
  readonly exists: boolean;
  /** True once the regime has ended (an essential party left, or it lapsed). */
  readonly defunct: boolean;
}

export type Forces = Record<ActorId, Record<SystemId, Record<RegionId, number>>>;
export type PairTable = Record<ActorId, Record<ActorId, number>>;

export interface Sanction {
  readonly by: ActorId;
  readonly on: ActorId;
  readonly since: number;
}

/** A public, unilateral pledge not to deploy a system in a region while no rival does (Russia's moratorium offer of 2019). */
export interface Pledge {
  readonly by: ActorId;
  readonly system: SystemId;
  readonly region: RegionId;
  readonly since: number;
  /** Units of the system its rivals stood with in the region when it was made: more than that voids it. */
  readonly rivalsAt: number;
}

/** A public announcement of a deployment to come (the US-German statement of July 2024). */
export interface Announcement {
  readonly by: ActorId;
  readonly system: SystemId;
  readonly region: RegionId;
  readonly since: number;
}

/** Where a commitment of a doctrine's policy stands. */
export type CommitmentStatus = 'pending' | 'kept' | 'broken' | 'void';

/** A state that may host a player's forces but does not play (Japan, South Korea, the Philippines, Australia). */
export interface Host {
  readonly name: string;
  readonly region: RegionId;
  /** Its willingness to host ground-launched missiles, 0..1; scenario events move it. */
  readonly consent: number;
}

/** The whole world at the start of a turn. Immutable: change it with immer's `produce`. */
export interface World {
  /** Index of the turn about to be played, 0 for the scenario's start. */
  readonly turn: number;
  readonly treaties: Record<string, Treaty>;
  readonly forces: Forces;
  /** Pairwise tension 0..1, symmetric; trust is its complement. */
  readonly tension: PairTable;
  /** The scenario's starting tension, towards which tension relaxes when nothing feeds it. */
  readonly tensionBaseline: PairTable;
  readonly natoCohesion: number;
  readonly euUnity: number;
  /** The scenario's starting cohesion and unity, towards which both relax: shocks fade, structure stays. */
  readonly natoCohesionBaseline: number;
  readonly euUnityBaseline: number;
  readonly sanctions: readonly Sanction[];
  /** Third-country proliferation pressure 0..1 (Iran, North Korea, India, Pakistan, Houthis: §2.1). */
  readonly proliferation: number;
  /** Decaying stock of recent withdrawals and suspensions. */
  readonly withdrawalShock: number;
  /** Decaying stock of crisis events. */
  readonly crisis: number;
  /** Deployments made in the last few turns, decaying (arms-race intensity). */
  readonly armsRace: number;
  /** Actors whose banned deployments are known to the others. */
  readonly exposedBreaches: readonly ActorId[];
  /** Each playing actor's doctrine as it stands now (a change of administration patches it). */
  readonly doctrines: Readonly<Record<ActorId, Doctrine>>;
  /** Pledges in force. */
  readonly pledges: readonly Pledge[];
  /** Announced deployments not yet made. */
  readonly announcements: readonly Announcement[];
  /** Each commitment of a policy, by `actor/policy id`, once it is made. */
  readonly commitments: Readonly<Record<string, CommitmentStatus>>;
  /** How far others trust each actor's word, 0..1 (broken commitments lower it). */
  readonly credibility: Readonly<Record<ActorId, number>>;
  /** States that may host forces, by id. */
  readonly hosts: Readonly<Record<string, Host>>;
  /** Systems still in development: the turn from which each actor may deploy them (none listed: already fielded). */
  readonly fieldingFrom: Readonly<Record<ActorId, Partial<Record<SystemId, number>>>>;
  /** What each actor did last turn (none before the first), as others saw it. */
  readonly lastActions: Readonly<Record<ActorId, Action>>;
}

export type DeployAction = { readonly type: 'deploy'; readonly system: SystemId; readonly region: RegionId };
/**
 * A public, unilateral declaration that moves no forces: a moratorium pledge on a system in a region
 * (while no rival deploys it there), an announcement of a deployment to come, a flight test, or the
 * end of one's own moratorium.
 */
export type DeclareAction = { readonly type: 'declare'; readonly kind: DeclareKind; readonly system: SystemId; readonly region: RegionId };
export const DECLARE_KINDS = ['moratorium', 'announce', 'test', 'end'] as const;
export type DeclareKind = (typeof DECLARE_KINDS)[number];
export type WithdrawAction = { readonly type: 'withdraw'; readonly treaty: string; readonly mode: 'suspend' | 'withdraw' };
export type NegotiateAction = { readonly type: 'negotiate'; readonly treaty: string; readonly partners: readonly ActorId[] };
export type SanctionAction = { readonly type: 'sanction'; readonly target: ActorId };
export type HoldAction = { readonly type: 'hold' };

/** An order: one action a turn. Each type is one module of the action registry (`src/model/actions/`). */
export type Action = DeployAction | WithdrawAction | NegotiateAction | SanctionAction | DeclareAction | HoldAction;

export type ActionType = Action['type'];

/** An action the model refuses, with a stable code and a sentence for people. */
export interface Refusal {
  readonly code: `order/${string}`;
  readonly reason: string;
}

