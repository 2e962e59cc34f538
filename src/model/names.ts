import type { RegionId, SystemId } from './types.js';

/** Weapon systems in words (actors' names are in the rules: `rules.actors[id].name`). */
export const SYSTEM_NAMES: Readonly<Record<SystemId, string>> = {
  groundLaunchedIntermediate: 'ground-launched intermediate-range missiles',
  seaAirCruise: 'sea- and air-launched cruise missiles',
  hypersonic: 'hypersonic missiles',
  missileDefence: 'missile defence',
  strategic: 'strategic warheads',
};

/** Regions in words. */
export const REGION_NAMES: Readonly<Record<RegionId, string>> = { home: 'home', europe: 'Europe', asia: 'Asia' };

