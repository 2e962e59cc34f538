import { isOver, newGame, resolveRound, toggleInject, type Game } from '../session/index.js';
import { commandFor, type Command, type KeyContext } from './keys.js';
import { bodyHeight, type Size } from './layout.js';
import { debriefMaxScroll } from './debriefLines.js';
import { reduceOrders } from './ordersReducer.js';
import { reduceSetup, turnsOf, MAX_TURNS } from './setupReducer.js';
import { FRESH_PICKER, PACES, PANELS, type CatalogEntry, type PanelId, type Session, type SessionEvent, type SetupState } from './state.js';

function resumedText(game: Game): string {
  const last = game.run.turns.at(-1);
  return last ? `Resumed ${game.run.scenario.id} after turn ${last.turn} (${last.date}). Space plays on.` : `Resumed ${game.run.scenario.id} before its first turn. Space plays on.`;
}

/** Pure: a session on the setup screen, or straight on the dashboard of a resumed game. */
export function initialSession(catalog: readonly CatalogEntry[], size: Size, setup: SetupState, resumed: Game | null, pace: number = PACES[1]): Session {
  return {
    catalog, size, setup, screen: resumed ? 'dashboard' : 'setup', overlay: null, game: resumed, panel: 'news', auto: false, pace,
    queued: [], injectCursor: 0, sealed: {}, team: 0, picker: FRESH_PICKER, peek: null, request: null,
    message: resumed ? resumedText(resumed) : null,
    savedTurns: resumed ? resumed.run.turns.length : null, debrief: null, debriefPath: null, scroll: 0,
  };
}

/** Pure: which part of the key table applies now (null while a turn resolves). */
export function keyContext(s: Session): KeyContext | null {
  if (s.overlay === 'help') return 'help';
  if (s.overlay === 'quit' || s.overlay === 'end' || s.overlay === 'cancelRound' || s.overlay === 'interrupt') return 'confirm';
  if (s.overlay === 'injects') return 'injects';
  if (s.screen === 'orders' && s.peek !== null) return 'peek';
  return s.screen === 'resolving' ? null : s.screen;
}

/** Pure: the context whose keys the help overlay lists (the one beneath it). */
export function helpContext(s: Session): KeyContext {
  return keyContext({ ...s, overlay: null }) ?? 'dashboard';
}

const turnsUnsaved = (s: Session) => (s.game ? s.game.run.turns.length - (s.savedTurns ?? 0) : 0);

/** Pure: the sentence the quit prompt asks. */
export function quitQuestion(s: Session): string {
  if (!s.game) return 'Quit without starting a game?';
  const unsaved = turnsUnsaved(s);
  return unsaved > 0 ? `Quit? ${unsaved} turn${unsaved > 1 ? 's' : ''} played since the last save will be lost (s saves).` : 'Quit? Everything played is saved.';
}

/** Pure: the yes/no question of the overlay showing, or null. */
export function confirmQuestion(s: Session): string | null {
  switch (s.overlay) {
    case 'quit':
      return quitQuestion(s);
    case 'end':
      return 'End the game now and go to the debrief?';
    case 'cancelRound': {
      const sealed = Object.keys(s.sealed).length;
      return sealed > 0 ? `Cancel this round? The ${sealed} order${sealed > 1 ? 's' : ''} sealed so far will be dropped; no turn is played.` : 'Cancel this round? No turn is played.';
    }
    case 'interrupt': {
      const unsaved = turnsUnsaved(s);
      return `Stop now? ${unsaved} turn${unsaved > 1 ? 's' : ''} played since the last save will be lost (n goes back, then s saves).`;
    }
    default:
      return null;
  }
}

/** Pure: Ctrl-C. It stops at once when nothing would be lost; else it asks, and a second Ctrl-C stops. */
function interrupt(s: Session): Session {
  if (s.overlay === 'interrupt' || !s.game || s.screen === 'setup' || turnsUnsaved(s) === 0) return { ...s, request: 'interrupt' };
  return { ...s, overlay: 'interrupt', auto: false, message: null };
}

