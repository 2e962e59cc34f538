import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ACTION_MODULES, ACTIONS, actionSchema, buildRules, canonicalAction, checkLegality, describeAction, eventText, listOptions, RESOLUTION_ORDER,
  type ActorPatch, type Namer, type WorldEvent,
} from '../../src/model/index.js';
import { leverageBalance } from '../../src/model/talks.js';
import { infScenario, viewOf } from '../fixtures.js';

describe('the action registry', () => {
  const view = viewOf(infScenario().world);
  const offered = new Set(view.present.flatMap((actor) => listOptions(view, actor).map((o) => o.action.type)));

  it.each(ACTION_MODULES.map((m) => [m.type, m] as const))('%s is resolved once, offered, described, schematised and worded', (type, m) => {
    expect(RESOLUTION_ORDER.filter((r) => r.type === type)).toHaveLength(1);
    expect(offered.has(type)).toBe(true);
    const option = listOptions(view, 'us').find((o) => o.action.type === type)!;
    expect(describeAction(option.action).length).toBeGreaterThan(0);
    expect(m.text(option.action as never, { actor: (a) => a, treaty: (t) => t }).length).toBeGreaterThan(0);
    expect(actionSchema.parse(JSON.parse(JSON.stringify(option.action)))).toEqual(canonicalAction(option.action));
    expect(Object.keys(ACTIONS)).toContain(type);
  });

  it('every phase is distinct, so the order of resolution never depends on a tie', () => {
    expect(new Set(ACTION_MODULES.map((m) => m.phase)).size).toBe(ACTION_MODULES.length);
  });

  it('refuses an order of a type it does not know, with a code', () => {
    expect(checkLegality(view, 'us', { type: 'nuke' } as never)).toEqual({ code: 'order/unknown-action', reason: 'there is no action called nuke' });
  });

  it('a save\'s order schema is the union of the modules\' schemas', () => {
    expect(actionSchema.safeParse({ type: 'deploy', system: 'hypersonic', region: 'asia' }).success).toBe(true);
    expect(actionSchema.safeParse({ type: 'deploy', system: 'railgun', region: 'asia' }).success).toBe(false);
    expect(actionSchema.safeParse({ type: 'teleport' }).success).toBe(false);
  });
});

