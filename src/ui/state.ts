/** The UI's state, as plain data: what the one container holds and the events that change it. */
import type { Action, ActorId, Scenario } from '../model/index.js';
import type { Debrief } from '../session/index.js';
import type { Game } from '../session/index.js';
import type { Key } from 'ink';
import type { Size } from './layout.js';

/** A scenario the setup screen offers: loaded, or the reason it cannot be. */
export interface CatalogEntry {
  readonly ref: string;
  readonly scenario: Scenario | null;
  readonly error: string | null;
}

/** The dashboard panels, in the order of their keys 1-8. */
export const PANELS = ['news', 'treaties', 'forces', 'tension', 'postures', 'charts', 'scores', 'why'] as const;
/** One of the dashboard panels. */
export type PanelId = (typeof PANELS)[number];

/** Auto-play paces a class can follow, in milliseconds per turn. */
export const PACES = [750, 1500, 2500, 4000] as const;

/** The setup form. */
export interface SetupState {
  readonly entry: number;
  readonly seedText: string;
  /** False until a digit is typed: the first digit replaces the default seed. */
  readonly seedEdited: boolean;
  readonly humans: readonly ActorId[];
  /** Turns to play; null: the scenario's length. */
  readonly turns: number | null;
  /** False until a digit is typed on the length row: the first digit replaces the length. */
  readonly turnsEdited: boolean;
  /** 0 scenario, 1 seed, 2 length, 3.. the scenario's actors in canonical order. */
  readonly row: number;
}

/** A team building its order: the keys chosen so far, the cursor, partners for talks, the order awaiting its seal. */
export interface Picker {
  readonly path: readonly string[];
  readonly cursor: number;
  readonly partners: readonly ActorId[] | null;
  readonly pending: Action | null;
}

/** The screen showing; `resolving` is the dashboard while a turn is played. */
export type Screen = 'setup' | 'dashboard' | 'handover' | 'orders' | 'resolving' | 'debrief';
/** What covers part of a screen: help, the injects, or a yes/no question (quit, end the game, cancel a round of orders, Ctrl-C). */
export type Overlay = null | 'help' | 'injects' | 'quit' | 'end' | 'cancelRound' | 'interrupt';

/** The whole state of the UI; the container holds one and changes it only through `reduce`. */
export interface Session {
  readonly catalog: readonly CatalogEntry[];
  readonly size: Size;
  readonly screen: Screen;
  readonly overlay: Overlay;
  readonly setup: SetupState;
  readonly game: Game | null;
  readonly panel: PanelId;
  readonly auto: boolean;
  readonly pace: number;
  /** Inject ids to fire at the next resolution. */
  readonly queued: readonly string[];
  readonly injectCursor: number;
  /** Orders sealed so far this turn, by team. */
  readonly sealed: Readonly<Partial<Record<ActorId, Action>>>;
  /** Index in `game.humans` of the team choosing. */
  readonly team: number;
  readonly picker: Picker;
  /** A panel a team looks at while choosing its order; its half-made order waits in `picker`. */
  readonly peek: PanelId | null;
  readonly message: string | null;
  /** Turns played when the game was last saved (null: never). */
  readonly savedTurns: number | null;
  readonly debrief: Debrief | null;
  readonly debriefPath: string | null;
  readonly scroll: number;
  /** Side effects the container runs, then reports back: writing a save, leaving (`interrupt`: after Ctrl-C). */
  readonly request: null | 'save' | 'exit' | 'interrupt';
}

/** Everything that can change the session: keys, the terminal's size, timers, and the results of effects. */
export type SessionEvent =
  /** A keypress, mapped to a command through the key table by the reducer, against the latest state. */
  | { readonly type: 'key'; readonly input: string; readonly key: Key }
  | { readonly type: 'resize'; readonly size: Size }
  | { readonly type: 'tick' }
  | { readonly type: 'resolve' }
  | { readonly type: 'saved'; readonly path: string }
  | { readonly type: 'failed'; readonly message: string }
  | { readonly type: 'debriefReady'; readonly debrief: Debrief; readonly path: string | null; readonly message: string };

/** A team's order menu before its first choice. */
export const FRESH_PICKER: Picker = { path: [], cursor: 0, partners: null, pending: null };
