import type { ActorId, Observation } from '../../src/model/index.js';

/** A made-up observation for machine tests; every field can be set, the rest is calm. */
export function observation(over: Partial<Observation> & { infIntegrity?: number; infDefunct?: boolean } = {}): Observation {
  const { infIntegrity = 0.5, infDefunct = false, ...rest } = over;
  const tension = { us: 0.3, russia: 0.3, china: 0.3, nato: 0.3, eu: 0.3 } as Record<ActorId, number>;
  return {
    actor: 'us', turn: 0, threat: 0.3, threatFrom: null, leverage: 1, tension, rivalsInBreach: [], ownBreachExposed: false,
    treaties: { inf: { myStatus: 'inForce', integrity: infIntegrity, defunct: infDefunct, exists: true } },
    natoCohesion: 0.7, euUnity: 0.7, sanctionedBy: [],
    public: { turn: 0, treaties: {}, forces: {}, pledges: [], lastActions: {}, indices: { escalation: 30, escalationLevel: 'competition', treatyErosion: 50, natoCohesion: 60, armsRace: 0 } },
    ...rest,
  };
}

/**
 * A small set of observations that spans what the guards read: low and high threat, a breach exposed
 * or not, cohesion and unity high and low, tension with the US, INF alive or dead, sanctions.
 */
export function observationSet(): Observation[] {
  const out: Observation[] = [];
  for (const threat of [0.05, 0.35, 0.95]) {
    out.push(observation({ threat }));
  }
  out.push(
    observation({ rivalsInBreach: ['russia', 'us'] }),
    observation({ ownBreachExposed: true, infIntegrity: 0.1 }),
    observation({ natoCohesion: 0.2, euUnity: 0.3 }),
    observation({ natoCohesion: 0.45 }),
    observation({ tension: { us: 0.9, russia: 0.9, china: 0.9, nato: 0.9, eu: 0.9 }, infIntegrity: 0.1, infDefunct: true, sanctionedBy: ['us'] }),
    observation({ tension: { us: 0.1, russia: 0.1, china: 0.1, nato: 0.1, eu: 0.1 }, infIntegrity: 0.9 }),
    observation({ threatFrom: 'china', threat: 0.35 }),
    observation({ ownBreachExposed: true, infDefunct: true }),
  );
  return out;
}
