import { Box } from 'ink';
import { nameOf } from './labels.js';
import { wrap } from './layout.js';
import { Lines, type Seg } from './Line.js';
import { actorsOf } from './setupReducer.js';
import type { CatalogEntry, SetupState } from './state.js';

/** Pure: the setup form: scenario, seed, and who plays each actor; the row under the cursor is marked ›. */
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
  lines.push([mark(1), { text: 'Seed      ', bold: true }, { text: `${setup.seedText}_`, inverse: setup.row === 1 }, { text: setup.seedEdited ? '' : '  (default; type digits to change it)', tone: 'muted' }]);
  lines.push([{ text: '   Teams     ', bold: true }, { text: 'space switches an actor between a human team and the computer', tone: 'muted' }]);
  actorsOf(entry).forEach((actor, i) => {
    const human = setup.humans.includes(actor);
    lines.push([mark(i + 2), { text: '          ' }, { text: nameOf(entry.scenario!.rules, actor).padEnd(9), bold: true }, human ? { text: '[x] human team', tone: 'human', bold: true } : { text: '[ ] computer', tone: 'muted' }]);
  });
  lines.push([]);
  const teams = actorsOf(entry).filter((a) => setup.humans.includes(a));
  lines.push([{ text: teams.length > 0
    ? `${teams.length} human team${teams.length > 1 ? 's' : ''} (${teams.map((a) => nameOf(entry.scenario!.rules, a)).join(', ')}) will seal orders each turn; the computer plays the rest.`
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
