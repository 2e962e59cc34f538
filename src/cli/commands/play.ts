import { resolve } from 'node:path';
import type { Command } from 'commander';
import { CORE_ACTORS, isQuarter, quartersBetween, type ActorId, type Scenario } from '../../model/index.js';
import { formatProblem, listScenarioIds, loadScenario, ScenarioError } from '../../scenario/index.js';
import type { Save } from '../../engine/save.js';
import type { RunState } from '../../engine/index.js';
import type { CatalogEntry } from '../../ui/index.js';
import { parseChoice, parseInteger, SEED_RANGE } from '../args.js';
import { Interrupted, UsageError } from '../errors.js';
import { writeFileAtomic } from '../files.js';
import { freePath } from '../freePath.js';
import { loadSavedGame, writeSaveFile } from '../saveFile.js';

const DEFAULT_SCENARIO = 'inf-2019';
const DEFAULT_SEED = 42;
const TURNS_RANGE = { min: 1, max: 400 };

interface PlayOptions {
  readonly scenario?: string;
  readonly seed?: string;
  readonly humans?: string;
  readonly load?: string;
  readonly turns?: string;
  readonly until?: string;
}

/** Parse `--humans eu,nato` into actors of the scenario, naming the first bad one. */
function parseHumans(text: string, scenario: Scenario): ActorId[] {
  const names = text.split(',').map((t) => t.trim().toLowerCase()).filter((t) => t !== '');
  const actors = names.map((n) => parseChoice('--humans', n, scenario.rules.actorIds));
  for (const a of actors) if (!scenario.actors[a]) throw new UsageError(`--humans: ${a} does not play in scenario ${scenario.id}`);
  return scenario.rules.actorIds.filter((a) => actors.includes(a));
}

/** The game's length from `--turns N` or `--until QUARTER` (the last quarter played), or null for the scenario's. */
function parseLength(opts: PlayOptions, scenario: Scenario): number | null {
  if (opts.turns !== undefined && opts.until !== undefined) throw new UsageError('give --turns or --until, not both');
  if (opts.turns !== undefined) return parseInteger('--turns', opts.turns, TURNS_RANGE);
  if (opts.until === undefined) return null;
  if (!isQuarter(opts.until)) throw new UsageError(`--until must be a quarter like 2020-Q4, got "${opts.until.slice(0, 40)}"`);
  const turns = quartersBetween(scenario.start, opts.until) + 1;
  if (turns < TURNS_RANGE.min || turns > TURNS_RANGE.max) {
    throw new UsageError(`--until ${opts.until}: scenario ${scenario.id} starts in ${scenario.start}, so the game must end from ${scenario.start} to ${TURNS_RANGE.max} turns later`);
  }
  return turns;
}

/** Every shipped scenario, loaded (or with the reason it cannot be), plus `extra` when it is a path. */
function catalogWith(extra: { ref: string; scenario: Scenario } | null): CatalogEntry[] {
  const entries = listScenarioIds().map((id): CatalogEntry => {
    try {
      return { ref: id, scenario: loadScenario(id), error: null };
    } catch (e) {
      if (!(e instanceof ScenarioError)) throw e;
      return { ref: id, scenario: null, error: formatProblem(e.problems[0]) };
    }
  });
  if (extra && !entries.some((e) => e.ref === extra.ref)) entries.push({ ref: extra.ref, scenario: extra.scenario, error: null });
  return entries;
}

interface Plan {
  readonly ref: string;
  readonly seed: number;
  readonly scenario: Scenario;
  readonly humans: ActorId[];
  readonly length: number | null;
  readonly resumed: { readonly save: Save; readonly state: RunState } | null;
}

/** The game the flags ask for, every flag checked (UsageError or ScenarioError: exit code 2). */
function planOf(opts: PlayOptions): Plan {
  if (opts.load !== undefined) {
    if (opts.scenario !== undefined || opts.seed !== undefined || opts.humans !== undefined) {
      throw new UsageError('--load resumes a game with its own scenario, seed and teams; drop --scenario, --seed and --humans');
    }
    const resumed = loadSavedGame(opts.load);
    const length = parseLength(opts, resumed.state.scenario);
    const played = resumed.save.turns.length;
    if (length !== null && length <= played) throw new UsageError(`${opts.load} has already played ${played} turn${played > 1 ? 's' : ''}; give a longer game with --turns or --until`);
    return { ref: resumed.save.scenario.ref, seed: resumed.save.seed, scenario: resumed.state.scenario, humans: [...resumed.save.humans], length, resumed };
  }
  const seed = opts.seed === undefined ? DEFAULT_SEED : parseInteger('--seed', opts.seed, SEED_RANGE);
  const given = opts.scenario ?? DEFAULT_SCENARIO;
  const scenario = loadScenario(given);
  const humans = opts.humans === undefined ? [] : parseHumans(opts.humans, scenario);
  // A path is kept absolute in saves, so that a game resumes from any folder.
  const ref = listScenarioIds().includes(given) ? given : resolve(given);
  return { ref, seed, scenario, humans, length: parseLength(opts, scenario), resumed: null };
}

