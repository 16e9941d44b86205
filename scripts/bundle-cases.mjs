// The imports that the bundle-size scripts measure, shared by scripts/size.mjs (esbuild, with
// budgets) and scripts/other-bundlers.mjs (Vite, webpack and Rollup): what an application
// imports, the modules that must not come with it, and a call whose result is known, so that a
// bundle is also run.

import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';

// Data tables and zod's classic API: an import that does not need them must not bring them.
const tables = [/\/maturity\/data\//, /\/policy\/data\//, /\/policy\/presets\//];
const classicZod = [/zod\/v4\/classic\//, /zod\/v3\//];
// zod's locales and JSON Schema code: they come along when zod's `core` namespace is reached as
// `z.core.x` (a namespace inside a namespace); import from 'zod/v4/core' instead.
const zodExtras = [/zod\/v4\/locales\//, /zod\/v4\/core\/(?:to-json-schema|json-schema)/];
// zod's parse functions and error classes: the library runs its schemas itself
// (core/zod-error.ts `runSchema`), so a bundle that parses nothing else does without them.
const zodParse = [/zod\/v4\/core\/(?:parse|errors)\.js/];

/** Two measures with seed 004's proxies: a local job (FTE) at £30,782, an hour at £16.09. */
const measure = { theme: 'sv', title: 'A measure', unit: 'unit', valueType: 'social' };
const seed004 = {
  id: 'sheet',
  name: 'Sheet',
  edition: '2021',
  priceYear: 2021,
  themes: [{ id: 'sv', name: 'Social value', shortName: 'SV' }],
  measures: [
    { ...measure, code: 'NT1', proxyValue: 30782 },
    { ...measure, code: 'NT29', proxyValue: '16.09' },
  ],
};

/** Three bids under a 60/30/10 quality, price and social value model (evaluateTenders' example). */
const threeBids = {
  model: {
    criteria: [
      { id: 'quality', kind: 'quality', weight: 60, scoring: { method: 'scale', scale: '0-5' } },
      { id: 'price', kind: 'price', weight: 30, scoring: { method: 'relative-to-lowest' } },
      { id: 'sv', kind: 'social-value', weight: 10, scoring: { method: 'relative-to-highest' } },
    ],
  },
  bids: [
    { id: 'A', price: 1000000, responses: { quality: 4, sv: 50000 } },
    { id: 'B', price: 1200000, responses: { quality: 5, sv: 20000 } },
    { id: 'C', price: 1050000, responses: { quality: 4, sv: 300000 } },
  ],
};

const councilServices2022 = {
  contractType: 'services',
  authority: 'sub-central',
  commencedOn: '2022-06-01',
};

/** The code of the error `call` throws (undefined when it throws none). */
function codeOf(call) {
  try {
    call();
  } catch (error) {
    return error.code;
  }
  return undefined;
}

/**
 * Each case: what the application imports, the budget in kB gzip (or null: reported only), a
 * target where the budget is a ceiling above it, the modules that must not be in its bundle, and
 * `check`: a call of what was imported (the bundle's `use(...)` arguments, in order) whose result
 * must be `expected`, worked out by hand (scripts/other-bundlers.mjs runs every bundle).
 */
export const cases = [
  {
    name: '`formatGBP` alone',
    code: "import { formatGBP } from 'social-value'; use(formatGBP);",
    budget: 16,
    forbidden: [...tables, ...classicZod, ...zodExtras],
    check: ([formatGBP]) => formatGBP(1234.5),
    expected: '£1,234.50',
  },
  {
    name: '`defineFramework` + `valuePledges`',
    code: "import { defineFramework, valuePledges } from 'social-value'; use(defineFramework, valuePledges);",
    // Issue #16's 30 kB, met (29,009 bytes) since objects, pipes, customs, refinements, optionals,
    // nullables and lists of the core readers are the library's own small zod types
    // (core/object-schema.ts, reader-schema.ts, wrapper-schema.ts).
    budget: 30,
    forbidden: [...tables, ...classicZod, ...zodExtras, ...zodParse],
    // 24 local FTE at £30,782 and 32 volunteering hours at £16.09 (seed 004's sheet):
    // 738,768 + 514.88.
    check: ([defineFramework, valuePledges]) =>
      valuePledges(defineFramework(seed004), [
        { measure: 'NT1', quantity: 24 },
        { measure: 'NT29', quantity: 32 },
      ]).total.toString(),
    expected: '739282.88',
  },
  {
    name: '`evaluateTenders`',
    code: "import { evaluateTenders } from 'social-value'; use(evaluateTenders);",
    budget: 35,
    forbidden: [...tables, ...classicZod, ...zodExtras, ...zodParse],
    // Quality 60 (scale 0–5), price 30 (lowest / price), social value 10 (value / highest):
    // A 48 + 30 + 1.67, B 60 + 25 + 0.67, C 48 + 28.57 + 10; C wins, then B, then A.
    check: ([evaluateTenders]) => {
      const result = evaluateTenders(threeBids.model, threeBids.bids);
      return result.ranking.map((bid) => bid.bid).join(' ');
    },
    expected: 'C B A',
  },
  {
    name: 'the whole library (root entry)',
    code: "import * as all from 'social-value'; use(all);",
    // Issue #16 asks for 70 kB and that target is NOT met: the measured figure, the library's own
    // code with and without its texts (the lines printed under the table) and the breakdown by
    // area are in docs/performance.md. This ceiling is the measured figure rounded up to the next
    // kB, so that the bundle cannot grow unnoticed until the target is met or changed.
    budget: 145,
    target: 70,
    forbidden: classicZod,
    // A council's services contract from June 2022: £213,477 including VAT (PPN 10/21).
    check: ([all]) =>
      `${all.formatGBP(1234.5)} ${all.ukProcurementThreshold(councilServices2022).amount}`,
    expected: '£1,234.50 213477',
  },
  {
    name: 'the names 0.1 exported (51 of its 55; 4 are gone)',
    // What the 70 kB target was set against: 0.1's whole library (156.5 kB, 92 kB of it zod's
    // classic API). The same names today, with 0.2's validation, messages and figures.
    code: "import { Decimal, SocialValueError, defineFramework, formatGBP, isSocialValueError, roundMoney, toDecimal, assessMaturity, attendeeHours, attributionShare, authorityKinds, benchmarkSocialValueAdded, breakevenPeriod, checkWeighting, compareAssessments, contractTypes, defineEvaluation, defineMaturityModel, definePolicy, deliveryStatus, deliveryStatuses, evaluateTenders, extendFramework, financialYear, flagAbnormallyLow, formatAssessmentTable, formatPercent, formatPlanMarkdown, fte, fteYears, getMeasure, lm3, planActions, policies, portsmouthRoadmap, presentValue, reconcilePledgeSheet, reindexProxies, requiresSocialValue, safe, socialValuePortalBenchmark, sroiRatio, summarisePortfolio, svmiBusiness, svmiPublicSector, trackDelivery, ukProcurementThreshold, valueForCostRatio, valuePledges, weightSensitivity, whatIf } from 'social-value'; use(Decimal, SocialValueError, defineFramework, formatGBP, isSocialValueError, roundMoney, toDecimal, assessMaturity, attendeeHours, attributionShare, authorityKinds, benchmarkSocialValueAdded, breakevenPeriod, checkWeighting, compareAssessments, contractTypes, defineEvaluation, defineMaturityModel, definePolicy, deliveryStatus, deliveryStatuses, evaluateTenders, extendFramework, financialYear, flagAbnormallyLow, formatAssessmentTable, formatPercent, formatPlanMarkdown, fte, fteYears, getMeasure, lm3, planActions, policies, portsmouthRoadmap, presentValue, reconcilePledgeSheet, reindexProxies, requiresSocialValue, safe, socialValuePortalBenchmark, sroiRatio, summarisePortfolio, svmiBusiness, svmiPublicSector, trackDelivery, ukProcurementThreshold, valueForCostRatio, valuePledges, weightSensitivity, whatIf);",
    budget: null,
    forbidden: classicZod,
    check: (kept) => kept[3](1234.5),
    expected: '£1,234.50',
  },
  {
    name: '`ukProcurementThreshold`',
    code: "import { ukProcurementThreshold } from 'social-value/policy'; use(ukProcurementThreshold);",
    budget: null,
    forbidden: [/\/maturity\//, ...classicZod, ...zodExtras],
    check: ([ukProcurementThreshold]) =>
      ukProcurementThreshold(councilServices2022).amount.toString(),
    expected: '213477',
  },
  {
    name: '`assessMaturity` + `svmiPublicSector`',
    code: "import { assessMaturity, svmiPublicSector } from 'social-value/maturity'; use(assessMaturity, svmiPublicSector);",
    budget: null,
    forbidden: [/\/maturity\/data\/svmi-business/, /\/policy\//, ...classicZod, ...zodExtras],
    // The index has 10 themes; a theme with no criterion met is at its first level.
    check: ([assessMaturity, svmiPublicSector]) => {
      const [theme] = svmiPublicSector.themes;
      const assessment = assessMaturity(svmiPublicSector, { [theme.id]: { met: [] } });
      return `${svmiPublicSector.themes.length} ${assessment.themes[0].level}`;
    },
    expected: '10 non-compliant',
  },
  {
    name: '`trackDelivery`',
    code: "import { trackDelivery } from 'social-value/monitoring'; use(trackDelivery);",
    budget: null,
    forbidden: [...tables, ...classicZod, ...zodExtras],
    // 6 of 24 pledged local FTE delivered at £30,782: £184,692.
    check: ([trackDelivery]) => {
      const pledged = { measure: 'NT1', theme: 'sv', valueType: 'social', proxyValue: 30782 };
      const delivered = { measure: 'NT1', date: '2025-03-31', quantity: 6 };
      const period = { start: '2024-04-01', end: '2027-03-31', asOf: '2025-03-31' };
      const report = trackDelivery({ lines: [{ ...pledged, quantity: 24 }] }, [delivered], period);
      return report.lines[0].value.delivered.toString();
    },
    expected: '184692',
  },
  {
    name: '`parsePledgeSheet` + `valuePledges` (CSV, papaparse)',
    code: "import { parsePledgeSheet, toFramework, toPledges } from 'social-value/csv'; import { valuePledges } from 'social-value'; use(parsePledgeSheet, toFramework, toPledges, valuePledges);",
    budget: null,
    forbidden: [...tables, ...classicZod, ...zodExtras],
    // 32 volunteering hours at £16.09.
    check: ([parsePledgeSheet, toFramework, toPledges, valuePledges]) => {
      const { rows } = parsePledgeSheet('Reference,Proxy Value,Answer\nNT29,16.09,32');
      const meta = { id: 'sheet', name: 'Sheet', edition: '2021', priceYear: 2021 };
      return valuePledges(toFramework(rows, meta), toPledges(rows)).total.toString();
    },
    expected: '514.88',
  },
  {
    name: '`revive`',
    code: "import { revive } from 'social-value'; use(revive);",
    budget: null,
    forbidden: classicZod,
    // Anything but a stored result is refused, as invalid input.
    check: ([revive]) => codeOf(() => revive({})),
    expected: 'invalid-input',
  },
];

/** How an application bundles for the browser: one minified ES module, kept in memory. */
export const forTheBrowser = {
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  write: false,
  logLevel: 'error',
};

/** Bytes of `gzip -9`, as the budgets were set; zlib's level 9 (a little larger) without gzip. */
export function gzipped(code) {
  try {
    return execFileSync('gzip', ['-9', '-c'], {
      input: code,
      maxBuffer: 1 << 26,
    }).length;
  } catch {
    return gzipSync(code, { level: 9 }).length;
  }
}