/** Pure: the session after an event. Every change of the UI's state goes through here. */
export function reduce(s: Session, e: SessionEvent): Session {
  switch (e.type) {
    case 'resize':
      return { ...s, size: e.size };
    case 'tick':
      return s.auto && s.screen === 'dashboard' && s.overlay === null ? { ...s, screen: 'resolving' } : s;
    case 'resolve':
      return s.screen === 'resolving' && s.game ? resolve(s, s.game) : s;
    case 'saved':
      return { ...s, request: null, savedTurns: s.game?.run.turns.length ?? null, message: `Saved to ${e.path}. Resume with: multipolar play --load ${e.path}` };
    case 'failed':
      return { ...s, request: null, message: e.message };
    case 'debriefReady':
      return { ...s, debrief: e.debrief, debriefPath: e.path, message: e.message };
    case 'key': {
      // Ctrl-C works everywhere, even while a turn resolves.
      if (e.key.ctrl && e.input === 'c') return interrupt(s);
      const context = keyContext(s);
      const command = context && commandFor(context, e.input, e.key);
      return command ? onKey(s, command, e.input) : s;
    }
  }
}

function resolve(s: Session, game: Game): Session {
  // Every team has sealed before a hot-seat turn resolves, so no team holds for being late.
  const played = resolveRound(game, s.sealed, s.queued).game;
  const last = played.run.turns[played.run.turns.length - 1];
  const over = isOver(played);
  return {
    ...s, game: played, sealed: {}, queued: [], team: 0, picker: FRESH_PICKER, peek: null,
    screen: over ? 'debrief' : 'dashboard', auto: s.auto && !over,
    panel: game.humans.length > 0 ? 'news' : s.panel,
    message: over ? 'The game is over: preparing the debrief…' : `${last.date} resolved. ${s.auto ? 'Space pauses.' : 'Space plays the next turn.'}`,
  };
}

function onKey(s: Session, command: Command, input: string): Session {
  const context = keyContext(s);
  if (context === null) return s;
  const next: Session = { ...s, message: null };
  switch (context) {
    case 'help':
      return { ...s, overlay: null };
    case 'confirm':
      if (command === 'no') return { ...next, overlay: null };
      if (command !== 'yes') return s;
      switch (s.overlay) {
        case 'quit':
          return { ...s, overlay: null, request: 'exit' };
        case 'interrupt':
          return { ...s, overlay: null, request: 'interrupt' };
        case 'cancelRound':
          return { ...next, overlay: null, screen: 'dashboard', sealed: {}, team: 0, picker: FRESH_PICKER, peek: null, message: 'Orders cancelled; no turn was played.' };
        default:
          return { ...next, overlay: null, auto: false, screen: 'debrief', message: 'Preparing the debrief…' };
      }
    case 'injects':
      return onInjectKey(next, command);
    case 'setup':
      return common(next, command) ?? startOrSetup(next, command, input);
    case 'dashboard':
      return common(next, command) ?? onDashboardKey(next, command, input);
    case 'handover':
      if (command === 'back') return { ...next, overlay: 'cancelRound' };
      return common(next, command) ?? reduceOrders(next, command);
    case 'orders':
      return common(next, command) ?? (isPanelKey(command) ? { ...next, peek: panelAfter(s.panel, command, input) } : reduceOrders(next, command));
    case 'peek':
      if (command === 'back') return { ...next, peek: null };
      return common(next, command) ?? (isPanelKey(command) ? { ...next, peek: panelAfter(s.peek ?? s.panel, command, input) } : s);
    case 'debrief':
      return common(next, command) ?? onDebriefKey(next, command);
  }
}

/** Keys every screen shares: help and quit, which open an overlay. */
function common(s: Session, command: Command): Session | null {
  if (command === 'help') return { ...s, overlay: 'help' };
  if (command === 'quit') return { ...s, overlay: 'quit', message: null };
  return null;
}

