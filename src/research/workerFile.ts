import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The compiled worker script. Threads always run the JavaScript in dist/: beside this module when it
 * runs from dist/, or in the package's dist/ when this module is loaded from its TypeScript source
 * (under vitest), which `npm test` builds first.
 */
export function workerFile(): URL {
  const here = import.meta.url;
  const file = here.endsWith('.ts') ? new URL('../../dist/src/research/worker.js', here) : new URL('./worker.js', here);
  if (!existsSync(fileURLToPath(file))) throw new Error(`the worker script ${fileURLToPath(file)} is missing: run npm run build first`);
  return file;
}
