// Checks the API site typedoc wrote into docs/api: a page per area module that documents the
// area's own functions (not only references to the root entry), and every guide of docs/ as a
// page. Usage: npm run docs (runs it after typedoc).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const site = join(root, 'docs/api');
const { entryPoints } = JSON.parse(readFileSync(join(root, 'typedoc.json'), 'utf8'));
const areas = entryPoints
  .map((entry) => /^src\/([a-z-]+)\/index\.ts$/.exec(entry)?.[1])
  .filter(Boolean);
const functions = readdirSync(join(site, 'functions'));
const problems = [];
for (const area of areas) {
  if (!existsSync(join(site, 'modules', `${area}.html`)))
    problems.push(`no page for module ${area}`);
  if (!functions.some((name) => name.startsWith(`${area}.`))) {
    problems.push(`module ${area} documents no function of its own`);
  }
}
const guides = readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md'));
const pages = readdirSync(join(site, 'documents')).map((name) =>
  readFileSync(join(site, 'documents', name), 'utf8'),
);
for (const guide of guides) {
  const heading = /^#\s+(.+)$/m.exec(readFileSync(join(root, 'docs', guide), 'utf8'))?.[1] ?? guide;
  const words = heading.replace(/[`*]/g, '').split(/[:(]/)[0].trim();
  if (!pages.some((page) => page.includes(words))) problems.push(`no page for the guide ${guide}`);
}
if (problems.length > 0) {
  console.error(`docs check: ${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
console.log(
  `docs check: ${areas.length} area modules with their own API, ${guides.length} guides as pages`,
);
