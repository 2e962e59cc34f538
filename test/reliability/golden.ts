/**
 * The golden run: inf-2019 with seed 42 at its default length, and the digest of its trajectory.
 *
 * Update GOLDEN_DIGEST ONLY when the model or the scenario changes on purpose (a coefficient, a
 * formula, inf-2019.yaml), never to make a failing test pass: an unexplained change means a re-run
 * no longer reproduces published results. Get the new value with `node dist/src/cli/main.js run --seed 42`
 * (the "digest" field) and say in the commit why it moved.
 */
export const GOLDEN = { scenario: 'inf-2019', seed: 42 } as const;
export const GOLDEN_DIGEST = '480858a0e4712739eb399da8b8b6f7a095e730376ea8c7b42ec9b8d7d10cfb07';
