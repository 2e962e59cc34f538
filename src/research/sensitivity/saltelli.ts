import { sobolPoints, SOBOL_MAX_DIMENSIONS } from './sobolSequence.js';

/** The most parameters Saltelli's design can take with the shipped Sobol directions (two dimensions each). */
export const SALTELLI_MAX_PARAMETERS = Math.floor(SOBOL_MAX_DIMENSIONS / 2);

/**
 * Pure: Saltelli's sampling design for first-order and total Sobol indices over k parameters in the
 * unit hypercube (Saltelli et al. 2010, §3). A 2k-dimensional Sobol sequence (seeded digital shift)
 * gives the base matrices A (first k columns) and B (last k); the design is n blocks of k + 2 points,
 * block j being A_j, then AB^(1)_j ... AB^(k)_j (A_j with its i-th coordinate taken from B_j), then
 * B_j: n (k + 2) model runs in all, in the order SALib uses.
 */
export function saltelliDesign(n: number, k: number, seed: number): Float64Array[] {
  if (k < 1 || k > SALTELLI_MAX_PARAMETERS) throw new RangeError(`Saltelli's design here takes 1 to ${SALTELLI_MAX_PARAMETERS} parameters, not ${k}`);
  const base = sobolPoints(n, 2 * k, seed);
  const rows: Float64Array[] = [];
  for (const p of base) {
    const a = p.subarray(0, k);
    const b = p.subarray(k, 2 * k);
    rows.push(Float64Array.from(a));
    for (let i = 0; i < k; i++) {
      const ab = Float64Array.from(a);
      ab[i] = b[i];
      rows.push(ab);
    }
    rows.push(Float64Array.from(b));
  }
  return rows;
}
