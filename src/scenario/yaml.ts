import { createRequire } from 'node:module';

type Yaml = typeof import('yaml');
let loaded: Yaml | undefined;
// A require call with the name in it, which the cache's fingerprint of the loader's code follows (cache.ts).
const require = createRequire(import.meta.url);

/**
 * The yaml package, loaded when the loader first needs it: a command that takes its scenario from
 * the cache (cache.ts) never parses YAML, and yaml's 70 CommonJS modules cost about as much to load
 * as a scenario does to build. It is CommonJS, so it loads synchronously here, and as the same
 * instance an `import` of it gives.
 */
export const yaml = (): Yaml => (loaded ??= require('yaml') as Yaml);
