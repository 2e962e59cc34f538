/**
 * A user's mistake in a research run (a bad shard spec, shards that do not belong together, an
 * output folder that does not exist). The command line reports it in one line with exit code 2.
 */
export class ResearchError extends Error {
  override name = 'ResearchError';
}
