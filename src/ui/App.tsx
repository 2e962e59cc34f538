import { Box, useApp, useInput } from 'ink';
import { useEffect, useReducer, type ReactNode } from 'react';
import type { Save } from '../engine/save.js';
import { Dashboard } from './Dashboard.js';
import { buildDebrief, type Debrief } from '../session/index.js';
import { debriefMarkdown } from '../session/index.js';
import { DebriefScreen } from './DebriefScreen.js';
import { saveOfGame, type Game } from '../session/index.js';
import { Handover } from './Handover.js';
import { Header } from './Header.js';
import { HelpOverlay } from './HelpOverlay.js';
import { InjectPicker } from './InjectPicker.js';
import type { Command } from './keys.js';
import { bodyHeight, isTooSmall, isWide, MIN_SIZE, type Size } from './layout.js';
import { Line } from './Line.js';
import { OrderPicker } from './OrderPicker.js';
import { confirmQuestion, helpContext, initialSession, keyContext, reduce } from './session.js';
import { keystrokes } from './keystrokes.js';
import { nameOf } from './labels.js';
import { SetupScreen } from './SetupScreen.js';
import type { CatalogEntry, Session, SetupState } from './state.js';
import { StatusBar } from './StatusBar.js';
import { ThemeContext } from './theme.js';
import { useTerminalSize } from './useTerminalSize.js';

/** What the UI asks of the outside world; the command line gives real files, tests give fakes. */
export interface AppIo {
  /** Write the save and return where it went; throw an Error whose message a person can act on. */
  readonly save: (save: Save) => string;
  /** Write the debrief file and return where it went; throw as `save` does. */
  readonly writeDebrief: (debrief: Debrief, markdown: string) => string;
}

