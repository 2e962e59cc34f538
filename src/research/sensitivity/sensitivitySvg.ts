import type { OutputAnalysis, RankedParameter, SensitivityDoc } from './sensitivityAccumulator.js';

const WIDTH = 1000;
const LEFT = 380;
const RIGHT = 40;
const ROW = 34;
/** Okabe-Ito blue and vermilion: told apart with colour-vision deficiencies and in greyscale. */
const COLOURS = ['#0072B2', '#D55E00'];

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n2 = (x: number) => x.toFixed(2);

/** The two bars a parameter gets: Sobol's first-order and total index, or Morris's mu* and sigma. */
function bars(doc: SensitivityDoc, p: RankedParameter): Array<{ value: number; ci: readonly [number, number] }> {
  return doc.manifest.design!.method === 'sobol'
    ? [{ value: p.first!, ci: p.firstCi95! }, { value: p.total!, ci: p.totalCi95! }]
    : [{ value: p.muStar!, ci: p.muStarCi95! }, { value: p.sigma!, ci: p.sigmaCi95! }];
}

/** A round step for about `target` ticks over a span. */
function tickStep(span: number, target = 5): number {
  const raw = span / target;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
}

/**
 * Pure: a standalone SVG for a paper: per output, one horizontal bar chart of its parameters in rank
 * order, two bars each (Sobol: first-order and total index; Morris: mu* and sigma) with their 95%
 * bootstrap intervals as whiskers, and the manifest in small print. No timestamp, no fonts needed.
 */
export function renderSensitivityChart(doc: SensitivityDoc): string {
  const sobol = doc.manifest.design!.method === 'sobol';
  const names = sobol ? ['first-order index S1', 'total index ST'] : ['mu* (mean |elementary effect|)', 'sigma (SD of the effects)'];
  const body: string[] = [];
  let y = 70;
  for (const output of doc.outputs) {
    body.push(...panel(doc, output, y));
    y += 50 + (output.parameters?.length ?? 1) * ROW + 40;
  }
  const m = doc.manifest;
  const ids = [...new Set(m.series.map((s) => `${s.scenario.id} sha256:${s.scenario.sha256.slice(0, 12)}`))].join(', ');
  const d = m.design!;
  const print = `multipolar ${m.engine.version} ${sobol ? 'Sobol' : 'Morris'} | ${ids} | ${d.parameters.length} parameters, ${d.points} points x ${m.seeds.count} runs (seeds ${m.seeds.from}-${m.seeds.from + m.seeds.count - 1}) | sample seed ${d.sampleSeed} | ${m.turns} turns`;
  const height = y + 10;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="Helvetica, Arial, sans-serif">`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    `<text x="20" y="28" font-size="18" font-weight="bold">${esc(`${sobol ? 'Sobol indices' : 'Morris screening'}: ${m.series.map((s) => s.scenario.id).join(' vs ')}`)}</text>`,
    ...legend(names),
    ...body,
    `<text x="20" y="${height - 8}" font-size="9" fill="#666666">${esc(print)}</text>`,
    '</svg>',
    '',
  ].join('\n');
}

/** Legend entries left to right, each as wide as its text (about 7 px a character at 12 px). */
function legend(names: readonly string[]): string[] {
  let x = 20;
  return names.map((name, i) => {
    const label = `${name}, 95% bootstrap interval`;
    const entry = `<rect x="${x}" y="40" width="14" height="10" fill="${COLOURS[i]}"/><text x="${x + 20}" y="49" font-size="12">${esc(label)}</text>`;
    x += 20 + label.length * 7 + 24;
    return entry;
  });
}

function panel(doc: SensitivityDoc, output: OutputAnalysis, top: number): string[] {
  const out = [`<text x="20" y="${top + 14}" font-size="14" font-weight="bold">${esc(`${output.label} (${output.date})`)}</text>`];
  if (!output.parameters) {
    out.push(`<text x="20" y="${top + 40}" font-size="12">the output does not vary over the design: no index to estimate</text>`);
    return out;
  }
  const all = output.parameters.flatMap((p) => bars(doc, p)).flatMap((b) => [b.value, ...b.ci]);
  const step = tickStep(Math.max(...all, 0) - Math.min(...all, 0) || 1);
  const lo = Math.floor(Math.min(0, ...all) / step) * step;
  const hi = Math.ceil(Math.max(step, ...all) / step) * step;
  const x = (v: number) => LEFT + ((v - lo) / (hi - lo)) * (WIDTH - LEFT - RIGHT);
  const plotTop = top + 30;
  const plotBottom = plotTop + output.parameters.length * ROW;
  for (let t = lo; t <= hi + step / 2; t += step) {
    const v = Math.round(t / step) * step;
    out.push(`<line x1="${n2(x(v))}" y1="${plotTop}" x2="${n2(x(v))}" y2="${plotBottom}" stroke="${v === 0 ? '#333333' : '#dddddd'}" stroke-width="${v === 0 ? 1 : 0.5}"/>`);
    out.push(`<text x="${n2(x(v))}" y="${plotBottom + 14}" font-size="10" text-anchor="middle">${Number(v.toPrecision(6))}</text>`);
  }
  output.parameters.forEach((p, r) => {
    const rowTop = plotTop + r * ROW;
    out.push(`<text x="${LEFT - 8}" y="${rowTop + ROW / 2 + 4}" font-size="11" text-anchor="end">${esc(`${p.rank}. ${p.path}`)}</text>`);
    bars(doc, p).forEach((b, i) => {
      const y = rowTop + 5 + i * 12;
      const [a, c] = [x(Math.min(0, b.value)), x(Math.max(0, b.value))];
      out.push(`<rect x="${n2(a)}" y="${y}" width="${n2(Math.max(0.5, c - a))}" height="10" fill="${COLOURS[i]}"/>`);
      out.push(`<line x1="${n2(x(b.ci[0]))}" y1="${y + 5}" x2="${n2(x(b.ci[1]))}" y2="${y + 5}" stroke="#000000" stroke-width="1"/>`);
      for (const e of b.ci) out.push(`<line x1="${n2(x(e))}" y1="${y + 2}" x2="${n2(x(e))}" y2="${y + 8}" stroke="#000000" stroke-width="1"/>`);
    });
  });
  return out;
}
