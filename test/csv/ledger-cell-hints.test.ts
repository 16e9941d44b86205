import { describe, expect, it } from 'vitest';
import { parseAmount, parsePledgeSheet, parseSpendLedger } from '../../src/csv/index.js';

/** The problems of a one-column-changed ledger, as [line, message]. */
function problems(rows: readonly string[]) {
  const ledger = parseSpendLedger(['Supplier Name,Payment Date,Net Amount', ...rows].join('\n'));
  return ledger.problems
    .filter((problem) => problem.code !== 'no-postcode-column')
    .map((problem) => [problem.line, problem.message]);
}

// Finance systems write credits their own ways: SAP puts the minus after the number, ledgers
// mark a side of an account with CR or DR. Neither is read (DR and CR swap meaning between a
// payables and a receivables ledger), but the refusal says what the cell looks like and how to
// write it.
describe('parseSpendLedger: amounts written as finance systems write credits', () => {
  it('refuses a minus after the number, saying the figure it would be', () => {
    expect(
      problems(['Harbour Ltd,01/04/2025,500.00-', 'Harbour Ltd,01/04/2025,"£1,250.50 -"']),
    ).toEqual([
      [
        2,
        'Line 2, column "Net Amount": "500.00-" is not an amount (a minus after the number, as SAP writes a negative: if it means -500.00, write -500.00 or (500.00)), so the row is left out.',
      ],
      [
        3,
        'Line 3, column "Net Amount": "£1,250.50 -" is not an amount (a minus after the number, as SAP writes a negative: if it means -1250.50, write -1250.50 or (1250.50)), so the row is left out.',
      ],
    ]);
  });

  it('refuses CR and DR, which mark a side of an account, not a sign', () => {
    expect(
      problems(['Harbour Ltd,01/04/2025,"1,000.00 CR"', 'Harbour Ltd,01/04/2025,£25.00Dr']),
    ).toEqual([
      [
        2,
        'Line 2, column "Net Amount": "1,000.00 CR" is not an amount (CR or DR marks a side of an account, credit or debit, and which side a payment is differs between ledgers: write a credit note with a minus, -1000.00, and a payment without one), so the row is left out.',
      ],
      [
        3,
        'Line 3, column "Net Amount": "£25.00Dr" is not an amount (CR or DR marks a side of an account, credit or debit, and which side a payment is differs between ledgers: write a credit note with a minus, -25.00, and a payment without one), so the row is left out.',
      ],
    ]);
  });

  it('gives the same hint in a pledge sheet, and none to other text', () => {
    const sheet = parsePledgeSheet('Reference,Answer\nNT1,12-\nNT2,CR\nNT3,12-5');
    expect(sheet.problems.map((problem) => problem.message)).toEqual([
      'Line 2, column "Answer": "12-" is not a number (a minus after the number, as SAP writes a negative: if it means -12, write -12 or (12)); it is left blank.',
      'Line 3, column "Answer": "CR" is not a number; it is left blank.',
      'Line 4, column "Answer": "12-5" is not a number; it is left blank.',
    ]);
  });
});

// A date column saved from a workbook where it was formatted as a number holds Excel's serial
// numbers (days since 30 December 1899): 45750 is 3 April 2025. Never guessed (an invoice number
// in the wrong column looks the same), but the refusal says what the number would be.
describe('parseSpendLedger: a date written as Excel serial number', () => {
  it('refuses it with the date it would be and how to save the column', () => {
    const ledger = parseSpendLedger(
      'Supplier Name,Payment Date,Amount\nHarbour Ltd,45750,5\nHarbour Ltd,45748.5,5\nHarbour Ltd,4575,5\n',
    );
    expect(ledger.problems.slice(1).map((problem) => problem.message)).toEqual([
      'Line 2, column "Payment Date": "45750" is not a date (a number, as Excel writes a date in a cell formatted as a number: in Excel\'s dates 45750 is 03/04/2025; format the column as a date, such as 31/03/2026, and save the CSV again), so the row is left out.',
      'Line 3, column "Payment Date": "45748.5" is not a date (a number, as Excel writes a date in a cell formatted as a number: in Excel\'s dates 45748.5 is 01/04/2025; format the column as a date, such as 31/03/2026, and save the CSV again), so the row is left out.',
      'Line 4, column "Payment Date": "4575" is not a date (expected a date such as 31/03/2026 or 2026-03-31), so the row is left out.',
    ]);
    expect(ledger.payments).toEqual([]);
  });
});

