import type { Command } from 'commander';
import { emit } from '../files.js';
import type { AnyStateMachine, StateNode } from 'xstate';
import { ACTOR_MACHINES } from '../../../actors/index.js';
import { parseChoice } from '../args.js';
import { UsageError } from '../errors.js';
import { doctrineText } from '../policyText.js';
import { loadScenario } from '../../scenario/index.js';

const FORMATS = ['text', 'mermaid'] as const;

/** One transition of a machine, read from its definition. */
export interface Edge {
  readonly from: string;
  readonly to: string;
  /** Path of the target from the root, e.g. ["posture", "competitive"]. */
  readonly toPath: readonly string[];
  readonly event: string;
  /** The guard's name as the machine declares it, or null for an unguarded transition. */
  readonly guard: string | null;
}

/** A state of a machine with its children (for a region or the root) and outgoing transitions. */
export interface MachineNode {
  readonly key: string;
  /** Path from the root, e.g. ["posture", "hedging"]. */
  readonly path: readonly string[];
  readonly type: string;
  readonly initial: string | null;
  readonly children: readonly MachineNode[];
  readonly edges: readonly Edge[];
  /** For a stance region, the regime it tracks (its `meta.regime`). */
  readonly regime?: string;
}

// The walk reads any machine's nodes, whatever their context and events.
type AnyNode = StateNode<any, any>;

/** Pure: the tree of a machine's states and transitions, walked from `machine.root`. */
export function machineTree(machine: AnyStateMachine): MachineNode {
  return walk(machine.root as AnyNode);
}

function walk(node: AnyNode): MachineNode {
  const edges: Edge[] = [];
  for (const [event, transitions] of node.transitions) {
    for (const t of transitions) {
      for (const target of t.target ?? []) {
        edges.push({ from: node.key, to: target.key, toPath: target.path, event, guard: t.guard ? guardName(t.guard) : null });
      }
    }
  }
  const initial = node.type === 'compound' ? (node.initial?.target?.[0]?.key ?? null) : null;
  const regime = typeof node.meta?.regime === 'string' ? { regime: node.meta.regime } : {};
  return { key: node.key, path: node.path, type: node.type, initial, children: Object.values(node.states).map((c) => walk(c as AnyNode)), edges, ...regime };
}

// A guard named in setup() is kept as its name; an object guard carries it as its type.
function guardName(guard: unknown): string {
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'object' && guard && 'type' in guard) return String((guard as { type: unknown }).type);
  return typeof guard === 'function' && guard.name ? guard.name : 'an inline guard';
}

const PROPER: Readonly<Record<string, string>> = { us: 'US', eu: 'EU', nato: 'NATO', inf: 'INF', russia: 'Russia', china: 'China', hcoc: 'HCoC' };

/** A guard's name in words: "isUsLeavingInf" -> "US leaving INF". */
export function guardInWords(guard: string | null): string {
  if (guard === null) return 'always';
  const words = guard.replace(/^(is|has)(?=[A-Z])/, '').split(/(?=[A-Z])/).map((w) => w.toLowerCase());
  return words.map((w) => PROPER[w] ?? w).join(' ');
}

/** What a region of an actor's machine means to the model. */
function regionRole(region: MachineNode): string {
  if (region.key === 'posture') return 'its posture, read by the utilities of every action (a scenario may set where it starts)';
  if (region.regime) return `its stance on the regime ${region.regime}, read by the utilities of talks on it and of leaving it`;
  return 'shown for display; the utilities do not read it';
}

/** Pure: the machine as text, a region at a time, transitions in the order the machine tries them. */
export function formatText(actor: string, root: MachineNode): string {
  const lines = [`${actor}: one event, turn.observe, at the start of every turn; in each region the first transition whose guard holds is taken.`, ''];
  const regions = root.type === 'parallel' ? root.children : [root];
  for (const region of regions) {
    lines.push(`${region.key} (starts ${region.initial ?? '-'}): ${regionRole(region)}`);
    const width = Math.max(...region.children.map((c) => c.key.length));
    for (const state of region.children) {
      if (state.edges.length === 0) lines.push(`  ${state.key.padEnd(width)}  (never left)`);
      for (const e of state.edges) lines.push(`  ${e.from.padEnd(width)} -> ${e.to.padEnd(width)}  ${e.guard ? `when ${guardInWords(e.guard)}` : 'always'}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

const idOf = (path: readonly string[]) => path.join('_');

/**
 * Pure: the machine as a Mermaid state diagram: one composite state per region, the regions
 * separated by `--` (Mermaid's concurrency), each state's id prefixed with its region's.
 */
export function formatMermaid(actor: string, root: MachineNode): string {
  const lines = ['stateDiagram-v2', `  state ${actor} {`];
  const regions = root.type === 'parallel' ? root.children : [root];
  regions.forEach((region, i) => {
    if (i > 0) lines.push('    --');
    lines.push(`    state ${idOf(region.path)} {`);
    for (const state of region.children) lines.push(`      state "${state.key}" as ${idOf(state.path)}`);
    if (region.initial) lines.push(`      [*] --> ${idOf([...region.path, region.initial])}`);
    for (const state of region.children) {
      for (const e of state.edges) lines.push(`      ${idOf(state.path)} --> ${idOf(e.toPath)} : ${guardInWords(e.guard)}`);
    }
    lines.push('    }');
  });
  lines.push('  }', '');
  return lines.join('\n');
}

/** `multipolar explain ACTOR`: an actor's machine (states, transitions, guards in words), drawn from the machine itself. */
export function defineExplain(command: Command): void {
  command
    .argument('<actor>', `one of ${Object.keys(ACTOR_MACHINES).join(', ')}`)
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')} (mermaid is for slides and Markdown)`, 'text')
    .option('-s, --scenario <id|path>', "also show the actor's doctrine and policies in this scenario (text format)")
    .action((actorText: string, opts: { format: string; scenario?: string }, command: Command) => {
      const actor = parseChoice('ACTOR', actorText, Object.keys(ACTOR_MACHINES));
      const format = parseChoice('--format', opts.format, FORMATS);
      const tree = machineTree(ACTOR_MACHINES[actor]);
      let text = format === 'mermaid' ? formatMermaid(actor, tree) : formatText(actor, tree);
      if (opts.scenario !== undefined) {
        if (format === 'mermaid') throw new UsageError('--scenario shows a doctrine in text; leave out --format mermaid');
        const scenario = loadScenario(opts.scenario);
        const played = scenario.actors[actor];
        if (!played) throw new UsageError(`${actor} does not play in scenario ${scenario.id}`);
        text += [`In scenario ${scenario.id}:`, ...doctrineText(played.doctrine, scenario.start), ''].join('\n');
      }
      emit(text, undefined, command.configureOutput().writeOut);
    });
}
