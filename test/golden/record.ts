/**
 * Writes test/golden/outputs.json from the engine as it is (`npm run golden`). Refuses when the
 * outputs of a scenario already in the fixture differ but ENGINE_VERSION does not: a change of
 * outputs is a new version (a scenario added is not a change).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ENGINE_VERSION } from '../../src/engine/index.js';
import { hashAll, type GoldenOutputs } from './outputs.js';

const file = join(resolve(import.meta.dirname, '../../..'), 'test/golden/outputs.json');
const next = hashAll(ENGINE_VERSION);
let previous: GoldenOutputs | undefined;
try {
  previous = JSON.parse(readFileSync(file, 'utf8')) as GoldenOutputs;
} catch {
  previous = undefined;
}
const text = JSON.stringify(next, null, 1) + '\n';
// A scenario added is new output, not a change; one whose outputs moved is.
const changed = previous && previous.engine === ENGINE_VERSION
  ? Object.keys(previous.scenarios).filter((id) => id in next.scenarios && JSON.stringify(previous!.scenarios[id]) !== JSON.stringify(next.scenarios[id]))
  : [];
if (changed.length > 0) {
  console.error(`outputs of ${changed.join(', ')} changed but ENGINE_VERSION is still ${ENGINE_VERSION}: bump it (src/engine/version.ts, package.json) and say why in CHANGELOG.md`);
  process.exit(1);
}
writeFileSync(file, text);
console.error(`wrote ${file} (engine ${ENGINE_VERSION}, ${Object.keys(next.scenarios).length} scenarios)`);
