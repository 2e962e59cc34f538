import { render } from 'ink';
import type { RoomControl } from '../session/index.js';
import { ClassroomDashboard } from './ClassroomDashboard.js';

const ENTER_ALT_SCREEN = '\u001b[?1049h\u001b[H';
const LEAVE_ALT_SCREEN = '\u001b[?1049l';
const SIGNALS = ['SIGTERM', 'SIGHUP', 'SIGINT'] as const;

/** How the dashboard ended: the facilitator stopped the class, or a signal did. */
export interface DashboardEnd {
  readonly signal: NodeJS.Signals | null;
}

/**
 * Run the facilitator's dashboard on the process's terminal until the facilitator stops the class
 * (q then y) or a signal ends it; Ink is unmounted and the alternate screen left before this returns.
 */
export async function runDashboard(room: RoomControl, { colour, network = false }: { readonly colour: boolean; readonly network?: boolean }): Promise<DashboardEnd> {
  let signal: NodeJS.Signals | null = null;
  process.stdout.write(ENTER_ALT_SCREEN);
  const instance = render(<ClassroomDashboard room={room} colour={colour} network={network} />, { exitOnCtrlC: false });
  const onSignal = (received: NodeJS.Signals) => {
    signal = received;
    instance.unmount();
  };
  for (const s of SIGNALS) process.on(s, onSignal);
  try {
    await instance.waitUntilExit();
    return { signal };
  } finally {
    for (const s of SIGNALS) process.removeListener(s, onSignal);
    process.stdout.write(LEAVE_ALT_SCREEN);
  }
}
