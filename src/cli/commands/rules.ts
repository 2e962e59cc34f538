import type { Command } from 'commander';
import { coefficientCatalog, DEFAULT_RULES } from '../../model/index.js';
import { loadScenario } from '../../scenario/index.js';
import { parseChoice } from '../args.js';
import { emit } from '../files.js';
import { rulesMarkdown, rulesText } from '../rulesText.js';

const FORMATS = ['text', 'json', 'markdown'] as const;

/** `multipolar rules`: the effective rules of a scenario (or the code's), every coefficient with its path, value, range and provenance. */
export function defineRules(command: Command): void {
  command
    .option('-s, --scenario <id|path>', 'the rules of this scenario (default: the code\'s own rules, with no scenario)')
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')} (markdown is the table of docs/MODEL.md)`, 'text')
    .option('-o, --out <file>', 'write to this file (atomically) instead of stdout')
    .action((opts: { scenario?: string; format: string; out?: string }, command: Command) => {
      const format = parseChoice('--format', opts.format, FORMATS);
      const scenario = opts.scenario === undefined ? null : loadScenario(opts.scenario);
      const rules = scenario?.rules ?? DEFAULT_RULES;
      const catalog = coefficientCatalog(rules);
      const title = scenario ? `Rules of scenario ${scenario.id} (${Object.keys(rules.overridden).length} values set by the scenario or its bases)` : "The model's own rules (no scenario)";
      const body = format === 'json'
        ? JSON.stringify({ scenario: scenario ? { id: scenario.id, sha256: scenario.sha256 } : null, coefficients: catalog, actors: rules.actors, actorIds: rules.actorIds, destabilising: rules.destabilising }, null, 2) + '\n'
        : format === 'markdown' ? rulesMarkdown(catalog) : rulesText(title, catalog, rules);
      emit(body, opts.out, command.configureOutput().writeOut);
    });
}
