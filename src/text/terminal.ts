/**
 * Text from files (a scenario's titles, a record's reasons, a YAML key in an error) is data: an
 * escape sequence in it must never reach a terminal, where it could retitle the window, clear it,
 * move the cursor over earlier lines or write the clipboard (OSC 52).
 */

// C0 controls but tab and newline, DEL, C1 controls (a lone 0x9B is a CSI on some terminals), and
// the bidirectional overrides and isolates that can make text read other than it is.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// On one line, tabs and newlines go too: a line of a table or of the UI must stay one line.
const UNSAFE_ON_A_LINE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Pure: `text` without control characters, keeping newlines and tabs. Once the ESC is gone, what
 * followed it is plain printable text, so nothing can be interpreted by the terminal.
 */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, '');
}

/** Pure: `text` for one line of a table or screen: control characters removed, tabs and newlines made spaces. */
export function terminalLine(text: string): string {
  return text.replace(UNSAFE_ON_A_LINE, (c) => (c === '\t' || c === '\n' || c === '\r' ? ' ' : ''));
}
