#!/usr/bin/env node
import { runCli } from './program.js';

// The only place that touches process.argv and process.exit.
process.exitCode = await runCli(process.argv.slice(2));
