import { INDEX_NAMES } from '../model/index.js';
import type { ComparisonDoc, PairedStat } from './comparison.js';

const signed = (x: number, digits: number) => (x >= 0 ? '+' : '') + x.toFixed(digits);

/** Pure: a comparison as a readable table, one block per compared turn. */
export function formatComparison(doc: ComparisonDoc): string {
  const [base, variant] = doc.manifest.series;
  const lines = [
    `${base.scenario.id} (base) vs ${variant.scenario.id} (variant): ${doc.runs} paired seeds (${doc.manifest.seeds.from}-${doc.manifest.seeds.from + doc.manifest.seeds.count - 1})`,
    'difference = variant - base; 95% CI: seeded bootstrap over seeds; effect: d_z for indices, h for outcomes',
  ];
  const width = Math.max(24, ...doc.outcomes.map((o) => o.label.length + 2));
  const row = (name: string, s: PairedStat, digits: number) =>
    [
      name.padEnd(width),
      s.base.toFixed(digits).padStart(8),
      s.variant.toFixed(digits).padStart(9),
      signed(s.difference, digits).padStart(11),
      `[${signed(s.ci95[0], digits)}, ${signed(s.ci95[1], digits)}]`.padStart(20),
      (s.effectSize === null ? 'n/a' : signed(s.effectSize, 2)).padStart(8),
    ].join(' ');
  for (const t of doc.turns) {
    lines.push('', `turn ${t.turn} (${t.date})`, [
      'measure'.padEnd(width), 'base'.padStart(8), 'variant'.padStart(9), 'difference'.padStart(11), '95% CI'.padStart(20), 'effect'.padStart(8),
    ].join(' '));
    for (const name of INDEX_NAMES) lines.push(row(name, t.indices[name], 2));
    lines.push('outcomes (probability by this turn)');
    for (const o of doc.outcomes) lines.push(row(`  ${o.label}`, t.outcomes[o.id], 3));
  }
  return lines.join('\n') + '\n';
}
