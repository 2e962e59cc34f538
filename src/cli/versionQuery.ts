/**
 * True when the whole command line asks for the version (`--version` or `-V`, nothing else). main.ts
 * answers it with the engine's version without loading commander and the program's modules, which
 * is most of what `--version` cost; commander answers the same line (test/cli/version.e2e.test.ts).
 */
export const isVersionQuery = (argv: readonly string[]): boolean => argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V');
