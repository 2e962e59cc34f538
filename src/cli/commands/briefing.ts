import type { Command } from 'commander';
import { classPack, facilitatorBriefing, teamBriefing } from '../../briefing/index.js';
import { openScenario } from '../../scenario/index.js';
import { terminalSafe } from '../../text/terminal.js';
import { UsageError } from '../errors.js';
import { emit } from '../files.js';

const FACILITATOR = 'facilitator';

/** `multipolar briefing`: printable Markdown briefings for a class, one per team, and the facilitator's. */
export function defineBriefing(command: Command): void {
  command
    .option('-s, --scenario <id|path>', 'scenario id (a file in scenarios/) or path to a YAML file', 'inf-2019')
    .option('--team <actor>', `one team's briefing (an actor of the scenario), or "${FACILITATOR}" for the facilitator's, with the injects (default: every team's, a page break between them, without the injects)`)
    .option('-o, --out <file>', 'write to this file (atomically) instead of stdout')
    .action((opts: { scenario: string; team?: string; out?: string }, command: Command) => {
      const { scenario, document } = openScenario(opts.scenario);
      const input = { scenario, document };
      const present = scenario.rules.actorIds.filter((a) => scenario.actors[a] !== undefined);
      const team = opts.team?.trim().toLowerCase();
      if (team !== undefined && team !== FACILITATOR && !present.includes(team)) {
        throw new UsageError(`--team must be one of ${[...present, FACILITATOR].join(', ')} (the actors of scenario ${scenario.id}), got "${opts.team!.slice(0, 40)}"`);
      }
      const markdown = team === undefined ? classPack(input) : team === FACILITATOR ? facilitatorBriefing(input) : teamBriefing(input, team);
      // A document for people: nothing from the scenario's text may drive a terminal or a printer.
      emit(terminalSafe(markdown), opts.out, command.configureOutput().writeOut);
    });
}
