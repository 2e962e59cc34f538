import type { Key } from 'ink';

const NO_KEY: Key = {
  upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
  return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
  super: false, hyper: false, capsLock: false, numLock: false,
};

/** Pure: one character as the keypress a terminal sends for it alone. */
function keyOf(c: string): { input: string; key: Key } {
  if (c === '\r' || c === '\n') return { input: '', key: { ...NO_KEY, return: true } };
  if (c === '\t') return { input: '', key: { ...NO_KEY, tab: true } };
  if (c === '\u007f' || c === '\b') return { input: '', key: { ...NO_KEY, backspace: true } };
  const code = c.codePointAt(0)!;
  // Ctrl+A .. Ctrl+Z arrive as 1..26.
  if (code >= 1 && code <= 26) return { input: String.fromCharCode(code + 96), key: { ...NO_KEY, ctrl: true } };
  return { input: c, key: { ...NO_KEY, shift: /[A-Z]/.test(c) } };
}

/**
 * Pure: the keystrokes in one chunk of input. Ink hands a paste, or keys typed faster than it
 * reads them ("2a", two spaces, "42\r"), to the app as one string; each of its characters is a
 * keystroke, in order. Escape sequences (arrows, function keys) come one to a chunk and pass as they are.
 */
export function keystrokes(input: string, key: Key): Array<{ input: string; key: Key }> {
  const chars = [...input];
  // A lone line feed is Enter too: a terminal still in line mode (before the game takes the keys)
  // turns a typed Enter into one, and some terminals send it for Ctrl-J or Enter.
  if (input === '\n') return [keyOf(input)];
  if (chars.length <= 1 || key.ctrl || key.meta || key.escape) return [{ input, key }];
  return chars.map(keyOf);
}
