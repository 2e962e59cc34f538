import { createHash } from 'node:crypto';
import type { Scenario } from '../../model/index.js';
import { buildScenario, scenarioSchema, type Override, type ScenarioFile } from '../../scenario/index.js';
import { applyOverride } from '../../scenario/override.js';
import { ResearchError } from '../errors.js';

/** A scenario document after its `extends` chain and validation (readScenarioDocument), and its hash. */
export interface BaseDocument {
  readonly document: ScenarioFile;
  readonly sha256: string;
}

/**
 * Pure: the scenario of a design's point: the overrides set in the base document (as `sweep --param`
 * sets them, a figure keeping its source), validated and built, without reading any file, so a worker
 * thread builds it from the document it was given in a fraction of a millisecond. Its hash is the
 * base's with the overrides. A path or a value the scenario refuses is a ResearchError naming it.
 */
export function pointScenario(base: BaseDocument, overrides: readonly Override[]): Scenario {
  let raw: unknown = base.document;
  for (const o of overrides) {
    const applied = applyOverride(raw, o);
    if ('problem' in applied) throw new ResearchError(`--param ${o.path}: ${applied.problem}`);
    raw = applied.doc;
  }
  const at = overrides.map((o) => `${o.path}=${JSON.stringify(o.value)}`).join(', ');
  const parsed = scenarioSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ResearchError(`the point ${at} is not a valid scenario: at ${issue.path.join('.')}: ${issue.message}`);
  }
  const sha256 = createHash('sha256').update([base.sha256, ...overrides.map((o) => `override ${o.path}=${JSON.stringify(o.value)}`)].join('\n')).digest('hex');
  const built = buildScenario(parsed.data, sha256);
  if ('issues' in built) throw new ResearchError(`the point ${at} is not a valid scenario: at ${built.issues[0].path.join('.')}: ${built.issues[0].message}`);
  return built.scenario;
}
