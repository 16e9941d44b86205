// Excel's `sep=;` first line declares the delimiter (Excel reads it so and hides it): the readers
// split the rows with the delimiter it declares and read the line as no row, keeping line numbers.
import { describe, expect, it } from 'vitest';
import {
  type PledgeSheetBatch,
  parsePledgeSheet,
  parseSpendLedger,
  streamPledgeSheet,
} from '../../src/csv/index.js';
import { caught } from '../errors.js';

/** The measure, line and answer of each row. */
function rowsOf(sheet: {
  rows: readonly { measure: string; line: number; quantity?: unknown }[];
}): unknown[] {
  return sheet.rows.map((row) => [row.measure, row.line, String(row.quantity)]);
}

describe("Excel's separator line", () => {
  it('splits a pledge sheet with the delimiter it declares, even one never guessed', () => {
    // A colon is none of the delimiters guessed or tried (comma, tab, semicolon, pipe).
    const sheet = parsePledgeSheet('sep=:\r\nReference:Proxy Value:Answer\r\nNT29:16.09:32\r\n');
    expect(sheet.delimiter).toBe(':');
    expect(sheet.headerLine).toBe(2);
    expect(rowsOf(sheet)).toEqual([['NT29', 3, '32']]);
    expect(sheet.problems).toEqual([]);
  });

  it('reads sep=;, sep=, and sep= with a tab, quoted or padded as exports write it', () => {
    const cases: [string, string][] = [
      ['sep=;\nReference;Proxy Value;Answer\nNT1;30782;1,5\n', ';'],
      ['"sep=;"\nReference;Proxy Value;Answer\nNT1;30782;24\n', ';'],
      ['SEP=,\nReference,Proxy Value,Answer\nNT1,30782,24\n', ','],
      ['sep=,,,\nReference,Proxy Value,Answer\nNT1,30782,24\n', ','],
      ['sep=\t\nReference\tProxy Value\tAnswer\nNT1\t30782\t24\n', '\t'],
    ];
    for (const [text, delimiter] of cases) {
      const sheet = parsePledgeSheet(text);
      expect(sheet.delimiter).toBe(delimiter);
      expect(sheet.headerLine).toBe(2);
      expect(sheet.rows.map((row) => row.line)).toEqual([3]);
    }
    // In the declared `;` sheet, 1,5 is refused as in any `;` sheet (1.5 or 15?).
    expect(parsePledgeSheet(cases[0]![0]).problems[0]?.message).toContain('decimal comma');
  });

  it('leaves the caller’s delimiter first, and reads a first line that only starts so as a row', () => {
    const given = parsePledgeSheet('sep=;\nReference|Answer\nNT1|24\n', { delimiter: '|' });
    expect(given.delimiter).toBe('|');
    expect(rowsOf(given)).toEqual([['NT1', 3, '24']]);
    // `sep=;x` declares nothing: a title line above the header, as before.
    const title = parsePledgeSheet('sep=;x\nReference,Answer\nNT1,24\n');
    expect(title.delimiter).toBe(',');
    expect(title.headerLine).toBe(2);
  });

  it('calls a file holding the separator line alone empty', () => {
    const error = caught(() => parsePledgeSheet('sep=;\r\n\r\n'));
    expect(error.code).toBe('invalid-input');
    expect(error.message).toContain('the file is empty');
  });

  it('streams a sheet with its separator line as parsePledgeSheet reads it', async () => {
    const text = 'sep=:\nReference:Proxy Value:Answer\nNT29:16.09:32\nNT1:30782:24\n';
    const batches: PledgeSheetBatch[] = [];
    for await (const batch of streamPledgeSheet(['sep', text.slice(3)], { batchSize: 1 })) {
      batches.push(batch);
    }
    expect(batches.at(-1)?.delimiter).toBe(':');
    expect(batches.flatMap((batch) => rowsOf(batch))).toEqual([
      ['NT29', 3, '32'],
      ['NT1', 4, '24'],
    ]);
  });

  it('reads a payments ledger with its separator line', () => {
    const ledger = parseSpendLedger(
      'sep=:\nSupplier Name:Payment Date:Amount\nHarbour Repairs Ltd:01/04/2025:1234.56\n',
    );
    expect(ledger.delimiter).toBe(':');
    expect(ledger.headerLine).toBe(2);
    expect(ledger.payments.map((payment) => [payment.line, payment.amount.toString()])).toEqual([
      [3, '1234.56'],
    ]);
  });
});
