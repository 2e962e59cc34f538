import { Box, useApp, useInput } from 'ink';
import { useEffect, useRef, useState } from 'react';
import { debriefMarkdown, type RoomCommand, type RoomControl } from '../session/index.js';
import { classCommandFor, classHints, type ClassContext } from './classroomKeys.js';
import { headLine, indexLines, injectLines, newsLines, teamLines } from './classroomLines.js';
import type { Size } from './layout.js';
import { Line, type Seg } from './Line.js';
import { Panel } from './Panel.js';
import { ThemeContext } from './theme.js';
import { useTerminalSize } from './useTerminalSize.js';

/** The turn timers `t` steps through, in seconds (null: no timer). */
export const TIMER_STEPS: readonly (number | null)[] = [null, 60, 120, 180, 300, 480, 600, 900];

/** Props of the facilitator's dashboard: the running room (through its control, never the server itself). */
export interface ClassroomDashboardProps {
  readonly room: RoomControl;
  readonly colour: boolean;
  /** True when the server listens on every network (--host 0.0.0.0), which the dashboard says. */
  readonly network?: boolean;
  readonly size?: Size;
}

interface Confirm {
  readonly question: string;
  readonly then: () => void;
}

/**
 * The facilitator's dashboard of `multipolar serve`, for the projector: the address students open,
 * who has sealed (never what), the timer, the world and the news; keys resolve, time, pause, fire
 * injects, give a team a new code, end the game and show the debrief. It only reads snapshots of
 * the room and sends it commands.
 */
