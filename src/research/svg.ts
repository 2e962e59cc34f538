import { INDEX_NAMES } from '../model/index.js';
import type { ResearchManifest } from './manifest.js';
import type { SeriesStats } from './summary.js';

const TITLES: Record<(typeof INDEX_NAMES)[number], string> = {
  escalation: 'Escalation',
  treatyErosion: 'Treaty erosion',
  natoCohesion: 'NATO cohesion',
  armsRace: 'Arms-race intensity',
};

/** Okabe-Ito colours: told apart by readers with colour-vision deficiencies, and in greyscale print. */
const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442'];

const WIDTH = 1000;
const PANEL = { w: 430, h: 230 };
const MARGIN = { left: 50, top: 120, gapX: 60, gapY: 70 };

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n2 = (x: number) => x.toFixed(2);

/** The label of a series in a legend. */
export function seriesLabel(manifest: ResearchManifest, index: number): string {
  const s = manifest.series[index];
  if (manifest.kind === 'compare') return `${s.label}: ${s.scenario.id}`;
  if (manifest.kind === 'sweep') return `${manifest.sweep!.param.split('.').at(-1)} = ${s.label}`;
  return s.scenario.id;
}

/**
 * Pure: a standalone SVG for a paper: one fan chart per index over time (the median as a line, the
 * 5-95% band shaded), one colour per series, dated axes, a legend, and the manifest in small print.
 * Needs no browser, no fonts beyond a generic sans-serif, and holds no timestamp.
 */
