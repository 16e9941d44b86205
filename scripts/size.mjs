// Bundles representative imports of the built package for the browser, as an application would
// (esbuild, minified, every dependency included: decimal.js, zod/mini, papaparse where used),
// gzips each bundle with `gzip -9` (GNU gzip; zlib at level 9 where there is none) and fails when one is over its budget or brings in code it must
// not (the SVMI tables, the threshold tables or zod's classic API for `formatGBP` alone).
// The cases are in scripts/bundle-cases.mjs; scripts/other-bundlers.mjs bundles the same ones
// with Vite, webpack and Rollup. Usage: npm run size (after npm run build). Figures are in kB
// (1,000 bytes).

import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import ts from 'typescript';
import { cases, forTheBrowser, gzipped } from './bundle-cases.mjs';

const root = resolve(import.meta.dirname, '..');

// A scratch project whose node_modules/social-value is this package, so bundles resolve it by
// its name and its `exports`, exactly as an application's would.
const scratch = mkdtempSync(join(tmpdir(), 'social-value-size-'));
mkdirSync(join(scratch, 'node_modules'));
symlinkSync(root, join(scratch, 'node_modules', 'social-value'), 'dir');

const kB = (bytes) => (bytes / 1000).toFixed(1);

const rows = [];
const failures = [];
let breakdown = [];
try {
  for (const [index, item] of cases.entries()) {
    const entry = join(scratch, `entry-${index}.js`);
    writeFileSync(
      entry,
      `const use = (...values) => { globalThis.kept = values; };\n${item.code}\n`,
    );
    const result = await build({
      ...forTheBrowser,
      entryPoints: [entry],
      metafile: true,
      outfile: join(scratch, `out-${index}.js`),
    });
    const code = result.outputFiles[0].contents;
    const gzip = gzipped(code);
    // The modules with code in the bundle (the metafile lists visited modules left out too).
    const output = Object.values(result.metafile.outputs)[0];
    const inputs = Object.entries(output.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([path]) => path.replaceAll('\\', '/'));
    const unwanted = inputs.filter((path) => item.forbidden.some((pattern) => pattern.test(path)));
    const over = item.budget !== null && gzip > item.budget * 1000;
    rows.push({
      ...item,
      minified: code.length,
      gzip,
      modules: inputs.length,
      over,
    });
    if (item.target !== undefined && gzip <= item.target * 1000) {
      failures.push(
        `${item.name}: ${kB(gzip)} kB meets its ${item.target} kB target: make it the budget`,
      );
    }
    if (over) failures.push(`${item.name}: ${kB(gzip)} kB gzip, over the ${item.budget} kB budget`);
    if (unwanted.length > 0) {
      failures.push(
        `${item.name}: bundles ${
          unwanted.length
        } module(s) it must not, e.g. ${unwanted.slice(0, 3).join(', ')}`,
      );
    }
  }
  // What the whole library's 70 kB target would take: its own code (dependencies left out), and
  // that code with every string literal and template text emptied (messages, names and model
  // texts all gone; parsed by TypeScript, so a quote inside a regular expression is no string).
  const own = await build({
    ...forTheBrowser,
    entryPoints: [join(scratch, `entry-${cases.findIndex((item) => item.target)}.js`)],
    external: ['decimal.js', 'zod', 'zod/*', 'postcode'],
  });
  const ownCode = own.outputFiles[0].text;
  const withoutStrings = emptyStringLiterals(ownCode);
  const whole = rows.find((row) => row.target);
  breakdown = [
    `the root entry without its dependencies: ${kB(gzipped(ownCode))} kB gzip (so about ${kB(
      whole.gzip - gzipped(ownCode),
    )} kB is decimal.js, zod/mini and postcode)`,
    `the same with every string literal emptied: ${kB(gzipped(withoutStrings))} kB gzip`,
  ];
  const embed = readFileSync(join(root, 'dist/social-value.iife.js'));
  rows.push({
    name: 'single-file build `dist/social-value.iife.js` (everything, CSV included)',
    minified: embed.length,
    gzip: gzipped(embed),
    budget: null,
    modules: null,
    over: false,
  });
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

/** `code` with the text of every string literal and template emptied (`""`, `` `${x}` ``). */
function emptyStringLiterals(code) {
  const source = ts.createSourceFile(
    'bundle.js',
    code,
    ts.ScriptTarget.Latest,
    false,
    ts.ScriptKind.JS,
  );
  const cuts = [];
  const visit = (node) => {
    const empty = {
      [ts.SyntaxKind.StringLiteral]: '""',
      [ts.SyntaxKind.NoSubstitutionTemplateLiteral]: '``',
      [ts.SyntaxKind.TemplateHead]: '`${',
      [ts.SyntaxKind.TemplateMiddle]: '}${',
      [ts.SyntaxKind.TemplateTail]: '}`',
    }[node.kind];
    if (empty !== undefined) cuts.push([node.getStart(source), node.end, empty]);
    ts.forEachChild(node, visit);
  };
  visit(source);
  let emptied = '';
  let at = 0;
  for (const [start, end, empty] of cuts.sort((a, b) => a[0] - b[0])) {
    emptied += code.slice(at, start) + empty;
    at = end;
  }
  return emptied + code.slice(at);
}

console.log('| import | minified | gzip -9 | budget |');
console.log('|---|---|---|---|');
for (const row of rows) {
  const target = row.target === undefined ? '' : ` (target ${row.target} kB: not met)`;
  const budget =
    row.budget === null ? '–' : `${row.budget} kB${row.over ? ' **over**' : ''}${target}`;
  console.log(`| ${row.name} | ${kB(row.minified)} kB | ${kB(row.gzip)} kB | ${budget} |`);
}
console.log(`\n${breakdown.join('\n')}`);
if (failures.length > 0) {
  console.error(`\nsize: ${failures.length} problem(s):`);
  for (const failure of failures) console.error(`  ${failure}`);
  process.exit(1);
}
console.log('\nsize: every bundle within its budget');
