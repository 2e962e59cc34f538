/**
 * The golden run: inf-2019 with seed 42 at its default length, and the digest of its trajectory.
 *
 * Update GOLDEN_DIGEST ONLY when the model or the scenario changes on purpose (a coefficient, a
 * formula, inf-2019.yaml), never to make a failing test pass: an unexplained change means a re-run
 * no longer reproduces published results. Get the new value with `node dist/src/cli/main.js run --seed 42`
 * (the "digest" field) and say in the commit why it moved.
 */
export const GOLDEN = { scenario: 'inf-2019', seed: 42 } as const;
export const GOLDEN_DIGEST = 'aa43f62572f1c222c45df2b21ea5f49af74059347e38394751a2a8787018ea58';
