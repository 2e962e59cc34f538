import { writeFileSync } from 'node:fs';
import { saveFileText } from '../../src/session/index.js';
import { ENGINE_VERSION, type Save } from '../../src/engine/index.js';
import { loadScenario } from '../../src/scenario/index.js';

/**
 * Write a save as an attacker would: any body, with a checksum that matches it (the checksum guards
 * against damage, not forgery). Unset fields are those of an empty game of inf-2019.
 */
export function forgeSave(file: string, body: Partial<Record<keyof Save, unknown>> & Record<string, unknown>): string {
  const inf = loadScenario('inf-2019');
  const save = {
    engine: ENGINE_VERSION,
    scenario: { ref: 'inf-2019', id: 'inf-2019', sha256: inf.sha256, chain: inf.chain },
    seed: 1, humans: [], turns: [], digest: '0'.repeat(64), ...body,
  };
  writeFileSync(file, saveFileText(save as Save));
  return file;
}
