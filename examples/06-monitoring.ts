// Delivery monitoring: seed 004's pledges part-delivered over a three-year contract, an annual
// statement for a portfolio of three contracts, and where each sits on the Social Value Portal
// benchmark quoted by Southend (seed 001).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  benchmarkSocialValueAdded,
  type Delivery,
  formatGBP,
  formatPercent,
  lm3,
  summarisePortfolio,
  toDecimal,
  trackDelivery,
  valuePledges,
} from 'social-value';
import { parsePledgeSheet, toFramework, toPledges } from 'social-value/csv';
import { heading, table } from './print.js';

// Seed 004's pledge sheet (examples/pledge-sheet.csv, the same file as the valuation demo): its
// own proxies make the framework, its answers the pledges. NT13 has a proxy but no answer, so it
// is in the framework but pledged by nobody.
const sheet = parsePledgeSheet(
  readFileSync(join(import.meta.dirname, 'pledge-sheet.csv'), 'utf8'),
  {
    comments: '#',
  },
);
const framework = toFramework(sheet.rows, {
  id: 'seed-004',
  name: 'Council TOMs (seed 004)',
  edition: 'seed-004',
  priceYear: 2022,
});
const pledged = toPledges(sheet.rows);

const contract = { start: '2024-04-01', end: '2027-03-31' };
const pledges = valuePledges(framework, pledged, { contractValue: 36_000_000 });

// Two years in: most measures at 60% of the pledge, some behind, one nobody pledged. Each
// year's delivery is half of that share, verified in year 1 and claimed in year 2.
const deliveries: Delivery[] = pledged.flatMap(({ measure, quantity }, i): Delivery[] => {
  const share =
    measure === 'NT10' ? '0.3' : measure === 'NT18' ? '0.5' : i % 5 === 0 ? '0.7' : '0.6';
  const perYear = toDecimal(quantity ?? 0)
    .times(share)
    .div(2);
  return [
    { measure, date: '2025-03-31', quantity: perYear, verification: 'verified' },
    { measure, date: '2026-03-31', quantity: perYear },
  ];
});
deliveries.push({ measure: 'NT13', date: '2025-11-30', quantity: 12, evidence: 'placement log' });

const report = trackDelivery(pledges, deliveries, {
  ...contract,
  asOf: '2026-03-31',
  framework,
  variations: [{ measure: 'NT10', date: '2025-04-01', quantity: 40, reason: 'scope reduced' }],
});

heading('Seed 004 pledges, two years into a three-year contract');
table([
  ['measure', 'due by end', 'due by now', 'delivered', 'status', 'delivered £', 'behind £'],
  ...report.lines
    .filter((line) => !line.value.pledged.isZero())
    .map((line) => [
      line.measure,
      line.commitment.toSignificantDigits(6).toString(),
      line.expected.toSignificantDigits(6).toString(),
      line.delivered.toSignificantDigits(6).toString(),
      line.status,
      formatGBP(line.value.delivered),
      formatGBP(line.value.shortfallToDate),
    ]),
]);
console.log(`\n${report.lines.find((line) => line.measure === 'NT10')!.reason}`);
console.log(
  `NT10 history: ${report.lines
    .find((line) => line.measure === 'NT10')!
    .history.map((version) => `${version.quantity} from ${version.from}`)
    .join(', then ')}`,
);
for (const extra of report.unpledged) {
  console.log(
    `Nobody pledged ${extra.measure}: ${extra.quantity} delivered, worth ${formatGBP(extra.value)}`,
  );
}
console.log(`\n${report.summary}`);
console.log(
  `Verified ${formatGBP(report.totals.verified)}, claimed ${formatGBP(report.totals.claimed)}.`,
);

// Three contracts for the annual statement 2025/26.
const small = (rowsDelivered: [string, number, number][], value: number) => {
  const valuation = valuePledges(
    framework,
    rowsDelivered.map(([measure, quantity]) => ({ measure, quantity })),
    { contractValue: value },
  );
  return trackDelivery(
    valuation,
    rowsDelivered.map(([measure, , delivered]) => ({
      measure,
      date: '2025-09-30',
      quantity: delivered,
    })),
    { start: '2025-04-01', end: '2026-03-31', asOf: '2026-03-31' },
  );
};
const portfolio = summarisePortfolio([
  { id: 'SV-004', name: 'Seed 004 contract', tags: { department: 'Regeneration' }, report },
  {
    id: 'HW-017',
    name: 'Highways maintenance',
    tags: { department: 'Environment' },
    report: small(
      [
        ['NT1', 10, 9],
        ['NT18', 800000, 650000],
        ['NT32', 20000, 25000],
      ],
      4_000_000,
    ),
  },
  {
    id: 'HS-102',
    name: 'Housing repairs',
    tags: { department: 'Housing' },
    report: small(
      [
        ['NT1c', 6, 2],
        ['NT10', 50, 20],
        ['NT29', 200, 210],
      ],
      2_500_000,
    ),
  },
]);

