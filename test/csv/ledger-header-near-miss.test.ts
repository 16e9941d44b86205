import { describe, expect, it } from 'vitest';
import { parseSpendLedger } from '../../src/csv/index.js';
import { caught } from '../errors.js';

const EXPECTED =
  'Invalid spend ledger: no header row found. Expected a row with a supplier (Supplier Name), an amount (Amount) and a date (Payment Date) column; use options.columns to name yours.';

// A council's export whose header is one name away from the ones the reader knows: the error
// names the row that came closest and the column it lacks, so the fix is one option away.
describe('parseSpendLedger: no header row, but a row that comes close', () => {
  it('names the line and the column it lacks, with its headers', () => {
    const error = caught(() =>
      parseSpendLedger(
        [
          'Harbourside Council payments over £500, April 2025',
          'Supplier Name,Invoice Date,Net Amount,Expense Type',
          'Harbour Catering Ltd,01/04/2025,"£1,234.56",Catering',
        ].join('\n'),
      ),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.message).toBe(
      `${EXPECTED} Line 2 comes closest, without a date column; its headers: "Supplier Name", "Invoice Date", "Net Amount", "Expense Type".\n  - text: no header row found (line 2, the closest, has no date column)`,
    );
    expect(error.issues.map((issue) => issue.path)).toEqual(['text']);
  });

  it('names two missing columns, and the first of two equally close rows', () => {
    const error = caught(() =>
      parseSpendLedger('Payee,Paid On,Amount (GBP)\nA,01/04/2025,5\nVendor,x,y\n'),
    );
    expect(error.message).toBe(
      `${EXPECTED} Line 1 comes closest, without an amount or a date column; its headers: "Payee", "Paid On", "Amount (GBP)".\n  - text: no header row found (line 1, the closest, has no amount or date column)`,
    );
  });

  it('says which header named in options.columns is not in the row, with a did-you-mean', () => {
    const error = caught(() =>
      parseSpendLedger('Supplier Name,Payment Date,Amount (GBP)\nA,01/04/2025,5', {
        columns: { amount: 'Amount GBP' },
      }),
    );
    expect(error.message).toBe(
      `${EXPECTED} Line 1 comes closest, without an amount column (options.columns.amount is "Amount GBP", none of its headers: did you mean "Amount (GBP)"?); its headers: "Supplier Name", "Payment Date", "Amount (GBP)".\n  - text: no header row found (line 1, the closest, has no amount column)`,
    );
  });

  it('lists ten headers at most, and leaves blank ones out', () => {
    const headers = [
      'Supplier Name',
      '',
      'Date Of Invoice',
      ...Array.from({ length: 12 }, (_, i) => `C${i + 1}`),
    ];
    const error = caught(() => parseSpendLedger(`${headers.join(',')}\nA,,01/04/2025`));
    expect(error.message).toContain(
      'its headers: "Supplier Name", "Date Of Invoice", "C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8" and 4 more.',
    );
  });

  it('keeps the plain message when no row has any of the columns', () => {
    const error = caught(() => parseSpendLedger('a,b\n1,2'));
    expect(error.message).toBe(`${EXPECTED}\n  - text: no header row found`);
  });
});
