import { citeAs, shortHash } from '../engine/index.js';
import type { ResearchManifest } from './manifest.js';

const WHAT: Readonly<Record<ResearchManifest['kind'], string>> = { batch: 'batch', compare: 'comparison', sweep: 'sweep', design: 'design' };

/**
 * Pure: the one-line "cite as" string of a research run's summary or comparison: the kind, every
 * series' scenario and hash (a sweep's parameter and values), the seeds and the length, and the
 * command that checks it.
 */
export function citeResearch(manifest: ResearchManifest): string {
  const scenarios = [...new Map(manifest.series.map((s) => [s.scenario.sha256, `${s.scenario.id} (sha256 ${shortHash(s.scenario.sha256)})`])).values()];
  const swept = manifest.sweep ? ` with ${manifest.sweep.param} = ${manifest.series.map((s) => String(s.value)).join(', ')}` : '';
  const { from, count } = manifest.seeds;
  return citeAs(`${WHAT[manifest.kind]} of ${scenarios.join(' and ')}${swept}, seeds ${from}-${from + count - 1}, ${manifest.turns} turns`, 'replay FILE');
}
