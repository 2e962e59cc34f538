import type { Key } from 'ink';

/** Where the keyboard is: each screen or overlay reads its own keys. */
export type KeyContext = 'setup' | 'dashboard' | 'handover' | 'orders' | 'peek' | 'injects' | 'confirm' | 'help' | 'debrief';

/** What a key does; the session reducer acts on commands, never on raw keys. */
export type Command =
  | 'help' | 'quit' | 'up' | 'down' | 'left' | 'right' | 'pageUp' | 'pageDown' | 'digit' | 'erase'
  | 'toggle' | 'select' | 'back' | 'step' | 'auto' | 'inject' | 'save' | 'panel' | 'nextPanel'
  | 'prevPanel' | 'faster' | 'slower' | 'end' | 'yes' | 'no' | 'interrupt';

/** One row of the key table. */
export interface Binding {
  /** What the help shows for the key. */
  readonly label: string;
  readonly command: Command;
  readonly help: string;
  /** A word or two for the key bar at the bottom of the screen; keys without one show only in `?` help. */
  readonly hint?: string;
  readonly contexts: readonly KeyContext[];
  readonly match: (input: string, key: Key) => boolean;
}

const char = (c: string) => (input: string, key: Key) => input === c && !key.ctrl && !key.meta;
const space = char(' ');
const enter = (_: string, key: Key) => key.return;
const escape = (_: string, key: Key) => key.escape;

const ALL: readonly KeyContext[] = ['setup', 'dashboard', 'handover', 'orders', 'peek', 'injects', 'debrief'];
const PANEL_KEY = /^[1-8]$/;

/**
 * The one table of keys: the container maps every keypress through it, and `?` help is generated
 * from it, so the help can never disagree with what the keys do. The first match in order wins.
 */
