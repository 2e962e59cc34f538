import type { SensitivityDoc } from './sensitivityAccumulator.js';

const cell = (x: number, ci: readonly [number, number], digits: number) => `${x.toFixed(digits)} [${ci[0].toFixed(digits)}, ${ci[1].toFixed(digits)}]`;

/** Pure: a sensitivity analysis as a readable table: per output, its parameters in rank order. */
export function formatSensitivity(doc: SensitivityDoc): string {
  const m = doc.manifest;
  const d = m.design!;
  const sobol = d.method === 'sobol';
  const arms = m.series.map((s) => s.scenario.id).join(' vs ');
  const lines = [
    `${sobol ? 'Sobol indices' : 'Morris screening'} of ${arms}: ${d.parameters.length} parameters, ${d.points} points (${sobol ? `N = ${d.samples} base samples` : `r = ${d.samples} trajectories on ${d.gridLevels} levels`}) x ${m.seeds.count} runs each (seeds ${m.seeds.from}-${m.seeds.from + m.seeds.count - 1})`,
    sobol
      ? 'S1: first-order index (Saltelli 2010), ST: total index (Jansen); 95% bootstrap intervals; ranked by ST'
      : 'mu*: mean |elementary effect|, sigma: their SD, in output units per whole range of the parameter; 95% bootstrap intervals; ranked by mu*',
  ];
  const width = Math.max(24, ...d.parameters.map((p) => p.path.length));
  for (const o of doc.outputs) {
    lines.push('', `${o.label} (${o.date}): mean ${o.mean.toFixed(3)}, SD ${o.sd.toFixed(3)} over the points`);
    if (!o.parameters) {
      lines.push('  the output does not vary over the design: no index to estimate');
      continue;
    }
    const heads = sobol ? ['S1 [95% CI]', 'ST [95% CI]'] : ['mu* [95% CI]', 'sigma [95% CI]', 'mu'];
    lines.push(['rank', 'parameter'.padEnd(width), ...heads.map((h) => h.padStart(h === 'mu' ? 9 : 26))].join('  '));
    const digits = sobol ? 3 : 3;
    for (const p of o.parameters) {
      const cells = sobol
        ? [cell(p.first!, p.firstCi95!, digits), cell(p.total!, p.totalCi95!, digits)]
        : [cell(p.muStar!, p.muStarCi95!, digits), cell(p.sigma!, p.sigmaCi95!, digits), p.mu!.toFixed(digits)];
      lines.push([String(p.rank).padStart(4), p.path.padEnd(width), ...cells.map((c, i) => c.padStart(i === 2 ? 9 : 26))].join('  '));
    }
  }
  return lines.join('\n') + '\n';
}
