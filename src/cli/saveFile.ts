import { dirname, resolve } from 'node:path';
import type { RunState } from '../engine/index.js';
import { restoreSave, type Save } from '../engine/save.js';
import { FileReadError, readInput } from '../io/inputFile.js';
import type { Scenario } from '../model/index.js';
import { listScenarioIds, loadScenario, loadScenarioFile, ScenarioError } from '../scenario/index.js';
import { MAX_SAVE_BYTES, parseSaveFile, SaveFileError, saveFileText, type Classroom, type SaveFile } from '../session/index.js';
import { UsageError } from './errors.js';
import { writeFileAtomic } from './files.js';
import { checkVersion } from './replay/version.js';

/** Write a save file atomically, so that an interrupted write never leaves half a save. */
export function writeSaveFile(path: string, save: Save): void {
  writeFileAtomic(path, saveFileText(save));
}

/**
 * Read and check a save file (src/session/saveFile.ts), with a class's codes when it has them. A
 * missing, truncated, edited or foreign file is refused with a UsageError naming the file and what
 * is wrong; nothing is ever half-loaded. `checkEngine` sees the engine version the save names
 * before its format and shape are checked.
 */
export function readSaveFileWithClassroom(path: string, checkEngine?: (engine: unknown) => void): SaveFile {
  let text: string;
  try {
    text = readInput(path, { maxBytes: MAX_SAVE_BYTES }).toString('utf8');
  } catch (e) {
    if (!(e instanceof FileReadError)) throw e;
    throw new UsageError(`cannot read the save ${e.message.slice('cannot read '.length)}`);
  }
  try {
    return parseSaveFile(text, path, checkEngine);
  } catch (e) {
    throw e instanceof SaveFileError ? new UsageError(e.message) : e;
  }
}

/** Read and check a save file, as readSaveFileWithClassroom, for its save alone. */
export function readSaveFile(path: string, checkEngine?: (engine: unknown) => void): Save {
  return readSaveFileWithClassroom(path, checkEngine).save;
}

/**
 * The scenario a save names: a shipped id, or a path to a .yaml file (absolute, as play writes it, or
 * relative to the save's folder). The save is a file anyone can forge, so its reference is never
 * followed to anything but a regular scenario file of bounded size (the loader refuses FIFOs, devices
 * and large files), and a file that does not load is named without quoting any of its content.
 */
export function scenarioOfSave(save: Save, savePath: string): Scenario {
  const { ref } = save.scenario;
  if (listScenarioIds().includes(ref)) return loadScenario(ref);
  const shown = JSON.stringify(ref.slice(0, 80));
  if (!/\.ya?ml$/i.test(ref)) throw new UsageError(`${savePath} names its scenario ${shown}, which is neither a shipped scenario id nor a .yaml file`);
  const file = resolve(dirname(savePath), ref);
  try {
    return loadScenarioFile(file);
  } catch (e) {
    if (!(e instanceof ScenarioError)) throw e;
    const first = e.problems[0];
    // A problem of the file as a whole (missing, a FIFO, too large) says nothing of its content; any other might quote it.
    const why = first.line === undefined && first.path === '' && e.problems.length === 1 ? first.message : `it does not load as a scenario (check it with: multipolar scenarios validate ${file})`;
    throw new UsageError(`the scenario of ${savePath}, ${file}, cannot be used: ${why}`);
  }
}

/**
 * Read a save, check the engine version that made it, load its scenario and replay it. Refuses a
 * save of another version (CheckFailed, exit 1, with the command that resumes it in that version),
 * and, with a UsageError, a save whose scenario is missing or changed, or whose replay does not end
 * in the saved digest.
 */
export function loadSavedGame(path: string, load: (save: Save, path: string) => Scenario = scenarioOfSave, command = 'play'): { save: Save; state: RunState; classroom: Classroom | null } {
  const { save, classroom } = readSaveFileWithClassroom(path, (engine) => checkVersion(engine, path, [command, '--load', path], undefined));
  const scenario = load(save, path);
  const state = restoreSave(scenario, save);
  if ('problem' in state) throw new UsageError(`cannot resume ${path}: ${state.problem}`);
  return { save, state, classroom };
}
