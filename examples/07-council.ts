// The council's side (issue 17): a small council ledger read from a payments export, its local
// spend indicator by department and supplier type, and the local economic impact of its spend
// under Portsmouth's quoted multipliers (seed 000, Appendix 1, "Example of Benefit(s)").
import { formatGBP, formatPercent } from 'social-value';
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
