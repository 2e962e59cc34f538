import { conditionText, isMet, measure, valueText, type ActorId } from '../model/index.js';
import { namesIn, presentIn, provenance, type BriefingInput } from './input.js';

/** The formula of the team score, in words, as docs/MODEL.md states it. */
export const SCORE_RULE = 'Each objective is met or not at the end of every turn. The team score is the share of your objectives met, averaged over the turns played, from 0 to 100: every objective weighs the same and every turn counts as much as any other. Teams played by the computer are scored the same way, so the class can compare itself with the computer.';

/** Pure: an actor's objectives: each in its words, its condition, whether it is met at the start, and its sources. */
export function objectivesLines({ scenario, document }: BriefingInput, actor: ActorId, heading = '## Your objectives', withRule = true): string[] {
  const own = scenario.objectives?.[actor] ?? [];
  if (own.length === 0) return [heading, '', 'This scenario gives no objectives to this actor.', ''];
  const names = namesIn(scenario);
  const present = presentIn(scenario);
  const files = document.objectives?.[actor] ?? [];
  const items = own.flatMap((o, i) => {
    const now = measure(scenario.rules, scenario.world, present, o.condition);
    const met = isMet(scenario.rules, scenario.world, present, o);
    const file = files[i] as Record<string, unknown> | undefined;
    const bound = o.condition.kind === 'regime' ? undefined : ((file?.[o.condition.kind] as Record<string, { source?: string; assumption?: string }> | undefined)?.[o.condition.bound.side]);
    return [
      `${i + 1}. **${o.text}.** Met when ${conditionText(o.condition, names)}. At the start: ${met ? 'met' : 'not met'} (${valueText(o.condition, now)}).`,
      `   *Why:* ${o.source}.${bound ? ` *The level:* ${provenance(bound)}.` : ''}`,
    ];
  });
  return [heading, '', ...items, '', ...(withRule ? [SCORE_RULE, ''] : [])];
}
