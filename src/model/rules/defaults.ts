/**
 * The model's rules as the code gives them: every coefficient with its domain, plausible range and
 * provenance, and the facts about each of the paper's five actors. A scenario's `rules:` section
 * overrides any of them by the same path; docs/MODEL.md lists them (a test keeps the two equal).
 */
import type { CoreActorId, RegionId, SystemId } from '../types.js';
import { assumed, calibrated, coef, sourced, type CoefficientSpec } from './coefficient.js';

const round = (x: number) => Math.round(x * 1e6) / 1e6;

// Ranges for assumed values that nothing narrows: half to one and a half times the value.
const WIDE = 'an assumed size that no source narrows: half to one and a half times the value';
const wide = (value: number, kind: 'share' | 'positive', provenance = assumed()) =>
  coef(value, kind, [round(value * 0.5), kind === 'share' ? Math.min(1, round(value * 1.5)) : round(value * 1.5)], WIDE, provenance);

/** A group of coefficients with some of them calibrated (docs/VALIDATION.md). */
const tuned = <T extends Record<string, CoefficientSpec>>(group: T, values: Partial<Record<keyof T & string, number>>): T =>
  ({ ...group, ...Object.fromEntries(Object.entries(values).map(([key, value]) => [key, calibrated(group[key], value as number)])) });

/** A posture's preferences for each action type. */
const posture = (deploy: number, withdraw: number, negotiate: number, sanction: number, declare: number, hold: number) => {
  const pref = (v: number) => coef(v, 'signed', [round(v - 0.15), round(v + 0.15)], 'a preference read off the narrative of each posture; 0.15 either way keeps the postures in their order', assumed('after the paper\'s narrative of each posture'));
  return { deploy: pref(deploy), withdraw: pref(withdraw), negotiate: pref(negotiate), sanction: pref(sanction), declare: pref(declare), hold: pref(hold) };
};

/** A stance's pull towards talks and exits on a regime. */
const stance = (negotiate: number, withdraw: number) => {
  const pref = (v: number) => coef(v, 'signed', [round(v - 0.15), round(v + 0.15)], 'a preference read off each stance; 0.15 either way keeps the stances in their order', assumed());
  return { negotiate: pref(negotiate), withdraw: pref(withdraw) };
};

/**
 * Every coefficient, grouped as the model uses them. The dotted path of a coefficient
 * (e.g. `negotiate.base`) is how a scenario's `rules:` section, `sweep --param rules.<path>` and
 * `multipolar rules` name it.
 */
