#!/usr/bin/env node
import { runCli } from './program.js';
import { guardStandardStreams, removeTemporariesOnSignals } from './stdio.js';

// The only place that touches process.argv and process.exit, and that listens for signals.
guardStandardStreams();
removeTemporariesOnSignals();
process.exitCode = await runCli(process.argv.slice(2));
