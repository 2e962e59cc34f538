import type { WorldEvent } from '../events.js';

/** A uniform draw in [0, 1) from a named seeded stream; the engine provides it. */
export type Draw = (purpose: string) => number;

/** Collects what happened, for the news and the record. */
export type Report = (event: WorldEvent) => void;
