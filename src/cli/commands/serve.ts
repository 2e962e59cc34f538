import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { teamBriefing } from '../../briefing/index.js';
import type { ActorId, Scenario } from '../../model/index.js';
import { listScenarioIds, loadScenario, readScenarioDocument, resolveScenarioRef } from '../../scenario/index.js';
import { gameFromSave, newGame, type Classroom, type Game } from '../../session/index.js';
import { parseChoice, parseInteger, SEED_RANGE } from '../args.js';
import { UsageError } from '../errors.js';
import { writeFileAtomic } from '../files.js';
import { freePath } from '../freePath.js';
import { loadSavedGame } from '../saveFile.js';

const DEFAULT_SEED = 42;
const DEFAULT_PORT = 8080;
const DEFAULT_HOST = '127.0.0.1';
const TURNS_RANGE = { min: 1, max: 400 };
const PORT_RANGE = { min: 0, max: 65535 };
/** A host is an IPv4 or IPv6 address or a name: letters, digits, dots, dashes and colons, nothing a URL or a header could be bent with. */
const HOST_PATTERN = /^[A-Za-z0-9.:-]{1,253}$/;

interface ServeOptions {
  readonly scenario?: string;
  readonly seed?: string;
  readonly turns?: string;
  readonly teams?: string;
  readonly port?: string;
  readonly host?: string;
  readonly load?: string;
  readonly headless?: boolean;
}

/** The class the flags ask for: a new game or one resumed from its save, with its codes. */
interface ClassPlan {
  readonly game: Game;
  readonly classroom: Classroom | null;
  /** The scenario's YAML file, for the teams' briefings. */
  readonly file: string;
  readonly savePath: string;
}

/** Parse `--teams us,eu` into actors of the scenario, naming the first bad one; every actor by default. */
function parseTeams(text: string | undefined, scenario: Scenario): ActorId[] {
  const present = scenario.rules.actorIds.filter((a) => scenario.actors[a] !== undefined);
  if (text === undefined) return present;
  const names = text.split(',').map((t) => t.trim().toLowerCase()).filter((t) => t !== '');
  if (names.length === 0) throw new UsageError('--teams needs at least one actor, e.g. --teams us,russia');
  const actors = names.map((n) => parseChoice('--teams', n, present));
  return present.filter((a) => actors.includes(a));
}

/** The class to serve, every flag checked before anything listens (UsageError or ScenarioError: exit code 2). */
function planOf(opts: ServeOptions): ClassPlan {
  if (opts.load !== undefined) {
    if (opts.scenario !== undefined || opts.seed !== undefined || opts.teams !== undefined) {
      throw new UsageError('--load resumes a class with its own scenario, seed, teams and codes; drop --scenario, --seed and --teams');
    }
    const { save, state, classroom } = loadSavedGame(opts.load, undefined, 'serve');
    if (save.humans.length === 0) throw new UsageError(`${opts.load} is a game with no human teams; a class needs at least one (start a new one with --scenario)`);
    const played = save.turns.length;
    const length = opts.turns !== undefined ? parseInteger('--turns', opts.turns, TURNS_RANGE) : classroom?.length ?? state.scenario.turns;
    if (opts.turns !== undefined && length <= played) throw new UsageError(`${opts.load} has already played ${played} turn${played > 1 ? 's' : ''}; give a longer game with --turns`);
    const ref = save.scenario.ref;
    const file = listScenarioIds().includes(ref) ? resolveScenarioRef(ref) : resolve(dirname(opts.load), ref);
    return { game: gameFromSave(state, save, length), classroom, file, savePath: opts.load };
  }
  if (opts.scenario === undefined) throw new UsageError(`give --scenario ID|PATH (one of ${listScenarioIds().join(', ')}, or a .yaml file), or --load FILE to resume a class`);
  const seed = opts.seed === undefined ? DEFAULT_SEED : parseInteger('--seed', opts.seed, SEED_RANGE);
  const scenario = loadScenario(opts.scenario);
  const teams = parseTeams(opts.teams, scenario);
  const length = opts.turns === undefined ? scenario.turns : parseInteger('--turns', opts.turns, TURNS_RANGE);
  // A path is kept absolute in saves, so that a class resumes from any folder.
  const ref = listScenarioIds().includes(opts.scenario) ? opts.scenario : resolve(opts.scenario);
  return {
    game: newGame(scenario, ref, seed, teams, length), classroom: null, file: resolveScenarioRef(opts.scenario),
    savePath: freePath(`multipolar-${scenario.id}-seed${seed}-class`, '.save.json'),
  };
}

