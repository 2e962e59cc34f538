import type { Command } from 'commander';
import { relative } from 'node:path';
import { Document, isScalar, isSeq, visit } from 'yaml';
import {
  inertStances, listScenarioIds, loadScenario, loadScenarioFile, readScenarioDocument, resolveScenarioRef, scenarioJsonSchemaText,
  ScenarioError, SCENARIO_DIR, type ScenarioProblem,
} from '../../scenario/index.js';
import { checkOutputFiles, emit } from '../files.js';
import { terminalLine, terminalSafe } from '../../text/terminal.js';

/** `multipolar scenarios list|show|validate|schema`: the scenario library and its file format. */
export function defineScenarios(scenarios: Command): void {
  scenarios
    .command('list')
    .description('one line per scenario: id, title, start, turns and the question it explores')
    .option('--dir <folder>', 'list the scenarios of this folder instead of the shipped ones')
    .action((opts: { dir?: string }, command: Command) => {
      const dir = opts.dir ?? SCENARIO_DIR;
      const problems: ScenarioProblem[] = [];
      const rows: string[][] = [];
      for (const id of listIds(dir)) {
        try {
          const s = loadScenario(id, dir);
          rows.push([s.id, s.title, s.start, String(s.turns), s.question].map(terminalLine));
        } catch (e) {
          if (!(e instanceof ScenarioError)) throw e;
          for (const p of e.problems) problems.push(p);
        }
      }
      emit(table(rows), undefined, command.configureOutput().writeOut);
      if (problems.length > 0) throw new ScenarioError(problems);
    });

  scenarios
    .command('show')
    .description('print a scenario after inheritance (its extends chain resolved, defaults filled in) as YAML')
    .argument('<id|path>', 'scenario id (a file in scenarios/) or path to a YAML file')
    .action((ref: string) => {
      const { document, files } = readScenarioDocument(resolveScenarioRef(ref));
      const chain = [...files].reverse().map((f) => relative(process.cwd(), f)).join(' extends ');
      emit(`# ${document.id} after inheritance: ${chain}\n${toYaml(document)}`);
    });

  scenarios
    .command('validate')
    .description('check scenario files; exit 0 when all are valid, else list every problem (file, path, line) and exit 2')
    .argument('<files...>', 'scenario files (YAML)')
    .action((files: string[], _opts: unknown, command: Command) => {
      const { writeOut = (t: string) => process.stdout.write(t) } = command.configureOutput();
      const problems: ScenarioProblem[] = [];
      for (const file of files) {
        try {
          const scenario = loadScenarioFile(resolveScenarioRef(file));
          writeOut(terminalSafe(`${file}: ok\n`));
          // A stance on a regime the scenario lacks is legal (New START in 1979) but worth a word: a typo would look the same.
          for (const s of inertStances(scenario)) process.stderr.write(terminalSafe(`multipolar: note: ${file}: ${s.actor}'s stance region ${s.region} tracks ${s.regime}, which this scenario does not have; it has no effect here\n`));
        } catch (e) {
          if (!(e instanceof ScenarioError)) throw e;
          for (const p of e.problems) problems.push(p);
        }
      }
      if (problems.length > 0) throw new ScenarioError(problems);
    });

  scenarios
    .command('schema')
    .description('print the JSON Schema of scenario files, for editors (scenarios/scenario.schema.json is a copy)')
    .option('-o, --out <file>', 'write to this file (atomically) instead of stdout')
    .action((opts: { out?: string }) => {
      checkOutputFiles([{ option: '--out', path: opts.out }]);
      emit(scenarioJsonSchemaText(), opts.out);
    });

  for (const command of scenarios.commands) command.exitOverride().showHelpAfterError('multipolar: run with --help for usage');
  scenarios.exitOverride();
}

// A folder that cannot be read is the user's mistake: say which, in one line.
function listIds(dir: string): string[] {
  try {
    return listScenarioIds(dir);
  } catch (e) {
    throw new ScenarioError([{ file: dir, path: '', message: `cannot list scenarios here (${(e as NodeJS.ErrnoException).code ?? String(e)})` }]);
  }
}

/** Columns padded to their widest cell, except the last, which runs to the end of the line. */
function table(rows: readonly string[][]): string {
  if (rows.length === 0) return '';
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((cell, i) => (i < r.length - 1 ? cell.padEnd(widths[i]) : cell)).join('  ')).join('\n') + '\n';
}

/** YAML in the style of the shipped files: small maps and lists of scalars on one line. */
function toYaml(data: unknown): string {
  const doc = new Document(data);
  visit(doc, {
    Map: (_, node) => {
      const leaf = (v: unknown) => isScalar(v) || (isSeq(v) && v.items.every((item) => isScalar(item) && String(item.value).length <= 40));
      if (node.items.length > 0 && node.items.every((pair) => leaf(pair.value))) node.flow = true;
    },
    Seq: (_, node) => {
      if (node.items.every((item) => isScalar(item) && String(item.value).length <= 40)) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
