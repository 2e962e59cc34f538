import type { Command } from 'commander';
import { FileReadError, readInput } from '../../io/inputFile.js';
import { UsageError } from '../errors.js';
import { replayRunRecord } from '../replay/record.js';
import { replaySave } from '../replay/save.js';
import { isResearchDoc, replaySummary } from '../replay/summary.js';
import type { ReplayOptions, Writers } from '../replay/types.js';
import { SAVE_KIND } from '../../session/index.js';

/** Run records carry no `kind` field: they are recognised by their shape and go under this name. */
const RUN_RECORD = 'multipolar-run';
/** Summaries and comparisons are recognised by their manifest's kind. */
const SUMMARY = 'multipolar-summary';

/** The largest file replay reads: a run record of 400 turns is about 2 MB, a summary of a 1000-value sweep about 100 MB. */
const MAX_REPLAY_BYTES = 256 * 1024 * 1024;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

type Replay = (doc: Record<string, unknown>, file: string, text: string, opts: ReplayOptions, io: Writers) => Promise<void> | void;

/** How to replay each kind of file, with what a user calls it; a kind not listed here is refused by name. */
const REPLAYERS: Readonly<Record<string, { readonly replay: Replay; readonly what: string }>> = {
  [RUN_RECORD]: { replay: (doc, file, _text, opts, io) => replayRunRecord(doc, file, opts, io), what: 'run records (the JSON of multipolar run)' },
  [SAVE_KIND]: { replay: (doc, file, _text, opts, io) => replaySave(doc, file, opts, io), what: 'saved games (multipolar play, key s)' },
  [SUMMARY]: { replay: replaySummary, what: 'summaries (batch or sweep --summary) and comparisons (compare --json)' },
};

/** The kind of a parsed file: its `kind` field, a summary by its manifest, or a run record by shape. */
function kindOf(doc: Record<string, unknown>): string | undefined {
  if ('kind' in doc) return typeof doc.kind === 'string' ? doc.kind : undefined;
  if (isResearchDoc(doc)) return SUMMARY;
  return 'manifest' in doc && 'turns' in doc ? RUN_RECORD : undefined;
}

function readJson(file: string): { doc: unknown; text: string } {
  let text: string;
  try {
    text = readInput(file, { maxBytes: MAX_REPLAY_BYTES }).toString('utf8');
  } catch (e) {
    if (!(e instanceof FileReadError)) throw e;
    throw new UsageError(e.message);
  }
  try {
    return { doc: JSON.parse(text), text };
  } catch (e) {
    throw new UsageError(`${file} is not JSON (${(e as Error).message.slice(0, 100)}); truncated or damaged? replay takes the JSON of multipolar run, a saved game, or a summary`);
  }
}

const collect = (value: string, list: string[] = []) => [...list, value];

/** `multipolar replay FILE`: re-run a record, a save or a summary from its manifest and check it matches. */
export function defineReplay(command: Command): void {
  command
    .argument('<file>', 'a run record (the JSON of multipolar run), a saved game (.save.json), a summary (batch or sweep --summary) or a comparison (compare --json)')
    .option('-s, --scenario <id|path>', "a scenario file to use instead of the shipped one of its id; repeat it for a comparison's two scenarios (default: the shipped scenarios)", collect)
    .option('--compare-anyway', 'a file made by another engine version: re-run it with this one and report the first difference instead of refusing it')
    .option('--sample <k>', 'a summary: re-run only k seeds (drawn from the summary\'s bytes, so always the same ones) and check them against --csv')
    .option('--csv <file>', 'with --sample: the CSV the summary was made with; its statistics must give the summary byte for byte')
    .option('-w, --workers <n>', 'a summary: worker threads for the re-run (default: the number of cores)')
    .action(async (file: string, opts: ReplayOptions, command: Command) => {
      const { doc, text } = readJson(file);
      const kind = isObject(doc) ? kindOf(doc) : undefined;
      if (!isObject(doc) || kind === undefined) {
        throw new UsageError(`${file} is neither a run record, a save nor a summary; replay takes the JSON that multipolar run writes, a game saved with s in multipolar play, or a --summary`);
      }
      const replayer = Object.hasOwn(REPLAYERS, kind) ? REPLAYERS[kind] : undefined;
      if (!replayer) {
        const known = Object.entries(REPLAYERS).map(([k, r]) => `${k}: ${r.what}`).join('; ');
        throw new UsageError(`${file} is a file of kind "${kind.slice(0, 60)}", which this version of replay does not know (it knows ${known})`);
      }
      if (kind !== SUMMARY && (opts.sample !== undefined || opts.csv !== undefined || opts.workers !== undefined)) {
        throw new UsageError('--sample, --csv and --workers are for summaries; a run record or a save is re-run whole');
      }
      const { writeOut, writeErr } = command.configureOutput();
      await replayer.replay(doc, file, text, opts, { stdout: writeOut ?? ((t) => process.stdout.write(t)), stderr: writeErr ?? ((t) => process.stderr.write(t)) });
    });
}
