/**
 * The golden run: inf-2019 with seed 42 at its default length, and the digest of its trajectory.
 *
 * Update GOLDEN_DIGEST ONLY when the model or the scenario changes on purpose (a coefficient, a
 * formula, inf-2019.yaml), never to make a failing test pass: an unexplained change means a re-run
 * no longer reproduces published results. Get the new value with `node dist/src/cli/main.js run --seed 42`
 * (the "digest" field) and say in the commit why it moved.
 */
export const GOLDEN = { scenario: 'inf-2019', seed: 42 } as const;
export const GOLDEN_DIGEST = 'dcaa7f3c93c54c45b4b2581504391f317cea3ec30c465fb1b52175f6b525790d';