describe('typed events', () => {
  const namer: Namer = { actor: (a) => a.toUpperCase(), treaty: (t) => `<${t}>`, event: (kind, id) => ({ title: `${kind} ${id}`, text: 'happens' }) };
  const samples: WorldEvent[] = [
    { type: 'treaty.suspended', actor: 'us', treaty: 'inf' },
    { type: 'treaty.notice', actor: 'us', treaty: 'inf', turns: 2 },
    { type: 'treaty.withdrawn', actor: 'us', treaty: 'inf' },
    { type: 'treaty.ended', treaty: 'inf', cause: 'left', actor: 'us' },
    { type: 'treaty.ended', treaty: 'newStart', cause: 'lapsed' },
    { type: 'treaty.signed', treaty: 'inf', parties: ['us', 'russia'] },
    { type: 'treaty.inForce', treaty: 'inf' },
    { type: 'talks.failed', treaty: 'inf', participants: ['us'], odds: 0.124 },
    { type: 'talks.succeeded', treaty: 'inf', participants: ['us'], integrity: 0.5 },
    { type: 'talks.progress', treaty: 'inf', participants: ['us'], round: 1, rounds: 3 },
    { type: 'sanction.imposed', actor: 'us', target: 'china' },
    { type: 'sanction.lifted', pairs: [{ by: 'us', on: 'russia' }] },
    { type: 'basing.strain', actor: 'us', system: 'groundLaunchedIntermediate', region: 'europe', cohesion: 0.05 },
    { type: 'breach.detected', actor: 'russia', treaty: 'inf', system: 'groundLaunchedIntermediate', region: 'europe' },
    { type: 'breach.covert', actor: 'russia', treaty: 'inf', system: 'groundLaunchedIntermediate', region: 'home' },
    { type: 'breach.continued', actor: 'russia', treaty: 'inf', system: 'groundLaunchedIntermediate', region: 'europe' },
    { type: 'scenario', id: 'gorbachev' },
    { type: 'inject', id: 'houthi-salvo' },
    { type: 'proliferation.event' },
  ];

  it('renders every type into a sentence built from its payload', () => {
    expect(samples.map((e) => eventText(e, namer))).toEqual([
      'US suspends its compliance with <inf>.',
      'US gives notice of withdrawal from <inf>; it takes effect in 2 turns.',
      "US's withdrawal from <inf> takes effect.",
      '<inf> is dead: US has left.',
      '<newStart> is dead: it lapsed without an extension.',
      '<inf> is signed by US, RUSSIA.',
      '<inf> enters into force; the parties eliminate the systems it bans.',
      'Talks on <inf> (US) make no headway (odds 12%).',
      'Talks on <inf> (US) succeed: compliance restored, integrity 50.',
      'Talks on <inf> (US) advance: round 1 of 3.',
      'US imposes sanctions on CHINA.',
      'Sanctions lifted: US on RUSSIA.',
      'Basing ground-launched missiles in Europe divides the allies (NATO cohesion -5).',
      "RUSSIA's deployment of ground-launched intermediate-range missiles is exposed as a breach of <inf>.",
      'RUSSIA deploys ground-launched intermediate-range missiles at home; the breach of <inf> goes undetected for now.',
      'RUSSIA adds to a known breach of <inf>.',
      'scenario gorbachev: happens',
      'inject houthi-salvo: happens',
      'A third-country missile test raises alarm (Iran, North Korea or a non-state user).',
    ]);
  });

  it('nothing in src/ reads an event\'s sentence to learn what happened', () => {
    const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
    const root = new URL('../../src', import.meta.url).pathname;
    for (const file of files(root)) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/\b(e|event|ev)\.text\s*(===|!==|\.(startsWith|endsWith|includes|match|search|indexOf)\b)/);
      expect(text, file).not.toMatch(/\.test\(\s*(e|event|ev)\.text\b/);
    }
  });
});

describe('tables keyed by actor', () => {
  it('the bargaining balance counts each pair of rival blocs once at a table of eight actors (no bitmask to overflow)', () => {
    const ids = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8'];
    const actors: Record<string, ActorPatch> = Object.fromEntries(ids.map((id, i) => [id, {
      name: id, arsenal: ['groundLaunchedIntermediate'], basing: ['home', 'asia'], presence: ['asia'], assumption: 'a test',
      rivals: i % 2 === 0 ? { [ids[i + 1]]: { value: 0.5, assumption: 'a test' } } : {},
    }]));
    const built = buildRules({ actors });
    if ('issues' in built) throw new Error(JSON.stringify(built.issues));
    const { rules } = built;
    const world = { ...infScenario().world, forces: Object.fromEntries(rules.actorIds.map((a) => [a, {
      groundLaunchedIntermediate: { home: 0, europe: 0, asia: ids.indexOf(a) >= 0 ? ids.indexOf(a) + 1 : 0 },
      seaAirCruise: { home: 0, europe: 0, asia: 0 }, hypersonic: { home: 0, europe: 0, asia: 0 }, missileDefence: { home: 0, europe: 0, asia: 0 }, strategic: { home: 0, europe: 0, asia: 0 },
    }])) };
    // Four rival pairs (a1-a2, a3-a4, a5-a6, a7-a8), each balanced min/max of its units near the other.
    const expected = ([[1, 2], [3, 4], [5, 6], [7, 8]] as const).reduce((s, [x, y]) => s + Math.min(x, y) / Math.max(x, y), 0) / 4;
    expect(leverageBalance(rules, world, ids)).toBeCloseTo(expected, 12);
  });

  it('a lookup for an actor the rules do not know fails loudly, never a silent default', async () => {
    const { areRivals, rivalsNear, blocOf } = await import('../../src/model/index.js');
    const { rules } = infScenario();
    expect(() => areRivals(rules, 'mars', 'us')).toThrow(/mars is not an actor of these rules/);
    expect(() => rivalsNear(rules, 'mars', 'europe')).toThrow(/not an actor/);
    expect(() => blocOf(rules, 'mars')).toThrow(/not an actor/);
  });
});
