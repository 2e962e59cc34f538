import { describe, expect, it } from 'vitest';
import { cli } from '../reliability/cli.js';

describe('multipolar rules', () => {
  it('prints every coefficient with its path, value, range and provenance, and the actors\' facts', async () => {
    const { code, stdout } = await cli('rules');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^The model's own rules \(no scenario\)\n/);
    expect(stdout).toMatch(/\n {2}negotiate\.base +=? 0\.639 {2}\[0\.3, 0\.7\] {2}assumption: calibrated from 0\.5 on the 2019-2022 and 1979-1987 histories \(docs\/VALIDATION\.md\)\n/);
    expect(stdout).toMatch(/\n {2}guards\.chinaPressed +=? 0\.5 {2}\[0\.35, 0\.65\] {2}assumption\n/);
    expect(stdout).toMatch(/\n {2}actors\.china\.bannedShare += 0\.95 {2}\[0\.85, 0\.99\] {2}source: Egmont 106 §2\.1/);
    expect(stdout).toMatch(/\n {2}nato: NATO; arsenal groundLaunchedIntermediate, seaAirCruise, missileDefence; bases europe;.*does not sanction/);
  });

  it("gives a scenario's rules after inheritance, as JSON, with what the scenario changed and the default", async () => {
    const { code, stdout } = await cli('rules', '--scenario', 'dual-track-1979', '--format', 'json');
    expect(code).toBe(0);
    const rules = JSON.parse(stdout) as { scenario: { id: string }; actors: Record<string, { arsenal: string[] }>; coefficients: Array<{ path: string }> };
    expect(rules.scenario.id).toBe('dual-track-1979');
    expect(rules.actors.russia.arsenal).not.toContain('hypersonic');
    expect(rules.coefficients.length).toBeGreaterThan(100);
  });

  it('refuses a bad format or scenario in one line, exit 2', async () => {
    expect(await cli('rules', '--format', 'xml')).toMatchObject({ code: 2, stderr: 'multipolar: error: --format must be one of text, json, markdown, got "xml"\n' });
    const missing = await cli('rules', '--scenario', 'no-such');
    expect(missing.code).toBe(2);
    expect(missing.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });
});

describe('multipolar sweep over the rules', () => {
  it('names a path that is no coefficient, exit 2', async () => {
    const r = await cli('sweep', '--param', 'rules.negotiate.bse', '--values', '0.4,0.6', '--runs', '2', '--turns', '2');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('multipolar: error: --param rules.negotiate.bse: rules has no coefficient negotiate.bse (multipolar rules lists every path)\n');
  });
});