export const KEY_TABLE: readonly Binding[] = [
  { label: 'y', command: 'yes', help: 'yes', hint: 'yes', contexts: ['confirm'], match: (i) => i === 'y' || i === 'Y' },
  { label: 'n/esc', command: 'no', help: 'no, go back', hint: 'no', contexts: ['confirm'], match: (i, k) => i === 'n' || i === 'N' || k.escape },
  { label: '?/esc', command: 'help', help: 'close this help', hint: 'close', contexts: ['help'], match: (i, k) => i === '?' || k.escape },
  { label: '↑/↓', command: 'up', help: 'move up', hint: 'move', contexts: ['setup', 'orders', 'injects'], match: (_, k) => k.upArrow },
  { label: '↓', command: 'down', help: 'move down', contexts: ['setup', 'orders', 'injects'], match: (_, k) => k.downArrow },
  { label: '↑/↓', command: 'up', help: 'scroll', hint: 'scroll', contexts: ['debrief'], match: (_, k) => k.upArrow },
  { label: '↓', command: 'down', help: 'scroll down', contexts: ['debrief'], match: (_, k) => k.downArrow },
  { label: 'pgup/pgdn', command: 'pageUp', help: 'scroll a page', hint: 'page', contexts: ['debrief'], match: (_, k) => k.pageUp },
  { label: 'pgdn', command: 'pageDown', help: 'scroll a page down', contexts: ['debrief'], match: (_, k) => k.pageDown },
  { label: '←/→', command: 'left', help: 'change the scenario, or the length (on their rows)', hint: 'change', contexts: ['setup'], match: (_, k) => k.leftArrow },
  { label: '→', command: 'right', help: 'next scenario, or one turn more', contexts: ['setup'], match: (_, k) => k.rightArrow },
  { label: '0-9', command: 'digit', help: 'type the seed, or the length on its row', hint: 'type', contexts: ['setup'], match: (i) => /^[0-9]$/.test(i) },
  { label: 'backspace', command: 'erase', help: 'erase a digit of the seed or the length', contexts: ['setup'], match: (_, k) => k.backspace || k.delete },
  { label: 'space', command: 'toggle', help: 'switch the team: human or computer', hint: 'team', contexts: ['setup'], match: space },
  { label: 'enter', command: 'select', help: 'start the game', hint: 'start', contexts: ['setup'], match: enter },
  { label: 'space', command: 'step', help: 'play the next turn (enter too); during auto-play: pause', hint: 'next turn', contexts: ['dashboard'], match: (i, k) => i === ' ' || k.return },
  { label: 'a', command: 'auto', help: 'auto-play turns at a readable pace (watch mode)', hint: 'auto', contexts: ['dashboard'], match: char('a') },
  { label: '+/-', command: 'faster', help: 'auto-play faster or slower', contexts: ['dashboard'], match: (i) => i === '+' || i === '=' },
  { label: '-', command: 'slower', help: 'auto-play slower', contexts: ['dashboard'], match: char('-') },
  { label: '1-8', command: 'panel', help: 'show a panel: news, treaties, forces, tension, postures, charts, scores, why', hint: 'panels', contexts: ['dashboard', 'peek'], match: (i) => PANEL_KEY.test(i) },
  { label: '1-8', command: 'panel', help: 'look at a panel (news, treaties, forces, tension, postures, charts, scores, why); the order waits', hint: 'look', contexts: ['orders'], match: (i) => PANEL_KEY.test(i) },
  { label: 'tab', command: 'nextPanel', help: 'next panel', contexts: ['dashboard', 'orders', 'peek'], match: (_, k) => k.tab && !k.shift },
  { label: 'shift+tab', command: 'prevPanel', help: 'previous panel', contexts: ['dashboard', 'orders', 'peek'], match: (_, k) => k.tab && k.shift },
  { label: 'esc', command: 'back', help: 'back to the half-made order', hint: 'order', contexts: ['peek'], match: (_, k) => k.escape },
  { label: 'i', command: 'inject', help: 'facilitator injects: fire an event at the next turn', hint: 'inject', contexts: ['dashboard'], match: char('i') },
  { label: 's', command: 'save', help: 'save the game to a file', hint: 'save', contexts: ['dashboard', 'debrief'], match: char('s') },
  { label: 'e', command: 'end', help: 'end the game now and go to the debrief', contexts: ['dashboard'], match: char('e') },
  { label: 'enter', command: 'select', help: 'this team is at the keyboard: show its choices', hint: 'ready', contexts: ['handover'], match: enter },
  { label: 'esc', command: 'back', help: 'cancel this round of orders (asks first)', hint: 'cancel', contexts: ['handover'], match: escape },
  { label: 'enter', command: 'select', help: 'choose (on a summary: seal the order)', hint: 'choose', contexts: ['orders'], match: enter },
  { label: 'space', command: 'toggle', help: 'invite or drop a partner to talks', hint: 'partner', contexts: ['orders'], match: space },
  { label: 'esc', command: 'back', help: 'go back one step', hint: 'back', contexts: ['orders'], match: escape },
  { label: 'enter', command: 'toggle', help: 'queue or unqueue the inject for the next turn (space too)', hint: 'queue', contexts: ['injects'], match: (i, k) => i === ' ' || k.return },
  { label: 'esc/i', command: 'back', help: 'close the injects', hint: 'close', contexts: ['injects'], match: (i, k) => k.escape || i === 'i' },
  { label: '?', command: 'help', help: 'show the keys', hint: 'help', contexts: ALL, match: char('?') },
  { label: 'q', command: 'quit', help: 'quit (asks first)', hint: 'quit', contexts: ALL, match: char('q') },
  { label: 'ctrl+c', command: 'interrupt', help: 'stop the game (asks when turns are unsaved)', contexts: [...ALL, 'confirm', 'help'], match: (i, k) => k.ctrl && i === 'c' },
];

/** Pure: the command a keypress means in `context`, or null when the key does nothing there. */
export function commandFor(context: KeyContext, input: string, key: Key): Command | null {
  return KEY_TABLE.find((b) => b.contexts.includes(context) && b.match(input, key))?.command ?? null;
}

/**
 * Pure: the help lines of `context`, from the table. Bindings whose label already covers a
 * neighbour (↑/↓ covers ↓) are listed once.
 */
export function helpFor(context: KeyContext): ReadonlyArray<{ readonly label: string; readonly help: string }> {
  const shown = KEY_TABLE.filter((b) => b.contexts.includes(context));
  const covered = (b: Binding) => shown.some((o) => o !== b && o.label !== b.label && o.label.split('/').includes(b.label));
  return shown.filter((b) => !covered(b)).map(({ label, help }) => ({ label, help }));
}

/** Pure: the key bar of `context`: the keys that have a hint, in table order, less the commands in `omit`. */
export function hintsFor(context: KeyContext, omit: readonly Command[] = []): ReadonlyArray<{ readonly label: string; readonly hint: string }> {
  return KEY_TABLE.filter((b) => b.contexts.includes(context) && b.hint && !omit.includes(b.command)).map((b) => ({ label: b.label, hint: b.hint! }));
}
