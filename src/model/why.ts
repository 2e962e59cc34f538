import { moduleOf, type Chooser, type Names, type Term, type View } from './actions/index.js';
import { REGION_NAMES, SYSTEM_NAMES } from './names.js';
import type { Refusal } from './types.js';
import { scoreActions } from './utility.js';
import type { Action, ActorId, World } from './types.js';

/**
 * Why an actor did what it did, in plain sentences, from the utility terms the pick weighed
 * ("Russia deploys ... in Europe because ...; the cost holds it back a little."). The terms are
 * re-scored with the model's pure functions, so the sentences say exactly what the pick weighed;
 * the run record keeps its compact `reason` and is never changed by this.
 */

/** How a term reads: as a reason for the action (after "because"), and as a weight against it (before "holds it back"). */
interface Phrase {
  readonly pro: string;
  readonly con: string;
}

type Reader = (m: RegExpMatchArray, names: Names) => Phrase;

const same = (text: string): Phrase => ({ pro: text, con: text });
const actors = (ids: string, names: Names) => {
  const list = ids.split('+').map(names.actor);
  return list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list.at(-1)}` : list[0];
};

/** Each term name the action modules and the utility give, as a pattern, and how it reads. */
const PHRASES: ReadonlyArray<readonly [RegExp, Reader]> = [
  [/^(cooperative|hedging|competitive|confrontational) posture$/, (m) => ({ pro: `its ${m[1]} posture favours it`, con: `its ${m[1]} posture` })],
  [/^doctrine$/, () => ({ pro: 'its doctrine favours it', con: 'its doctrine' })],
  [/^committed on (\w+)$/, (m, n) => ({ pro: `it is committed to ${n.treaty(m[1])}`, con: `its commitment to ${n.treaty(m[1])}` })],
  [/^wavering on (\w+)$/, (m, n) => ({ pro: `it wavers on ${n.treaty(m[1])}`, con: `its doubts about ${n.treaty(m[1])}` })],
  [/^rejecting on (\w+)$/, (m, n) => ({ pro: `it rejects ${n.treaty(m[1])}`, con: `its rejection of ${n.treaty(m[1])}` })],
  [/^answers ([\w+]+) in kind$/, (m, n) => ({ pro: `${actors(m[1], n)} ${m[1].includes('+') ? 'have' : 'has'} just suspended or left it, and it answers in kind`, con: `answering ${actors(m[1], n)} in kind` })],
  [/^answers (\w+)$/, (m, n) => ({ pro: `its tension with ${n.actor(m[1])}, which stands there, calls for an answer`, con: `its tension with ${n.actor(m[1])}` })],
  [/^threat from (\w+)$/, (m, n) => ({ pro: `it feels threatened by ${n.actor(m[1])}`, con: `the threat from ${n.actor(m[1])}` })],
  [/^threat$/, () => ({ pro: 'it feels threatened', con: 'the threat it feels' })],
  [/^no rival in range$/, () => same('having no rival within range there')],
  [/^cost$/, () => same('the cost')],
  [/^breaches (\w+)$/, (m, n) => same(`breaching ${n.treaty(m[1])}`)],
  [/^already fielded$/, () => same('what it already fields')],
  [/^strains allies$/, () => same('the strain on its allies')],
  [/^arms control$/, () => ({ pro: 'it values arms control', con: 'arms control' })],
  [/^prospects (\d+)%$/, (m) => ({ pro: `the talks have a ${m[1]}% chance this turn`, con: `a ${m[1]}% chance of success` })],
  [/^bargaining chips$/, () => ({ pro: 'both sides hold missiles to trade', con: 'the balance of missiles to trade' })],
  [/^would scrap (\d+(?:\.\d+)?)% of its missiles$/, (m) => same(`having to scrap ${m[1]}% of its missiles`)],
  [/^([\w+]+) in breach$/, (m, n) => ({ pro: `${actors(m[1], n)} ${m[1].includes('+') ? 'are' : 'is'} in breach`, con: `${actors(m[1], n)}'s breach` })],
  [/^value of the regime$/, () => same("the regime's value to it")],
  [/^reputation$/, () => same('its reputation')],
  [/^outright$/, () => same('going further than a suspension')],
  [/^allies object$/, () => same("its allies' objections")],
  [/^(\w+) is no rival$/, (m, n) => same(`${n.actor(m[1])} being no rival`)],
  [/^tension with (\w+)$/, (m, n) => ({ pro: `its tension with ${n.actor(m[1])} runs high`, con: `its tension with ${n.actor(m[1])}` })],
  [/^restraint$/, () => ({ pro: 'restraint saves it the costs', con: 'restraint' })],
  [/^forfeits its standing$/, () => same('the standing it would forfeit')],
  [/^restraint shown$/, () => ({ pro: 'showing restraint is worth it to it', con: 'the restraint it would show' })],
  [/^restraint given up$/, () => same('the restraint it would give up')],
  [/^forgoes answering (\w+)$/, (m, n) => same(`forgoing an answer to ${n.actor(m[1])}`)],
  [/^signals to (\w+)$/, (m, n) => ({ pro: `it wants to signal to ${n.actor(m[1])}`, con: `the signal to ${n.actor(m[1])}` })],
  [/^reassures allies$/, () => ({ pro: 'it reassures its allies', con: 'reassuring its allies' })],
  [/^divides allies$/, () => same('dividing its allies')],
  [/^policy ([\w-]+)$/, (m) => ({ pro: `its policy (${m[1]}) calls for it`, con: `its policy (${m[1]})` })],
  [/^commitment ([\w-]+)$/, (m) => ({ pro: `it has committed to it (${m[1]})`, con: `its commitment (${m[1]})` })],
];

