import { describe, expect, it } from 'vitest';
import { parsePledgeSheet, parseSpendLedger, streamPledgeSheet } from '../../src/csv/index.js';

// A line end a spreadsheet reads as one: CRLF, LF or a lone CR (an old Mac tool's, or a cell
// pasted from one). Outside quotes each ends a row, whatever the file's other lines end with;
// inside a quoted cell it is kept as written.

// CRLF file; the NT1 row ends in a lone CR. Lines: 1 header, 2 NT29, 3 NT1 (lone CR), 4 NT2,
// 5 the total. 32 × 16.09 = 514.88; 1 × 100 = 100; 2 × 10 = 20; 514.88 + 100 + 20 = 634.88.
const CRLF_WITH_CR =
  'Reference,Proxy Value,Answer,Pledged Social Value,Note\r\n' +
  'NT29,16.09,32,514.88,"two\r\nlines"\r\n' +
  'NT1,100,1,100,old mac\r' +
  'NT2,10,2,20,"kept\rinside"\r\n' +
  'Total,,,634.88,\r\n';

describe('line ends', () => {
  it('reads a lone CR in a CRLF file as the end of a row, keeping breaks inside quotes', () => {
    const sheet = parsePledgeSheet(CRLF_WITH_CR);
    expect(sheet.problems).toEqual([]);
    expect(
      sheet.rows.map((row) => [row.line, row.measure, String(row.statedValue), row.tags]),
    ).toEqual([
      [2, 'NT29', '514.88', { Note: 'two\r\nlines' }],
      // NT29's note spans lines 2 and 3, so NT1 starts on line 4 and NT2 on line 5.
      [4, 'NT1', '100', { Note: 'old mac' }],
      [5, 'NT2', '20', { Note: 'kept\rinside' }],
    ]);
    expect(String(sheet.statedTotal)).toBe('634.88');
  });

  it('reads a lone CR in an LF file, and a lone LF in a CRLF file, as the end of a row', () => {
    const lf = parsePledgeSheet('Reference,Answer\nNT1,1\rNT2,2\nNT3,3\n');
    expect(lf.rows.map((row) => [row.line, row.measure, String(row.quantity)])).toEqual([
      [2, 'NT1', '1'],
      [3, 'NT2', '2'],
      [4, 'NT3', '3'],
    ]);
    const crlf = parsePledgeSheet('Reference,Answer\r\nNT1,1\r\nNT2,2\nNT3,"3"\r\nNT4,4');
    expect(crlf.rows.map((row) => [row.line, row.measure, String(row.quantity)])).toEqual([
      [2, 'NT1', '1'],
      [3, 'NT2', '2'],
      [4, 'NT3', '3'],
      [5, 'NT4', '4'],
    ]);
    expect(crlf.problems).toEqual([]);
  });

  it('streams the same rows, the text cut anywhere (between a CR and its LF too)', async () => {
    const whole = parsePledgeSheet(CRLF_WITH_CR);
    expect(whole.rows.map((row) => row.measure)).toEqual(['NT29', 'NT1', 'NT2']);
    for (let cut = 0; cut <= CRLF_WITH_CR.length; cut += 1) {
      const rows = [];
      for await (const batch of streamPledgeSheet([
        CRLF_WITH_CR.slice(0, cut),
        CRLF_WITH_CR.slice(cut),
      ])) {
        rows.push(...batch.rows);
      }
      expect(rows, `cut at ${cut}`).toEqual(whole.rows);
    }
  });

  it('reads a spend ledger row after a lone CR', () => {
    // 100 + 250 = 350 over two payments on lines 2 and 3.
    const ledger = parseSpendLedger(
      'Supplier,Amount,Date\r\nHarbour Ltd,100,2025-04-01\rSolent CIC,250,2025-04-02\r\n',
    );
    expect(ledger.payments.map((p) => [p.line, p.supplier, p.amount.toString()])).toEqual([
      [2, 'Harbour Ltd', '100'],
      [3, 'Solent CIC', '250'],
    ]);
  });
});

