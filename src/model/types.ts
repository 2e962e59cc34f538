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

export interface Treaty {
  readonly id: string;
  readonly name: string;
  readonly binding: 'legal' | 'political';
  /** Share of the arms-control architecture this regime stands for (treaty-erosion index). */
  readonly weight: number;
  /** Compliance and verification health, 0..1. */
  readonly integrity: number;
  readonly parties: Partial<Record<ActorId, PartyStatus>>;
  /** Systems the regime bans for parties in force (INF: ground-launched 500-5,500 km, Egmont 106 §1.2). */
  readonly bans: readonly SystemId[];
  /** Regions where the bans apply (a European moratorium: Europe only); every region for a global ban. */
  readonly banRegions: readonly RegionId[];
  /** Turns of notice between a withdrawal and its effect (INF: six months, two turns). */
  readonly noticeTurns: number;
  /** Turn at which a party's notified withdrawal takes effect. */
  readonly withdrawalDue: Partial<Record<ActorId, number>>;
  /** Parties whose withdrawal ends the regime for everyone (a bilateral treaty's two sides). */
  readonly essential: readonly ActorId[];
  /** Parties without which talks on this regime mostly fail (Egmont 106 §2.1, §3.3). */
  readonly required: readonly ActorId[];
  /** Turn the regime lapses unless extended (New START), or null. */
  readonly expiresTurn: number | null;
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
}

export type DeployAction = { readonly type: 'deploy'; readonly system: SystemId; readonly region: RegionId };
export type WithdrawAction = { readonly type: 'withdraw'; readonly treaty: string; readonly mode: 'suspend' | 'withdraw' };
export type NegotiateAction = { readonly type: 'negotiate'; readonly treaty: string; readonly partners: readonly ActorId[] };
export type SanctionAction = { readonly type: 'sanction'; readonly target: ActorId };
export type HoldAction = { readonly type: 'hold' };

/** An order: one action a turn. Each type is one module of the action registry (`src/model/actions/`). */
export type Action = DeployAction | WithdrawAction | NegotiateAction | SanctionAction | HoldAction;

export type ActionType = Action['type'];

/** An action the model refuses, with a stable code and a sentence for people. */
export interface Refusal {
  readonly code: `order/${string}`;
  readonly reason: string;
}