/** `multipolar serve`: a networked class, one browser page per team, the facilitator on the terminal's dashboard. */
export function defineServe(command: Command): void {
  command
    .option('-s, --scenario <id|path>', 'scenario id (a file in scenarios/) or path to a YAML file (needed unless --load)')
    .option('--seed <n>', `integer seed, 0 to 4294967295 (default: ${DEFAULT_SEED})`)
    .option('-t, --turns <n>', "length of the game in turns, 1 to 400 (default: the scenario's length, or the saved class's)")
    .option('--teams <actors>', "actors played by teams, comma-separated, e.g. us,russia (default: every actor of the scenario)")
    .option('--port <n>', `port to listen on, 0 to 65535; 0 takes any free one (default: ${DEFAULT_PORT})`)
    .option('--host <address>', `address to listen on (default: ${DEFAULT_HOST}, this machine only); 0.0.0.0 serves every network the machine is on, such as the classroom's`)
    .option('--load <file>', 'resume a class from its autosave, with the same teams and codes')
    .option('--headless', 'no dashboard: log to stderr, and run the class from the facilitator\'s browser page (its code is in the JSON line); stop with Ctrl-C')
    .action(async (opts: ServeOptions, command: Command) => {
      const port = opts.port === undefined ? DEFAULT_PORT : parseInteger('--port', opts.port, PORT_RANGE);
      const host = opts.host ?? DEFAULT_HOST;
      if (!HOST_PATTERN.test(host)) throw new UsageError(`--host must be an address of this machine such as 127.0.0.1 or 0.0.0.0, got "${host.slice(0, 40)}"`);
      if (!opts.headless && (!process.stdin.isTTY || !process.stdout.isTTY)) {
        throw new UsageError('the facilitator\'s dashboard needs an interactive terminal (stdin and stdout must both be one); add --headless to run the class from the facilitator\'s browser page');
      }
      const plan = planOf(opts);
      const { game } = plan;
      const { document } = readScenarioDocument(plan.file);
      const briefings = Object.fromEntries(game.humans.map((a) => [a, teamBriefing({ scenario: game.run.scenario, document }, a)]));
      const { ListenError, startServer } = await import('../../server/index.js');
      const log = (line: string) => void process.stderr.write(`multipolar: ${line}\n`);
      let debriefPath: string | null = null;
      const options = {
        game, classroom: plan.classroom, briefings, savePath: plan.savePath,
        // The save holds the codes: only its owner may read it.
        persist: (text: string) => writeFileAtomic(plan.savePath, text, { mode: 0o600 }),
        writeDebrief: (_debrief: unknown, markdown: string) => {
          debriefPath ??= freePath(`multipolar-${game.run.scenario.id}-seed${game.run.seed}-debrief`, '.md');
          writeFileAtomic(debriefPath, markdown);
          return debriefPath;
        },
        log: opts.headless ? log : undefined,
      };
      const server = await startServer({ host, port }, options).catch((e: unknown) => {
        throw e instanceof ListenError ? new UsageError(e.message) : e;
      });
      const { room, url } = server;
      const codes = room.joinCodes;
      const link = (code: string) => `${url}#code=${code}`;
      const line = {
        url,
        facilitator: { code: codes.facilitator, url: link(codes.facilitator) },
        teams: Object.fromEntries([...codes.teams].map(([actor, code]) => [actor, { code, url: link(code) }])),
        save: plan.savePath,
      };
      command.configureOutput().writeOut!(`${JSON.stringify(line)}\n`);
      const network = host === '0.0.0.0' || host === '::';
      if (network) {
        log(`serving every network this machine is on: students on the classroom's network open ${url} (anyone on that network can reach it; the codes keep them to their own team)`);
      }
      if (opts.headless) {
        log(`${game.run.scenario.title}: ${game.humans.length} team${game.humans.length > 1 ? 's' : ''}, ${game.run.turns.length} of ${game.length} turns played; saving every turn to ${plan.savePath}; stop with Ctrl-C`);
        // Serve until a signal ends the process (main.ts removes temporaries and ends by it); every turn is already saved.
        await new Promise<never>(() => {});
      }
      process.env.NODE_ENV ??= 'production';
      const { runDashboard } = await import('../../ui/index.js');
      const end = await runDashboard(room, { colour: !process.env.NO_COLOR, network });
      await server.close();
      log(`class stopped; resume it with: multipolar serve --load ${plan.savePath}`);
      if (debriefPath) log(`debrief written to ${debriefPath}`);
      if (end.signal) process.kill(process.pid, end.signal);
    });
}
