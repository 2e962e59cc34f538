#!/usr/bin/env node
import { guardStandardStreams, removeTemporariesOnSignals } from './stdio.js';
import { isVersionQuery } from './versionQuery.js';

// The only place that touches process.argv and process.exit, and that listens for signals.
guardStandardStreams();
removeTemporariesOnSignals();
const argv = process.argv.slice(2);
if (isVersionQuery(argv)) {
  const { ENGINE_VERSION } = await import('../engine/version.js');
  process.stdout.write(`${ENGINE_VERSION}\n`);
} else {
  // The program (commander, every command's description) loads only for a command line that needs it.
  const { runCli } = await import('./program.js');
  process.exitCode = await runCli(argv);
}
