// Bundles representative imports of the built package for the browser, as an application would
// (esbuild, minified, every dependency included: decimal.js, zod/mini, papaparse where used),
// gzips each bundle with `gzip -9` (GNU gzip; zlib at level 9 where there is none) and fails when one is over its budget or brings in code it must
// not (the SVMI tables, the threshold tables or zod's classic API for `formatGBP` alone).
// Usage: npm run size (after npm run build). Figures are in kB (1,000 bytes).

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '..');

// Data tables and zod's classic API: an import that does not need them must not bring them.
const tables = [/\/maturity\/data\//, /\/policy\/data\//, /\/policy\/presets\//];
const classicZod = [/zod\/v4\/classic\//, /zod\/v3\//];
// zod's locales and JSON Schema code: they come along when zod's `core` namespace is reached as
// `z.core.x` (a namespace inside a namespace); import from 'zod/v4/core' instead.
const zodExtras = [/zod\/v4\/locales\//, /zod\/v4\/core\/(?:to-json-schema|json-schema)/];
// zod's parse functions and error classes: the library runs its schemas itself
// (core/zod-error.ts `runSchema`), so a bundle that parses nothing else does without them.
const zodParse = [/zod\/v4\/core\/(?:parse|errors)\.js/];

/**
 * Each case: what the application imports, the budget in kB gzip (or null: reported only), a
 * target where the budget is a ceiling above it, and the modules that must not be in its bundle.
 */
const cases = [
  {
    name: '`formatGBP` alone',
    code: "import { formatGBP } from 'social-value'; use(formatGBP);",
    budget: 16,
    forbidden: [...tables, ...classicZod, ...zodExtras],
  },
  {
    name: '`defineFramework` + `valuePledges`',
    code: "import { defineFramework, valuePledges } from 'social-value'; use(defineFramework, valuePledges);",
    // Issue #16's 30 kB, met (29,009 bytes) since objects, pipes, customs, refinements, optionals,
    // nullables and lists of the core readers are the library's own small zod types
    // (core/object-schema.ts, reader-schema.ts, wrapper-schema.ts).
    budget: 30,
    forbidden: [...tables, ...classicZod, ...zodExtras, ...zodParse],
  },
  {
    name: '`evaluateTenders`',
    code: "import { evaluateTenders } from 'social-value'; use(evaluateTenders);",
    budget: 35,
    forbidden: [...tables, ...classicZod, ...zodExtras, ...zodParse],
  },
  {
    name: 'the whole library (root entry)',
    code: "import * as all from 'social-value'; use(all);",
    // Issue #16 asks for 70 kB and that target is NOT met: the measured figure, the library's own
    // code with and without its texts (the lines printed under the table) and the breakdown by
    // area are in docs/performance.md. This ceiling is the measured figure rounded up, plus 1 kB,
    // so that the bundle cannot grow unnoticed until the target is met or changed.
    budget: 141,
    target: 70,
    forbidden: classicZod,
  },
  {
    name: 'the names 0.1 exported (51 of its 55; 4 are gone)',
    // What the 70 kB target was set against: 0.1's whole library (156.5 kB, 92 kB of it zod's
    // classic API). The same names today, with 0.2's validation, messages and figures.
    code: "import { Decimal, SocialValueError, defineFramework, formatGBP, isSocialValueError, roundMoney, toDecimal, assessMaturity, attendeeHours, attributionShare, authorityKinds, benchmarkSocialValueAdded, breakevenPeriod, checkWeighting, compareAssessments, contractTypes, defineEvaluation, defineMaturityModel, definePolicy, deliveryStatus, deliveryStatuses, evaluateTenders, extendFramework, financialYear, flagAbnormallyLow, formatAssessmentTable, formatPercent, formatPlanMarkdown, fte, fteYears, getMeasure, lm3, planActions, policies, portsmouthRoadmap, presentValue, reconcilePledgeSheet, reindexProxies, requiresSocialValue, safe, socialValuePortalBenchmark, sroiRatio, summarisePortfolio, svmiBusiness, svmiPublicSector, trackDelivery, ukProcurementThreshold, valueForCostRatio, valuePledges, weightSensitivity, whatIf } from 'social-value'; use(Decimal, SocialValueError, defineFramework, formatGBP, isSocialValueError, roundMoney, toDecimal, assessMaturity, attendeeHours, attributionShare, authorityKinds, benchmarkSocialValueAdded, breakevenPeriod, checkWeighting, compareAssessments, contractTypes, defineEvaluation, defineMaturityModel, definePolicy, deliveryStatus, deliveryStatuses, evaluateTenders, extendFramework, financialYear, flagAbnormallyLow, formatAssessmentTable, formatPercent, formatPlanMarkdown, fte, fteYears, getMeasure, lm3, planActions, policies, portsmouthRoadmap, presentValue, reconcilePledgeSheet, reindexProxies, requiresSocialValue, safe, socialValuePortalBenchmark, sroiRatio, summarisePortfolio, svmiBusiness, svmiPublicSector, trackDelivery, ukProcurementThreshold, valueForCostRatio, valuePledges, weightSensitivity, whatIf);",
    budget: null,
    forbidden: classicZod,
  },
  {
    name: '`ukProcurementThreshold`',
    code: "import { ukProcurementThreshold } from 'social-value/policy'; use(ukProcurementThreshold);",
    budget: null,
    forbidden: [/\/maturity\//, ...classicZod, ...zodExtras],
  },
  {
    name: '`assessMaturity` + `svmiPublicSector`',
    code: "import { assessMaturity, svmiPublicSector } from 'social-value/maturity'; use(assessMaturity, svmiPublicSector);",
    budget: null,
    forbidden: [/\/maturity\/data\/svmi-business/, /\/policy\//, ...classicZod, ...zodExtras],
  },
  {
    name: '`trackDelivery`',
    code: "import { trackDelivery } from 'social-value/monitoring'; use(trackDelivery);",
    budget: null,
    forbidden: [...tables, ...classicZod, ...zodExtras],
  },
  {
    name: '`parsePledgeSheet` + `valuePledges` (CSV, papaparse)',
    code: "import { parsePledgeSheet, toFramework, toPledges } from 'social-value/csv'; import { valuePledges } from 'social-value'; use(parsePledgeSheet, toFramework, toPledges, valuePledges);",
    budget: null,
    forbidden: [...tables, ...classicZod, ...zodExtras],
  },
  {
    name: '`revive`',
    code: "import { revive } from 'social-value'; use(revive);",
    budget: null,
    forbidden: classicZod,
  },
];

// A scratch project whose node_modules/social-value is this package, so bundles resolve it by
// its name and its `exports`, exactly as an application's would.
const scratch = mkdtempSync(join(tmpdir(), 'social-value-size-'));
mkdirSync(join(scratch, 'node_modules'));
symlinkSync(root, join(scratch, 'node_modules', 'social-value'), 'dir');

const kB = (bytes) => (bytes / 1000).toFixed(1);

/** How an application bundles for the browser: one minified ES module, kept in memory. */
const forTheBrowser = {
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  write: false,
  logLevel: 'error',
};

/** Bytes of `gzip -9`, as the budgets were set; zlib's level 9 (a little larger) without gzip. */
function gzipped(code) {
  try {
    return execFileSync('gzip', ['-9', '-c'], {
      input: code,
      maxBuffer: 1 << 26,
    }).length;
  } catch {
    return gzipSync(code, { level: 9 }).length;
  }
}
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