export const COEFFICIENT_SPECS = {
  escalation: {
    tension: coef(0.4, 'share', [0.25, 0.55], 'the largest of the five weights in every plausible reading; the five sum to 1 by default', assumed('tension first, after Egmont 106 §2.3 (a new arms race) and the Kahn ladder')),
    deployments: coef(0.25, 'share', [0.15, 0.35], 'second to tension: destabilising systems near rivals', assumed()),
    sanctions: coef(0.1, 'share', [0.05, 0.15], 'a minor term: sanctions signal more than they threaten', assumed()),
    withdrawals: coef(0.1, 'share', [0.05, 0.15], 'a minor term: exits signal more than they threaten', assumed()),
    crisis: coef(0.15, 'share', [0.1, 0.25], 'crises (third-country tests, scenario shocks) weigh a little more than signals', assumed()),
    deploymentScale: coef(30, 'positive', [15, 60], 'the units near rivals at which the term reaches 63%: a few dozen battalions, within a factor of two', assumed()),
    sanctionsScale: coef(6, 'positive', [3, 10], 'the sanctions regimes that saturate the term: a handful', assumed()),
    withdrawalScale: coef(2, 'positive', [1, 4], 'the fading exits that saturate the term: one to four', assumed()),
  },

  /** Recent deployments (fading) at which the arms-race index reaches 63. */
  armsRaceScale: coef(6, 'positive', [3, 12], 'deployments in the last few turns that make a race: within a factor of two', assumed()),

  /** Lower bound of each rung of the escalation ladder above détente (which starts at 0). */
  ladder: {
    competition: coef(20, 'score', [15, 25], 'bounds of a five-rung ladder on 0..100, each within 5 points of an even split', assumed('after Kahn, On Escalation, 1965')),
    crisis: coef(40, 'score', [35, 45], 'bounds of a five-rung ladder on 0..100, each within 5 points of an even split', assumed('after Kahn, On Escalation, 1965')),
    severeCrisis: coef(60, 'score', [55, 65], 'bounds of a five-rung ladder on 0..100, each within 5 points of an even split', assumed('after Kahn, On Escalation, 1965')),
    brink: coef(80, 'score', [75, 85], 'bounds of a five-rung ladder on 0..100, each within 5 points of an even split', assumed('after Kahn, On Escalation, 1965')),
  },

  /** Treaty erosion: how much of a regime stands for each party status. */
  statusHealth: {
    inForce: coef(1, 'share', [1, 1], 'a party in force is a regime standing, by definition', assumed('definition')),
    signed: coef(0.7, 'share', [0.5, 0.9], 'signed but not yet binding: more than half standing, less than in force', assumed()),
    suspended: coef(0.3, 'share', [0.1, 0.5], 'suspended: on paper, not in practice', assumed()),
    negotiating: coef(0.2, 'share', [0.1, 0.4], 'in talks: a little of a regime stands', assumed()),
    withdrawn: coef(0, 'share', [0, 0], 'a party that left is a regime lost, by definition', assumed('definition')),
  },

  /** Per-turn relaxation of tension towards its scenario baseline, as a share of the gap. */
  tensionRelaxation: calibrated(coef(0.15, 'share', [0.05, 0.3], 'a shock half-fades in two to fourteen quarters', assumed()), 0.293),
  /** Per-turn relaxation of NATO cohesion and EU unity towards their scenario values. */
  cohesionRelaxation: coef(0.1, 'share', [0.05, 0.2], 'a shock to cohesion half-fades in three to fourteen quarters', assumed()),
  /** Per-turn decay of the withdrawal shock, crisis and arms-race stocks. */
  shockDecay: coef(0.7, 'share', [0.5, 0.85], 'an exit fades from the news within one to four quarters', assumed()),
  crisisDecay: coef(0.75, 'share', [0.55, 0.9], 'a crisis fades within one to six quarters', assumed()),
  armsRaceDecay: coef(0.8, 'share', [0.6, 0.9], 'a deployment weighs on the race for one to seven quarters', assumed()),

  deploy: {
    armsRace: coef(1, 'positive', [1, 1], 'the unit of the arms-race stock: one deployment', assumed('definition')),
    unit: coef(1, 'turns', [1, 1], 'the unit of forces: one battalion-sized increment a deployment', sourced('Egmont 106 §1.3 counts the 9M729 in battalions (four in 2019)')),
    /** Tension added with each rival the deployment is near, by system. */
    tension: {
      groundLaunchedIntermediate: coef(0.06, 'share', [0.03, 0.1], 'the most destabilising system adds the most', assumed('order after Egmont 106 §2.1: ground-launched systems are concealable and quick to launch')),
      hypersonic: coef(0.05, 'share', [0.025, 0.08], 'close to ground-launched systems', assumed('order after Egmont 106 §2.1: hypersonics defeat defences')),
      seaAirCruise: coef(0.02, 'share', [0.01, 0.04], 'easier to track than land-based systems', assumed('order after Egmont 106 §2.1')),
      missileDefence: coef(0.02, 'share', [0.01, 0.04], 'defensive, yet objected to (Aegis Ashore)', assumed('mechanism Egmont 106 §1.3: Russia cites Aegis Ashore')),
      strategic: coef(0.04, 'share', [0.02, 0.06], 'strategic forces at home signal more than they threaten a region', assumed()),
    },
    breachIntegrityLoss: wide(0.15, 'share'),
    detectionChance: coef(0.45, 'share', [0.2, 0.8], 'a breach is usually found within a year or two, rarely at once', assumed('the 9M729 was reported from 2014 and named in 2017: Egmont 106 §1.3')),
    exposureTension: wide(0.08, 'share'),
    basingCohesionCost: coef(0.05, 'share', [0.02, 0.1], 'a visible but not fatal strain on the alliance', assumed('size; mechanism Egmont 106 §1.1 (Euromissile crisis) and §2.3 (hosting is politically sensitive)')),
    basingCohesionThreshold: calibrated(coef(0.55, 'share', [0.4, 0.7], 'basing needs a clear majority of allies willing', assumed('size; mechanism Egmont 106 §2.3 and §3.4 (allies would resist basing in the East)')), 0.53),
    defenceCohesionThreshold: coef(0.3, 'share', [0.15, 0.45], 'missile defence divides allies less than missiles do', assumed()),
    rallyCohesion: wide(0.015, 'share'),
    hostConsentThreshold: coef(0.5, 'share', [0.35, 0.65], 'a host says yes when more of its politics is for than against', assumed('mechanism Egmont 106 §2.3: hosting US missiles is politically sensitive in Asia as in Europe (the THAAD precedent in South Korea)')),
  },

  /** Air and missile defence: how far a side's defences in a region blunt the destabilising systems its rivals stand there with. */
  defence: {
    maxCover: coef(0.3, 'share', [0.1, 0.5], 'defences blunt a threat, never remove it', assumed('mechanism Egmont 106 §3.5 (NATO IAMD); small because missile defence is costly and not reliable (§2.2)')),
    coverScale: coef(4, 'positive', [2, 8], 'units of missile defence at which the cover reaches 63% of its maximum', assumed()),
  },

  /** What regimes do besides their bans (a regime's roles are in the scenario). */
  regimes: {
    proliferationDamping: coef(0.5, 'share', [0.25, 0.75], 'healthy export controls halve third countries\' missile events at most', assumed('mechanism Egmont 106 §2.2: the MTCR is credited with non-proliferation successes; the HCoC adds transparency')),
    confidenceRelaxation: coef(0.5, 'positive', [0.2, 1], 'a healthy dialogue speeds the easing of tension by up to a half', assumed('mechanism Egmont 106 §3.3: transparency and confidence-building reduce military risks (the Berlin declaration)')),
  },

  /** Political leadership (Egmont 106 §3.4): what a united EU adds. */
  leadership: {
    unityGain: coef(0.01, 'share', [0.005, 0.02], 'each successful round the EU leads makes its unity a little more lasting', assumed('mechanism Egmont 106 §3.4: political backing makes diplomatic initiatives sustainable')),
    sanctionWeight: coef(1, 'positive', [0.5, 1.5], 'at unity 0.5 an EU sanction weighs as much as anyone\'s; more united, more', assumed('mechanism Egmont 106 §3.4: a rules-based order upheld by a concerted effort')),
  },

  /** Declarations (Egmont 106 §2.3, and the record of 2019-2024: Russia's moratorium offer of 2019, US flight tests of 2019, the US-German announcement of July 2024). Sizes assumed. */
  declare: {
    moratoriumTrust: wide(0.02, 'share'),
    moratoriumCohesion: wide(0.01, 'share'),
    announceTension: wide(0.03, 'share'),
    announceCohesion: wide(0.02, 'share'),
    announceTurns: coef(12, 'turns', [8, 16], 'an announced deployment is expected within two to four years', assumed('the July 2024 announcement named 2026')),
    announcedChip: coef(0.5, 'share', [0.25, 0.75], 'an announced unit weighs half a deployed one at the table', assumed('mechanism Egmont 106 §1.1: the 1979 decision announced deployments four years ahead as the foundation for negotiations')),
    testTension: wide(0.02, 'share'),
    testArmsRace: wide(0.5, 'positive'),
    endTension: wide(0.04, 'share'),
  },

  /** Policies of doctrines: commitments and what breaking one costs. */
  policy: {
    commitmentPull: wide(0.6, 'positive'),
    brokenCredibility: coef(0.25, 'share', [0.1, 0.4], 'a broken public commitment costs a quarter of an actor\'s credibility, give or take', assumed()),
  },

  withdraw: {
    suspendIntegrityLoss: wide(0.2, 'share'),
    allyCohesionCost: coef(0.03, 'share', [0.01, 0.06], 'a visible but modest strain', assumed('size; mechanism Egmont 106 §2.3 (allies antagonised), §3.1 (allies pressed the US to take more time)')),
    tension: wide(0.05, 'share'),
    suspendShock: coef(0.5, 'positive', [0.25, 0.75], 'a suspension or a notice signals about half as much as an exit', assumed()),
    shock: coef(1, 'positive', [1, 1], 'the unit of the withdrawal shock: one completed exit', assumed('definition')),
    statusLoss: coef(1, 'positive', [0.5, 2], 'a standing recognised by a treaty (a nuclear-weapon state\'s) is worth more than any other term of an exit', assumed('mechanism NPT Art. IX.3: only five states are nuclear-weapon states under the treaty; none has ever left it')),
  },

  negotiate: {
    base: calibrated(coef(0.5, 'share', [0.3, 0.7], 'a round with everyone needed and full trust succeeds about as often as it fails', assumed()), 0.639),
    distrust: calibrated(coef(0.7, 'share', [0.4, 0.9], 'below 1: adversaries with tense relations have still signed treaties', assumed('INF was signed in 1987 after the crisis of 1983 (Egmont 106 §1.1)')), 0.406),
    missingParty: coef(0.08, 'share', [0.02, 0.2], 'talks without a required party rarely succeed', assumed('size; mechanism Egmont 106 §2.1 and §3.3 (a universal INF is beyond reach without China)')),
    passiveAcceptance: calibrated(wide(0.45, 'share'), 0.251),
    stanceAcceptance: {
      committed: coef(2, 'positive', [1.5, 3], 'a committed party doubles its acceptance, give or take', assumed()),
      wavering: coef(1, 'positive', [1, 1], 'the reference stance', assumed('definition')),
      rejecting: coef(0.25, 'positive', [0.1, 0.5], 'a rejecting party quarters it, give or take', assumed()),
    },
    leverage: coef(0.6, 'positive', [0.3, 1], 'balanced chips raise the odds by a third to a half, up to double', assumed('size; mechanism Egmont 106 §1.1: the dual track made NATO\'s deployment the foundation for negotiations')),
    exposedBreach: coef(0.35, 'share', [0.15, 0.6], 'a known cheat at the table cuts the odds by a half to most of them', assumed()),
    maxOdds: coef(0.95, 'share', [0.85, 0.99], 'no round of talks is certain', assumed()),
    integrityGain: wide(0.2, 'share'),
    trustGain: wide(0.04, 'share'),
    cohesionGain: coef(0.01, 'share', [0.005, 0.02], 'a small reassurance of the allies', assumed('size; mechanism Egmont 106 §3.2: allies\' support entails a demand for arms control')),
    extensionTurns: coef(20, 'turns', [4, 20], 'an extension runs up to five years', sourced('New START Art. XIV(2): extension for up to five years')),
    ratificationTurns: coef(2, 'turns', [1, 4], 'INF took two quarters from signature to force; others longer', sourced('INF signed 8 Dec 1987, in force 1 Jun 1988')),
  },

  sanction: {
    tension: wide(0.05, 'share'),
    euUnityCost: coef(0.02, 'share', [0.01, 0.04], 'a small strain among member states', assumed()),
  },

  /** Proliferation pressure: chance per turn of a third-country missile event, times pressure. */
  proliferationEventChance: wide(0.35, 'share'),
  proliferationCrisis: wide(0.15, 'share'),

  utility: {
    temperature: calibrated(coef(0.12, 'positive', [0.06, 0.25], 'from near-greedy choices to noisy ones', assumed()), 0.083),
    posture: {
      cooperative: posture(-0.3, -0.4, 0.35, -0.2, 0.05, 0.1),
      hedging: tuned(posture(0, -0.15, 0.15, 0, 0, 0.1), { declare: -0.018 }),
      competitive: tuned(posture(0.2, 0.05, -0.05, 0.1, 0, 0), { withdraw: 0.074, declare: 0.13, negotiate: -0.139 }),
      confrontational: posture(0.35, 0.15, -0.25, 0.2, -0.05, -0.1),
    },
    stance: {
      committed: stance(0.25, -0.5),
      wavering: stance(0.05, 0),
      rejecting: stance(-0.4, 0.35),
    },
    /** Cost weight of each system (a doctrine's cost sensitivity scales it). */
    systemCost: {
      groundLaunchedIntermediate: calibrated(wide(0.5, 'positive'), 0.264),
      seaAirCruise: wide(0.3, 'positive'),
      hypersonic: calibrated(wide(0.7, 'positive'), 0.588),
      missileDefence: coef(0.6, 'positive', [0.3, 0.9], WIDE, assumed('missile defence is costly and unreliable: Egmont 106 §2.2')),
      strategic: wide(0.8, 'positive'),
    },
    breachPenalty: wide(0.5, 'positive'),
    saturation: calibrated(wide(0.05, 'positive'), 0.043),
    threat: calibrated(wide(0.6, 'positive'), 0.582),
    nonDestabilisingThreatShare: coef(0.5, 'share', [0.25, 0.75], 'other systems answer a threat less than destabilising ones', assumed()),
    irrelevantRegion: calibrated(wide(0.3, 'positive'), 0.286),
    allianceCost: calibrated(wide(2, 'positive'), 2.443),
    rivalBreach: calibrated(wide(0.3, 'positive'), 0.433),
    armsControlValue: calibrated(wide(0.35, 'positive'), 0.21),
    bargaining: calibrated(wide(0.5, 'positive', assumed('mechanism after the 1979 dual track (Egmont 106 §1.1); the paper doubts a revised one suffices (§3.2)')), 0.377),
    prospects: calibrated(wide(0.4, 'positive'), 0.382),
    sanctionTension: calibrated(wide(0.4, 'positive'), 0.523),
    sanctionCost: calibrated(wide(0.2, 'positive'), 0.11),
    restraint: calibrated(wide(0.1, 'positive'), 0.132),
    expiringStake: calibrated(wide(1, 'positive'), 0.678),
    expiryHorizon: coef(4, 'turns', [2, 8], 'talks on an expiring regime start a half-year to two years ahead', assumed('after New START\'s 2021 expiry')),
    suspendedStake: wide(0.5, 'positive'),
    reputation: calibrated(wide(0.12, 'positive'), 0.179),
    reciprocity: calibrated(coef(0.3, 'positive', [0.1, 0.5], 'answering a rival\'s suspension or exit in kind weighs about as much as a posture\'s strongest preference', assumed('mechanism Egmont 106 §1.2 ("corresponding measures" over Open Skies) and Vienna Convention on the Law of Treaties Art. 60 (a material breach lets the other party suspend); the record: Russia suspended INF a month after the US (4 March 2019) and left Open Skies after the US exit')), 0.332),
    reciprocityTurns: calibrated(coef(4, 'turns', [2, 8], 'an answer in kind comes within a year, give or take', assumed('Russia answered the US suspension of INF within a month and its Open Skies exit within two to four quarters (notice in June 2021 after the US exit of November 2020)')), 5),
    outrightWithdrawal: calibrated(wide(0.05, 'positive'), 0.037),
    pledgeValue: calibrated(wide(0.3, 'positive'), 0.2),
    announceShare: calibrated(coef(0.5, 'share', [0.25, 0.75], 'an announcement answers a threat about half as much as a deployment', assumed()), 0.509),
    testShare: calibrated(coef(0.3, 'share', [0.15, 0.5], 'a test answers a threat less than an announcement', assumed()), 0.264),
    testCost: calibrated(wide(0.1, 'positive'), 0.086),
  },

  /** Thresholds the actor machines' guards compare the observed world with. */
  guards: {
    russiaInfCold: coef(0.8, 'share', [0.65, 0.9], 'only very high tension makes Moscow give up on INF-type talks', assumed()),
    russiaInfWarm: coef(0.5, 'share', [0.35, 0.65], 'below russiaInfCold, so that the stance does not flip every turn', assumed()),
    balanceForTalks: coef(0.5, 'share', [0.3, 0.7], 'the chips must be at least half balanced to be worth trading', assumed('mechanism after the 1979 dual track (Egmont 106 §1.1)')),
    chinaPressed: coef(0.5, 'share', [0.35, 0.65], 'tension with the US at which Beijing hardens against talks', assumed()),
    chinaPressureEased: coef(0.35, 'share', [0.2, 0.5], 'below chinaPressed, so that the stance does not flip every turn', assumed()),
    euUnityLow: coef(0.45, 'share', [0.3, 0.55], 'unity below which the EU divides', assumed('mechanism Egmont 106 §3.3: the EU needs a united front')),
    euUnityRestored: coef(0.6, 'share', [0.5, 0.75], 'above euUnityLow, so that the region does not flip every turn', assumed()),
    russiaHostile: coef(0.7, 'share', [0.55, 0.85], 'EU-Russia tension at which the Structured Dialogue falters', assumed('mechanism Egmont 106 §3.3: the dialogue lacks Russian support')),
    russiaEngaged: coef(0.4, 'share', [0.25, 0.55], 'below russiaHostile, so that the stance does not flip every turn', assumed()),
  },

  /** Posture thresholds on perceived threat (tension times threat perception). */
  posture: {
    escalateAbove: coef(0.5, 'share', [0.35, 0.65], 'perceived threat at which a posture hardens', assumed()),
    relaxBelow: coef(0.2, 'share', [0.1, 0.3], 'below escalateAbove, so that postures do not flip every turn', assumed()),
    perceptionBase: coef(0.5, 'positive', [0.25, 0.75], 'how much of the observed threat a doctrine with no threat perception still sees', assumed()),
  },
} as const;

