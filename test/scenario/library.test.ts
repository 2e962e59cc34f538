import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { listScenarioIds, loadScenario, readScenarioDocument, SCENARIO_DIR } from '../../src/scenario/index.js';

const SHIPPED = ['as-it-happened-2019', 'bipolar-2019', 'bipolar-dual-track', 'dual-track-1979', 'eu-three-lines', 'inf-2019', 'multilateral-inf', 'revised-dual-track'];
const raw = (id: string) => parse(readFileSync(join(SCENARIO_DIR, `${id}.yaml`), 'utf8')) as Record<string, unknown>;

/** Every `{ value, ... }` in a document, with its path. */
function figures(x: unknown, path = ''): Array<{ path: string; figure: Record<string, unknown> }> {
  if (Array.isArray(x)) return x.flatMap((v, i) => figures(v, `${path}.${i}`));
  if (typeof x !== 'object' || x === null) return [];
  const o = x as Record<string, unknown>;
  if ('value' in o) return [{ path, figure: o }];
  return Object.entries(o).flatMap(([k, v]) => figures(v, path ? `${path}.${k}` : k));
}

describe('the shipped scenarios', () => {
  it('are the six of the design brief and the dual track without China', () => {
    expect(listScenarioIds()).toEqual(SHIPPED);
  });

  it.each(SHIPPED)('%s loads, validates and asks one question on one line', (id) => {
    const s = loadScenario(id);
    expect(s.id).toBe(id);
    expect(s.question).toMatch(/^[^\n]+\?$/);
    expect(readScenarioDocument(join(SCENARIO_DIR, `${id}.yaml`)).document.sources.length).toBeGreaterThan(0);
  });

  it.each(SHIPPED)('%s gives every figure a source or an assumption, after inheritance', (id) => {
    const { document } = readScenarioDocument(join(SCENARIO_DIR, `${id}.yaml`));
    const found = figures(document);
    expect(found.length).toBeGreaterThan(20);
    for (const { path, figure } of found) expect([path, Boolean(figure.source || figure.assumption)]).toEqual([path, true]);
  });

  it.each(SHIPPED)('%s points editors at the JSON Schema', (id) => {
    expect(readFileSync(join(SCENARIO_DIR, `${id}.yaml`), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=./scenario.schema.json');
  });

  it('dual-track-1979 starts in 1979-Q4 with the SS-20 deployed and INF a proposal between the US and the USSR', () => {
    const s = loadScenario('dual-track-1979');
    expect(s.start).toBe('1979-Q4');
    expect(s.world.forces.russia.groundLaunchedIntermediate.europe).toBeGreaterThan(0);
    expect(s.world.forces.us.groundLaunchedIntermediate.europe).toBe(0);
    expect(s.world.treaties.inf).toMatchObject({ exists: false, required: ['us', 'russia'], bans: ['groundLaunchedIntermediate'] });
    expect(Object.keys(s.actors)).toEqual(['us', 'russia', 'nato']);
  });

  it('the 2019 variants extend inf-2019, directly or through bipolar-2019', () => {
    for (const id of ['revised-dual-track', 'multilateral-inf', 'eu-three-lines', 'bipolar-2019', 'as-it-happened-2019']) expect(raw(id).extends).toBe('inf-2019');
    expect(raw('bipolar-dual-track').extends).toBe('bipolar-2019');
  });

  it('bipolar-2019 plays without China', () => {
    const s = loadScenario('bipolar-2019');
    expect(s.actors.china).toBeUndefined();
    expect(s.injects.every((e) => !JSON.stringify(e.effect).includes('china'))).toBe(true);
  });

  it('the revised dual track is the same decision with and without China: the US commits to deploy unless a moratorium is signed, and both offer the talks', () => {
    const dualTrack = (id: string) => raw(id).actors;
    expect(dualTrack('bipolar-dual-track')).toEqual(dualTrack('revised-dual-track'));
    const { us, nato } = loadScenario('revised-dual-track').actors;
    expect(us!.doctrine.policies.map((p) => p.id)).toEqual(['dual-track-deploy', 'dual-track-talks']);
    expect(us!.doctrine.policies[0]).toMatchObject({ commit: { deploy: { system: 'groundLaunchedIntermediate', region: 'europe', units: 4 }, by: 18 }, void: { signed: 'euroMoratorium' } });
    expect(nato!.doctrine.policies[0]).toMatchObject({ prefer: { action: { type: 'negotiate', treaty: 'euroMoratorium', partners: ['russia'] }, weight: 0.3 } });
  });
});

describe('stances on regimes a scenario lacks', () => {
  // Each stance region names its regime (meta.regime). One the scenario does not have is inert there:
  // expected for New START and a multilateral INF in 1979; anywhere else it would be a misspelt regime.
  it.each(SHIPPED)('%s has only the inert stances it should', async (id) => {
    const { inertStances } = await import('../../src/scenario/index.js');
    const inert = inertStances(loadScenario(id)).map((s) => `${s.actor}.${s.region}`);
    expect(inert).toEqual(id === 'dual-track-1979' ? ['us.newStart', 'us.infMultilateral', 'russia.newStart', 'nato.infMultilateral'] : []);
  });
});
