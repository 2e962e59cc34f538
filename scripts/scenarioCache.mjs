// After tsc: write dist/scenarios/<id>.json, the verified cache of each shipped scenario's document
// (src/scenario/cache.ts says when an entry is used). Each entry is what the ordinary load gives.
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { packageCache, writeCacheEntry } from '../dist/src/scenario/cache.js';
import { listScenarioIds, readScenarioDocument, resolveScenarioRef, SCENARIO_DIR } from '../dist/src/scenario/index.js';

const at = packageCache(dirname(SCENARIO_DIR), SCENARIO_DIR);
// Old entries go first, so that every load below is the ordinary one.
rmSync(at.entries, { recursive: true, force: true });
for (const id of listScenarioIds()) {
  const file = resolveScenarioRef(id);
  const read = readScenarioDocument(file);
  if (!writeCacheEntry(at, read.files, read)) console.error(`scenarioCache: ${id} is not cached (JSON would not give it back exactly, or its chain leaves scenarios/); it loads from its YAML`);
}
