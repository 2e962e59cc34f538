import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { listScenarioIds, scenarioJsonSchemaText, SCENARIO_DIR } from '../../src/scenario/index.js';

const shipped = readFileSync(join(SCENARIO_DIR, 'scenario.schema.json'), 'utf8');
// Read the shipped JSON Schema back into a validator, so that these tests check the JSON, not the zod definition.
const validator = z.fromJSONSchema(JSON.parse(shipped));
const accepts = (doc: unknown) => validator.safeParse(doc).success;
const doc = (id: string) => parse(readFileSync(join(SCENARIO_DIR, `${id}.yaml`), 'utf8')) as Record<string, any>;

describe('the JSON Schema of scenario files', () => {
  it('is shipped as scenarios/scenario.schema.json exactly as `multipolar scenarios schema` generates it', () => {
    expect(shipped).toBe(scenarioJsonSchemaText());
  });

  it.each(listScenarioIds())('accepts the shipped file %s', (id) => {
    expect(accepts(doc(id))).toBe(true);
  });

  const broken: Array<[string, (d: Record<string, any>) => unknown]> = [
    ['a figure without provenance', (d) => { d.actors.us.doctrine.threatPerception = { value: 0.5 }; return d; }],
    ['a figure with both a source and an assumption', (d) => { d.world.natoCohesion = { value: 0.5, source: 's', assumption: 'a' }; return d; }],
    ['a figure out of range', (d) => { d.world.euUnity = { value: 1.5, source: 's' }; return d; }],
    ['a force without provenance', (d) => { d.world.forces[0] = { actor: 'russia', system: 'hypersonic', region: 'home', units: 1 }; return d; }],
    ['a tension pair without provenance', (d) => { d.world.tension.pairs[0] = { between: ['us', 'russia'], value: 0.5 }; return d; }],
    // Which actors exist is data (rules.actors), so the schema checks an actor id's form; the loader checks it exists.
    ['an actor id that is not lowerCamel', (d) => { d.actors['Martians!'] = d.actors.us; return d; }],
    ['an added actor without provenance', (d) => { d.rules = { actors: { japan: { name: 'Japan' } } }; return d; }],
    ['an unknown key', (d) => { d.world.weather = 'fine'; return d; }],
    ['a malformed quarter', (d) => { d.start = '2019-Q5'; return d; }],
    ['a complete file without its world', (d) => { delete d.world; return d; }],
    ['a variant without a question', () => ({ id: 'v', extends: 'inf-2019', title: 'V' })],
    ['a variant deleting a required figure', () => ({ id: 'v', extends: 'inf-2019', title: 'V', question: 'Q?', world: { natoCohesion: null } })],
  ];
  it.each(broken)('rejects %s', (_, breakIt) => {
    expect(accepts(breakIt(doc('inf-2019')))).toBe(false);
  });

  it('accepts a variant that deletes an actor with null', () => {
    expect(accepts({ id: 'v', extends: 'inf-2019', title: 'V', question: 'Q?', actors: { china: null } })).toBe(true);
  });
});
