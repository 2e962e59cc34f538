import type { Key } from 'ink';

/** Where the keyboard is on the facilitator's dashboard of `multipolar serve`. */
export type ClassContext = 'room' | 'injects' | 'codes' | 'confirm' | 'debrief';

/** What a key does on the facilitator's dashboard; the container acts on commands, never on raw keys. */
export type ClassCommand =
  | 'resolve' | 'timer' | 'pause' | 'injects' | 'codes' | 'end' | 'debrief' | 'quit'
  | 'up' | 'down' | 'toggle' | 'select' | 'back' | 'yes' | 'no';

interface ClassBinding {
  readonly label: string;
  readonly command: ClassCommand;
  /** A word or two for the key bar. */
  readonly hint: string;
  readonly contexts: readonly ClassContext[];
  readonly match: (input: string, key: Key) => boolean;
}

const char = (c: string) => (input: string, key: Key) => input === c && !key.ctrl && !key.meta;

/**
 * The dashboard's one table of keys: the container maps every keypress through it and the key bar
 * is generated from it, so the bar can never disagree with what the keys do. First match wins.
 */
export const CLASS_KEYS: readonly ClassBinding[] = [
  { label: 'y', command: 'yes', hint: 'yes', contexts: ['confirm'], match: (i) => i === 'y' || i === 'Y' },
  { label: 'n/esc', command: 'no', hint: 'no', contexts: ['confirm'], match: (i, k) => i === 'n' || i === 'N' || k.escape },
  { label: 'r', command: 'resolve', hint: 'resolve now', contexts: ['room'], match: char('r') },
  { label: 't', command: 'timer', hint: 'turn timer', contexts: ['room'], match: char('t') },
  { label: 'p', command: 'pause', hint: 'pause/resume', contexts: ['room'], match: char('p') },
  { label: 'i', command: 'injects', hint: 'injects', contexts: ['room'], match: char('i') },
  { label: 'c', command: 'codes', hint: 'codes', contexts: ['room'], match: char('c') },
  { label: 'e', command: 'end', hint: 'end game', contexts: ['room'], match: char('e') },
  { label: 'd', command: 'debrief', hint: 'debrief', contexts: ['room'], match: char('d') },
  { label: '↑/↓', command: 'up', hint: 'move', contexts: ['injects', 'codes', 'debrief'], match: (_, k) => k.upArrow },
  { label: '↓', command: 'down', hint: '', contexts: ['injects', 'codes', 'debrief'], match: (_, k) => k.downArrow },
  { label: 'space', command: 'toggle', hint: 'queue/drop', contexts: ['injects'], match: (i, k) => i === ' ' || k.return },
  { label: 'enter', command: 'select', hint: 'new code for this team', contexts: ['codes'], match: (_, k) => k.return },
  { label: 'esc', command: 'back', hint: 'back', contexts: ['injects', 'codes', 'debrief'], match: (_, k) => k.escape },
  { label: 'q', command: 'quit', hint: 'stop the class', contexts: ['room', 'injects', 'codes', 'debrief'], match: (i, k) => i === 'q' || (k.ctrl && i === 'c') },
];

/** Pure: the command a keypress means in `context`, or null. */
export function classCommandFor(context: ClassContext, input: string, key: Key): ClassCommand | null {
  return CLASS_KEYS.find((b) => b.contexts.includes(context) && b.match(input, key))?.command ?? null;
}

/** Pure: the key bar of `context`, from the table. */
export function classHints(context: ClassContext): string {
  return CLASS_KEYS.filter((b) => b.contexts.includes(context) && b.hint !== '').map((b) => `${b.label} ${b.hint}`).join(' · ');
}