/** `multipolar play`: the terminal UI. Flags are checked, and the save replayed, before the UI starts. */
export function definePlay(command: Command): void {
  command
    .option('-s, --scenario <id|path>', `scenario id (a file in scenarios/) or path to a YAML file (default: ${DEFAULT_SCENARIO})`)
    .option('--seed <n>', `integer seed, 0 to 4294967295 (default: ${DEFAULT_SEED})`)
    .option('--humans <actors>', `actors played by human teams, comma-separated, e.g. eu,nato (of the scenario's actors: ${CORE_ACTORS.join(', ')} by default)`)
    .option('-t, --turns <n>', "length of the game in turns, 1 to 400 (default: the scenario's length; the setup screen can change it)")
    .option('--until <quarter>', 'play up to and including this quarter, e.g. 2020-Q2 (instead of --turns)')
    .option('--load <file>', 'resume a saved game; it brings its own scenario, seed and teams (--turns or --until may lengthen it)')
    .action(async (opts: PlayOptions) => {
      const { ref, seed, scenario, humans, length, resumed } = planOf(opts);
      if (!process.stdin.isTTY || !process.stdout.isTTY) {
        const turns = length === null ? '' : ` --turns ${length}`;
        throw new UsageError(`play needs an interactive terminal (stdin and stdout must both be one); for a headless account of this game run: multipolar run --scenario ${ref} --seed ${seed}${turns} --format text`);
      }
      // React and Ink load only for play, and in production mode (the development build is several
      // times slower per keypress); other commands never pay for them.
      process.env.NODE_ENV ??= 'production';
      const { runUi } = await import('../../ui/index.js');
      const { gameFromSave } = await import('../../session/index.js');
      const catalog = resumed ? [{ ref, scenario, error: null }] : catalogWith({ ref, scenario });
      const written: string[] = [];
      // Each game owns its files: a resumed game saves back to the file it came from; a new one
      // takes a name no other game's file has, and keeps it.
      let savePath = opts.load ?? null;
      let debriefPath: string | null = null;
      const end = await runUi({
        catalog,
        setup: { entry: Math.max(0, catalog.findIndex((e) => e.ref === ref)), seedText: String(seed), seedEdited: false, humans, turns: length, turnsEdited: false, row: 0 },
        resumed: resumed && gameFromSave(resumed.state, resumed.save, length ?? undefined),
        colour: !process.env.NO_COLOR,
        io: {
          save: (save) => {
            savePath ??= freePath(`multipolar-${save.scenario.id}-seed${save.seed}`, '.save.json');
            writeSaveFile(savePath, save);
            written.push(`game saved to ${savePath} (resume with: multipolar play --load ${savePath})`);
            return savePath;
          },
          writeDebrief: (debrief, markdown) => {
            debriefPath ??= freePath(`multipolar-${debrief.scenarioId}-seed${debrief.seed}-debrief`, '.md');
            writeFileAtomic(debriefPath, markdown);
            written.push(`debrief written to ${debriefPath}`);
            return debriefPath;
          },
        },
      });
      // Once the alternate screen is gone, say where the files went (the last word on each wins).
      for (const line of [...new Set(written)]) process.stderr.write(`multipolar: ${line}\n`);
      const lost = end.unsaved > 1 ? `the last ${end.unsaved} turns played were not saved` : end.unsaved === 1 ? 'the last turn played was not saved' : '';
      if (end.signal) {
        process.stderr.write(`multipolar: stopped by ${end.signal}${lost ? `; ${lost}` : ''}\n`);
        // End as the signal would have: the shell sees 128 + its number.
        process.kill(process.pid, end.signal);
        return;
      }
      if (end.interrupted) throw new Interrupted(`interrupted (Ctrl-C)${lost ? `; ${lost}` : ''}`);
      if (lost) process.stderr.write(`multipolar: ${lost}\n`);
    });
}
