import type { Names, Scenario } from '../model/index.js';
import type { ScenarioFile } from '../scenario/index.js';

/** What a briefing is written from: the built scenario, and its document for the sources of its figures. */
export interface BriefingInput {
  readonly scenario: Scenario;
  readonly document: ScenarioFile;
}

/** Pure: how the scenario names actors and regimes. */
export function namesIn(scenario: Scenario): Names {
  return { actor: (id) => scenario.rules.actors[id]?.name ?? id, treaty: (id) => scenario.world.treaties[id]?.name ?? id };
}

/** Pure: the actors that play, in canonical order. */
export function presentIn(scenario: Scenario): string[] {
  return scenario.rules.actorIds.filter((a) => scenario.actors[a] !== undefined);
}

/** Pure: a figure's provenance in words: its source, or "assumption: ...". */
export function provenance(f: { readonly source?: string; readonly assumption?: string } | undefined): string {
  if (!f) return '';
  return f.source ?? `assumption: ${f.assumption ?? ''}`;
}