/**
 * What the rules know about an actor, as code declares it for the paper's five: numbers are
 * coefficients (with ranges and provenance), the rest are facts with the `source` of the entry.
 */
export interface ActorSpec {
  /** The name people read ("US", "Russia"). */
  readonly name: string;
  /** Where the facts come from. */
  readonly source: string;
  /** The systems it may field. */
  readonly arsenal: readonly SystemId[];
  /** Why its arsenal is what it is, when that needs saying (the EU fields no missiles). */
  readonly arsenalNote?: string;
  /** Where it may base forces. */
  readonly basing: readonly RegionId[];
  /** Where it stands, so that a rival's system based there threatens it. */
  readonly presence: readonly RegionId[];
  /** The region that is its home ground, if any (the US's is across the ocean: none of the theatres). Those at home in a region come first among the rivals standing there, so an actor answers the local rival when two are equally tense. */
  readonly homeRegion: RegionId | null;
  /** The bargaining bloc it pools its chips with at a table (its own id when it pools with no one). */
  readonly bloc: string;
  /** Whom it counts as a rival, with the weight of the pair's tension in the escalation index (a rivalry listed on either side counts for both). */
  readonly rivals: Readonly<Record<string, CoefficientSpec>>;
  /** The share of its missiles an INF-like ban over a region where it stands would scrap. */
  readonly bannedShare: CoefficientSpec;
  /** Whether it may impose sanctions. */
  readonly canSanction: boolean;
  /** Why it may not, when that needs saying. */
  readonly sanctionNote?: string;
  /** Whether others may sanction it (an alliance has no economy to sanction). */
  readonly sanctionable: boolean;
  /** Regions where its basing needs a host's consent (the US in Europe and Asia: Egmont 106 §2.3, hosting is politically sensitive for any ally; §3.4). */
  readonly basingNeedsHost: readonly RegionId[];
  /** Non-player parties it speaks for in talks (the EU for its member states, which are the parties to the NPT, the MTCR, the HCoC, Open Skies and the OSCE dialogue). */
  readonly speaksFor: readonly string[];
  /** Regions where its basing needs the alliance's cohesion, and strains it for ground-launched missiles. */
  readonly basingNeedsCohesion: readonly RegionId[];
  /** Regions where its ground-launched missiles rally the alliance against it. */
  readonly basingRalliesAllies: readonly RegionId[];
  /** Whether its exits from regimes antagonise the allies (a cost to NATO cohesion). */
  readonly exitStrainsAllies: boolean;
  /** Whether its taking part in talks reassures the allies (a gain to NATO cohesion). */
  readonly talksReassureAllies: boolean;
  /** Whether it is the union whose unity is the world's EU unity: its sanctions strain that unity (member states split on them) and count by it, and its leadership in talks builds it (Egmont 106 §3.4). */
  readonly isUnion: boolean;
}