// Published spend files withhold the names of individuals (personal data); some write REDACTED,
// some leave the cell blank. A blank supplier's row is left out, and its spend with it: the
// problem says how to keep it.
describe('parseSpendLedger: a payment whose supplier was withheld', () => {
  it('reads a placeholder name, and says how to count a blank one', () => {
    const ledger = parseSpendLedger(
      'Supplier Name,Payment Date,Amount,Service Area\n,01/04/2025,"£5,000.00",Adult Social Care\nREDACTED,01/04/2025,"£5,000.00",Adult Social Care\n',
    );
    expect(ledger.payments.map((payment) => [payment.supplier, payment.amount.toString()])).toEqual(
      [['REDACTED', '5000']],
    );
    expect(ledger.problems.slice(1).map((problem) => [problem.code, problem.message])).toEqual([
      [
        'missing-supplier',
        'Line 2, column "Supplier Name": no supplier, so the row is left out (if the name was withheld, as published spend files withhold personal data, write a placeholder such as REDACTED to count the payment).',
      ],
    ]);
  });
});

// A UTF-8 file decoded as Windows-1252 or Latin-1 (readFileSync(path, 'latin1')) turns every £
// into "Â£": every amount written with a pound sign was refused with no reason.
describe('parseSpendLedger: a UTF-8 pound sign read as Windows-1252', () => {
  it('says how the file was misread, in the ledger and a pledge sheet', () => {
    const text = Buffer.from(
      'Supplier Name,Payment Date,Amount\nHarbour Ltd,01/04/2025,"£1,234.56"\n',
      'utf8',
    ).toString('latin1');
    const hint =
      ' (Â£ is a UTF-8 £ read as Windows-1252 or Latin-1: decode the file as UTF-8, in Node readFileSync(path, "utf8"))';
    expect(
      parseSpendLedger(text)
        .problems.slice(1)
        .map((problem) => problem.message),
    ).toEqual([
      `Line 2, column "Amount": "Â£1,234.56" is not an amount${hint}, so the row is left out.`,
    ]);
    expect(
      parsePledgeSheet('Reference,Answer\nNT1,Â£12').problems.map((problem) => problem.message),
    ).toEqual([`Line 2, column "Answer": "Â£12" is not a number${hint}; it is left blank.`]);
  });
});

// `(£500.00)` was read as a credit of £500, but `£(500.00)`, the pound sign outside the brackets,
// was refused with no reason, though the decimal-comma hint already reads `£(12,5)` as -12.5.
describe('parseAmount: a bracketed credit after the pound sign', () => {
  it('reads £(500.00) as (£500.00) is read, and refuses a sign inside the brackets', () => {
    const read = (cell: string) => {
      const value = parseAmount(cell);
      return typeof value === 'object' && value !== null ? value.toString() : value;
    };
    expect(['£(500.00)', '£ (1,234.50)', '£( 7 )', '£(0)', '(£500.00)'].map(read)).toEqual([
      '-500',
      '-1234.5',
      '-7',
      '0',
      '-500',
    ]);
    expect(['£(-5)', '£(+5)', '-£(5)', '£((5))', '££(5)'].map(read)).toEqual(
      Array(5).fill('not-a-number'),
    );
    const ledger = parseSpendLedger(
      'Supplier Name,Payment Date,Amount\nHarbour Ltd,20/04/2025,"£(1,250.00)"\n',
    );
    expect(ledger.payments.map((payment) => payment.amount.toString())).toEqual(['-1250']);
  });
});