/** The container's inputs: the scenarios to offer, the form's defaults (from the flags), a resumed game, the outside world. */
export interface AppProps {
  readonly catalog: readonly CatalogEntry[];
  readonly setup: SetupState;
  /** A game restored from a save: the UI opens on its dashboard. */
  readonly resumed: Game | null;
  readonly io: AppIo;
  readonly colour: boolean;
  /** A fixed size; by default the terminal's, following resizes. */
  readonly size?: Size;
  /** Milliseconds per turn when auto-playing. */
  readonly pace?: number;
  /** Told what would be left behind, whenever a turn is played or saved (for a signal that ends the game from outside). */
  readonly onProgress?: (summary: ExitSummary) => void;
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The body of the screen for the session's state. */
function body(s: Session, size: Size): ReactNode {
  const width = size.columns;
  const height = bodyHeight(size);
  if (isTooSmall(size)) {
    return <Box height={height}><Line segs={[{ text: `This terminal is ${size.columns}x${size.rows}; the game needs ${MIN_SIZE.columns}x${MIN_SIZE.rows}. Enlarge it, or q quits.`, tone: 'warn' }]} width={width} /></Box>;
  }
  const help = s.overlay === 'help' ? (w: number, h: number) => <HelpOverlay context={helpContext(s)} width={w} height={h} /> : null;
  if (s.screen === 'setup') return help ? help(width, height) : <SetupScreen catalog={s.catalog} setup={s.setup} width={width} height={height} />;
  if (s.screen === 'debrief') return help ? help(width, height) : <DebriefScreen debrief={s.debrief} path={s.debriefPath} scroll={s.scroll} width={width} height={height} />;
  const game = s.game!;
  const slot = help
    ?? (s.overlay === 'injects' ? (w: number, h: number) => <InjectPicker game={game} queued={s.queued} cursor={s.injectCursor} width={w} height={h} /> : null)
    ?? (s.screen === 'handover' ? (w: number, h: number) => <Handover game={game} team={s.team} sealed={s.sealed} width={w} height={h} /> : null)
    ?? (s.screen === 'orders' && s.peek === null ? (w: number, h: number) => <OrderPicker game={game} team={s.team} picker={s.picker} width={w} height={h} /> : null);
  // A team looking at a panel while it chooses sees the dashboard; its half-made order waits.
  return <Dashboard game={game} panel={s.peek ?? s.panel} size={{ columns: width, rows: height }} slot={slot} />;
}

/** Pure: the status line when no message is showing. */
function idleStatus(s: Session): string | null {
  if (s.screen === 'resolving') return `Resolving turn ${(s.game?.run.turns.length ?? 0) + 1}…`;
  if (s.screen === 'orders' && s.peek !== null && s.game) return `${nameOf(s.game.run.scenario.rules, s.game.humans[s.team])}'s order is kept as it was: esc goes back to it.`;
  const titles = s.game?.run.scenario.injects.filter((i) => s.queued.includes(i.id)).map((i) => i.title) ?? [];
  if (titles.length > 0) return `Inject${titles.length > 1 ? 's' : ''} for the next turn: ${titles.join('; ')}`;
  if (s.auto) return `Auto-play: a turn every ${s.pace / 1000} s · space pauses · +/- pace`;
  return null;
}

/** What the players leave behind, for the command line to say once the screen is restored. */
export interface ExitSummary {
  readonly turnsPlayed: number;
  /** Turns played since the last save (0 when everything is saved, or no game was started). */
  readonly unsaved: number;
  /** True when the players stopped with Ctrl-C rather than q. */
  readonly interrupted: boolean;
}

function exitSummary(s: Session): ExitSummary {
  const turnsPlayed = s.game?.run.turns.length ?? 0;
  return { turnsPlayed, unsaved: s.game ? turnsPlayed - (s.savedTurns ?? 0) : 0, interrupted: s.request === 'interrupt' };
}

/** Pure: commands that would do nothing visible now, kept off the key bar (they stay in ? help). */
function idleKeys(s: Session, size: Size): Command[] {
  const omit: Command[] = [];
  if (s.game && s.game.humans.length > 0) omit.push('auto');
  if (isWide(size)) omit.push('panel');
  return omit;
}

/**
 * The container: it holds the session, maps keys through the key table, and runs the effects the
 * session asks for (resolving a turn after the screen has said so, auto-play's timer, saving,
 * writing the debrief, leaving). Everything it shows comes from presentational components.
 */
export function App({ catalog, setup, resumed, io, colour, size: fixed, pace, onProgress }: AppProps) {
  const size = useTerminalSize(fixed);
  const [s, dispatch] = useReducer(reduce, undefined, () => initialSession(catalog, size, setup, resumed, pace));
  const { exit } = useApp();
  const turns = s.game?.run.turns.length ?? 0;

  useEffect(() => dispatch({ type: 'resize', size }), [size.columns, size.rows]);
  useEffect(() => onProgress?.(exitSummary(s)), [turns, s.savedTurns]);
  // A paste, or keys typed faster than Ink reads them, arrive as one string: each character is a key.
  useInput((input, key) => {
    for (const stroke of keystrokes(input, key)) dispatch({ type: 'key', ...stroke });
  });

  // Resolve on the next tick, so that the "resolving" frame is drawn before the work starts.
  useEffect(() => {
    if (s.screen !== 'resolving') return;
    const timer = setTimeout(() => dispatch({ type: 'resolve' }), 0);
    return () => clearTimeout(timer);
  }, [s.screen, turns]);

  useEffect(() => {
    if (!s.auto || s.screen !== 'dashboard' || s.overlay !== null) return;
    const timer = setTimeout(() => dispatch({ type: 'tick' }), s.pace);
    return () => clearTimeout(timer);
  }, [s.auto, s.screen, s.overlay, s.pace, turns]);

  useEffect(() => {
    if (s.request === 'exit' || s.request === 'interrupt') exit(exitSummary(s));
    if (s.request !== 'save' || !s.game) return;
    try {
      dispatch({ type: 'saved', path: io.save(saveOfGame(s.game)) });
    } catch (e) {
      dispatch({ type: 'failed', message: `Not saved: ${errorText(e)}` });
    }
  }, [s.request]);

  useEffect(() => {
    if (s.screen !== 'debrief' || s.debrief || !s.game) return;
    const game = s.game;
    const timer = setTimeout(() => {
      const debrief = buildDebrief(game);
      try {
        const path = io.writeDebrief(debrief, debriefMarkdown(debrief));
        dispatch({ type: 'debriefReady', debrief, path, message: `Debrief written to ${path}` });
      } catch (e) {
        dispatch({ type: 'debriefReady', debrief, path: null, message: `Debrief file not written: ${errorText(e)}` });
      }
    }, 0);
    return () => clearTimeout(timer);
  }, [s.screen, s.debrief]);

  const question = confirmQuestion(s);
  return (
    <ThemeContext.Provider value={{ colour }}>
      <Box flexDirection="column" width={size.columns} height={Math.max(1, size.rows - 1)}>
        <Header game={s.game} auto={s.auto} ended={s.screen === 'debrief'} width={size.columns} />
        {body(s, size)}
        <StatusBar message={s.message ?? idleStatus(s)} question={question} context={keyContext(s)} omit={idleKeys(s, size)} width={size.columns} />
      </Box>
    </ThemeContext.Provider>
  );
}
