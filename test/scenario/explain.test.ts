import { describe, expect, it, vi } from 'vitest';
import { setup } from 'xstate';
import { ACTOR_MACHINES } from '../../actors/index.js';
import { formatMermaid, formatText, guardInWords, machineTree } from '../../src/cli/commands/explain.js';
import { runCli } from '../../src/cli/program.js';

// A small machine of the same shape as the actors': a parallel root, one region per concern.
const toy = setup({
  types: { events: {} as { type: 'turn.observe' } },
  guards: { isThreatRising: () => true, isUsLeavingInf: () => false },
}).createMachine({
  id: 'toy',
  type: 'parallel',
  states: {
    posture: {
      initial: 'calm',
      states: {
        calm: { on: { 'turn.observe': { target: 'tense', guard: 'isThreatRising' } } },
        tense: { on: { 'turn.observe': [{ target: 'calm', guard: 'isUsLeavingInf' }, { target: 'calm' }] } },
      },
    },
    inf: {
      meta: { regime: 'inf' },
      initial: 'committed',
      states: { committed: { on: { 'turn.observe': { target: 'rejecting', guard: 'isUsLeavingInf' } } }, rejecting: {} },
    },
  },
});

describe('explain', () => {
  it('walks a machine from its root: regions, initial states, transitions in order, guards', () => {
    const tree = machineTree(toy);
    expect(tree.type).toBe('parallel');
    expect(tree.children.map((r) => [r.key, r.initial, r.children.map((s) => s.key)])).toEqual([
      ['posture', 'calm', ['calm', 'tense']],
      ['inf', 'committed', ['committed', 'rejecting']],
    ]);
    expect(tree.children[0].children[1].edges.map((e) => [e.from, e.to, e.guard])).toEqual([['tense', 'calm', 'isUsLeavingInf'], ['tense', 'calm', null]]);
  });

  it('puts guards into words', () => {
    expect(guardInWords('isUsLeavingInf')).toBe('US leaving INF');
    expect(guardInWords('isRussiaInBreach')).toBe('Russia in breach');
    expect(guardInWords('hasNatoConsensus')).toBe('NATO consensus');
    expect(guardInWords(null)).toBe('always');
  });

  it('writes the text a region at a time, with what each region means to the model', () => {
    expect(formatText('toy', machineTree(toy))).toBe([
      'toy: one event, turn.observe, at the start of every turn; in each region the first transition whose guard holds is taken.',
      '',
      'posture (starts calm): its posture, read by the utilities of every action (a scenario may set where it starts)',
      '  calm  -> tense  when threat rising',
      '  tense -> calm   when US leaving INF',
      '  tense -> calm   always',
      '',
      'inf (starts committed): its stance on the regime inf, read by the utilities of talks on it and of leaving it',
      '  committed -> rejecting  when US leaving INF',
      '  rejecting  (never left)',
      '',
    ].join('\n'));
  });

  it('draws Mermaid with one composite state per region, separated by --', () => {
    expect(formatMermaid('toy', machineTree(toy))).toBe([
      'stateDiagram-v2',
      '  state toy {',
      '    state posture {',
      '      state "calm" as posture_calm',
      '      state "tense" as posture_tense',
      '      [*] --> posture_calm',
      '      posture_calm --> posture_tense : threat rising',
      '      posture_tense --> posture_calm : US leaving INF',
      '      posture_tense --> posture_calm : always',
      '    }',
      '    --',
      '    state inf {',
      '      state "committed" as inf_committed',
      '      state "rejecting" as inf_rejecting',
      '      [*] --> inf_committed',
      '      inf_committed --> inf_rejecting : US leaving INF',
      '    }',
      '  }',
      '',
    ].join('\n'));
  });

  it.each(Object.keys(ACTOR_MACHINES))("draws every state and every guard of %s's machine", async (actor) => {
    const machine = ACTOR_MACHINES[actor as keyof typeof ACTOR_MACHINES];
    let out = '';
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
    const code = await runCli(['explain', actor, '--format', 'mermaid'], { stderr: () => {} });
    spy.mockRestore();
    expect(code).toBe(0);
    for (const [region, node] of Object.entries(machine.root.states)) {
      for (const state of Object.keys(node.states)) expect(out).toContain(`state "${state}" as ${region}_${state}`);
    }
    for (const guard of Object.keys(machine.implementations.guards)) {
      const used = JSON.stringify(machine.config).includes(`"${guard}"`);
      if (used) expect(out).toContain(`: ${guardInWords(guard)}`);
    }
  });

  it('refuses an unknown actor or format in one line, exit 2', async () => {
    const errors: string[] = [];
    expect(await runCli(['explain', 'martians'], { stderr: (t) => errors.push(t) })).toBe(2);
    expect(await runCli(['explain', 'us', '--format', 'svg'], { stderr: (t) => errors.push(t) })).toBe(2);
    expect(errors).toEqual([
      'multipolar: error: ACTOR must be one of us, russia, china, nato, eu, japan, got "martians"\n',
      'multipolar: error: --format must be one of text, mermaid, got "svg"\n',
    ]);
  });
});