function startOrSetup(s: Session, command: Command, input: string): Session {
  const setup = reduceSetup(s.setup, s.catalog, command, input);
  if (setup !== 'start') return { ...s, setup };
  const entry = s.catalog[s.setup.entry];
  if (!entry.scenario) return { ...s, message: `Scenario ${entry.ref} cannot be played: ${entry.error}` };
  const seed = Number(s.setup.seedText);
  if (s.setup.seedText === '' || !Number.isSafeInteger(seed) || seed > 2 ** 32 - 1) return { ...s, message: 'The seed must be a whole number from 0 to 4294967295.' };
  const length = turnsOf(s.setup, entry);
  if (length < 1) return { ...s, message: `The game must last from 1 to ${MAX_TURNS} turns.` };
  const game = newGame(entry.scenario, entry.ref, seed, s.setup.humans, length);
  const how = game.humans.length > 0 ? `${game.humans.length} human team${game.humans.length > 1 ? 's' : ''}` : 'watch mode (a: auto-play)';
  return { ...s, game, screen: 'dashboard', message: `Game on: ${entry.scenario.id}, seed ${seed}, ${length} turn${length > 1 ? 's' : ''}, ${how}. Space starts.` };
}

const isPanelKey = (command: Command) => command === 'panel' || command === 'nextPanel' || command === 'prevPanel';

/** Pure: the panel a panel key leads to from `panel`: a digit names one, tab steps. */
function panelAfter(panel: PanelId, command: Command, input: string): PanelId {
  if (command === 'panel') return PANELS[Number(input) - 1];
  const i = PANELS.indexOf(panel) + (command === 'nextPanel' ? 1 : PANELS.length - 1);
  return PANELS[i % PANELS.length];
}

function onDashboardKey(s: Session, command: Command, input: string): Session {
  const game = s.game!;
  switch (command) {
    case 'step':
      if (s.auto) return { ...s, auto: false, message: 'Auto-play paused. Space plays one turn, a resumes.' };
      if (isOver(game)) return { ...s, screen: 'debrief' };
      return game.humans.length > 0 ? { ...s, screen: 'handover', team: 0, sealed: {}, picker: FRESH_PICKER, peek: null } : { ...s, screen: 'resolving' };
    case 'auto':
      if (game.humans.length > 0) return { ...s, message: 'Auto-play is for watch mode, when the computer plays every actor.' };
      return { ...s, auto: !s.auto, message: s.auto ? 'Auto-play paused.' : `Auto-play: a turn every ${s.pace / 1000} s. Space pauses.` };
    case 'faster':
    case 'slower': {
      const i = PACES.indexOf(s.pace as (typeof PACES)[number]);
      const pace = PACES[Math.max(0, Math.min(PACES.length - 1, (i < 0 ? 1 : i) + (command === 'faster' ? -1 : 1)))];
      return { ...s, pace, message: `Auto-play: a turn every ${pace / 1000} s.` };
    }
    case 'panel':
    case 'nextPanel':
    case 'prevPanel':
      return { ...s, panel: panelAfter(s.panel, command, input) };
    case 'inject':
      if (game.run.scenario.injects.length === 0) return { ...s, message: 'This scenario has no injects.' };
      return { ...s, overlay: 'injects', auto: false };
    case 'save':
      return { ...s, request: 'save' };
    case 'end':
      return { ...s, overlay: 'end', auto: false };
    default:
      return s;
  }
}

function onInjectKey(s: Session, command: Command): Session {
  const injects = s.game!.run.scenario.injects;
  switch (command) {
    case 'up':
    case 'down':
      return { ...s, injectCursor: Math.max(0, Math.min(injects.length - 1, s.injectCursor + (command === 'up' ? -1 : 1))) };
    case 'toggle': {
      const id = injects[s.injectCursor].id;
      const on = !s.queued.includes(id);
      const queued = toggleInject(injects, s.queued, id, on) ?? s.queued;
      return { ...s, queued, message: `${on ? 'Queued' : 'Dropped'}: ${injects[s.injectCursor].title}${on ? ' (fires at the next turn)' : ''}.` };
    }
    case 'back':
      return { ...s, overlay: null };
    default:
      return s;
  }
}

function onDebriefKey(s: Session, command: Command): Session {
  switch (command) {
    case 'up':
    case 'down':
    case 'pageUp':
    case 'pageDown': {
      const step = command === 'up' ? -1 : command === 'down' ? 1 : command === 'pageUp' ? -10 : 10;
      const max = s.debrief ? debriefMaxScroll(s.debrief, s.debriefPath, s.size.columns, bodyHeight(s.size)) : 0;
      return { ...s, scroll: Math.max(0, Math.min(max, s.scroll + step)) };
    }
    case 'save':
      return { ...s, request: 'save' };
    default:
      return s;
  }
}
