import type { ActorId } from '../model/index.js';
import type { Command } from './keys.js';
import type { CatalogEntry, SetupState } from './state.js';

/** The setup form's rows before the actors: the scenario, the seed, the length. */
export const SETUP_ROWS = { scenario: 0, seed: 1, length: 2, firstActor: 3 } as const;

/** The longest game the setup screen offers (as `multipolar run --turns`). */
export const MAX_TURNS = 400;

/** The actors of a catalog entry (none when it failed to load). */
export function actorsOf(entry: CatalogEntry): readonly ActorId[] {
  if (!entry.scenario) return [];
  const { actors, rules } = entry.scenario;
  return rules.actorIds.filter((a) => actors[a] !== undefined);
}

/** Pure: the turns the form asks for: the length typed or chosen, else the scenario's own. */
export function turnsOf(s: SetupState, entry: CatalogEntry): number {
  return s.turns ?? entry.scenario?.turns ?? 1;
}

function onLength(s: SetupState, entry: CatalogEntry, command: Command, input: string): SetupState {
  const now = turnsOf(s, entry);
  switch (command) {
    case 'left':
    case 'right':
      return { ...s, turnsEdited: false, turns: Math.max(1, Math.min(MAX_TURNS, now + (command === 'right' ? 1 : -1))) };
    case 'digit': {
      const typed = s.turnsEdited ? now * 10 + Number(input) : Number(input);
      return { ...s, turnsEdited: true, turns: Math.min(MAX_TURNS, typed) };
    }
    case 'erase':
      return { ...s, turnsEdited: true, turns: Math.floor(now / 10) };
    default:
      return s;
  }
}

/** Pure: the setup form after a key, or 'start' when the class is ready to play. */
export function reduceSetup(s: SetupState, catalog: readonly CatalogEntry[], command: Command, input: string): SetupState | 'start' {
  const actors = actorsOf(catalog[s.entry]);
  const lastRow = SETUP_ROWS.firstActor - 1 + actors.length;
  if (s.row === SETUP_ROWS.length && ['left', 'right', 'digit', 'erase'].includes(command)) return onLength(s, catalog[s.entry], command, input);
  switch (command) {
    case 'up':
    case 'down':
      return { ...s, row: Math.max(0, Math.min(lastRow, s.row + (command === 'up' ? -1 : 1))) };
    case 'left':
    case 'right': {
      const entry = (s.entry + (command === 'right' ? 1 : catalog.length - 1)) % catalog.length;
      const next = actorsOf(catalog[entry]);
      return { ...s, entry, humans: s.humans.filter((a) => next.includes(a)), row: Math.min(s.row, SETUP_ROWS.firstActor - 1 + next.length) };
    }
    case 'digit':
      return { ...s, seedEdited: true, seedText: (s.seedEdited ? s.seedText + input : input).slice(0, 10) };
    case 'erase':
      return { ...s, seedEdited: true, seedText: s.seedText.slice(0, -1) };
    case 'toggle': {
      if (s.row === SETUP_ROWS.scenario) return reduceSetup(s, catalog, 'right', input) as SetupState;
      const actor = actors[s.row - SETUP_ROWS.firstActor];
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
