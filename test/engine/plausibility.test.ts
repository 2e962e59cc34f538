import { describe, expect, it } from 'vitest';
import { runScenario, type RunRecord } from '../../src/engine/index.js';
import { areRivals, type RecordedEvent } from '../../src/model/index.js';
import { infScenario } from '../fixtures.js';

/**
 * Floors of plausibility over 500 seeds of inf-2019 (issue 10): what a scholar would reject must not
 * happen, or only as rarely as stated. These are floors, not targets: nothing here is tuned to pass.
 */
describe('plausibility of the baseline over 500 seeds of inf-2019', () => {
  const scenario = infScenario();
  const runs: RunRecord[] = Array.from({ length: 500 }, (_, i) => runScenario(scenario, i + 1));
  const events = (r: RunRecord) => r.turns.flatMap((t) => t.events.map((e) => ({ turn: t.turn, e })));
  const share = (holds: (r: RunRecord) => boolean) => runs.filter(holds).length / runs.length;

  it('no ally sanctions an ally: every sanction targets a rival', () => {
    const bad = runs.flatMap((r) => events(r).filter(({ e }) => e.type === 'sanction.imposed' && !areRivals(scenario.rules, e.actor, e.target)));
    expect(bad).toEqual([]);
  });

  it('a nuclear-weapon state leaves the NPT in at most 0.5% of runs', () => {
    const nws = scenario.world.treaties.npt.statusFor;
    const left = share((r) => events(r).some(({ e }) => e.type === 'treaty.withdrawn' && e.treaty === 'npt' && nws.includes(e.actor)));
    expect(left).toBeLessThanOrEqual(0.005);
  });

  it('no one suspends the NPT', () => {
    expect(share((r) => events(r).some(({ e }) => e.type === 'treaty.suspended' && e.treaty === 'npt'))).toBe(0);
  });

  it('no treaty is left without its notice: every exit from a legal regime falls due exactly its notice after it was given', () => {
    const legal = Object.values(scenario.world.treaties).filter((t) => t.binding === 'legal');
    for (const t of legal) expect(t.noticeTurns, `${t.id} has a notice period`).toBeGreaterThan(0);
    for (const r of runs) {
      const all = events(r);
      const notices = all.filter((x): x is { turn: number; e: Extract<RecordedEvent, { type: 'treaty.notice' }> } => x.e.type === 'treaty.notice');
      for (const { turn, e } of all) {
        if (e.type !== 'treaty.withdrawn' || scenario.world.treaties[e.treaty].binding !== 'legal') continue;
        // The last notice counts: successful talks rescind one. The US notice on INF was given before the scenario starts (2 February 2019): its due date is in the file.
        const given = notices.filter((n) => n.e.actor === e.actor && n.e.treaty === e.treaty && n.turn < turn).at(-1)?.turn ?? -scenario.world.treaties[e.treaty].noticeTurns + 1 + (scenario.world.treaties[e.treaty].withdrawalDue[e.actor] ?? Infinity);
        expect(turn - given, `${e.actor} left ${e.treaty} in turn ${turn} of seed ${r.manifest.seed}`).toBe(scenario.world.treaties[e.treaty].noticeTurns);
      }
    }
  });

  it('no US missile is based in Asia without a host\'s consent', () => {
    const threshold = scenario.rules.deploy.hostConsentThreshold;
    const willing = Object.values(scenario.world.hosts).some((h) => h.region === 'asia' && h.consent >= threshold);
    expect(willing).toBe(false);
    const based = share((r) => r.turns.some((t) => t.actions.us?.type === 'deploy' && t.actions.us.region === 'asia' && t.actions.us.system !== 'seaAirCruise'));
    expect(based).toBe(0);
  });
});
