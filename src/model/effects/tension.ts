import type { Draft } from 'immer';
import { clamp } from '../math.js';
import type { ActorId, World } from '../types.js';

/** Add `delta` to the tension between a and b, both ways, kept in 0..1. */
export function addTension(w: Draft<World>, a: ActorId, b: ActorId, delta: number): void {
  if (a === b) return;
  const next = clamp(w.tension[a][b] + delta);
  w.tension[a][b] = next;
  w.tension[b][a] = next;
}
