import { INDEX_NAMES } from '../model/index.js';
import { NOTE, type ComparisonDoc, type PairedStat } from './comparison.js';
import type { Mechanism } from './mechanism.js';
import type { SeedRange } from './pool.js';

const signed = (x: number, digits: number) => (x >= 0 ? '+' : '') + x.toFixed(digits);
const percent = (k: number, n: number) => `${((100 * k) / n).toFixed(1)}%`;

/** A shard's slice, for the heading of a table that covers one shard's seeds only. */
export interface ShardSlice {
  readonly k: number;
  readonly n: number;
  readonly seeds: SeedRange;
}

/** How many actions the table lists (the JSON lists every one that differs). */
const TOP_ACTIONS = 10;

/**
 * The fewest decimals, from `min` up to 6 (the JSON's precision), at which every value that is not 0
 * still shows a digit that is not 0, so an interval such as [+0.0004, +0.0031] never prints as zeros.
 */
export function digitsFor(values: readonly number[], min: number): number {
  for (let d = min; d < 6; d++) if (values.every((v) => v === 0 || Number(v.toFixed(d)) !== 0)) return d;
  return 6;
}

/**
 * Pure: a comparison as a readable table: whether the arms differ at all, one block per compared
 * turn, then what the actors did in each arm and which actions differ most. `shard` marks a table
 * that covers one shard's seeds only.
 */
export function formatComparison(doc: ComparisonDoc, shard?: ShardSlice): string {
  const [base, variant] = doc.manifest.series;
  const seeds = shard ? shard.seeds : doc.manifest.seeds;
  const range = `${seeds.from}-${seeds.from + seeds.count - 1}`;
  const lines = [
    `${base.scenario.id} (base) vs ${variant.scenario.id} (variant): ${doc.runs} paired seeds (${range})`,
    ...(shard ? [`this is shard ${shard.k}/${shard.n} alone, seeds ${range} of ${doc.manifest.seeds.from}-${doc.manifest.seeds.from + doc.manifest.seeds.count - 1}; multipolar merge joins the shards into the whole comparison`] : []),
    'difference = variant - base; 95% CI: seeded bootstrap over seeds; effect: d_z for indices, h for outcomes',
    differing(doc.mechanism, doc.runs),
  ];
  const width = Math.max(24, ...doc.outcomes.map((o) => o.label.length + 2));
  let noted = false;
  const row = (name: string, s: PairedStat, min: number) => {
    const digits = digitsFor([s.difference, ...s.ci95], min);
    const ci = s.seedsDiffering === 0 ? 'no seed differs' : `[${signed(s.ci95[0], digits)}, ${signed(s.ci95[1], digits)}]`;
    noted ||= s.note !== undefined;
    return [
      name.padEnd(width),
      s.base.toFixed(min).padStart(8),
      s.variant.toFixed(min).padStart(9),
      signed(s.difference, digits).padStart(11),
      ci.padStart(22),
      ((s.effectSize === null ? 'n/a' : signed(s.effectSize, 2)) + (s.note ? '*' : ' ')).padStart(9),
    ].join(' ');
  };
  for (const t of doc.turns) {
    lines.push('', `turn ${t.turn} (${t.date}): ${t.seedsDiffering} of ${doc.runs} paired seeds differ by this turn`, [
      'measure'.padEnd(width), 'base'.padStart(8), 'variant'.padStart(9), 'difference'.padStart(11), '95% CI'.padStart(22), 'effect'.padStart(9),
    ].join(' '));
    for (const name of INDEX_NAMES) lines.push(row(name, t.indices[name], 2));
    lines.push('outcomes (probability by this turn)');
    for (const o of doc.outcomes) lines.push(row(`  ${o.label}`, t.outcomes[o.id], 3));
  }
  if (noted) lines.push('', `* |effect| >= ${NOTE.effect} but the difference is under ${NOTE.points} index point: large only next to how little most seeds differ, negligible on the 0-100 scale`);
  lines.push(...mixTable(doc.mechanism), ...actionsTable(doc.mechanism, doc.runs));
  return lines.join('\n') + '\n';
}

function differing(m: Mechanism, runs: number): string {
  if (m.seedsDiffering === 0) return `no paired seed differs: both arms play every one of the ${runs} seeds identically over turns 1-${m.turns}`;
  return `${m.seedsDiffering} of ${runs} paired seeds (${percent(m.seedsDiffering, runs)}) differ in some index, action or outcome over turns 1-${m.turns}, ${m.seedsWithOtherActions} of them (${percent(m.seedsWithOtherActions, runs)}) in some actor's action; the other ${runs - m.seedsDiffering} play identically in both arms`;
}

function mixTable(m: Mechanism): string[] {
  const kinds = [...new Set(m.mix.flatMap((a) => Object.keys(a.base).concat(Object.keys(a.variant))))];
  // Keep the mechanism's order of kinds (each actor's keys are sorted the same way).
  const order = m.mix.flatMap((a) => Object.keys(a.base));
  kinds.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const lines = ['', `what each actor did (share of its turns by kind of action, turns 1-${m.turns})`, ['actor'.padEnd(8), 'arm'.padEnd(8), ...kinds.map((k) => k.padStart(10))].join(' ')];
  for (const a of m.mix) {
    for (const arm of ['base', 'variant'] as const) {
      const cells = kinds.map((k) => (a[arm][k] === undefined ? '' : a[arm][k].toFixed(3)).padStart(10));
      lines.push([(arm === 'base' ? a.actor : '').padEnd(8), arm.padEnd(8), ...cells].join(' '));
    }
  }
  return lines;
}

function actionsTable(m: Mechanism, runs: number): string[] {
  if (m.actions.length === 0) return ['', 'no action differs between the arms in any paired seed'];
  const top = m.actions.slice(0, TOP_ACTIONS);
  const width = Math.max(24, ...top.map((a) => a.action.length));
  const lines = [
    '',
    `actions that differ most between the arms (turns per run in each arm; paired seeds in which the count differs)${m.actions.length > TOP_ACTIONS ? `: ${TOP_ACTIONS} of ${m.actions.length}, --json lists all` : ''}`,
    ['actor'.padEnd(8), 'action'.padEnd(width), 'base'.padStart(7), 'variant'.padStart(8), 'seeds differing'.padStart(18)].join(' '),
  ];
  for (const a of top) {
    lines.push([a.actor.padEnd(8), a.action.padEnd(width), a.base.toFixed(2).padStart(7), a.variant.toFixed(2).padStart(8), `${a.seedsDiffering} (${percent(a.seedsDiffering, runs)})`.padStart(18)].join(' '));
  }
  return lines;
}
