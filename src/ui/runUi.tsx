import { render } from 'ink';
import { App, type AppProps, type ExitSummary } from './App.js';

// The terminal's alternate screen: the game takes the whole window and leaves the shell as it was.
const ENTER_ALT_SCREEN = '\u001b[?1049h\u001b[H';
const LEAVE_ALT_SCREEN = '\u001b[?1049l';

/**
 * Run the UI on the process's terminal until the players quit (q, then y) or press Ctrl+C, and
 * return what they leave behind (undefined after Ctrl+C).
 */
export async function runUi(props: AppProps): Promise<ExitSummary | undefined> {
  process.stdout.write(ENTER_ALT_SCREEN);
  try {
    const instance = render(<App {...props} />, { exitOnCtrlC: true });
    return (await instance.waitUntilExit()) as ExitSummary | undefined;
  } finally {
    process.stdout.write(LEAVE_ALT_SCREEN);
  }
}
