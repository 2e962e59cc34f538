import { viewOf } from '../engine/index.js';
import type { Command } from './keys.js';
import { nameOf } from './labels.js';
import { firstOpen, manyOrder, orderStep, sealOrder } from '../session/index.js';
import { FRESH_PICKER, type Picker, type Session } from './state.js';

/** Pure: the order step the team of the session is on. */
function currentStep(s: Session) {
  const { run, humans } = s.game!;
  return orderStep(viewOf(run), humans[s.team], s.picker.path);
}

/**
 * Pure: a key during the sealed-orders round. Each team sees a handover screen first (so the
 * others look away), builds its order from the legal choices, then seals it; once every team has
 * sealed, the turn resolves. (Esc on a handover asks first: the session handles it.)
 */
export function reduceOrders(s: Session, command: Command): Session {
  if (s.screen === 'handover') {
    if (command === 'select') {
      const { run, humans } = s.game!;
      return { ...s, screen: 'orders', picker: { ...FRESH_PICKER, cursor: firstOpen(orderStep(viewOf(run), humans[s.team], [])) } };
    }
    return s;
  }
  const { run, humans } = s.game!;
  const actor = humans[s.team];
  const picker = s.picker;
  if (picker.pending) {
    if (command === 'select') {
      const result = sealOrder(s.game!, s.sealed, actor, picker.pending);
      if ('refusal' in result) return { ...s, message: `Not possible: ${result.refusal.reason}.` };
      const { sealed } = result;
      const last = s.team + 1 >= humans.length;
      return {
        ...s, sealed, picker: FRESH_PICKER, team: last ? s.team : s.team + 1, screen: last ? 'resolving' : 'handover',
        message: `${nameOf(s.game!.run.scenario.rules, actor)}'s order is sealed.${last ? ' Every order is in: resolving the turn.' : ''}`,
      };
    }
    if (command === 'back') {
      const step = currentStep(s);
      return { ...s, picker: { ...picker, pending: null, path: step.kind === 'done' ? picker.path.slice(0, -1) : picker.path } };
    }
    return s;
  }
  const step = currentStep(s);
  if (command === 'back') {
    if (picker.path.length === 0) return { ...s, screen: 'handover' };
    const path = picker.path.slice(0, -1);
    const back = orderStep(viewOf(run), actor, path);
    const cursor = back.kind === 'choose' ? Math.max(0, back.choices.findIndex((c) => c.key === picker.path[picker.path.length - 1])) : 0;
    return { ...s, picker: { ...FRESH_PICKER, path, cursor } };
  }
  if (step.kind === 'done') return s;
  const size = step.kind === 'choose' ? step.choices.length : step.candidates.length;
  if (command === 'up' || command === 'down') {
    return { ...s, picker: { ...picker, cursor: Math.max(0, Math.min(size - 1, picker.cursor + (command === 'up' ? -1 : 1))) } };
  }
  if (step.kind === 'many') {
    const partners = picker.partners ?? step.defaults;
    if (command === 'toggle') {
      const who = step.candidates[picker.cursor];
      if (!partners.includes(who)) {
        // Only what the rules would accept can be picked: say why not at once, not at enter.
        const order = manyOrder(viewOf(run), actor, step, [...partners, who]);
        if ('refusal' in order) return { ...s, message: `Not possible: ${order.refusal.reason}.` };
      }
      return { ...s, picker: { ...picker, partners: partners.includes(who) ? partners.filter((p) => p !== who) : [...partners, who] } };
    }
    if (command !== 'select') return s;
    const order = manyOrder(viewOf(run), actor, step, partners);
    if ('refusal' in order) return { ...s, message: `Not possible: ${order.refusal.reason}.` };
    return { ...s, picker: { ...picker, partners, pending: order.action } };
  }
  if (command !== 'select') return s;
  const choice = step.choices[picker.cursor];
  if (choice.unavailable) return { ...s, message: `Not possible: ${choice.unavailable}.` };
  const chosen: Picker = { ...FRESH_PICKER, path: [...picker.path, choice.key] };
  const after = orderStep(viewOf(run), actor, chosen.path);
  if (after.kind === 'done') return { ...s, picker: { ...chosen, pending: after.action } };
  return { ...s, picker: { ...chosen, cursor: firstOpen(after) } };
}
