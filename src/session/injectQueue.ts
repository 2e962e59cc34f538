import type { ScenarioEvent } from '../model/index.js';

/**
 * Pure: the injects queued for the next resolution after queueing (`on`) or dropping the inject
 * `id`, kept in the scenario's order so that the same choice always fires in the same order; null
 * when the scenario has no such inject.
 */
export function toggleInject(injects: readonly ScenarioEvent[], queued: readonly string[], id: string, on: boolean = !queued.includes(id)): string[] | null {
  if (!injects.some((i) => i.id === id)) return null;
  return injects.map((i) => i.id).filter((x) => (x === id ? on : queued.includes(x)));
}
