// Pledge valuation and pledge-sheet reconciliation on a real council sheet.
//
// examples/pledge-sheet.csv is the table of seed 004, "Example of Progressive Procurement Using
// The Social Value Portal": a council's published pledge sheet (National TOMs proxies via the
// Social Value Portal, plus Community Wealth Building and Corporate Strategy priorities),
// copied as published, errors included. Its stated total is £8,461,245.35.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  extendFramework,
  formatGBP,
  formatPercent,
  getMeasure,
  presentValue,
  reconcilePledgeSheet,
  valuePledges,
} from 'social-value';
import { formatValuationCsv, parsePledgeSheet, toFramework, toPledges } from 'social-value/csv';
import { heading, table } from './print.js';

const text = readFileSync(join(import.meta.dirname, 'pledge-sheet.csv'), 'utf8');

heading('1. Read the pledge sheet (seed 004)');
const sheet = parsePledgeSheet(text, { comments: '#' });
console.log(
  `${sheet.rows.length} measure rows, header on line ${sheet.headerLine}, delimiter "${sheet.delimiter}"`,
);
console.log(
  `Columns: ${Object.entries(sheet.columns)
    .map(([role, name]) => `${name} → ${role}`)
    .join(', ')}`,
);
console.log(`Extra columns kept as tags: ${sheet.tagColumns.join(', ')}`);
console.log(`Stated total: ${sheet.statedTotal === null ? 'none' : formatGBP(sheet.statedTotal)}`);
console.log(`Cells that are not numbers: ${sheet.problems.length}`);
console.log(sheet.summary);

heading('2. Check the sheet’s own arithmetic');
const check = reconcilePledgeSheet(sheet.rows, { statedTotal: sheet.statedTotal });
console.log(check.summary);
table([
  ['row', 'measure', 'finding', 'severity', 'expected', 'stated', 'difference'],
  ...check.findings.map((finding) => [
    String(finding.row ?? ''),
    finding.measure ?? '',
    finding.code,
    finding.severity,
    finding.expected === null ? '' : formatGBP(finding.expected),
    finding.stated === null ? '' : formatGBP(finding.stated),
    finding.difference === null ? '' : formatGBP(finding.difference),
  ]),
]);
console.log('');
for (const finding of check.findings) console.log(`- ${finding.message}`);
console.log('');
table([
  ['stated total', formatGBP(check.statedTotal)],
  ['sum of the stated rows', formatGBP(check.statedRowsTotal)],
  ['stated total = sum of stated rows?', check.statedTotalMatchesRows ? 'yes' : 'no'],
  ['Σ answer × proxy as shown', formatGBP(check.computedTotal)],
  ['corrected total', formatGBP(check.correctedTotal)],
  ['correction', formatGBP(check.correction)],
]);
const nt18 = check.findings.find((finding) => finding.code === 'likely-scale-error');
const nt19 = check.findings.find((finding) => finding.code === 'proxy-rounding');
console.log(
  `\nThe ×10 slip alone overstates the pledge by ${formatGBP(check.correction.negated())}.`,
);
console.log(
  `Implied proxy for NT18/NT19: ${nt18?.impliedProxy?.toSignificantDigits(10)} / ${nt19?.impliedProxy?.toString()} (sheet shows 0.963812).`,
);

heading('3. Value the answers exactly');
// A framework from the sheet's own proxies, with local spend (NT18) and local SME spend (NT19)
// in one exclusivity group; then the council's local version with the unrounded proxy the
// sheet's values imply for both.
const fromSheet = toFramework(sheet.rows, {
  id: 'seed-004',
  name: 'Council pledge sheet (seed 004)',
  edition: 'sheet',
  priceYear: 2021,
  source: 'Seed 004: Example of Progressive Procurement Using The Social Value Portal',
  exclusivityGroups: { NT18: 'local spend', NT19: 'local spend' },
});
const framework = extendFramework(fromSheet, {
  id: 'seed-004-unrounded',
  name: 'Council pledge sheet, unrounded local-spend proxy',
  measures: (['NT18', 'NT19'] as const).map((code) => {
    const measure = getMeasure(fromSheet, code);
    return {
      code,
      theme: measure.theme,
      title: measure.title,
      unit: measure.unit,
      proxyValue: '0.9638118',
      valueType: measure.valueType,
      exclusivityGroup: 'local spend',
    };
  }),
});
const contractValue = '12000000';
const valuation = valuePledges(framework, toPledges(sheet.rows), { contractValue });
table([
  ['measure', 'answer', 'proxy', 'value', 'value type'],
  ...valuation.lines.map((line) => [
    line.measure,
    line.quantity.toString(),
    line.proxyValue.toString(),
    formatGBP(line.value),
    line.valueType,
  ]),
]);
console.log(
  `\nTotal: ${formatGBP(valuation.total)} (the sheet said ${formatGBP(check.statedTotal)})`,
);
console.log(valuation.summary);
console.log('NT13 has a proxy but no answer: it is not pledged, so it has no line.');
console.log('CBC5 RBC1 and NT68 have proxy 0: recorded (840,000 and 100%), not monetised, £0.00.');

heading('By theme');
table(framework.themes.map((theme) => [theme.shortName, formatGBP(valuation.byTheme[theme.id]!)]));
heading('By value type');
table(Object.entries(valuation.byValueType).map(([type, value]) => [type, formatGBP(value)]));
heading('By Community Wealth Building priority (a tag from the sheet)');
table(
  Object.entries(valuation.byTag['CWB Priority'] ?? {}).map(([priority, value]) => [
    priority,
    formatGBP(value),
  ]),
);

heading('Warnings');
for (const warning of valuation.warnings) console.log(`- ${warning.code}: ${warning.message}`);

heading('4. Social value added against an example contract value');
const stated = check.statedTotal.dividedBy(contractValue);
table([
  ['contract value (example)', formatGBP(contractValue)],
  ['SVA, corrected pledge', formatPercent(valuation.socialValueAddedRatio!)],
  ['SVA, as the sheet states it', formatPercent(stated)],
  ['SVP combined median / 75th percentile (seed 001 §5.3)', '15.7% / 36.6%'],
]);

heading('5. Opt-in: the corrected pledge over three years, discounted (Green Book 3.5%)');
const yearly = valuation.total.dividedBy(3);
const discounted = presentValue([2026, 2027, 2028].map((year) => ({ year, value: yearly })));
console.log(
  `Nominal ${formatGBP(discounted.nominal)}; present value at 2026 prices ${formatGBP(discounted.total)}`,
);
console.log(discounted.summary);

heading('6. Written back as CSV (first lines)');
const csv = formatValuationCsv(valuation, { framework, money: 'gbp' });
for (const line of csv.split('\r\n').slice(0, 3))
  console.log(line.length > 120 ? `${line.slice(0, 117)}...` : line);
