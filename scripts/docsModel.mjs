// Refreshes the coefficient table of docs/MODEL.md from the rules (`multipolar rules --format markdown`).
// Run with `npm run docs:model` after changing a coefficient; test/model/rules.test.ts checks the two agree.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const table = execFileSync(process.execPath, ['dist/src/cli/main.js', 'rules', '--format', 'markdown'], { encoding: 'utf8' });
const doc = readFileSync('docs/MODEL.md', 'utf8');
const marked = /<!-- rules:begin -->\n[\s\S]*<!-- rules:end -->/;
if (!marked.test(doc)) throw new Error('docs/MODEL.md has no <!-- rules:begin --> ... <!-- rules:end --> section');
writeFileSync('docs/MODEL.md', doc.replace(marked, `<!-- rules:begin -->\n${table}<!-- rules:end -->`));
console.error('docs/MODEL.md: coefficient table refreshed');