const ALL_SYSTEMS: readonly SystemId[] = ['groundLaunchedIntermediate', 'seaAirCruise', 'hypersonic', 'missileDefence', 'strategic'];
const rivalry = (weight: number, why: string, provenance = assumed('the pair: Egmont 106 §2.1 (three players, and their allies); the weight is assumed')) =>
  coef(weight, 'share', [Math.max(0, round(weight - 0.2)), Math.min(1, round(weight + 0.2))], why, provenance);
const noBan = coef(0, 'share', [0, 0], 'none of its missiles stand where an INF-like ban would scrap them in the paper', assumed('no figure in the paper'));

const NO_ROLES = {
  canSanction: true, sanctionable: true, basingNeedsCohesion: [], basingNeedsHost: [], basingRalliesAllies: [], speaksFor: [],
  exitStrainsAllies: false, talksReassureAllies: false, isUnion: false,
} as const;

/** The paper's five actors, in canonical order. */
export const ACTOR_SPECS = {
  us: {
    ...NO_ROLES,
    name: 'US', source: 'Egmont 106 §1.3, §2.3: suspends INF, fields every system, needs hosts in Europe and Asia',
    arsenal: ALL_SYSTEMS, basing: ['home', 'europe', 'asia'], presence: ['europe', 'asia'], homeRegion: null, bloc: 'west',
    rivals: {
      russia: rivalry(1, 'the central rivalry of the INF crisis: the heaviest pair'),
      china: rivalry(0.8, 'the rising rivalry of a multipolar missile world, second to Russia in Europe-centred play'),
    },
    bannedShare: noBan,
    basingNeedsCohesion: ['europe'], basingNeedsHost: ['europe', 'asia'], exitStrainsAllies: true, talksReassureAllies: true,
  },
  russia: {
    ...NO_ROLES,
    name: 'Russia', source: 'Egmont 106 §1.3, §2.1: 9M729, Kalibr, Avangard; stands in Europe and Asia',
    arsenal: ALL_SYSTEMS, basing: ['home', 'europe', 'asia'], presence: ['europe', 'asia'], homeRegion: 'europe', bloc: 'russia',
    rivals: {
      nato: rivalry(0.8, 'the alliance the 9M729 threatens'),
      eu: rivalry(0.4, 'a political rival in Europe, with no missiles'),
    },
    bannedShare: noBan,
    basingRalliesAllies: ['europe'],
  },
  china: {
    ...NO_ROLES,
    name: 'China', source: 'Egmont 106 §2.1: outside INF, DF-21D and DF-26 in the Western Pacific',
    arsenal: ALL_SYSTEMS, basing: ['home', 'asia'], presence: ['asia'], homeRegion: 'asia', bloc: 'china',
    rivals: {
      nato: rivalry(0.2, 'NATO\'s theatre is Europe: a weak pair'),
      eu: rivalry(0, 'a rival for decisions (sanctions, threats), with no weight in the index: the paper sees no EU-China missile rivalry'),
    },
    bannedShare: coef(0.95, 'share', [0.85, 0.99], 'the paper\'s figure, with room for counting rules', sourced('Egmont 106 §2.1 (Adm. Harris, Senate testimony, 27 April 2017): 95% of China\'s missiles would be banned under INF')),
  },
  nato: {
    ...NO_ROLES,
    name: 'NATO', source: 'Egmont 106 §1.1, §2.3, §3.5: decides by consensus, acts in Europe, integrated air and missile defence',
    arsenal: ['groundLaunchedIntermediate', 'seaAirCruise', 'missileDefence'], basing: ['europe'], presence: ['europe'], homeRegion: 'europe', bloc: 'west',
    rivals: {},
    bannedShare: noBan,
    canSanction: false, sanctionNote: 'NATO is an alliance, not a sanctioning body; its members sanction through the EU or alone', sanctionable: false,
    basingNeedsCohesion: ['europe'], talksReassureAllies: true,
  },
  eu: {
    ...NO_ROLES,
    name: 'EU', source: 'Egmont 106 §3.1-3.5: not party to INF; diplomacy, sanctions, leadership and defensive capabilities; a JCPOA participant, while its member states are the parties to the NPT, CFE, Open Skies, the MTCR, the HCoC and the OSCE dialogue, for which it speaks in talks',
    arsenal: ['missileDefence'], arsenalNote: 'the EU deploys no missiles; its capabilities are defensive (Egmont 106 §3.5)',
    basing: ['europe'], presence: ['europe'], homeRegion: 'europe', bloc: 'west',
    rivals: {},
    bannedShare: noBan,
    isUnion: true, speaksFor: ['europeans'],
  },
} as const satisfies Record<CoreActorId, ActorSpec>;

/** Systems that count as destabilising near a rival (Egmont 106 §2.1: ground-launched, hypersonic). */
export const DESTABILISING: readonly SystemId[] = ['groundLaunchedIntermediate', 'hypersonic'];
