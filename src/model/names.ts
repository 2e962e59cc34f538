import type { ActorId, RegionId, SystemId } from './types.js';

/** Names people read (refusals, the UI, the debrief); the model's ids stay in saves and records. */
export const ACTOR_NAMES: Readonly<Record<ActorId, string>> = { us: 'US', russia: 'Russia', china: 'China', nato: 'NATO', eu: 'EU' };

/** Weapon systems in words. */
export const SYSTEM_NAMES: Readonly<Record<SystemId, string>> = {
  groundLaunchedIntermediate: 'ground-launched intermediate-range missiles',
  seaAirCruise: 'sea- and air-launched cruise missiles',
  hypersonic: 'hypersonic missiles',
  missileDefence: 'missile defence',
  strategic: 'strategic warheads',
};

/** Regions in words. */
export const REGION_NAMES: Readonly<Record<RegionId, string>> = { home: 'home', europe: 'Europe', asia: 'Asia' };

