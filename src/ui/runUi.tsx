import { render } from 'ink';
import { App, type AppProps, type ExitSummary } from './App.js';

// The terminal's alternate screen: the game takes the whole window and leaves the shell as it was.
const ENTER_ALT_SCREEN = '\u001b[?1049h\u001b[H';
const LEAVE_ALT_SCREEN = '\u001b[?1049l';

/** Signals that end a game from outside: the terminal must be given back before the process ends. */
const SIGNALS = ['SIGTERM', 'SIGHUP', 'SIGINT'] as const;

/** How the game ended: what the players leave behind, and the signal that ended it, if one did. */
export interface UiEnd extends ExitSummary {
  readonly signal: NodeJS.Signals | null;
}

// After a hang-up the terminal is gone: writing to it may fail, and that must not hide the exit.
const write = (text: string) => {
  try {
    process.stdout.write(text);
  } catch {
    // nothing to restore on a terminal that is gone
  }
};

/**
 * Run the UI on the process's terminal until the players quit (q then y, or Ctrl-C) or a signal
 * (SIGTERM, SIGHUP, SIGINT from outside) ends it. In every case Ink is unmounted (raw mode off,
 * cursor shown) and the alternate screen is left before this returns; the caller says what was
 * left unsaved and ends the process with the right code.
 */
export async function runUi(props: AppProps): Promise<UiEnd> {
  let last: ExitSummary = { turnsPlayed: 0, unsaved: 0, interrupted: false };
  let signal: NodeJS.Signals | null = null;
  write(ENTER_ALT_SCREEN);
  // Ctrl-C is a key like any other: the game asks before losing unsaved turns.
  const instance = render(<App {...props} onProgress={(summary) => void (last = summary)} />, { exitOnCtrlC: false });
  const onSignal = (received: NodeJS.Signals) => {
    signal = received;
    instance.unmount();
  };
  for (const s of SIGNALS) process.on(s, onSignal);
  try {
    const summary = (await instance.waitUntilExit()) as ExitSummary | undefined;
    return { ...(summary ?? last), signal };
  } finally {
    for (const s of SIGNALS) process.removeListener(s, onSignal);
    write(LEAVE_ALT_SCREEN);
  }
}