/** Pure: how a term reads, or null for a name no pattern knows (a test keeps every name the model gives known). */
export function phraseOf(name: string, names: Names): Phrase | null {
  for (const [pattern, read] of PHRASES) {
    const m = name.match(pattern);
    if (m) return read(m, names);
  }
  return null;
}

/** Pure: the action as a verb phrase in the present tense, e.g. "deploys missile defence in Europe". */
export function actionPhrase(action: Action, world: World, names: Names): string {
  switch (action.type) {
    case 'deploy':
      return `deploys ${SYSTEM_NAMES[action.system]} ${action.region === 'home' ? 'at home' : `in ${REGION_NAMES[action.region]}`}`;
    case 'withdraw': {
      const treaty = names.treaty(action.treaty);
      if (action.mode === 'suspend') return `suspends its compliance with ${treaty}`;
      return (world.treaties[action.treaty]?.noticeTurns ?? 0) > 0 ? `gives notice to leave ${treaty}` : `leaves ${treaty}`;
    }
    case 'negotiate':
      return `seeks talks on ${names.treaty(action.treaty)}${action.partners.length > 0 ? ` with ${actors(action.partners.join('+'), names)}` : ''}`;
    case 'sanction':
      return `sanctions ${names.actor(action.target)}`;
    case 'hold':
      return 'holds';
    default:
      // A type added to the registry reads through its module until it gets its own phrase.
      return `chooses to ${moduleOf(action).text(action, names)}`;
  }
}

const join = (parts: readonly string[]) => (parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0]);
const degree = (value: number) => (value < 0.1 ? ' a little' : value >= 0.3 ? ' strongly' : '');
const phrase = (t: Term, names: Names): Phrase => phraseOf(t.name, names) ?? { pro: `${t.name} weighs for it`, con: t.name };

/**
 * Pure: the sentence for terms of an action: the two strongest reasons for it after "because",
 * and the strongest one or two against it, with how hard they hold it back. Terms under 0.02 are noise.
 */
export function termsSentence(actor: string, verb: string, terms: readonly Term[], names: Names): string {
  const pros = terms.filter((t) => t.value >= 0.02).sort((a, b) => b.value - a.value).slice(0, 2);
  const cons = terms.filter((t) => t.value <= -0.02).sort((a, b) => a.value - b.value).slice(0, 2);
  const back = cons.length > 0 ? `${join(cons.map((t) => phrase(t, names).con))} ${cons.length > 1 ? 'hold' : 'holds'} it back${degree(-cons[0].value)}` : '';
  if (pros.length === 0) {
    return `${actor} ${verb}, though ${back || 'nothing weighs much either way'}: every other option weighed less, or the draw fell on this one.`;
  }
  return `${actor} ${verb} because ${join(pros.map((t) => phrase(t, names).pro))}${back ? `; ${back}` : ''}.`;
}

/** What a recorded action says about who chose it. */
export interface Chosen {
  readonly action: Action;
  readonly by: 'computer' | 'human';
  readonly refused?: Refusal;
}

/**
 * Pure: why `actor` did what it did this turn, in a sentence. For a computer pick, `chooser` is the
 * actor as it chose (its mind after it observed `view.world`), and the terms are re-scored; a team's
 * order, or its refusal, is said as such.
 */
export function whySentence(view: View, actor: ActorId, chooser: Chooser | null, chosen: Chosen, names: Names): string {
  const who = names.actor(actor);
  if (chosen.refused) return `${who}'s order was refused (${chosen.refused.reason}), so it holds.`;
  const verb = actionPhrase(chosen.action, view.world, names);
  if (chosen.by === 'human' || !chooser) return `${who} ${verb}: the team's choice.`;
  const [scored] = scoreActions(view, chooser, [chosen.action]);
  return termsSentence(who, verb, scored.terms, names);
}
