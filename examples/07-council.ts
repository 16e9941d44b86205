// The council's side (issue 17): a small council ledger read from a payments export, its local
// spend indicator by department and supplier type, the local economic impact of its spend
// under Portsmouth's quoted multipliers (seed 000, Appendix 1, "Example of Benefit(s)"), and a
// social value budget against last year's baseline.
import {
  formatGBP,
  formatPercent,
  socialValueBudget,
  summarisePortfolio,
  trackDelivery,
} from 'social-value';
import { parseSpendLedger } from 'social-value/csv';
import { analyseSpend, estimateLocalImpact } from 'social-value/spend';
import { heading, table } from './print.js';

const text = [
  'Harbourside Council payments to suppliers, 2025/26',
  'Service Area,Supplier Name,Payment Date,Amount,Postcode,Supplier Type,Ward',
  'Education,Harbour Catering Ltd,03/04/2025,"£1,250.00",PO1 2AB,SME,Charles Dickens',
  'Adult Social Care,Solent Care CIC,12/05/2025,"3,400.50",po4 8lt,Social Enterprise,Eastney & Craneswater',
  'Transport,Nationwide Fleet plc,30/06/2025,"£12,000.00",M1 1AA,Large,',
  'Education,Southsea Youth Trust,15/09/2025,800,PO53QR,Charity,Central Southsea',
  'Transport,Dockyard Engineering plc,01/12/2025,5600,PO2 8QJ,Non-SME,Charles Dickens',
  'Adult Social Care,Hampshire County Council,31/03/2026,2000,SO23 8UJ,Public Sector,',
  'Education,Fratton Micro Print,01/04/2026,149.50,PO1 5PQ,Micro,Fratton',
  'Transport,Unknown Supplies,07/07/2025,300,,,',
  'Education,Typo Traders,08/08/2025,500,P01 2AB,SME,',
  'Education,Harbour Catering Ltd,20/04/2025,(250.00),PO1 2AB,SME,Charles Dickens',
  'Parks,Green Spaces,01/05/25,120.00,PO3 6AA,SME,',
].join('\n');

heading('Council ledger: local spend (PO1-PO6)');
const ledger = parseSpendLedger(text);
console.log(
  `${ledger.payments.length} payments read; columns: ${Object.values(ledger.columns).join(', ')}`,
);
for (const problem of ledger.problems) console.log(`  ${problem.severity}: ${problem.message}`);

const spend = analyseSpend(ledger.payments, { locality: ['PO1-PO6'], localityName: 'Portsmouth' });
console.log(spend.summary);
const share = (value: { toString(): string } | null) =>
  value === null ? '-' : formatPercent(value.toString());
table([
  ['department', 'spend', 'local', 'local share'],
  ...Object.entries(spend.byDepartment).map(([name, slice]) => [
    name,
    formatGBP(slice.amount),
    formatGBP(slice.localSpend),
    share(slice.localShare),
  ]),
]);
console.log('');
table([
  ['supplier type', 'spend', 'local', 'local share'],
  ...Object.entries(spend.bySupplierType)
    .filter(([, slice]) => slice.paymentCount > 0)
    .map(([type, slice]) => [
      type,
      formatGBP(slice.amount),
      formatGBP(slice.localSpend),
      share(slice.localShare),
    ]),
]);
for (const finding of spend.findings) console.log(`  ${finding.code}: ${finding.message}`);

heading('Local economic impact under Portsmouth’s quoted multipliers');
const source = 'Portsmouth City Council, Social Value Policy (2021), Appendix 1';
const estimate = estimateLocalImpact(spend, {
  bySupplierType: { sme: { additional: 63, source }, large: { additional: 40, source } },
});
for (const line of estimate.lines) console.log(line.reason);
for (const finding of estimate.findings) console.log(`  ${finding.code}: ${finding.message}`);
console.log(estimate.summary);

// The social value budget (issue 17; seed 003, recommendation 2e: "outline and quantify what
// social value they have produced across all departments and projects over the financial
// year", against a baseline). Two council contracts over 2024/25 and 2025/26, tagged with their
// department, lines tagged with a Southend-style priority; last year's budget is this year's
// baseline, and this year has targets (Southend sets annual targets: seed 001, §10.4).
heading('Social value budget 2025/26 against last year');
const twoYears = { start: '2024-04-01', end: '2026-03-31' };
const housingReport = (asOf: string) =>
  trackDelivery(
    {
      lines: [
        {
          measure: 'NT29',
          theme: 'social',
          valueType: 'social',
          quantity: 1460,
          proxyValue: '16.09',
          tags: { priority: 'Skills' },
        },
        {
          measure: 'NT1',
          theme: 'jobs',
          valueType: 'local-economic',
          quantity: 2,
          proxyValue: 30782,
          tags: { priority: 'Jobs' },
        },
      ],
    },
    [
      { measure: 'NT29', date: '2024-12-31', quantity: 600 },
      { measure: 'NT1', date: '2025-03-31', quantity: 1 },
      { measure: 'NT29', date: '2025-12-31', quantity: 800 },
      { measure: 'NT1', date: '2026-03-31', quantity: 1 },
    ],
    { ...twoYears, asOf },
  );
const highwaysReport = (asOf: string) =>
  trackDelivery(
    {
      lines: [
        {
          measure: 'NT18',
          theme: 'growth',
          valueType: 'local-economic',
          quantity: 200000,
          proxyValue: '0.963812',
          tags: { priority: 'Local economy' },
        },
      ],
    },
    [
      { measure: 'NT18', date: '2025-03-31', quantity: 80000 },
      { measure: 'NT18', date: '2026-03-31', quantity: 110000 },
    ],
    { ...twoYears, asOf },
  );
const councilPortfolio = (asOf: string) =>
  summarisePortfolio([
    {
      id: 'HS-201',
      name: 'Housing repairs',
      tags: { department: 'Housing' },
      report: housingReport(asOf),
    },
    {
      id: 'HW-202',
      name: 'Highways',
      tags: { department: 'Highways' },
      report: highwaysReport(asOf),
    },
  ]);
const lastYear = socialValueBudget(councilPortfolio('2025-03-31'));
const budget = socialValueBudget(councilPortfolio('2026-03-31'), {
  baseline: lastYear,
  targets: [
    { year: '2025/26', value: 150000 },
    { year: '2025/26', department: 'Housing', value: 40000 },
    { year: '2025/26', department: 'Highways', value: 100000 },
    { year: '2025/26', priority: 'Skills', value: 15000 },
  ],
});
const thisYear = budget.years.at(-1)!;
table([
  ['2025/26', 'delivered', 'due under pledges', 'target', 'baseline 2024/25', 'status'],
  ...[
    ['whole council', thisYear.total] as const,
    ...Object.entries(thisYear.byDepartment).map(([name, entry]) => [name, entry] as const),
    ...Object.entries(thisYear.byPriority).map(
      ([name, entry]) => [`priority: ${name}`, entry] as const,
    ),
  ].map(([name, entry]) => [
    name,
    formatGBP(entry.delivered),
    formatGBP(entry.pledged),
    entry.target === null ? '-' : formatGBP(entry.target),
    entry.baseline === null ? '-' : formatGBP(entry.baseline),
    entry.status,
  ]),
]);
console.log('');
for (const entry of [thisYear.total, ...Object.values(thisYear.byDepartment)])
  console.log(entry.reason);
console.log(budget.summary);
