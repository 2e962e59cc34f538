import { createActor, initialTransition, transition, type AnyStateMachine } from 'xstate';
import { createTestModel, getAdjacencyMap } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { ACTOR_MACHINES } from '../../actors/index.js';
import { DEFAULT_RULES, STANCES, type Doctrine } from '../../src/model/index.js';
import { observation, observationSet } from './observations.js';

const doctrine: Doctrine = { threatPerception: 0.5, allianceWeight: 0.5, costSensitivity: 0.5, armsControl: 0.5, bias: {}, policies: [] };
const input = { doctrine, rules: DEFAULT_RULES };
const events = observationSet().map((o) => ({ type: 'turn.observe' as const, observation: o }));

/** Every (region, state) pair a machine declares. */
function declaredStates(machine: AnyStateMachine): string[] {
  return Object.entries(machine.root.states).flatMap(([region, node]) => Object.keys(node.states).map((s) => `${region}.${s}`));
}

const valueKeys = (value: unknown) => Object.entries(value as Record<string, string>).map(([r, s]) => `${r}.${s}`);

describe.each(Object.entries(ACTOR_MACHINES))('%s machine (model-based)', (id, m) => {
  const machine = m as unknown as AnyStateMachine;
  const adjacency = getAdjacencyMap(machine, { events, input }) as unknown as Record<string, { state: { value: unknown }; transitions: Record<string, { state: { value: unknown } }> }>;
  const reachable = Object.values(adjacency).map((v) => v.state);

  it('is a parallel machine with a posture region', () => {
    expect(machine.id).toBe(id);
    expect(machine.root.type).toBe('parallel');
    expect(Object.keys(machine.root.states)).toContain('posture');
  });

  it('reaches every state it declares', () => {
    const seen = new Set(reachable.flatMap((s) => valueKeys(s.value)));
    expect([...seen].sort()).toEqual(declaredStates(machine).sort());
  });

  it('traps no actor: from every reachable state, every state of every region can be reached again', () => {
    const edges = new Map<string, string[]>();
    for (const [key, v] of Object.entries(adjacency)) edges.set(key, Object.values(v.transitions).map((t) => JSON.stringify(t.state.value)));
    const keyOf = new Map(Object.entries(adjacency).map(([key, v]) => [JSON.stringify(v.state.value), key]));
    const all = declaredStates(machine);
    for (const [start, v] of Object.entries(adjacency)) {
      const seen = new Set<string>([start]);
      const queue = [start];
      const values = new Set(valueKeys(v.state.value));
      while (queue.length > 0) {
        for (const next of edges.get(queue.pop()!)!) {
          const key = keyOf.get(next)!;
          if (seen.has(key)) continue;
          seen.add(key);
          queue.push(key);
          for (const k of valueKeys(adjacency[key].state.value)) values.add(k);
        }
      }
      expect([...values].sort(), `trapped from ${JSON.stringify(v.state.value)}`).toEqual(all.sort());
    }
  });

  it('a live actor reproduces every shortest path of the model', async () => {
    const model = createTestModel(machine, { events, input });
    const paths = model.getShortestPaths();
    const known = new Set(reachable.map((s) => JSON.stringify(s.value)));
    expect(paths.length).toBeGreaterThan(1);
    for (const path of paths) expect(known.has(JSON.stringify(path.state.value))).toBe(true);
    for (const path of paths) {
      const actor = createActor(machine, { input }).start();
      await path.test({
        events: { 'turn.observe': ({ event }) => actor.send(event) },
        states: { '*': (expected) => expect(actor.getSnapshot().value).toEqual(expected.value) },
      });
      actor.stop();
    }
  });
});

describe('guards read the observed world', () => {
  const step = (machine: AnyStateMachine, o = observation()) => transition(machine, initialTransition(machine, input)[0], { type: 'turn.observe', observation: o })[0].value as Record<string, string>;

  it('the US hardens on INF when the Russian breach is exposed, and posture climbs one rung on high threat', () => {
    const us = ACTOR_MACHINES.us as unknown as AnyStateMachine;
    expect(step(us, observation({ rivalsInBreach: ['russia'] })).inf).toBe('rejecting');
    expect(step(us, observation({ threat: 0.95 })).posture).toBe('competitive');
    expect(step(us, observation({ threat: 0.05 })).posture).toBe('cooperative');
    expect(step(us).posture).toBe('hedging');
  });

  it('China warms to multilateral talks only when US pressure eases', () => {
    const china = ACTOR_MACHINES.china as unknown as AnyStateMachine;
    expect(step(china, observation({ tension: { us: 0.9, russia: 0.2, china: 0, nato: 0.2, eu: 0.2 } })).infMultilateral).toBe('rejecting');
    expect(step(china, observation({ tension: { us: 0.1, russia: 0.2, china: 0, nato: 0.2, eu: 0.2 } })).infMultilateral).toBe('wavering');
  });

  it('Russia denies its exposed breach while INF stands, however weak, and fields the missile openly once INF is dead', () => {
    const russia = ACTOR_MACHINES.russia as unknown as AnyStateMachine;
    expect(step(russia, observation({ ownBreachExposed: true, infIntegrity: 0.05 })).breach).toBe('denying');
    expect(step(russia, observation({ ownBreachExposed: true, infDefunct: true })).breach).toBe('fieldingOpenly');
    expect(step(russia, observation({ rivalsInBreach: ['us'], infDefunct: true })).breach).toBe('denying');
  });

  it('the EU divides when its unity falls, and its OSCE stance follows tension with Russia', () => {
    const eu = ACTOR_MACHINES.eu as unknown as AnyStateMachine;
    expect(step(eu, observation({ euUnity: 0.3 })).unity).toBe('divided');
    expect(step(eu, observation({ tension: { us: 0.3, russia: 0.9, china: 0.3, nato: 0.3, eu: 0 } })).osceDialogue).toBe('wavering');
    expect(step(eu).osceDialogue).toBe('committed');
  });

  it('NATO strains when cohesion falls below the basing threshold', () => {
    const nato = ACTOR_MACHINES.nato as unknown as AnyStateMachine;
    expect(step(nato, observation({ natoCohesion: 0.4 })).alliance).toBe('strained');
    expect(step(nato, observation({ natoCohesion: 0.9 })).alliance).toBe('united');
  });
});

describe('the machine layer states its assumptions', () => {
  it.each(Object.entries(ACTOR_MACHINES))('%s: every stance region declares the regime it tracks, and only stance regions do', (_id, machine) => {
    for (const [region, node] of Object.entries(machine.root.states)) {
      const states = Object.keys(node.states).sort();
      const isStance = states.length === STANCES.length && [...STANCES].sort().every((s, i) => s === states[i]);
      const regime = (node.meta as { regime?: unknown } | undefined)?.regime;
      expect(typeof regime === 'string', `${region}: meta.regime ${isStance ? 'missing' : 'on a region that is no stance'}`).toBe(isStance);
    }
  });
});