export function ClassroomDashboard({ room, colour, network = false, size: fixed }: ClassroomDashboardProps) {
  const { exit } = useApp();
  const size = useTerminalSize(fixed);
  // A snapshot is made when the room changes (and each second while a timer runs), not at every render.
  const [snapshot, setSnapshot] = useState(() => room.snapshot());
  useEffect(() => room.subscribe(() => setSnapshot(room.snapshot())), [room]);
  const [context, setContext] = useState<ClassContext>('room');
  const [back, setBack] = useState<ClassContext>('room');
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const [row, setRow] = useState(0);
  const [scroll, setScroll] = useState(0);
  const [note, setNote] = useState<string | null>(null);
  const { view, debrief } = snapshot;
  const over = view.phase === 'over';

  // The timer counts down on the projector: draw again every second while one runs.
  useEffect(() => {
    if (view.secondsLeft === null || view.phase !== 'orders') return;
    const t = setInterval(() => setSnapshot(room.snapshot()), 1000);
    return () => clearInterval(t);
  }, [room, view.secondsLeft === null, view.phase]);

  // Keys may come before Ink takes the new handler: the handler reads what was last drawn from here.
  const latest = useRef({ context, back, confirm, row, view, debrief, over });
  latest.current = { context, back, confirm, row, view, debrief, over };
  const run = (command: RoomCommand) => setNote(room.command(command));

  useInput((input, key) => {
    const { context, back, confirm, row, view, debrief, over } = latest.current;
    const ask = (question: string, then: () => void) => {
      setBack(context);
      setConfirm({ question, then });
      setContext('confirm');
      latest.current = { ...latest.current, context: 'confirm', back: context, confirm: { question, then } };
    };
    const command = classCommandFor(context, input, key);
    if (command === null) return;
    const waiting = view.teams.filter((t) => !t.sealed).map((t) => t.name);
    switch (command) {
      case 'yes':
        setContext(back);
        confirm?.then();
        setConfirm(null);
        return;
      case 'no':
        setContext(back);
        setConfirm(null);
        return;
      case 'resolve':
        if (over) return setNote('The game is over.');
        if (waiting.length === 0) return run({ type: 'resolve' });
        return ask(`Resolve now? ${waiting.join(', ')} ${waiting.length > 1 ? 'have' : 'has'} not sealed and will hold.`, () => run({ type: 'resolve' }));
      case 'timer': {
        const next = TIMER_STEPS[(TIMER_STEPS.indexOf(view.timerSeconds) + 1) % TIMER_STEPS.length];
        return run({ type: 'timer', seconds: next });
      }
      case 'pause':
        return run({ type: view.phase === 'paused' ? 'resume' : 'pause' });
      case 'injects':
        setRow(0);
        return setContext('injects');
      case 'codes':
        setRow(0);
        return setContext('codes');
      case 'end':
        if (over) return setNote('The game is over.');
        return ask('End the game now and make the debrief?', () => run({ type: 'end' }));
      case 'debrief':
        if (!debrief) return setNote(over ? 'The debrief is being made…' : 'The debrief comes when the game is over (e ends it now).');
        setScroll(0);
        return setContext('debrief');
      case 'up':
        if (context === 'debrief') return setScroll((s) => Math.max(0, s - 1));
        return setRow((r) => Math.max(0, r - 1));
      case 'down':
        if (context === 'debrief') return setScroll((s) => s + 1);
        return setRow((r) => Math.min((context === 'injects' ? view.injects.length : view.teams.length) - 1, r + 1));
      case 'toggle': {
        const inject = view.injects[row];
        if (inject) run({ type: 'inject', id: inject.id, on: !inject.queued });
        return;
      }
      case 'select': {
        const team = view.teams[row];
        if (team) ask(`Give ${team.name} a new code? Its pages are disconnected and must join again with the new code.`, () => run({ type: 'resetCode', team: team.actor }));
        return;
      }
      case 'back':
        setNote(null);
        return setContext('room');
      case 'quit':
        return ask('Stop the class? Pages lose the server; the game is saved and resumes with serve --load.', () => exit());
      default: {
        const never: never = command;
        return never;
      }
    }
  });

  const width = Math.max(20, size.columns);
  const rows = Math.max(12, size.rows);
  const url: Seg[] = [
    { text: 'Students open ' }, { text: room.url, bold: true, tone: 'accent' }, { text: ' and type their team\'s code.' },
    ...(network ? [{ text: ' Serving every network this machine is on.', tone: 'warn' as const }] : []),
  ];
  const status: Seg[] = confirm
    ? [{ text: confirm.question, bold: true, tone: 'warn' }]
    : [{ text: note ?? snapshot.message ?? (snapshot.savePath ? `Saved every turn to ${snapshot.savePath}` : ''), tone: note ? 'bad' : 'muted' }];
  const codes = context === 'codes' || (context === 'confirm' && back === 'codes');
  const teams = teamLines(view, codes ? row : null, codes);
  const body = rows - 6 - teams.length - 1;
  let main;
  if (codes) {
    const lines: Seg[][] = [
      [{ text: 'The codes are shown above: anyone who sees one can play that team. Read each team its own, or turn the projector away first.', tone: 'warn' }],
      [{ text: 'Each code also joins from its link: ' }, { text: `${room.url}#code=XXXX-XXXX`, tone: 'muted' }],
      [{ text: '↑/↓ choose a team, enter gives it a new code (a student left with it): its pages are disconnected and the old code stops working.' }],
    ];
    main = <Panel title="Codes" width={width} height={body} lines={lines} />;
  } else if (context === 'injects' || (context === 'confirm' && back === 'injects')) {
    main = <Panel title="Injects (fire at the next resolution)" width={width} height={body} lines={injectLines(view, row)} />;
  } else if (context === 'debrief' || (context === 'confirm' && back === 'debrief')) {
    const lines = debrief ? debriefMarkdown(debrief).split('\n').map((t): Seg[] => [{ text: t }]) : [];
    main = <Panel title={`Debrief${snapshot.debriefPath ? ` (written to ${snapshot.debriefPath})` : ''}`} width={width} height={body} lines={lines.slice(Math.min(scroll, Math.max(0, lines.length - 1)))} />;
  } else {
    const top = Math.min(6, Math.max(3, Math.floor(body / 3)));
    main = (
      <Box flexDirection="column">
        <Panel title="Indices" width={width} height={top} lines={indexLines(view)} />
        <Panel title="News" width={width} height={body - top} lines={newsLines(view)} />
      </Box>
    );
  }
  return (
    <ThemeContext.Provider value={{ colour }}>
      <Box flexDirection="column" width={width} height={rows}>
        <Line segs={headLine(view)} width={width} />
        <Line segs={url} width={width} />
        <Panel title={over ? 'Teams' : `Teams (${view.teams.filter((t) => t.sealed).length} of ${view.teams.length} sealed)`} width={width} height={teams.length + 1} lines={teams} />
        {main}
        <Line segs={status} width={width} />
        <Line segs={[{ text: classHints(context), tone: 'muted' }]} width={width} />
      </Box>
    </ThemeContext.Provider>
  );
}