describe('streamPledgeSheet bytes', () => {
  // Excel's "Unicode Text": UTF-16 little-endian with a byte-order mark, tab-separated.
  // 32 × 16.09 = 514.88.
  const text =
    'Reference\tProxy Value\tAnswer\tPledged Social Value\r\nNT29\t16.09\t32\t£ 514.88\r\n';

  it('reads UTF-16 with a byte-order mark (either order), cut anywhere', async () => {
    const le = new Uint8Array(Buffer.from(`\uFEFF${text}`, 'utf16le'));
    const be = new Uint8Array(Buffer.from(le).swap16());
    for (const bytes of [le, be]) {
      for (const cut of [0, 1, 2, 3, 7]) {
        const rows = [];
        for await (const batch of streamPledgeSheet([bytes.slice(0, cut), bytes.slice(cut)])) {
          rows.push(...batch.rows);
        }
        expect(
          rows.map((row) => [row.measure, String(row.quantity), String(row.statedValue)]),
          `cut at ${cut}`,
        ).toEqual([['NT29', '32', '514.88']]);
      }
    }
  });
});

describe('a file decoded with the wrong encoding', () => {
  // Excel's "CSV (Comma delimited)" is Windows-1252: its £ (byte 0xA3) read as UTF-8 is U+FFFD.
  const HINT =
    '(� stands for bytes that were not UTF-8: the file is likely Windows-1252, as Excel’s "CSV (Comma delimited)" saves it; decode it so, or save it as "CSV UTF-8")';

  it('says so in the problem of an amount holding U+FFFD', () => {
    const sheet = parsePledgeSheet('Reference,Answer,Pledged Social Value\nNT1,1,\uFFFD 5.00\n');
    expect(sheet.problems[0]?.message).toBe(
      `Line 2, column "Pledged Social Value": "\uFFFD 5.00" is not a number ${HINT}; it is left blank.`,
    );
    const ledger = parseSpendLedger('Supplier,Amount,Date\nHarbour Ltd,\uFFFD100,2025-04-01\n');
    expect(ledger.problems.map((problem) => problem.message)).toContainEqual(
      `Line 2, column "Amount": "\uFFFD100" is not an amount ${HINT}, so the row is left out.`,
    );
  });
});

describe('byte-order marks', () => {
  // A file saved twice with a BOM (a tool that adds one to text that has one) starts with two.
  // Lines: 1 the header, 2 NT1, 3 NT2 (its answer not a number).
  const TWO_BOMS = '\uFEFF\uFEFFReference,Answer,Proxy Value\r\nNT1,5,10\r\nNT2,x,10\r\n';

  it('counts lines from the header whatever byte-order marks start the text', async () => {
    const sheet = parsePledgeSheet(TWO_BOMS);
    expect(sheet.headerLine).toBe(1);
    expect(sheet.rows.map((row) => [row.line, row.measure])).toEqual([
      [2, 'NT1'],
      [3, 'NT2'],
    ]);
    expect(sheet.problems.map((problem) => problem.line)).toEqual([3]);
    const streamed = [];
    for await (const batch of streamPledgeSheet([TWO_BOMS])) streamed.push(...batch.rows);
    expect(streamed.map((row) => [row.line, row.measure])).toEqual([
      [2, 'NT1'],
      [3, 'NT2'],
    ]);
    const ledger = parseSpendLedger(
      '\uFEFF\uFEFFSupplier Name,Amount,Payment Date,Postcode\nA,5,2025-04-01,PO1 2AB\nB,x,2025-04-01,PO1 2AB\n',
    );
    expect(ledger.payments.map((payment) => payment.line)).toEqual([2]);
    expect(ledger.problems.map((problem) => problem.line)).toEqual([3]);
  });
});
