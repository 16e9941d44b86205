// A number cell as Excel shows a number too wide for its General column (`1.23E+06`): a CSV
// keeps the text shown, so its digits may be lost. Every CSV reader refuses it with the way to
// fix the sheet; other exponent forms are read as before.
import { describe, expect, it } from 'vitest';
import {
  type PledgeSheetBatch,
  parseAmount,
  parsePledgeSheet,
  parseSpendLedger,
  streamPledgeSheet,
} from '../../src/csv/index.js';

const LOST = 'is how Excel shows a number too wide for its column (scientific notation)';
const FIX = 'widen the column or format it as Number, then save the CSV again';

describe("Excel's shortened numbers", () => {
  it('refuses the forms Excel writes: E, a sign, a two-digit exponent (three without a leading 0)', () => {
    for (const cell of ['1.23E+06', '-4.5E-05', '1E+15', ' 9.87654E+11 ', '1.23457E+100']) {
      expect(parseAmount(cell)).toBe('not-a-number');
    }
  });

  it('refuses them dressed as money: a pound sign, a sign, brackets or the minus sign U+2212', () => {
    // A pound sign before 1.23E+06 does not bring back the digits the CSV lost.
    for (const cell of [
      '£1.23E+06',
      '£ 1.23E+06',
      '-£1.23E+06',
      '£-4.5E-05',
      '(1.23E+06)',
      '(£1.23E+06)',
      '\u22121.23E+06',
      '+1.23E+06',
    ]) {
      expect([cell, parseAmount(cell)]).toEqual([cell, 'not-a-number']);
    }
    // Lower case and one-digit exponents stay read: £1.23e6 is 1,230,000; (£1.5E3) is -1,500.
    expect(String(parseAmount('£1.23e6'))).toBe('1230000');
    expect(String(parseAmount('(£1.5E3)'))).toBe('-1500');
  });

  it('gives the reason for a shortened number with a pound sign in a pledge sheet', () => {
    const sheet = parsePledgeSheet(
      'Reference,Proxy Value,Answer,Pledged Social Value\nNT1,100,"£1.23E+06",\nNT29,16.09,32,"(£5.1E+02)"\n',
    );
    expect(sheet.rows.map((row) => row.quantity?.toString() ?? null)).toEqual([null, '32']);
    expect(sheet.rows[1]?.statedValue).toBeNull();
    expect(sheet.problems.map((problem) => problem.message)).toEqual([
      `Line 2, column "Answer": "£1.23E+06" ${LOST}, and a CSV keeps only the digits shown, so digits may have been lost: ${FIX}; it is left blank.`,
      `Line 3, column "Pledged Social Value": "(£5.1E+02)" ${LOST}, and a CSV keeps only the digits shown, so digits may have been lost: ${FIX}; it is left blank.`,
    ]);
  });

  it('reads every other exponent form as before', () => {
    // 1e3 = 1000; 1E3 (no sign) = 1000; 1.5E3 = 1500; 1.23e+06 (lower case) = 1230000;
    // 1.23E+6 (one digit) = 1230000; 1E-030 (LibreOffice's full-precision form) = 1e-30;
    // 12.5E+02 (two digits before the point) = 1250.
    const read = ['1e3', '1E3', '1.5E3', '1.23e+06', '1.23E+6', '1E-030', '12.5E+02'].map((cell) =>
      String(parseAmount(cell)),
    );
    expect(read).toEqual(['1000', '1000', '1500', '1230000', '1230000', '1e-30', '1250']);
  });

  it('leaves a pledge sheet cell blank with a problem saying how to fix the sheet', () => {
    const sheet = parsePledgeSheet(
      'Reference,Proxy Value,Answer,Pledged Social Value\nNT1,30782,1.23E+06,\nNT29,16.09,32,514.88\n',
    );
    expect(sheet.rows.map((row) => [row.measure, row.quantity?.toString() ?? null])).toEqual([
      ['NT1', null],
      ['NT29', '32'],
    ]);
    expect(sheet.problems).toHaveLength(1);
    const [problem] = sheet.problems;
    expect(problem?.code).toBe('not-a-number');
    expect(problem?.line).toBe(2);
    expect(problem?.column).toBe('Answer');
    expect(problem?.message).toBe(
      `Line 2, column "Answer": "1.23E+06" ${LOST}, and a CSV keeps only the digits shown, so digits may have been lost: ${FIX}; it is left blank.`,
    );
  });

  it('refuses a shortened stated total and attribution share too', () => {
    // The total row's cell is not read as £739,000 by the search for a total's last amount.
    const total = parsePledgeSheet(
      'Reference,Proxy Value,Answer,Pledged Social Value\nNT1,30782,24,738768\n,,Total,7.39E+05\n',
    );
    expect(total.statedTotal).toBeNull();
    expect(total.problems.map((problem) => [problem.line, problem.code])).toEqual([
      [3, 'not-a-number'],
    ]);
    const share = parsePledgeSheet(
      'Reference,Proxy Value,Answer,Attribution Share\nNT29,16.09,32,1.23E-05\n',
    );
    expect(share.rows[0]?.attributionShare).toBeUndefined();
    expect(share.rows[0]?.quantity).toBeNull();
    expect(share.problems[0]?.message).toContain(`"1.23E-05" ${LOST}`);
  });

  it('streams the same problem', async () => {
    const text = 'Reference,Proxy Value,Answer\nNT1,30782,-4.5E-05\n';
    const batches: PledgeSheetBatch[] = [];
    for await (const batch of streamPledgeSheet([text])) batches.push(batch);
    expect(batches.flatMap((batch) => batch.problems)).toEqual(parsePledgeSheet(text).problems);
    expect(batches[0]?.problems[0]?.message).toContain(FIX);
  });

  it('leaves a ledger payment out with the same reason', () => {
    const ledger = parseSpendLedger(
      'Supplier Name,Payment Date,Amount\nHarbour Repairs Ltd,01/04/2025,1.23457E+11\nGreen Spaces CIC,02/04/2025,1e3\n',
    );
    expect(ledger.payments.map((payment) => payment.amount.toString())).toEqual(['1000']);
    const refused = ledger.problems.find((problem) => problem.code === 'not-a-number');
    expect(refused?.line).toBe(2);
    expect(refused?.message).toBe(
      `Line 2, column "Amount": "1.23457E+11" ${LOST}, and a CSV keeps only the digits shown, so digits may have been lost: ${FIX}, so the row is left out.`,
    );
  });
});
