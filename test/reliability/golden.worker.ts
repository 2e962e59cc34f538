import { parentPort } from 'node:worker_threads';
import { runScenario } from '../../src/engine/index.js';
import { loadScenario } from '../../src/scenario/index.js';
import { GOLDEN } from './golden.js';

// Runs in a worker thread from its compiled form in dist/ (see determinism.test.ts).
parentPort!.postMessage(runScenario(loadScenario(GOLDEN.scenario), GOLDEN.seed).digest);
