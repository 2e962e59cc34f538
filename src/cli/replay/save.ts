import { ENGINE_VERSION, restoreSave } from '../../engine/index.js';
import { CheckFailed } from '../errors.js';
import { readSaveFile, scenarioOfSave } from '../saveFile.js';
import { scenarioById } from './scenarioById.js';
import type { Replayer } from './types.js';
import { checkVersion } from './version.js';

/**
 * A save is replayed from its inputs (every turn's orders and injects) and checked against its
 * digest; a damaged or edited save is refused as bad input by readSaveFile, before any replay. A save
 * keeps no turns, only their digest, so across versions the first difference cannot be named: only
 * that the digests differ.
 */
export const replaySave: Replayer = (_doc, file, opts, io) => {
  let otherVersion = false;
  const save = readSaveFile(file, (engine) => void (otherVersion = checkVersion(engine, file, ['replay', file], opts.compareAnyway === true)));
  const scenario = opts.scenario?.length ? scenarioById(save.scenario.id, opts.scenario, { only: true }) : scenarioOfSave(save, file);
  const state = restoreSave(scenario, otherVersion ? { ...save, scenario: { ...save.scenario, sha256: scenario.sha256 } } : save);
  if ('problem' in state) {
    const hint = state.problem.includes('has changed') ? '; give the file the game was played on with --scenario PATH' : '';
    const across = otherVersion ? ` (saved by engine ${save.engine}, re-run with ${ENGINE_VERSION}; a save keeps only the digest of its turns, so the first turn that differs cannot be named)` : '';
    throw new CheckFailed(`not verified: ${file}: ${state.problem}${hint}${across}`);
  }
  io.stderr(`multipolar: replayed ${state.turns.length} turns of ${scenario.id} with seed ${save.seed} (engine ${ENGINE_VERSION}${otherVersion ? `; the save is of ${save.engine}` : ''}): digest ${save.digest}\n`);
  io.stdout('verified\n');
};
