import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ENGINE_VERSION, runScenario } from '../../src/engine/index.js';
import { loadScenario } from '../../src/scenario/index.js';
import { cli } from '../reliability/cli.js';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

describe('ready to cite', () => {
  it('CITATION.cff is CFF 1.2 with every required key, the engine version and the package licence', () => {
    const cff = parse(read('CITATION.cff')) as Record<string, unknown>;
    // Required by the CFF 1.2 schema: cff-version, message, title, authors (each a person or an entity with a name).
    expect(cff['cff-version']).toBe('1.2.0');
    for (const key of ['message', 'title']) expect(typeof cff[key] === 'string' && (cff[key] as string).length > 0, key).toBe(true);
    expect(Array.isArray(cff.authors) && cff.authors.length > 0).toBe(true);
    for (const author of cff.authors as Array<Record<string, unknown>>) expect(typeof (author.name ?? author['family-names'])).toBe('string');
    expect(cff.version).toBe(ENGINE_VERSION);
    expect(cff.license).toBe((JSON.parse(read('package.json')) as { license: string }).license);
    expect(cff.type).toBe('software');
  });

  it('LICENSE is the MIT licence, and CHANGELOG.md states the versioning policy and has an entry for this version', () => {
    expect(read('LICENSE')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} The multipolar contributors\n/);
    const changelog = read('CHANGELOG.md');
    expect(changelog).toMatch(/`ENGINE_VERSION` .* changes \*\*whenever any output changes\*\*/s);
    expect(changelog).toContain('## Unreleased');
    expect(changelog).toMatch(new RegExp(`^## ${ENGINE_VERSION.replace(/\./g, '\\.')}$`, 'm'));
  });

  it('a run record cites its version, scenario, seed and digest outside the turns, so the digest is that of the turns alone', () => {
    const record = runScenario(loadScenario('revised-dual-track'), 9, 2);
    const { manifest } = record;
    expect(manifest.citeAs).toBe(
      `The multipolar contributors, multipolar ${ENGINE_VERSION} [computer software, MIT]: run of scenario revised-dual-track (sha256 ${manifest.scenario.sha256.slice(0, 12)}), seed 9, 2 turns, digest ${record.digest.slice(0, 12)}. Check with: npx multipolar@${ENGINE_VERSION} replay FILE`,
    );
    expect(manifest.citeAs).not.toContain('\n');
  });

  it('a summary and a comparison cite what they summarise', async () => {
    const summary = join(mkdtempSync(join(tmpdir(), 'multipolar-cite-')), 'summary.json');
    const batch = await cli('batch', '--runs', '3', '--turns', '2', '--workers', '1', '--summary', summary, '--out', '/dev/null');
    expect(batch.code, batch.stderr).toBe(0);
    expect(JSON.parse(readFileSync(summary, 'utf8')).citeAs).toMatch(new RegExp(`^The multipolar contributors, multipolar ${ENGINE_VERSION} \\[computer software, MIT\\]: batch of inf-2019 \\(sha256 [0-9a-f]{12}\\), seeds 1-3, 2 turns\\. Check with: npx multipolar@${ENGINE_VERSION} replay FILE$`));
    const compare = await cli('compare', '--variant', 'revised-dual-track', '--runs', '3', '--turns', '2', '--workers', '1', '--bootstrap', '100', '--json');
    expect(JSON.parse(compare.stdout).citeAs).toMatch(/: comparison of inf-2019 \(sha256 [0-9a-f]{12}\) and revised-dual-track \(sha256 [0-9a-f]{12}\), seeds 1-3, 2 turns\. /);
  });
});
