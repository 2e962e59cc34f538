import seedrandom from 'seedrandom';
import { JOE_KUO } from './joeKuo.js';

const BITS = 32;
const SCALE = 2 ** BITS;

/** The most dimensions the shipped direction numbers allow (Saltelli's design takes two per parameter). */
export const SOBOL_MAX_DIMENSIONS = JOE_KUO.length + 1;

/** Direction integers v[0..31] of dimension d (0-based), from its primitive polynomial and initial m's. */
function directions(d: number): Uint32Array {
  const v = new Uint32Array(BITS);
  if (d === 0) {
    for (let j = 0; j < BITS; j++) v[j] = 2 ** (BITS - 1 - j);
    return v;
  }
  const [a, ...m] = JOE_KUO[d - 1];
  const s = m.length;
  for (let j = 0; j < Math.min(s, BITS); j++) v[j] = m[j] * 2 ** (BITS - 1 - j);
  for (let j = s; j < BITS; j++) {
    // Bratley and Fox's recurrence: v_j = a_1 v_{j-1} ^ ... ^ a_{s-1} v_{j-s+1} ^ v_{j-s} ^ (v_{j-s} >> s).
    let x = v[j - s] ^ (v[j - s] >>> s);
    for (let k = 1; k < s; k++) if ((a >>> (s - 1 - k)) & 1) x ^= v[j - k];
    v[j] = x >>> 0;
  }
  return v;
}

/**
 * Pure: the first `count` points of the Sobol sequence in `dimensions` dimensions (Joe-Kuo direction
 * numbers, Gray-code order, starting at the origin), each point in [0, 1)^dimensions. With a `seed`,
 * every dimension is XORed with a seeded random 32-bit shift (a random digital shift): the points keep
 * the sequence's net structure (so its low discrepancy) but are no longer pinned to the origin, and
 * another seed gives an independent randomisation.
 */
export function sobolPoints(count: number, dimensions: number, seed?: number): Float64Array[] {
  if (dimensions < 1 || dimensions > SOBOL_MAX_DIMENSIONS) throw new RangeError(`the Sobol sequence here has 1 to ${SOBOL_MAX_DIMENSIONS} dimensions, not ${dimensions}`);
  if (!(count >= 0 && count <= SCALE)) throw new RangeError(`at most 2^32 Sobol points, not ${count}`);
  const v = Array.from({ length: dimensions }, (_, d) => directions(d));
  const rng = seed === undefined ? undefined : seedrandom.alea(`sobol-shift|${seed}`);
  const shift = Uint32Array.from({ length: dimensions }, () => (rng ? Math.floor(rng() * SCALE) : 0));
  const x = new Uint32Array(dimensions);
  const points: Float64Array[] = [];
  for (let n = 0; n < count; n++) {
    if (n > 0) {
      // Gray code: point n differs from point n-1 by the direction of the lowest zero bit of n-1.
      let c = 0;
      for (let i = n - 1; i & 1; i >>>= 1) c++;
      for (let d = 0; d < dimensions; d++) x[d] ^= v[d][c];
    }
    points.push(Float64Array.from(x, (xd, d) => ((xd ^ shift[d]) >>> 0) / SCALE));
  }
  return points;
}
