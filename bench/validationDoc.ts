/**
 * Regenerates the figures of docs/VALIDATION.md: it runs the three hindcasts with the compiled CLI
 * and rewrites every block between `<!-- validation:NAME -->` and `<!-- /validation:NAME -->` (the
 * commands, the tables, the sentences that quote their numbers). The prose outside the blocks is
 * the author's: reread it after a model change.
 *
 *   npm run validation        (about a minute on 2 cores)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatHindcast, type HindcastReport } from '../src/hindcast/report.js';
import { fillBlocks } from './docBlocks.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));
const DOC = join(ROOT, 'docs', 'VALIDATION.md');
const RUNS = 500;

/** The hindcasts the document reports: the two calibration samples, then the out-of-sample test. */
const HINDCASTS = [
  { name: 'in-sample-2019', scenario: 'as-it-happened-2019', history: 'inf-2019-to-2022' },
  { name: 'in-sample-1979', scenario: 'dual-track-1979', history: 'dual-track-1979' },
  { name: 'out-of-sample', scenario: 'as-it-happened-2019', history: 'inf-2023-to-2026' },
] as const;

function multipolar(args: readonly string[]): string {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`multipolar ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** One sentence of the summary, worded from the report. */
function summary(r: HindcastReport): string {
  const s = r.summary;
  const series = s.series.map((c) => `Spearman's correlation of the model's yearly escalation with the ${c.name.replace(/ \(.*\)$/, '')} is ${c.spearman === null ? 'undefined' : c.spearman.toFixed(2)} over ${c.years.length} years${c.agrees === null ? '' : c.agrees ? ', the expected sign' : ', not the expected sign'}.`);
  return [`**${s.hits} hits of ${s.events} events; ${s.inBand} of ${s.timing} real quarters inside the model's 10-90% band (calibration ${s.calibration === null ? '-' : pct(s.calibration)}).**`, ...series].join(' ');
}

function main(): void {
  const started = Date.now();
  const blocks = new Map<string, string>();
  for (const h of HINDCASTS) {
    const args = ['hindcast', '--scenario', h.scenario, '--history', h.history, '--runs', String(RUNS)];
    const report = JSON.parse(multipolar([...args, '--json'])) as HindcastReport;
    blocks.set(`${h.name}-command`, '```sh\nnpx multipolar ' + args.join(' ') + '\n```');
    blocks.set(`${h.name}-table`, '```text\n' + formatHindcast(report) + '```');
    blocks.set(`${h.name}-summary`, summary(report));
  }
  blocks.set('timing', `Regenerated with \`npm run validation\` in ${Math.round((Date.now() - started) / 1000)} s on this 2-core machine.`);
  writeFileSync(DOC, fillBlocks(readFileSync(DOC, 'utf8'), 'validation', blocks));
  process.stderr.write(`docs/VALIDATION.md regenerated in ${Math.round((Date.now() - started) / 1000)} s\n`);
}

main();
