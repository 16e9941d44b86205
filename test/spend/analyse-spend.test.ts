import { describe, expect, it } from 'vitest';
import { isSealed } from '../../src/core/brand.js';
import { analyseSpend, supplierTypes } from '../../src/spend/index.js';
import { expectSane } from '../adversarial/sane.js';
import { councilLedger, portsmouth } from './council-ledger.js';

// Every figure below was worked out by hand from the ten payments of council-ledger.ts.
const analysis = analyseSpend(councilLedger, { ...portsmouth, locality: [...portsmouth.locality] });
const text = (value: { toString(): string } | null | undefined) => value?.toString();

describe('analyseSpend on a small council ledger', () => {
  it('totals the ledger and splits it by location', () => {
    // 1250 + 3400.50 + 12000 + 800 + 5600 + 2000 + 149.50 + 300 + 500 − 250
    expect(text(analysis.total)).toBe('25750');
    expect(analysis.paymentCount).toBe(10);
    // Local (PO1–PO6): rows 1, 2, 4, 5, 7 and the credit note of row 10.
    expect(text(analysis.localSpend)).toBe('10950');
    expect(text(analysis.byLocation.local.amount)).toBe('10950');
    expect(analysis.byLocation.local.paymentCount).toBe(6);
    // Non-local: M1 and SO23. Unknown: no postcode (row 8), P01 (row 9).
    expect(text(analysis.byLocation['non-local'].amount)).toBe('14000');
    expect(text(analysis.byLocation.unknown.amount)).toBe('800');
    // 10950 ÷ 25750 to 34 significant digits.
    expect(text(analysis.localShare)).toBe('0.4252427184466019417475728155339806');
    expect(text(analysis.byLocation.unknown.share)).toBe('0.03106796116504854368932038834951456');
  });

  it('explains every share in a sentence', () => {
    expect(analysis.byLocation.local.reason).toBe(
      '£10,950.00 of £25,750.00 (42.52%) was paid to suppliers with a postcode in Portsmouth, in 6 payments.',
    );
    expect(analysis.byLocation['non-local'].reason).toBe(
      '£14,000.00 (54.37%) was paid to suppliers with a postcode outside Portsmouth, in 2 payments.',
    );
    expect(analysis.byLocation.unknown.reason).toContain('£800.00 (3.11%) in 2 payments');
    expect(analysis.bySupplierType.sme.reason).toBe(
      'SMEs: £1,500.00 in 3 payments (5.83% of all spend), of which £1,000.00 (66.67%) local to Portsmouth.',
    );
    expect(analysis.summary).toBe(
      '£25,750.00 in 10 payments: £10,950.00 (42.52%) local to Portsmouth, £14,000.00 (54.37%) elsewhere and £800.00 (3.11%) of unknown location (2 findings).',
    );
  });

  it('splits spend by supplier type, every type in order', () => {
    expect(Object.keys(analysis.bySupplierType)).toEqual([...supplierTypes]);
    const figures = Object.fromEntries(
      supplierTypes.map((type) => {
        const slice = analysis.bySupplierType[type];
        return [type, [text(slice.amount), text(slice.localSpend), slice.paymentCount]];
      }),
    );
    expect(figures).toEqual({
      sme: ['1500', '1000', 3],
      micro: ['149.5', '149.5', 1],
      vcse: ['800', '800', 1],
      'social-enterprise': ['3400.5', '3400.5', 1],
      large: ['17600', '5600', 2],
      'public-body': ['2000', '0', 1],
      unknown: ['300', '0', 1],
    });
    expect(text(analysis.bySupplierType.sme.localShare)).toBe(
      '0.6666666666666666666666666666666667',
    );
    expect(analysis.bySupplierType.micro.localShare?.eq(1)).toBe(true);
  });

  it('splits spend by department, in code-unit order', () => {
    expect(Object.keys(analysis.byDepartment)).toEqual([
      'Adult Social Care',
      'Education',
      'Transport',
    ]);
    expect(text(analysis.byDepartment.Education?.amount)).toBe('2449.5');
    expect(text(analysis.byDepartment.Education?.localSpend)).toBe('1949.5');
    expect(text(analysis.byDepartment.Education?.localShare)).toBe(
      '0.7958767095325576648295570524596857',
    );
    expect(text(analysis.byDepartment['Adult Social Care']?.amount)).toBe('5400.5');
    expect(text(analysis.byDepartment['Adult Social Care']?.localShare)).toBe(
      '0.629663920007406721599851865568003',
    );
    expect(text(analysis.byDepartment.Transport?.amount)).toBe('17900');
    expect(text(analysis.byDepartment.Transport?.localShare)).toBe(
      '0.3128491620111731843575418994413408',
    );
    expect(analysis.withoutDepartment.paymentCount).toBe(0);
    expect(analysis.withoutDepartment.reason).toBe('Payments naming no department: no payments.');
  });

  it('splits spend by UK financial year: 31 March in one year, 1 April in the next', () => {
    expect(Object.keys(analysis.byFinancialYear)).toEqual(['2025/26', '2026/27']);
    expect(text(analysis.byFinancialYear['2025/26']?.amount)).toBe('25600.5');
    expect(text(analysis.byFinancialYear['2025/26']?.localSpend)).toBe('10800.5');
    expect(text(analysis.byFinancialYear['2026/27']?.amount)).toBe('149.5');
  });

  it('splits spend by ward where the ledger names one', () => {
    expect(Object.keys(analysis.byWard)).toEqual([
      'Central Southsea',
      'Charles Dickens',
      'Eastney & Craneswater',
      'Fratton',
    ]);
    expect(text(analysis.byWard['Charles Dickens']?.amount)).toBe('6600');
    expect(text(analysis.withoutWard.amount)).toBe('14800');
    expect(text(analysis.withoutWard.localSpend)).toBe('0');
  });

  it('reports every missing or invalid postcode with its row, never as non-local', () => {
    expect(analysis.findings.map(({ code, row, severity }) => ({ code, row, severity }))).toEqual([
      { code: 'missing-postcode', row: 8, severity: 'warning' },
      { code: 'invalid-postcode', row: 9, severity: 'warning' },
    ]);
    expect(analysis.findings[1]?.message).toBe(
      'Row 9 (Typo Traders, £500.00): postcode "P01 2AB" is in no postcode area in use ("P") (did you mean "PO1 2AB"?), so its location is unknown: it is counted neither local nor non-local.',
    );
    expect(analysis.findings[0]?.postcode).toBeNull();
  });

  it('is a sealed, sane result with null-prototype records', () => {
    expect(analysis.kind).toBe('spend-analysis');
    expect(analysis.schemaVersion).toBe(1);
    expect(isSealed(analysis, 'spend-analysis')).toBe(true);
    expect(Object.isFrozen(analysis.byDepartment.Education)).toBe(true);
    for (const record of [
      analysis.byDepartment,
      analysis.byWard,
      analysis.byFinancialYear,
      analysis.bySupplierType,
      analysis.byLocation,
    ]) {
      expect(Object.getPrototypeOf(record)).toBeNull();
    }
    expect(expectSane(analysis)).toBeGreaterThan(100);
    expect(analysis.locality).toEqual(['PO1-PO6']);
    expect(analysis.localityName).toBe('Portsmouth');
  });

  it('takes a line number as the row when a payment gives one', () => {
    const result = analyseSpend([{ supplier: 'A', amount: 1, date: '2025-04-01', line: 42 }], {
      locality: ['PO'],
    });
    expect(result.findings[0]?.row).toBe(42);
  });

  it('gives shares only as fractions 0–1: none where credits leave a part or whole below it', () => {
    // A refund of £400 against a non-local supplier, more than the £300 paid to it: total
    // 500 + 300 − 400 = £400, local £500, non-local −£100. £500 ÷ £400 = 1.25 is not a share
    // of the total, nor is −£100 ÷ £400; Education (800, of which 500 local) has a local share of
    // 0.625 but is 2 × the total; Transport (−400) is a net credit.
    const result = analyseSpend(
      [
        {
          supplier: 'A',
          amount: 500,
          date: '2025-04-01',
          postcode: 'PO1 1AA',
          department: 'Education',
        },
        {
          supplier: 'B',
          amount: 300,
          date: '2025-04-02',
          postcode: 'M1 1AA',
          department: 'Education',
        },
        {
          supplier: 'B',
          amount: -400,
          date: '2025-05-02',
          postcode: 'M1 1AA',
          department: 'Transport',
        },
      ],
      { locality: ['PO'], localityName: 'Portsmouth' },
    );
    expect(result.total.toString()).toBe('400');
    expect(result.localSpend.toString()).toBe('500');
    expect(result.localShare).toBeNull();
    expect(result.byLocation.local.share).toBeNull();
    expect(result.byLocation['non-local'].share).toBeNull();
    expect(result.byLocation.unknown.share?.toString()).toBe('0');
    const { Education, Transport } = result.byDepartment;
    expect(Education?.localShare?.toString()).toBe('0.625');
    expect(Education?.share).toBeNull();
    expect([Transport?.share, Transport?.localShare]).toEqual([null, null]);
    expect(result.byLocation.local.reason).toBe(
      '£500.00 of £400.00 (no share: more than the total, which credits reduce) was paid to suppliers with a postcode in Portsmouth, in 1 payment.',
    );
    expect(Transport?.reason).toBe(
      'Department "Transport": -£400.00 in 1 payment (no share: a net credit), £0.00 of it local to Portsmouth (no local share: the amount is below zero).',
    );
    expect(result.summary).toBe(
      '£400.00 in 3 payments: £500.00 (no share: more than the total, which credits reduce) local to Portsmouth, -£100.00 (no share: a net credit) elsewhere and £0.00 (0%) of unknown location.',
    );
    // Credits larger than every payment: no share of a total below zero.
    const refunds = analyseSpend(
      [
        { supplier: 'A', amount: 100, date: '2025-04-01', postcode: 'PO1 1AA' },
        { supplier: 'A', amount: -300, date: '2025-04-02', postcode: 'PO1 1AA' },
      ],
      { locality: ['PO'] },
    );
    expect(refunds.localShare).toBeNull();
    expect(refunds.summary).toBe(
      "No spend to share out: the ledger's 2 payments total -£200.00 (credits exceed payments).",
    );
    expectSane(result);
  });

  it('gives no share of a zero total, and says so', () => {
    const result = analyseSpend(
      [
        { supplier: 'A', amount: 5, date: '2025-04-01', postcode: 'PO1 1AA' },
        { supplier: 'A', amount: -5, date: '2025-04-02', postcode: 'PO1 1AA' },
      ],
      { locality: ['PO'] },
    );
    expect(result.localShare).toBeNull();
    expect(result.byLocation.local.share).toBeNull();
    expect(result.bySupplierType.unknown.localShare).toBeNull();
    expect(result.summary).toBe("No spend to share out: the ledger's 2 payments total £0.00.");
    expect(result.byLocation.local.reason).toContain('no share of a zero total');
    expectSane(result);
    const empty = analyseSpend([], { locality: ['PO'] });
    expect(empty.total.isZero()).toBe(true);
    expect(empty.paymentCount).toBe(0);
  });
});