export function renderFanChart(manifest: ResearchManifest, series: readonly SeriesStats[]): string {
  const turns = manifest.turns;
  const rows = Math.ceil(INDEX_NAMES.length / 2);
  const legendExtra = (legendLayout(series.map((_, s) => seriesLabel(manifest, s))).at(-1)?.y ?? 66) - 66;
  const print = wrap(smallPrint(manifest), 180);
  const height = MARGIN.top + legendExtra + rows * (PANEL.h + MARGIN.gapY) + 8 + print.length * 12;
  const colours = series.map((_, s) => colourOf(manifest, s));
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="Helvetica, Arial, sans-serif">`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    `<text x="${MARGIN.left}" y="30" font-size="18" font-weight="bold">${esc(title(manifest))}</text>`,
    `<text x="${MARGIN.left}" y="50" font-size="12" fill="#444444">Median (line) and 5th-95th percentile band (shaded) over ${manifest.seeds.count} seeded runs per series</text>`,
  ];
  const legend = legendLayout(series.map((_, s) => seriesLabel(manifest, s)));
  legend.forEach(({ x, y, label }, s) => {
    const colour = colours[s];
    out.push(`<rect x="${x}" y="${y}" width="14" height="10" fill="${colour}" fill-opacity="0.25" stroke="${colour}"/>`);
    out.push(`<text x="${x + 20}" y="${y + 9}" font-size="12">${esc(label)}</text>`);
  });
  const legendRows = legend.length === 0 ? 1 : (legend[legend.length - 1].y - 66) / 16 + 1;
  INDEX_NAMES.forEach((name, i) => {
    const left = MARGIN.left + (i % 2) * (PANEL.w + MARGIN.gapX);
    const top = MARGIN.top + Math.floor(i / 2) * (PANEL.h + MARGIN.gapY) + (legendRows - 1) * 16;
    out.push(...panel(name, left, top, turns, series, colours));
  });
  print.forEach((line, i) => out.push(`<text x="${MARGIN.left}" y="${height - 10 - (print.length - 1 - i) * 12}" font-size="9" fill="#666666">${esc(line)}</text>`));
  out.push('</svg>', '');
  return out.join('\n');
}

/** Legend entries left to right, wrapping onto new rows; widths estimated at 7 px a character (12 px sans-serif). */
function legendLayout(labels: readonly string[]): Array<{ x: number; y: number; label: string }> {
  let x = MARGIN.left;
  let y = 66;
  return labels.map((label) => {
    const width = 20 + label.length * 7 + 24;
    if (x > MARGIN.left && x + width > WIDTH - MARGIN.left) {
      x = MARGIN.left;
      y += 16;
    }
    const at = { x, y, label };
    x += width;
    return at;
  });
}

/** Viridis stops, for a sweep's ordered values: dark blue for the lowest, yellow for the highest. */
const RAMP = [[68, 1, 84], [59, 82, 139], [33, 145, 140], [94, 201, 98], [253, 231, 37]];

/** A series' colour: a sweep's run along a ramp in value order, anything else takes the palette. */
function colourOf(manifest: ResearchManifest, s: number): string {
  const count = manifest.series.length;
  if (manifest.kind !== 'sweep' || count < 2) return PALETTE[s % PALETTE.length];
  const at = (s / (count - 1)) * (RAMP.length - 1);
  const i = Math.min(Math.floor(at), RAMP.length - 2);
  const f = at - i;
  const rgb = RAMP[i].map((c, j) => Math.round(c + f * (RAMP[i + 1][j] - c)));
  return `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** Break text at spaces into lines of at most `width` characters. */
function wrap(text: string, width: number): string[] {
  const lines = [''];
  for (const word of text.split(' ')) {
    const line = lines[lines.length - 1];
    if (line && line.length + 1 + word.length > width) lines.push(word);
    else lines[lines.length - 1] = line ? `${line} ${word}` : word;
  }
  return lines;
}

function title(manifest: ResearchManifest): string {
  const ids = manifest.series.map((s) => s.scenario.id);
  if (manifest.kind === 'compare') return `${ids[0]} vs ${ids[1]}`;
  if (manifest.kind === 'sweep') return `${ids[0]}: sweep of ${manifest.sweep!.param}`;
  return ids[0];
}

function smallPrint(manifest: ResearchManifest): string {
  const scenarios = [...new Map(manifest.series.map((s) => [s.scenario.sha256, `${s.scenario.id} sha256:${s.scenario.sha256.slice(0, 12)}`])).values()];
  const last = manifest.seeds.from + manifest.seeds.count - 1;
  return `multipolar ${manifest.engine.version} ${manifest.kind} | ${scenarios.join(', ')} | seeds ${manifest.seeds.from}-${last} | ${manifest.turns} turns`;
}

function panel(name: (typeof INDEX_NAMES)[number], left: number, top: number, turns: number, series: readonly SeriesStats[], colours: readonly string[]): string[] {
  const x = (turn: number) => left + (turns === 1 ? PANEL.w / 2 : ((turn - 1) / (turns - 1)) * PANEL.w);
  const y = (v: number) => top + PANEL.h - (v / 100) * PANEL.h;
  const out = [`<text x="${left}" y="${top - 10}" font-size="14" font-weight="bold">${TITLES[name]} (0-100)</text>`];
  for (const v of [0, 25, 50, 75, 100]) {
    out.push(`<line x1="${left}" y1="${n2(y(v))}" x2="${left + PANEL.w}" y2="${n2(y(v))}" stroke="#dddddd" stroke-width="0.5"/>`);
    out.push(`<text x="${left - 6}" y="${n2(y(v) + 4)}" font-size="10" text-anchor="end">${v}</text>`);
  }
  const dates = series[0]?.turns.map((t) => t.date) ?? [];
  const every = turns <= 8 ? 1 : turns <= 16 ? 2 : 4 * Math.ceil(turns / 32);
  for (let t = 1; t <= turns; t += every) {
    out.push(`<line x1="${n2(x(t))}" y1="${top + PANEL.h}" x2="${n2(x(t))}" y2="${top + PANEL.h + 4}" stroke="#333333"/>`);
    out.push(`<text x="${n2(x(t))}" y="${top + PANEL.h + 16}" font-size="10" text-anchor="middle">${esc(dates[t - 1] ?? String(t))}</text>`);
  }
  out.push(`<rect x="${left}" y="${top}" width="${PANEL.w}" height="${PANEL.h}" fill="none" stroke="#333333" stroke-width="0.8"/>`);
  series.forEach((s, k) => {
    const colour = colours[k];
    // Many overlapping bands would hide one another: fainter as there are more.
    const opacity = series.length <= 3 ? 0.18 : 0.08;
    const upper = s.turns.map((t) => `${n2(x(t.turn))},${n2(y(t.indices[name].p95))}`);
    const lower = s.turns.map((t) => `${n2(x(t.turn))},${n2(y(t.indices[name].p5))}`).reverse();
    out.push(`<polygon points="${[...upper, ...lower].join(' ')}" fill="${colour}" fill-opacity="${opacity}" stroke="none"/>`);
    const median = s.turns.map((t) => `${n2(x(t.turn))},${n2(y(t.indices[name].median))}`);
    out.push(`<polyline points="${median.join(' ')}" fill="none" stroke="${colour}" stroke-width="1.8"/>`);
  });
  return out;
}
