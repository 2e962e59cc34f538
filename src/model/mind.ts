/** An actor's posture: how hard a line it takes, one rung at a time. */
export const POSTURES = ['cooperative', 'hedging', 'competitive', 'confrontational'] as const;
export type Posture = (typeof POSTURES)[number];

/** An actor's stance on a regime. */
export const STANCES = ['committed', 'wavering', 'rejecting'] as const;
export type Stance = (typeof STANCES)[number];

/** What the utilities read from an actor machine's state: its posture and its stance on regimes. */
export interface Mind {
  readonly posture: Posture;
  /** Stance per regime id, from the machine's stance regions. */
  readonly stances: Readonly<Record<string, Stance>>;
}

/**
 * Pure: the mind of a machine state value such as `{ posture: 'hedging', inf: 'wavering', alliance: 'united' }`.
 * `regimes` maps each stance region to the regime it tracks (the region's `meta.regime`); other
 * regions are for display.
 */
export function readMind(value: Readonly<Record<string, unknown>>, regimes: ReadonlyMap<string, string>): Mind {
  const posture = value.posture;
  if (typeof posture !== 'string' || !POSTURES.includes(posture as Posture)) {
    throw new Error(`actor machine state has no posture region: ${JSON.stringify(value)}`);
  }
  const stances: Record<string, Stance> = {};
  for (const [region, regime] of regimes) {
    const state = value[region];
    if (typeof state === 'string' && STANCES.includes(state as Stance)) stances[regime] = state as Stance;
  }
  return { posture: posture as Posture, stances };
}
