/**
 * Every coefficient of the model, in one place. docs/MODEL.md lists each with its source
 * (a section of Egmont Paper 106, a public figure) or marks it an assumption; keep the two in step.
 * Scenario files supply the starting world and each actor's doctrine; these are the rules of the game.
 */
import type { ActorId, SystemId } from './types.js';

export const COEFFICIENTS = {
  /** Escalation index: weights of its five terms (sum to 1). Assumption. */
  escalation: {
    tension: 0.4,
    deployments: 0.25,
    sanctions: 0.1,
    withdrawals: 0.1,
    crisis: 0.15,
    /** Units of destabilising systems near rivals at which the deployment term reaches 63%. Assumption. */
    deploymentScale: 30,
    /** Number of sanction regimes that saturates the sanctions term. Assumption. */
    sanctionsScale: 6,
    /** Withdrawal shock (one per withdrawal, half per suspension, fading) that saturates its term. Assumption. */
    withdrawalScale: 2,
  },

  /** Recent deployments (fading) at which the arms-race index reaches 63. Assumption. */
  armsRaceScale: 6,

  /** Kahn-style escalation ladder: lower bound of each named level. Assumption (after Kahn, On Escalation, 1965). */
  ladder: [
    { from: 0, level: 'détente' },
    { from: 20, level: 'competition' },
    { from: 40, level: 'crisis' },
    { from: 60, level: 'severe crisis' },
    { from: 80, level: 'brink' },
  ],

  /** The rival pairs (every other pair is allied or neutral), and the weight of each pair's tension in the escalation index. Egmont 106 §2.1 (three players), assumption for weights. */
  rivalries: [
    { a: 'us', b: 'russia', weight: 1 },
    { a: 'us', b: 'china', weight: 0.8 },
    { a: 'russia', b: 'nato', weight: 0.8 },
    { a: 'russia', b: 'eu', weight: 0.4 },
    { a: 'china', b: 'nato', weight: 0.2 },
    // Rivals for decisions (threats, sanctions), left out of the escalation index: the paper sees no EU-China missile rivalry.
    { a: 'china', b: 'eu', weight: 0 },
  ] as ReadonlyArray<{ a: ActorId; b: ActorId; weight: number }>,

  /** Systems that count as destabilising near a rival (Egmont 106 §2.1: ground-launched, hypersonic). */
  destabilising: ['groundLaunchedIntermediate', 'hypersonic'] as readonly SystemId[],

  /** Treaty erosion: how much of a regime stands for each party status. Assumption. */
  statusHealth: { inForce: 1, signed: 0.7, suspended: 0.3, negotiating: 0.2, withdrawn: 0 },

  /** Per-turn relaxation of tension towards its scenario baseline, as a share of the gap. Assumption. */
  tensionRelaxation: 0.15,
  /** Per-turn relaxation of NATO cohesion and EU unity towards their scenario values, as a share of the gap. Assumption. */
  cohesionRelaxation: 0.1,
  /** Per-turn decay of the withdrawal shock, crisis and arms-race stocks. Assumption. */
  shockDecay: 0.7,
  crisisDecay: 0.75,
  armsRaceDecay: 0.8,

  deploy: {
    /** What one deployment adds to the arms-race stock. Assumption. */
    armsRace: 1,
    /** Units one deploy action adds (a battalion-sized increment; Egmont 106 §1.3 counts the 9M729 in battalions). */
    unit: 1,
    /** Tension added with each rival the deployment is near, by system. Assumption; ground-launched highest (§2.1). */
    tension: { groundLaunchedIntermediate: 0.06, hypersonic: 0.05, seaAirCruise: 0.02, missileDefence: 0.02, strategic: 0.04 } as Record<SystemId, number>,
    /** Integrity a regime loses when a party in force deploys a system it bans. Assumption. */
    breachIntegrityLoss: 0.15,
    /** Chance a banned deployment is detected in the turn it happens (the 9M729 was reported from 2014: §1.3). Assumption. */
    detectionChance: 0.45,
    /** Tension added when a breach is exposed. Assumption. */
    exposureTension: 0.08,
    /** NATO cohesion lost when a ground-launched missile is based in Europe (Euromissile crisis §1.1, §2.3). Assumption for size. */
    basingCohesionCost: 0.05,
    /** NATO cohesion needed to base ground-launched missiles in Europe (§2.3: hosting is politically sensitive). Assumption. */
    basingCohesionThreshold: 0.55,
    /** NATO cohesion needed for integrated air and missile defence (§3.5). Assumption. */
    defenceCohesionThreshold: 0.3,
    /** Rally effect: cohesion gained by NATO when Russia deploys near Europe. Assumption. */
    rallyCohesion: 0.015,
  },

  withdraw: {
    /** Integrity lost on suspension of compliance. Assumption. */
    suspendIntegrityLoss: 0.2,
    /** NATO cohesion lost when the US leaves a regime allies value (§2.3, §3.2: allies antagonised). Assumption. */
    allyCohesionCost: 0.03,
    /** Tension added with the other parties. Assumption. */
    tension: 0.05,
    /** Withdrawal shock of a suspension or a notice, and of a completed withdrawal or a lapse. Assumption. */
    suspendShock: 0.5,
    shock: 1,
  },

  negotiate: {
    /** Chance a round succeeds with every required party taking part and full trust. Assumption. */
    base: 0.5,
    /** How much mean tension at the table lowers the odds: odds scale with 1 - distrust * tension.
     *  Below 1, because adversaries in deep crisis still signed (INF in 1987, §1.1). Assumption. */
    distrust: 0.7,
    /** Multiplier for each required party that does not take part (§2.1, §3.3: talks without China fail). Assumption. */
    missingParty: 0.08,
    /** Acceptance of a required party that does not itself negotiate but is invited, scaled by its trust. Assumption. */
    passiveAcceptance: 0.45,
    /** How an invited party's stance on the regime (its machine state) scales its acceptance. Assumption. */
    stanceAcceptance: { committed: 2, wavering: 1, rejecting: 0.25 },
    /** Extra odds from bargaining leverage: the negotiators' own destabilising forces against the rival's (dual track, §1.1, §3.5). Assumption. */
    leverage: 0.6,
    /** Odds multiplier when a party at the table stands exposed in breach of a regime that bans the
     *  same systems: without trust in compliance, new rules are worth little (§2.2: the problem is
     *  enforcement, not regulation). Assumption for the size. */
    exposedBreach: 0.35,
    /** Ceiling on the odds of a round: no talks are certain. Assumption. */
    maxOdds: 0.95,
    /** Integrity restored to an existing regime by a successful round. Assumption. */
    integrityGain: 0.2,
    /** Tension removed among participants by a successful round. Assumption. */
    trustGain: 0.04,
    /** NATO cohesion gained when NATO or the US negotiates (§3.2: allies ask for arms control with deterrence). Assumption. */
    cohesionGain: 0.01,
    /** Turns an extension adds to an expiring regime (New START may be extended by up to five years: Art. XIV). */
    extensionTurns: 20,
    /** Turns between signature and entry into force (INF: signed Dec 1987, in force Jun 1988, two quarters). */
    ratificationTurns: 2,
  },

  sanction: {
    /** Tension added between the sanctioning actor and its target. Assumption. */
    tension: 0.05,
    /** EU unity lost when the EU sanctions (member states split on Russia: §3.4). Assumption. */
    euUnityCost: 0.02,
  },

  /** China's share of missiles an INF-like ban would scrap (Egmont 106 §2.1, Adm. Harris 2017: 95%). */
  chinaBannedShare: 0.95,

  /** Proliferation pressure: chance per turn of a third-country missile event, times pressure. Assumption. */
  proliferationEventChance: 0.35,
  proliferationCrisis: 0.15,

  utility: {
    /** Softmax temperature for the pick among legal actions. Assumption. */
    temperature: 0.12,
    /** Posture preference for each action type (rows: posture). Assumption, after the paper's narrative of each posture. */
    posture: {
      cooperative: { deploy: -0.3, withdraw: -0.4, negotiate: 0.35, sanction: -0.2, hold: 0.1 },
      hedging: { deploy: 0, withdraw: -0.15, negotiate: 0.15, sanction: 0, hold: 0.1 },
      competitive: { deploy: 0.2, withdraw: 0.05, negotiate: -0.05, sanction: 0.1, hold: 0 },
      confrontational: { deploy: 0.35, withdraw: 0.15, negotiate: -0.25, sanction: 0.2, hold: -0.1 },
    },
    /** Stance on a regime: how much an actor favours talks on it, or leaving it. Assumption. */
    stance: {
      committed: { negotiate: 0.25, withdraw: -0.5 },
      wavering: { negotiate: 0.05, withdraw: 0 },
      rejecting: { negotiate: -0.4, withdraw: 0.35 },
    },
    /** Cost weight of each system (a doctrine's cost sensitivity scales it). Assumption; missile defence costly (§2.2). */
    systemCost: { groundLaunchedIntermediate: 0.5, seaAirCruise: 0.3, hypersonic: 0.7, missileDefence: 0.6, strategic: 0.8 } as Record<SystemId, number>,
    /** Penalty for a deployment that breaches a regime in force, scaled by arms-control preference. Assumption. */
    breachPenalty: 0.5,
    /** Diminishing returns: utility lost per unit of the system the actor already fields anywhere. Assumption. */
    saturation: 0.05,
    /** Weight of perceived threat on deployments (scaled by threat perception). Assumption. */
    threat: 0.6,
    /** Share of the threat weight for systems that are not destabilising. Assumption. */
    nonDestabilisingThreatShare: 0.5,
    /** Penalty for deploying where no rival stands. Assumption. */
    irrelevantRegion: 0.3,
    /** Weight of the alliance's cohesion cost on a basing decision (scaled by alliance weight). Assumption. */
    allianceCost: 2,
    /** Weight of a rival's exposed breach on leaving or sanctioning (scaled by threat perception). Assumption. */
    rivalBreach: 0.3,
    /** Weight of a regime's value on staying in it and on repairing or creating it (scaled by arms-control preference). Assumption. */
    armsControlValue: 0.35,
    /** Appeal of talks on a regime that bans systems, times the balance of bargaining chips at the table:
     *  once both sides hold what the regime would ban, talks are worth holding (the dual track, §1.1, §3.2, §3.5). Assumption. */
    bargaining: 0.5,
    /** Weight of the chance that talks succeed. Assumption. */
    prospects: 0.4,
    /** Weight of tension on sanctions (scaled by threat perception). Assumption. */
    sanctionTension: 0.4,
    /** Cost of a sanction (scaled by cost sensitivity). Assumption. */
    sanctionCost: 0.2,
    /** Restraint's value (scaled by cost sensitivity). Assumption. */
    restraint: 0.1,
    /** Extra stake in talks on a regime that lapses within `expiryHorizon` turns (New START, 2021). Assumption. */
    expiringStake: 1,
    expiryHorizon: 4,
    /** Extra stake in talks on a regime a party has suspended (there is a withdrawal to reverse). Assumption. */
    suspendedStake: 0.5,
    /** Penalty for sanctioning an actor that is not a rival (allies, partners). Assumption. */
    sanctionNonRival: 0.3,
    /** Reputational cost of leaving a regime, per unit of its weight. Assumption. */
    reputation: 0.12,
    /** Extra reluctance to withdraw outright rather than suspend. Assumption. */
    outrightWithdrawal: 0.05,
  },

  /** Thresholds the actor machines' guards compare the observed world with. Assumption, each after the paper's narrative. */
  guards: {
    /** Russia admits the breach once INF integrity falls this low (§1.3); forgets it when integrity recovers above `breachForgotten`. */
    breachAdmitted: 0.3,
    breachForgotten: 0.5,
    /** Russia gives up on INF when tension with the US exceeds this; warms to it below `russiaInfWarm`. */
    russiaInfCold: 0.8,
    russiaInfWarm: 0.5,
    /** Balance of bargaining chips at or above which Russia finds INF-type talks worth holding whatever the tension
     *  (the Soviets returned to the table once Pershing II and cruise missiles stood in Europe, §1.1). */
    balanceForTalks: 0.5,
    /** China rejects multilateral talks while tension with the US exceeds this (§2.1); considers them below `chinaPressureEased`. */
    chinaPressed: 0.5,
    chinaPressureEased: 0.35,
    /** EU unity below which the EU divides, and at or above which it is united again (§3.4). */
    euUnityLow: 0.45,
    euUnityRestored: 0.6,
    /** Tension with Russia above which the OSCE Structured Dialogue falters, and below which it revives (§3.3). */
    russiaHostile: 0.7,
    russiaEngaged: 0.4,
  },

  /** Posture thresholds on perceived threat (tension times threat perception). Assumption. */
  posture: {
    escalateAbove: 0.5,
    relaxBelow: 0.2,
    /** Perceived threat = observed threat * (perceptionBase + doctrine's threat perception). Assumption. */
    perceptionBase: 0.5,
  },
} as const;

export type Coefficients = typeof COEFFICIENTS;
export type Posture = keyof Coefficients['utility']['posture'];
export type Stance = keyof Coefficients['utility']['stance'];
export const POSTURES: readonly Posture[] = ['cooperative', 'hedging', 'competitive', 'confrontational'];
