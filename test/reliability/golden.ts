/**
 * The golden run: inf-2019 with seed 42 at its default length, and the digest of its trajectory.
 *
 * Update GOLDEN_DIGEST ONLY when the model or the scenario changes on purpose (a coefficient, a
 * formula, inf-2019.yaml), never to make a failing test pass: an unexplained change means a re-run
 * no longer reproduces published results. Get the new value with `node dist/src/cli/main.js run --seed 42`
 * (the "digest" field) and say in the commit why it moved.
 */
export const GOLDEN = { scenario: 'inf-2019', seed: 42 } as const;
export const GOLDEN_DIGEST = '4d4661b54d3e8c32be2ecaa043cda4f5a6398ba7c027660bb960fcb8a24f95a3';
