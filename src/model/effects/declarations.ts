import type { Draft } from 'immer';
import { rivalUnits } from '../actions/declare.js';
import type { TurnEffects } from '../actions/module.js';
import { clamp } from '../math.js';
import { publicView } from '../observe.js';
import { commitmentKey } from '../policies/active.js';
import { holds } from '../policies/condition.js';
import type { World } from '../types.js';

/**
 * After the actions: a moratorium pledge lapses once a rival stands with more of the system in the
 * region than when it was made (Russia's offer of 2019 was conditional on the US), and an announced
 * deployment not made within `declare.announceTurns` is no longer expected.
 */
export function keepDeclarations(w: Draft<World>, { rules, present, report }: Pick<TurnEffects, 'rules' | 'present' | 'report'>): void {
  if (w.pledges.length > 0) {
    const view = { rules, present };
    const kept = w.pledges.filter((p) => {
      if (rivalUnits(view, w, p.by, p.system, p.region) <= p.rivalsAt) return true;
      report({ type: 'pledge.ended', actor: p.by, system: p.system, region: p.region, cause: 'lapsed' });
      return false;
    });
    if (kept.length !== w.pledges.length) w.pledges = kept;
  }
  if (w.announcements.some((a) => w.turn - a.since >= rules.declare.announceTurns)) {
    w.announcements = w.announcements.filter((a) => w.turn - a.since < rules.declare.announceTurns);
  }
}

/**
 * At the end of a turn, every commitment of a doctrine's policies moves on: made (pending) once its
 * `when` holds; void once its `void` holds; kept once the actor stands with the units; broken once
 * the deadline passes unmet, which costs `policy.brokenCredibility` of the actor's credibility.
 */
export function trackCommitments(w: Draft<World>, { rules, present, report }: Pick<TurnEffects, 'rules' | 'present' | 'report'>): void {
  let seen: ReturnType<typeof publicView> | undefined;
  for (const actor of present) {
    for (const p of w.doctrines[actor].policies) {
      if (!p.commit) continue;
      const key = commitmentKey(actor, p.id);
      const status = w.commitments[key];
      if (status !== undefined && status !== 'pending') continue;
      seen ??= publicView({ rules, world: w, present });
      if (status === undefined) {
        if (p.when && !holds(p.when, seen)) continue;
        w.commitments[key] = 'pending';
        report({ type: 'commitment.made', actor, policy: p.id });
      }
      const { system, region, units } = p.commit.deploy;
      if (p.void && holds(p.void, seen)) {
        w.commitments[key] = 'void';
        report({ type: 'commitment.void', actor, policy: p.id });
      } else if (w.forces[actor][system][region] >= units) {
        w.commitments[key] = 'kept';
        report({ type: 'commitment.kept', actor, policy: p.id });
      } else if (w.turn >= p.commit.by) {
        w.commitments[key] = 'broken';
        w.credibility[actor] = clamp((w.credibility[actor] ?? 1) - rules.policy.brokenCredibility);
        report({ type: 'commitment.broken', actor, policy: p.id });
      }
    }
  }
}
