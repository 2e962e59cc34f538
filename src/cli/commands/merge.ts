import type { Command } from 'commander';
import { mergeShards, orderShards, progressBar, readShardHeads, unitsOf } from '../../research/index.js';
import { openSink, produce, usage } from '../researchOptions.js';

/** `multipolar merge`: join shard CSVs into exactly the outputs one machine would have written. */
export function defineMerge(command: Command): void {
  command
    .argument('<files...>', 'the shard CSV files, in any order')
    .option('-o, --out <file>', 'write the merged CSV to this file (default: standard output)')
    .option('--summary <file>', 'write the summary JSON (batch, sweep, design), the comparison JSON (compare) or the analysis JSON (sensitivity)')
    .option('--svg <file>', 'write the fan charts (batch, compare, sweep) or the bar charts (sensitivity) as SVG')
    .action((files: string[], opts: { out?: string; summary?: string; svg?: string }) => {
      const shards = usage(() => orderShards(readShardHeads(files)));
      const dest = { csv: opts.out ? { file: opts.out } : ('stdout' as const), json: opts.summary, svg: opts.svg, inputs: files };
      const sink = openSink(dest);
      const bar = progressBar(unitsOf(shards[0].head.manifest).count, 'merge');
      return produce(dest, sink, () => mergeShards(shards, sink, { summary: opts.summary !== undefined, svg: opts.svg !== undefined }, (d) => bar.update(d)), (r) => r.summary ?? r.comparison)
        .finally(() => bar.end())
        .then(() => undefined);
    });
}