heading('Annual statement: three contracts');
table([
  ['contract', 'pledged', 'expected', 'delivered', 'delivery ratio', 'SVA delivered'],
  ...portfolio.contracts.map((entry) => [
    `${entry.id} ${entry.name ?? ''}`,
    formatGBP(entry.totals.pledged, { places: 'pound' }),
    formatGBP(entry.totals.expected, { places: 'pound' }),
    formatGBP(entry.totals.delivered, { places: 'pound' }),
    entry.totals.deliveryRatio === null ? '-' : formatPercent(entry.totals.deliveryRatio),
    entry.socialValueAdded === undefined
      ? '-'
      : formatPercent(entry.socialValueAdded.delivered.combinedRatio),
  ]),
]);
console.log('');
table([
  ['financial year', 'expected', 'delivered', 'verified', 'claimed', 'unpledged'],
  ...portfolio.byFinancialYear.map((year) => [
    year.year,
    formatGBP(year.expected, { places: 'pound' }),
    formatGBP(year.delivered, { places: 'pound' }),
    formatGBP(year.verified, { places: 'pound' }),
    formatGBP(year.claimed, { places: 'pound' }),
    formatGBP(year.unpledged, { places: 'pound' }),
  ]),
]);
console.log('');
table([
  ['department', 'pledged', 'delivered', 'still to deliver'],
  ...Object.entries(portfolio.byTag.department ?? {}).map(([department, figures]) => [
    department,
    formatGBP(figures.pledged, { places: 'pound' }),
    formatGBP(figures.delivered, { places: 'pound' }),
    formatGBP(figures.shortfall, { places: 'pound' }),
  ]),
]);
console.log('\nLargest shortfalls against the profile:');
for (const shortfall of portfolio.largestShortfalls.slice(0, 3)) {
  console.log(
    `  ${shortfall.contract} ${shortfall.measure} (${shortfall.status}): ${formatGBP(shortfall.shortfallToDate)} behind`,
  );
}
console.log(`\n${portfolio.summary}`);

heading('Against the Social Value Portal benchmark (Southend policy §5.3)');
for (const entry of portfolio.contracts) {
  const sva = entry.socialValueAdded;
  if (sva === undefined) continue;
  console.log(`${entry.id}: ${benchmarkSocialValueAdded(sva.delivered.combinedRatio).reason}`);
}
const overall = portfolio.socialValueAdded!;
console.log(
  `Portfolio, local economic: ${benchmarkSocialValueAdded(overall.delivered.localEconomicRatio, { valueType: 'local-economic' }).reason}`,
);

heading('A measure added mid-contract, an officer’s pledge and a disbenefit');
// Contract change CCN-3 adds 730 volunteering hours (NT29) from 2025-04-01, an hour a day to the
// end; an officer pledged 50 hours at training, followed up twelve months later (Suffolk, seed
// 003, Appendix E); the works' emissions are a disbenefit (100 t CO2e at £250 a tonne, made up).
const varied = trackDelivery(
  {
    lines: [
      {
        measure: 'NT1',
        theme: 'jobs',
        valueType: 'local-economic',
        quantity: 24,
        proxyValue: 30782,
      },
      {
        measure: 'NT28',
        theme: 'social',
        valueType: 'social',
        quantity: 50,
        proxyValue: '16.09',
        channel: 'internal',
        pledgerKind: 'officer',
        pledger: 'A. Officer',
        followUpOn: '2025-04-01',
        barriers: ['no cover for time away'],
      },
      {
        measure: 'CO2',
        theme: 'environment',
        valueType: 'environmental',
        quantity: 100,
        proxyValue: 250,
        effect: 'disbenefit',
      },
    ],
  },
  [
    { measure: 'NT1', date: '2025-09-30', quantity: 14 },
    { measure: 'NT28', date: '2024-10-31', quantity: 20 },
    { measure: 'NT29', date: '2025-12-31', quantity: 300 },
    { measure: 'CO2', date: '2026-03-31', quantity: 90 },
  ],
  {
    ...contract,
    asOf: '2026-03-31',
    variations: [
      {
        measure: 'NT29',
        date: '2025-04-01',
        quantity: 730,
        reference: 'CCN-3',
        newPledge: {
          theme: 'social',
          valueType: 'social',
          proxyValue: '16.09',
          title: 'Volunteering hours',
        },
      },
    ],
  },
);
for (const line of varied.lines) {
  console.log(
    `${line.measure} (${line.origin}, ${line.channel}${line.effect === 'disbenefit' ? ', disbenefit' : ''}): ${line.reason}`,
  );
}
for (const followUp of varied.followUps) console.log(followUp.reason);
console.log(varied.summary);

heading('Other measures');
console.log(lm3([1_000_000, 450_000, 200_000]).reason);
