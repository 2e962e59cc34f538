import type { ActorId } from '../model/index.js';
import type { Command } from './keys.js';
import type { CatalogEntry, SetupState } from './state.js';

/** The actors of a catalog entry (none when it failed to load). */
export function actorsOf(entry: CatalogEntry): readonly ActorId[] {
  if (!entry.scenario) return [];
  const { actors, rules } = entry.scenario;
  return rules.actorIds.filter((a) => actors[a] !== undefined);
}

/** Pure: the setup form after a key, or 'start' when the class is ready to play. */
export function reduceSetup(s: SetupState, catalog: readonly CatalogEntry[], command: Command, input: string): SetupState | 'start' {
  const actors = actorsOf(catalog[s.entry]);
  switch (command) {
    case 'up':
    case 'down':
      return { ...s, row: Math.max(0, Math.min(1 + actors.length, s.row + (command === 'up' ? -1 : 1))) };
    case 'left':
    case 'right': {
      const entry = (s.entry + (command === 'right' ? 1 : catalog.length - 1)) % catalog.length;
      const next = actorsOf(catalog[entry]);
      return { ...s, entry, humans: s.humans.filter((a) => next.includes(a)), row: Math.min(s.row, 1 + next.length) };
    }
    case 'digit':
      return { ...s, seedEdited: true, seedText: (s.seedEdited ? s.seedText + input : input).slice(0, 10) };
    case 'erase':
      return { ...s, seedEdited: true, seedText: s.seedText.slice(0, -1) };
    case 'toggle': {
      if (s.row === 0) return reduceSetup(s, catalog, 'right', input) as SetupState;
      const actor = actors[s.row - 2];
      if (!actor) return s;
      const humans = s.humans.includes(actor) ? s.humans.filter((a) => a !== actor) : [...s.humans, actor];
      return { ...s, humans: actors.filter((a) => humans.includes(a)) };
    }
    case 'select':
      return 'start';
    default:
      return s;
  }
}
