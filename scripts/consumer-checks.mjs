// The code a consumer runs against the installed tarball, once as ESM and once as CJS.
// Each later area adds a line that calls one of its functions.
const body = (load) => `
${load}
const assert = (ok, what) => { if (!ok) { console.error('FAILED: ' + what); process.exit(1); } };
assert(main.formatGBP('8461245.35') === '£8,461,245.35', 'formatGBP');
assert(main.roundMoney('2.675').toString() === '2.68', 'roundMoney');
try { main.toDecimal('abc'); assert(false, 'toDecimal throws'); }
catch (error) { assert(main.isSocialValueError(error) && error.code === 'invalid-input', 'error code'); }
assert(typeof csv === 'object' && csv !== null, 'social-value/csv loads');
// valuation and csv (issue 3)
const sheet = csv.parsePledgeSheet('Theme,Reference,Units,Proxy Value,Answer,Pledged Social Value\\nGrowth: Local,NT18,£,0.963812,650000,"£ 6,264,776.71"');
assert(main.reconcilePledgeSheet(sheet.rows).findings[0].code === 'likely-scale-error', 'reconcilePledgeSheet');
assert(main.valuePledges(csv.toFramework(sheet.rows, { id: 's', name: 'S', edition: '1', priceYear: 2021 }), csv.toPledges(sheet.rows)).total.toString() === '626477.8', 'valuePledges');
// policy (issue 4)
assert(main.ukProcurementThreshold({ contractType: 'services', authority: 'sub-central', commencedOn: '2022-06-01' }).amount.toString() === '213477', 'ukProcurementThreshold');
assert(main.requiresSocialValue({ contractType: 'services', authority: 'sub-central', value: '177897', vatBasis: 'exclusive', commencedOn: '2022-06-01' }, main.policies.southend2021).local.required === true, 'requiresSocialValue');
// evaluation (issue 5)
const tender = main.evaluateTenders({ criteria: [{ id: 'q', kind: 'quality', weight: 60, scoring: { method: 'scale', scale: '0-5' } }, { id: 'p', kind: 'price', weight: 40, scoring: { method: 'relative-to-lowest' } }] }, [{ id: 'A', price: 100, responses: { q: 4 } }, { id: 'B', price: 125, responses: { q: 5 } }]);
assert(tender.winner.bid === 'B' && tender.winner.total.toString() === '92' && main.weightSensitivity({ criteria: [{ id: 'q', kind: 'quality', weight: 60, scoring: { method: 'scale', scale: '0-5' } }, { id: 'p', kind: 'price', weight: 40, scoring: { method: 'relative-to-lowest' } }] }, [{ id: 'A', price: 100, responses: { q: 4 } }, { id: 'B', price: 125, responses: { q: 5 } }]).criteria[1].range.to.toString() === '50', 'evaluateTenders and weightSensitivity');
// maturity (issue 6)
const svmi = main.assessMaturity(main.svmiPublicSector, { 'policy-and-scope': 'leader', procurement: 'mature' });
assert(svmi.overall.mean.toString() === '2.5' && svmi.overall.level === 'mature' && svmi.kind === 'maturity-assessment', 'assessMaturity');
assert(main.planActions(main.portsmouthRoadmap, { present: { 'council-wide': 'not-started' }, target: { 'council-wide': 'learn' }, years: 2 }).counts.steps === 10, 'planActions');
// monitoring (issue 7)
assert(main.benchmarkSocialValueAdded('0.34').band === 'between the median and the 75th percentile', 'benchmarkSocialValueAdded');
assert(main.trackDelivery({ lines: [{ index: 0, measure: 'NT1', theme: 'jobs', valueType: 'local-economic', quantity: 24, proxyValue: 30782 }] }, [{ measure: 'NT1', date: '2025-03-31', quantity: 6 }], { start: '2024-04-01', end: '2027-03-31', asOf: '2025-03-31' }).lines[0].status === 'at-risk', 'trackDelivery');
// sql and JSON Schema (issue 12)
const rows = sql.toRows(main.valuePledges(csv.toFramework(sheet.rows, { id: 's', name: 'S', edition: '1', priceYear: 2021 }), csv.toPledges(sheet.rows)), { keys: { valuation: 'v-1' } });
assert(rows.tables.valuation_lines.rows[0].value === '626477.8' && rows.tables.valuations.rows[0].valuation_id === 'v-1', 'toRows');
assert(schemaSql.includes('CREATE TABLE valuation_lines'), 'social-value/sql/schema.sql resolves');
assert(pledgesSchema.$schema === 'https://json-schema.org/draft/2020-12/schema' && pledgesSchema.type === 'array', 'social-value/json-schema/pledges.json resolves');
console.log('ok: ' + KIND + ' (' + Object.keys(main).length + ' exports, csv ' + Object.keys(csv).length + ')');
`;

export const esmSource = body(
  "import * as main from 'social-value';\nimport * as csv from 'social-value/csv';\nimport * as sql from 'social-value/sql';\nimport { readFileSync } from 'node:fs';\nimport { createRequire } from 'node:module';\nconst schemaSql = readFileSync(createRequire(import.meta.url).resolve('social-value/sql/schema.sql'), 'utf8');\nconst pledgesSchema = createRequire(import.meta.url)('social-value/json-schema/pledges.json');\nconst KIND = 'ESM';",
);
export const cjsSource = body(
  "const main = require('social-value');\nconst csv = require('social-value/csv');\nconst sql = require('social-value/sql');\nconst schemaSql = require('node:fs').readFileSync(require.resolve('social-value/sql/schema.sql'), 'utf8');\nconst pledgesSchema = require('social-value/json-schema/pledges.json');\nconst KIND = 'CJS';",
);
