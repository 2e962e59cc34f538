import { stancesThisTurn, startRun, viewOf } from '../engine/index.js';
import {
  ACTION_MODULES, REGION_NAMES, listOptions, talksOdds,
  type ActionType, type ActorId, type Option, type Rules, type Scenario,
} from '../model/index.js';
import { namesIn, type BriefingInput } from './input.js';

const pts = (share: number) => Math.round(share * 100);

/**
 * How each type of action works, with the numbers of the scenario's rules. A type without an entry
 * (one added to the registry later) is listed with its options all the same.
 */
const HOW: Partial<Record<ActionType, (rules: Rules, actor: ActorId) => string>> = {
  deploy: (rules, actor) => {
    const c = rules.deploy;
    const facts = rules.actors[actor];
    const hosts = facts.basingNeedsCohesion.length > 0
      ? ` Basing in ${facts.basingNeedsCohesion.map((r) => REGION_NAMES[r]).join(', ')} needs NATO cohesion of at least ${pts(c.basingCohesionThreshold)} (${pts(c.defenceCohesionThreshold)} for missile defence), and ground-launched missiles there cost NATO cohesion ${pts(c.basingCohesionCost)} points (Egmont 106 §2.3).`
      : '';
    return `Each deployment adds ${c.unit} unit where you choose and feeds the arms race. Tension rises with every rival standing in that region: by ${pts(c.tension.groundLaunchedIntermediate)} points for ground-launched intermediate-range missiles, ${pts(c.tension.hypersonic)} for hypersonic missiles, ${pts(c.tension.seaAirCruise)} for sea- and air-launched cruise missiles, ${pts(c.tension.missileDefence)} for missile defence.${hosts} A system banned by a regime you are bound by is a breach: the regime loses ${pts(c.breachIntegrityLoss)} integrity, and each time the breach is exposed with a chance of ${pts(c.detectionChance)}%.`;
  },
  withdraw: (rules, actor) => {
    const c = rules.withdraw;
    const allies = rules.actors[actor].exitStrainsAllies ? ` Your exits cost NATO cohesion ${pts(c.allyCohesionCost)} points.` : '';
    return `A suspension or a withdrawal raises tension with the other parties by ${pts(c.tension)} points. A withdrawal with a notice period suspends your compliance at once and takes effect when the notice runs out; when a party the regime cannot do without leaves, it ends for everyone.${allies}`;
  },
  negotiate: (rules) => {
    const c = rules.negotiate;
    return `Everyone who chooses talks on the same regime in a turn sits at one table. A round succeeds by chance: the odds fall with the tension at the table, rise when both sides hold missiles to trade (the dual track, Egmont 106 §1.1), collapse when a party the regime needs stays away or is invited but unwilling (§2.1, §3.3), and are cut when a party at the table is exposed in breach; no round is surer than ${pts(c.maxOdds)}%. Success eases tension at the table and either repairs a regime (integrity +${pts(c.integrityGain)}, suspensions and notices withdrawn, an expiring one extended) or advances a proposal by a round; a signed proposal enters into force after ${c.ratificationTurns} turns.`;
  },
  sanction: (rules, actor) => `Sanctions raise tension with the target by ${pts(rules.sanction.tension)} points${rules.actors[actor].isUnion ? ` and cost EU unity ${pts(rules.sanction.euUnityCost)} points` : ''}; they stay until talks between the two succeed.`,
  hold: () => 'Nothing changes; restraint saves the costs of acting.',
};

/** Pure: the open options of one type at the start, in words (talks with the odds the model would apply). */
function openOptions(scenario: Scenario, actor: ActorId, options: readonly Option[]): string[] {
  const state = startRun(scenario, 0);
  const view = viewOf(state);
  const names = namesIn(scenario);
  const stances = stancesThisTurn(state);
  return options.filter((o) => o.refusal === null).map((o) => {
    const text = ACTION_MODULES.find((m) => m.type === o.action.type)!.text(o.action, names);
    if (o.action.type === 'deploy') {
      const { system, region } = o.action;
      const banned = Object.values(scenario.world.treaties).filter((t) => t.exists && !t.defunct && t.parties[actor] === 'inForce' && t.bans.includes(system) && t.banRegions.includes(region));
      return banned.length > 0 ? `${text} (a breach of ${banned.map((t) => t.name).join(', ')})` : text;
    }
    if (o.action.type !== 'negotiate') return text;
    return `${text} (odds ${Math.round(100 * talksOdds(view, o.action.treaty, [actor], o.action.partners, stances))}% if no one else joins, at the start)`;
  });
}

/**
 * Pure: what the actor can do, from the action registry and its facts: each type of action, how it
 * works, the options open at the start, and why the others are not (the model's own reasons).
 */
export function optionsLines({ scenario }: BriefingInput, actor: ActorId): string[] {
  const view = viewOf(startRun(scenario, 0));
  const all = listOptions(view, actor);
  const lines = ['## Your options and their rules', '', 'Each turn you choose one action; every team chooses at once, sealed, and the turn resolves.', ''];
  for (const m of ACTION_MODULES) {
    const mine = all.filter((o) => o.action.type === m.type);
    const open = openOptions(scenario, actor, mine);
    const reasons = [...new Set(mine.filter((o) => o.refusal !== null).map((o) => o.refusal!.reason))];
    lines.push(`### ${m.title[0].toUpperCase()}${m.title.slice(1)}`, '');
    const how = HOW[m.type]?.(scenario.rules, actor);
    if (how) lines.push(how, '');
    if (m.params.length > 0) {
      lines.push(open.length > 0 ? `Open at the start: ${open.join('; ')}.` : 'Nothing of this kind is open at the start.', '');
      if (reasons.length > 0) lines.push(`Not open: ${reasons.join('; ')}.`, '');
    }
  }
  return lines;
}
