import { Box } from 'ink';
import { nameOf } from './labels.js';
import { wrap } from './layout.js';
import { Lines, type Seg } from './Line.js';
import { quarterAt } from '../model/index.js';
import { actorsOf, SETUP_ROWS, turnsOf } from './setupReducer.js';
import type { CatalogEntry, SetupState } from './state.js';

/** Pure: the length row: the turns chosen, the quarters they span, and the scenario's own length. */
function lengthSegs(entry: CatalogEntry, setup: SetupState): Seg[] {
  const turns = turnsOf(setup, entry);
  const on = setup.row === SETUP_ROWS.length;
  const text = `‹ ${turns} turn${turns === 1 ? '' : 's'} ›`;
  if (!entry.scenario || turns < 1) return [{ text, inverse: on }, { text: '  (from 1 turn)', tone: 'warn' }];
  const span = `${entry.scenario.start} to ${quarterAt(entry.scenario.start, turns - 1)}`;
  const own = turns === entry.scenario.turns ? 'the scenario\'s length' : `the scenario has ${entry.scenario.turns}`;
  return [{ text, inverse: on }, { text: `  ${span} · ${own}`, tone: 'muted' }];
}

/** Pure: the setup form: scenario, seed, length and who plays each actor; the row under the cursor is marked ›. */
function setupLines(catalog: readonly CatalogEntry[], setup: SetupState, width: number): Seg[][] {
  const entry = catalog[setup.entry];
  const mark = (row: number): Seg => (setup.row === row ? { text: ' › ', bold: true, tone: 'accent' } : { text: '   ' });
  const scenarioName = entry.scenario ? entry.scenario.id : entry.ref;
  const lines: Seg[][] = [
    [{ text: 'Set up a game of multipolar', bold: true }],
    [],
    [mark(0), { text: 'Scenario  ', bold: true }, { text: `‹ ${scenarioName} ›`, inverse: setup.row === 0 }, { text: `  ${setup.entry + 1} of ${catalog.length}`, tone: 'muted' }],
  ];
  if (entry.scenario) {
    lines.push([{ text: '             ' }, { text: entry.scenario.title, bold: true }, { text: ` · ${entry.scenario.turns} quarters from ${entry.scenario.start}`, tone: 'muted' }]);
    for (const t of wrap(entry.scenario.question, width - 13).slice(0, 2)) lines.push([{ text: '             ' }, { text: t, tone: 'muted' }]);
  } else {
    for (const t of wrap(`cannot be played: ${entry.error}`, width - 13).slice(0, 3)) lines.push([{ text: '             ' }, { text: t, tone: 'bad' }]);
  }
  lines.push([mark(SETUP_ROWS.seed), { text: 'Seed      ', bold: true }, { text: `${setup.seedText}_`, inverse: setup.row === SETUP_ROWS.seed }, { text: setup.seedEdited ? '' : '  (default; type digits to change it)', tone: 'muted' }]);
  lines.push([mark(SETUP_ROWS.length), { text: 'Length    ', bold: true }, ...lengthSegs(entry, setup)]);
  lines.push([{ text: '   Teams     ', bold: true }, { text: 'space switches an actor between a human team and the computer', tone: 'muted' }]);
  actorsOf(entry).forEach((actor, i) => {
    const human = setup.humans.includes(actor);
    lines.push([mark(i + SETUP_ROWS.firstActor), { text: '          ' }, { text: nameOf(entry.scenario!.rules, actor).padEnd(9), bold: true }, human ? { text: '[x] human team', tone: 'human', bold: true } : { text: '[ ] computer', tone: 'muted' }]);
  });
  lines.push([]);
  const teams = actorsOf(entry).filter((a) => setup.humans.includes(a));
  lines.push([{ text: teams.length > 0
    ? `${teams.length} human team${teams.length > 1 ? 's' : ''} (${teams.map((a) => nameOf(entry.scenario!.rules, a)).join(', ')}) will seal orders each turn${teams.length < actorsOf(entry).length ? '; the computer plays the rest' : ''}.`
    : 'Watch mode: the computer plays every actor; a auto-plays, space steps.' }]);
  lines.push([{ text: 'Press enter to start.', bold: true }]);
  return lines;
}

/** The setup screen. */
export function SetupScreen({ catalog, setup, width, height }: { readonly catalog: readonly CatalogEntry[]; readonly setup: SetupState; readonly width: number; readonly height: number }) {
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      <Lines lines={setupLines(catalog, setup, width)} width={width} height={height} />
    </Box>
  );
}
