import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSealed } from '../../src/core/brand.js';
import { neutraliseFormula } from '../../src/csv/formula-cells.js';
import { parseSpendLedger } from '../../src/csv/index.js';
import { readLedgerDate } from '../../src/csv/ledger-date.js';
import { revive } from '../../src/revive.js';
import { analyseSpend } from '../../src/spend/index.js';
import { expectSane } from '../adversarial/sane.js';
import { caught } from '../errors.js';

// A payments export laid out as councils publish their "spend over £500" files: a title line,
// then the header; the 'Expenditure Category' column is not one the parser needs.
const EXPORT = [
  'Harbourside Council payments to suppliers, April 2025',
  '',
  'Service Area,Expenditure Category,Supplier Name,Payment Date,Amount,Supplier Postcode,Supplier Type,Ward',
  'Education,Catering,Harbour Catering Ltd,01/04/2025,"£1,250.00",PO1 2AB,SME,Charles Dickens',
  'Adult Social Care,Care,"Solent Care, CIC",12-May-2025,"3,400.50",po4 8lt,Social Enterprise,',
  'Transport,Fleet,Nationwide Fleet plc,2025-06-30,12000,M1 1AA,Non-SME,',
  'Education,Youth,Southsea Youth Trust,15.09.2025,£800.00,PO5 3QR,Charity,Central Southsea',
  'Education,Catering,Harbour Catering Ltd,20/04/2025,(250.00),PO1 2AB,sme,Charles Dickens',
  'Transport,Sundries,Unknown Supplies,07/07/2025,300.00,,,',
  'Parks,Grounds,Green Spaces,31/04/2025,120.00,PO3 6AA,SME,',
  'Parks,Grounds,Green Spaces,01/05/25,120.00,PO3 6AA,SME,',
  'Parks,Grounds,,01/05/2025,120.00,PO3 6AA,SME,',
  'Parks,Grounds,Green Spaces,01/05/2025,twelve,PO3 6AA,Family firm,',
  ',,,Total,"£17,500.50",,,',
].join('\r\n');

describe('parseSpendLedger', () => {
  const ledger = parseSpendLedger(EXPORT);

  it('finds the header below a title and maps the usual column names', () => {
    expect(ledger.headerLine).toBe(3);
    expect(ledger.delimiter).toBe(',');
    expect(ledger.columns).toEqual({
      supplier: 'Supplier Name',
      amount: 'Amount',
      date: 'Payment Date',
      postcode: 'Supplier Postcode',
      supplierType: 'Supplier Type',
      department: 'Service Area',
      ward: 'Ward',
    });
    expect(ledger.kind).toBe('spend-ledger');
    expect(isSealed(ledger, 'spend-ledger')).toBe(true);
    expectSane(ledger);
  });

  it('reads amounts, UK dates, supplier-type labels and blanks', () => {
    expect(
      ledger.payments.map((p) => [
        p.line,
        p.supplier,
        p.amount.toString(),
        p.date,
        p.postcode,
        p.supplierType,
        p.department,
        p.ward,
      ]),
    ).toEqual([
      [
        4,
        'Harbour Catering Ltd',
        '1250',
        '2025-04-01',
        'PO1 2AB',
        'sme',
        'Education',
        'Charles Dickens',
      ],
      [
        5,
        'Solent Care, CIC',
        '3400.5',
        '2025-05-12',
        'po4 8lt',
        'social-enterprise',
        'Adult Social Care',
        undefined,
      ],
      [6, 'Nationwide Fleet plc', '12000', '2025-06-30', 'M1 1AA', 'large', 'Transport', undefined],
      [
        7,
        'Southsea Youth Trust',
        '800',
        '2025-09-15',
        'PO5 3QR',
        'vcse',
        'Education',
        'Central Southsea',
      ],
      [
        8,
        'Harbour Catering Ltd',
        '-250',
        '2025-04-20',
        'PO1 2AB',
        'sme',
        'Education',
        'Charles Dickens',
      ],
      [9, 'Unknown Supplies', '300', '2025-07-07', null, undefined, 'Transport', undefined],
    ]);
    expect(Object.hasOwn(ledger.payments[1]!, 'ward')).toBe(false);
  });

  it('reports every row it cannot read with its line, never a silent zero', () => {
    expect(ledger.problems.map((p) => [p.code, p.severity, p.line, p.column, p.value])).toEqual([
      ['not-a-date', 'error', 10, 'Payment Date', '31/04/2025'],
      ['not-a-date', 'error', 11, 'Payment Date', '01/05/25'],
      ['missing-supplier', 'error', 12, 'Supplier Name', ''],
      ['not-a-number', 'error', 13, 'Amount', 'twelve'],
      ['total-row', 'info', 14, null, ''],
    ]);
    expect(ledger.problems[1]?.message).toBe(
      'Line 11, column "Payment Date": "01/05/25" is not a date (a two-digit year is ambiguous: write the year in full (31/03/2026)), so the row is left out.',
    );
  });

  it('leaves out a row with more cells than headers, whose cells are shifted', () => {
    // `Smith, J` not in quotes: its second half would be read as the postcode.
    const text = [
      'Payment Date,Amount,Supplier Name,Postcode',
      '01/04/2025,100,Smith, J,PO1 2AB',
      '02/04/2025,200,"Jones, K",PO1 2AB,,',
    ].join('\n');
    const shifted = parseSpendLedger(text);
    expect(shifted.payments.map((p) => [p.line, p.supplier, p.postcode])).toEqual([
      [3, 'Jones, K', 'PO1 2AB'],
    ]);
    expect(shifted.problems.map((p) => [p.code, p.severity, p.line, p.column])).toEqual([
      ['extra-cells', 'error', 2, null],
    ]);
    expect(shifted.problems[0]?.message).toBe(
      'Line 2: 5 cells where the header on line 1 has 4 (a comma in a name not in quotes?), so the row is left out.',
    );
  });

  // A ledger whose export left its last column (a running balance) without a header: every
  // payment row has 7 cells under a 6-cell header.
  const UNNAMED = [
    'Supplier Name,Amount,Payment Date,Postcode,Supplier Type,Service Area',
    'Harbour Repairs Ltd,"1,000.00",01/04/2025,PO1 2AB,SME,Housing,"1,000.00"',
    'Nationwide Fleet plc,3000.00,02/04/2025,M1 1AA,Large,Transport,"4,000.00"',
    'Green Spaces CIC,500.00,03/04/2025,PO4 9QR,CIC,Parks,"4,500.00"',
    'Solent Care,(500.00),04/04/2025,PO5 3QR,Charity,Care,"4,000.00"',
  ];

  it('reads rows that all have the same unnamed trailing column, with one warning', () => {
    const ledger = parseSpendLedger(UNNAMED.join('\n'));
    expect(
      ledger.payments.map((p) => [p.line, p.supplier, p.amount.toString(), p.department]),
    ).toEqual([
      [2, 'Harbour Repairs Ltd', '1000', 'Housing'],
      [3, 'Nationwide Fleet plc', '3000', 'Transport'],
      [4, 'Green Spaces CIC', '500', 'Parks'],
      [5, 'Solent Care', '-500', 'Care'],
    ]);
    expect(ledger.problems.map((p) => [p.code, p.severity, p.line, p.column, p.message])).toEqual([
      [
        'unnamed-columns',
        'warning',
        1,
        null,
        'Line 1: column 7 has no header: its cells are left out (every row has 1 cell more than the header).',
      ],
    ]);
    // By hand: total 1000 + 3000 + 500 − 500 = 4000; local (PO1–PO6) 1000 + 500 − 500 = 1000
    // (M1 is not local); local share 1000 ÷ 4000 = 0.25.
    const analysis = analyseSpend(ledger.payments, { locality: ['PO1-PO6'] });
    expect(analysis.total.toString()).toBe('4000');
    expect(analysis.localSpend.toString()).toBe('1000');
    expect(analysis.localShare?.toString()).toBe('0.25');
  });

  it('names every unnamed column, and still refuses a row with more cells than the others', () => {
    const text = [
      'Supplier Name,Amount,Payment Date,Postcode,Supplier Type,Service Area',
      'Harbour Repairs Ltd,"1,000.00",01/04/2025,PO1 2AB,SME,Housing,"1,000.00",A1',
      'Nationwide Fleet plc,3000.00,02/04/2025,M1 1AA,Large,Transport,"4,000.00",A2',
      // `Highways, Roads` not in quotes: one cell more than every other row. Read by the header it
      // would be a local payment of £2,000 (local share 3000 ÷ 6000 = 0.5): it is left out.
      'Dockyard Engineering plc,2000.00,05/04/2025,PO2 8QJ,SME,Highways, Roads,"6,000.00",A3',
      'Green Spaces CIC,500.00,03/04/2025,PO4 9QR,CIC,Parks,"4,500.00",',
      'Solent Care,(500.00),04/04/2025,PO5 3QR,Charity,Care,"4,000.00",A5',
      // A total row is no payment row: its blank cells do not decide the unnamed columns.
      'Total,"4,000.00",,,,',
    ].join('\n');
    const ledger = parseSpendLedger(text);
    expect(ledger.payments.map((p) => p.line)).toEqual([2, 3, 5, 6]);
    expect(ledger.problems.map((p) => [p.code, p.severity, p.line, p.message])).toEqual([
      [
        'unnamed-columns',
        'warning',
        1,
        'Line 1: columns 7 and 8 have no header: their cells are left out (every row has 2 cells more than the header).',
      ],
      [
        'extra-cells',
        'error',
        4,
        'Line 4: 9 cells where the header on line 1 has 6 and the other rows 8 (a comma in a name not in quotes?), so the row is left out.',
      ],
      ['total-row', 'info', 7, 'Line 7: a total row, skipped (the analysis makes its own totals).'],
    ]);
    // By hand, as above without the refused row: total 4000, local 1000, share 0.25.
    const analysis = analyseSpend(ledger.payments, { locality: ['PO1-PO6'] });
    expect(analysis.total.toString()).toBe('4000');
    expect(analysis.localSpend.toString()).toBe('1000');
    expect(analysis.localShare?.toString()).toBe('0.25');
  });

  it('names the first ten of 100,000 unnamed columns and counts the rest', () => {
    // Two payments, each with 100,000 cells beyond the 6-column header (columns 7 to 100,006):
    // the warning named every one of them (about 690,000 characters); now the first ten, then a count.
    const beyond = Array.from({ length: 100_000 }, (_, index) => `x${index}`).join(',');
    const text = [
      'Supplier Name,Amount,Payment Date,Postcode,Supplier Type,Service Area',
      `Harbour Repairs Ltd,"1,000.00",01/04/2025,PO1 2AB,SME,Housing,${beyond}`,
      `Nationwide Fleet plc,3000.00,02/04/2025,M1 1AA,Large,Transport,${beyond}`,
    ].join('\n');
    const ledger = parseSpendLedger(text);
    expect(ledger.payments.map((p) => [p.line, p.supplier, p.amount.toString()])).toEqual([
      [2, 'Harbour Repairs Ltd', '1000'],
      [3, 'Nationwide Fleet plc', '3000'],
    ]);
    // 100,000 columns less the ten named: 99,990 more.
    expect(ledger.problems.map((p) => [p.code, p.line, p.message])).toEqual([
      [
        'unnamed-columns',
        1,
        'Line 1: columns 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 and 99,990 more have no header: their cells are left out (every row has 100,000 cells more than the header).',
      ],
    ]);
  });

  it('refuses extra cells when a row has none, or when only one row could tell', () => {
    // One payment row with a cell too many cannot tell an unnamed column from a shifted row.
    const one = parseSpendLedger(UNNAMED.slice(0, 2).join('\n'));
    expect(one.payments).toEqual([]);
    expect(one.problems.map((p) => [p.code, p.line])).toEqual([['extra-cells', 2]]);
    // A row without the trailing cell: the others are refused, as before.
    const ragged = parseSpendLedger(
      [...UNNAMED, 'Portsmouth Print,100.00,05/04/2025,PO1 5PQ,SME,Education'].join('\n'),
    );
    expect(ragged.payments.map((p) => p.line)).toEqual([6]);
    expect(ragged.problems.map((p) => [p.code, p.line])).toEqual([
      ['extra-cells', 2],
      ['extra-cells', 3],
      ['extra-cells', 4],
      ['extra-cells', 5],
    ]);
  });

  it('skips a total written in the supplier column, dated or not; a supplier named Total… is paid', () => {
    const text = [
      'Supplier Name,Amount,Payment Date',
      'Harbour Repairs Ltd,"1,000.00",01/04/2025',
      'Total Gas & Power Ltd,500.00,02/04/2025',
      'Sub-total,"1,500.00",',
      'GRAND TOTAL:,"1,500.00",30/04/2025',
    ].join('\n');
    const ledger = parseSpendLedger(text);
    expect(ledger.payments.map((p) => [p.line, p.supplier, p.amount.toString()])).toEqual([
      [2, 'Harbour Repairs Ltd', '1000'],
      [3, 'Total Gas & Power Ltd', '500'],
    ]);
    expect(ledger.problems.map((p) => [p.code, p.severity, p.line])).toEqual([
      ['no-postcode-column', 'warning', 1],
      ['total-row', 'info', 4],
      ['total-row', 'info', 5],
    ]);
  });

  it('warns of a row without a supplier that has the word total only inside a cell', () => {
    // A redacted supplier in a department named "Total Transport" may be a payment: it is
    // skipped as a total row, but as a warning that names the cell; a "Total" cell stays info.
    const text = [
      'Supplier Name,Department,Amount,Payment Date',
      'Harbour Repairs Ltd,Highways,"1,000.00",01/04/2025',
      ',Total Transport,250.00,02/04/2025',
      ',Total,"1,250.00",',
    ].join('\n');
    const ledger = parseSpendLedger(text);
    expect(ledger.payments.map((p) => p.line)).toEqual([2]);
    expect(ledger.problems.map((p) => [p.code, p.severity, p.line, p.message])).toEqual([
      [
        'no-postcode-column',
        'warning',
        1,
        'Line 1: no postcode column, so no payment can be placed in a locality.',
      ],
      [
        'total-row',
        'warning',
        3,
        'Line 3: no supplier and "Total Transport" in a cell, so it is read as a total row and skipped; if it is a payment, give its supplier.',
      ],
      ['total-row', 'info', 4, 'Line 4: a total row, skipped (the analysis makes its own totals).'],
    ]);
  });

  it('leaves out a row whose quote never closes, and reads the lines after it', () => {
    const text = [
      'Supplier Name,Amount,Payment Date',
      '"Harbour Repairs Ltd,100.00,01/04/2025',
      'Green Spaces CIC,200.00,02/04/2025',
      'Solent Care,300.00,03/04/2025',
    ].join('\n');
    const ledger = parseSpendLedger(text);
    expect(ledger.payments.map((p) => [p.line, p.supplier, p.amount.toString()])).toEqual([
      [3, 'Green Spaces CIC', '200'],
      [4, 'Solent Care', '300'],
    ]);
    expect(ledger.problems.map((p) => [p.code, p.severity, p.line])).toEqual([
      ['no-postcode-column', 'warning', 1],
      ['unbalanced-quote', 'error', 2],
    ]);
    expect(ledger.problems[1]?.message).toBe(
      'Line 2: a quote that is never closed, so the row is left out; the lines after it are read as usual.',
    );
  });

  it('refuses a ledger with more than 100 quotes that never close, naming the line of the 101st', () => {
    const rows = Array.from({ length: 101 }, (_, i) => `"Supplier ${i},100.00,01/04/2025`);
    const text = ['Supplier Name,Amount,Payment Date', ...rows, 'Solent Care,300.00,03/04/2025'];
    const error = caught(() => parseSpendLedger(text.join('\n')));
    expect([error.code, error.issues[0]?.path, error.details]).toEqual([
      'invalid-input',
      'text',
      { line: 102 },
    ]);
    // 100 are read as problems, the rows after them as usual.
    const ledger = parseSpendLedger([...text.slice(0, 101), text[102]].join('\n'));
    expect(ledger.problems.filter((p) => p.code === 'unbalanced-quote')).toHaveLength(100);
    expect(ledger.payments.map((p) => [p.line, p.supplier])).toEqual([[102, 'Solent Care']]);
  });

  it('skips the header row repeated (months joined into one file) as info, not an error', () => {
    const text = [
      'Supplier Name,Amount,Payment Date',
      'Harbour Repairs Ltd,100.00,01/04/2025',
      '',
      'Supplier Name,Amount,Payment Date',
      'Green Spaces CIC,200.00,02/05/2025',
    ].join('\n');
    const ledger = parseSpendLedger(text);
    expect(ledger.payments.map((p) => [p.line, p.supplier])).toEqual([
      [2, 'Harbour Repairs Ltd'],
      [5, 'Green Spaces CIC'],
    ]);
    expect(ledger.problems.map((p) => [p.code, p.severity, p.line, p.message])).toEqual([
      ['no-postcode-column', 'warning', 1, expect.any(String)],
      ['repeated-header', 'info', 4, 'Line 4: the header row again (as on line 1), skipped.'],
    ]);
  });

  it('warns that a column repeating the header of a column it reads is not read (two Amount columns)', () => {
    const text = [
      'Supplier Name,Payment Date,Amount,Postcode,Amount,amount:',
      'Harbour Repairs Ltd,01/04/2025,100.00,PO1 2AB,120.00,20.00',
    ].join('\n');
    const ledger = parseSpendLedger(text);
    expect(ledger.payments.map((p) => p.amount.toString())).toEqual(['100']);
    expect(ledger.columns.amount).toBe('Amount');
    expect(ledger.problems.map((p) => [p.code, p.severity, p.line, p.column, p.message])).toEqual([
      [
        'repeated-column',
        'warning',
        1,
        'Amount',
        'Line 1: column 5 repeats the header "Amount" of column 3, the amount column: it is not read. Give the columns different headers, and name the one to read in options.columns if it is not column 3.',
      ],
      [
        'repeated-column',
        'warning',
        1,
        'amount:',
        'Line 1: column 6 repeats the header "amount:" of column 3, the amount column: it is not read. Give the columns different headers, and name the one to read in options.columns if it is not column 3.',
      ],
    ]);
    // Headers told apart, and the one to read named: no warning.
    const second = parseSpendLedger(text.replace('Amount,amount:', 'Gross,amount:'), {
      columns: { amount: 'Gross' },
    });
    expect(second.payments.map((p) => p.amount.toString())).toEqual(['120']);
    expect(second.problems).toEqual([]);
    expectSane(ledger);
  });

  it('warns that another column known by the amount names is not read (Net Amount read, Gross Amount beside it)', () => {
    // A ledger with the figure before and after VAT: 1,000.00 net, 1,200.00 gross. The net
    // figure is read (its name is preferred); which of the two the payments are is the reader's
    // to say, so the gross column is named.
    const text = [
      'Supplier Name,Payment Date,Gross Amount,Net Amount,Date,Postcode',
      'Harbour Repairs Ltd,01/04/2025,"1,200.00","1,000.00",02/04/2025,PO1 2AB',
    ].join('\n');
    const ledger = parseSpendLedger(text);
    expect(ledger.columns).toEqual({
      supplier: 'Supplier Name',
      amount: 'Net Amount',
      date: 'Payment Date',
      postcode: 'Postcode',
    });
    expect(ledger.payments.map((p) => [p.amount.toString(), p.date])).toEqual([
      ['1000', '2025-04-01'],
    ]);
    expect(ledger.problems.map((p) => [p.code, p.severity, p.line, p.column, p.message])).toEqual([
      [
        'other-known-column',
        'warning',
        1,
        'Gross Amount',
        'Line 1: column 3, "Gross Amount", is also an amount column and is not read: the amount read is column 4, "Net Amount". Name the one to read in options.columns.amount.',
      ],
      [
        'other-known-column',
        'warning',
        1,
        'Date',
        'Line 1: column 5, "Date", is also a date column and is not read: the date read is column 2, "Payment Date". Name the one to read in options.columns.date.',
      ],
    ]);
    // Named: the gross figure read, and no warning for the amount (the date still warned).
    const gross = parseSpendLedger(text, { columns: { amount: 'Gross Amount' } });
    expect(gross.payments.map((p) => p.amount.toString())).toEqual(['1200']);
    expect(gross.problems.map((p) => [p.code, p.column])).toEqual([['other-known-column', 'Date']]);
    // Stored and read back, warnings and all.
    const json = JSON.stringify(ledger);
    expect(JSON.stringify(revive(JSON.parse(json), 'spend-ledger'))).toBe(json);
    expectSane(ledger);
  });

  it('warns of a supplier type it does not know, and takes your own labels', () => {
    const text =
      'Supplier,Amount,Date,Supplier Type\nA,1,2025-04-01,Family firm\nB,2,2025-04-01,__proto__';
    const plain = parseSpendLedger(text);
    expect(plain.problems.map((p) => [p.code, p.line])).toEqual(
      [
        ['unknown-supplier-type', 2],
        ['unknown-supplier-type', 3],
        ['no-postcode-column', 1],
      ].sort((a, b) => Number(a[1]) - Number(b[1])),
    );
    const labels = JSON.parse('{ "FAMILY FIRM": "micro", "__proto__": "sme" }');
    const own = parseSpendLedger(text, { supplierTypes: labels });
    expect(own.payments.map((p) => p.supplierType)).toEqual(['micro', 'sme']);
  });

  it('gives analyseSpend what it reads, with findings at file lines', () => {
    const analysis = analyseSpend(ledger.payments, { locality: ['PO1-PO6'] });
    // 1250 + 3400.50 + 800 − 250 local; 12000 non-local; 300 without postcode.
    expect(analysis.localSpend.toString()).toBe('5200.5');
    expect(analysis.byLocation['non-local'].amount.toString()).toBe('12000');
    expect(analysis.findings.map((f) => [f.code, f.row])).toEqual([['missing-postcode', 9]]);
  });

  it('detects tabs and semicolons, takes named columns, skips comments', () => {
    const tabbed = parseSpendLedger(
      'Vendor\tValue (£)\tDate Paid\tPost Code\nA\t£5.00\t1 April 2025\tPO1 1AA',
    );
    expect(tabbed.delimiter).toBe('\t');
    expect(tabbed.payments[0]).toMatchObject({
      supplier: 'A',
      date: '2025-04-01',
      postcode: 'PO1 1AA',
    });
    const named = parseSpendLedger('# exported\nWho;How much;When\nB;7;2025-04-02T10:00:00Z', {
      columns: { supplier: 'who', amount: 'HOW MUCH', date: 'When' },
      comments: '#',
    });
    expect(named.delimiter).toBe(';');
    expect(named.payments[0]).toMatchObject({ supplier: 'B', date: '2025-04-02', line: 3 });
  });

  it('reads a minus sign, and refuses a decimal comma saying what it would be', () => {
    // −£12.50 (U+2212) is a refund of 12.50; "1.234,56" is 1234.56 only in a European locale.
    const ledger = parseSpendLedger(
      'Supplier Name,Amount,Payment Date,Postcode\nA,\u2212£12.50,2025-04-01,PO1 2AB\nB,"1.234,56",2025-04-01,PO1 2AB\nC,"1,234",2025-04-01,PO1 2AB\n',
    );
    expect(ledger.payments.map((payment) => [payment.supplier, payment.amount.toString()])).toEqual(
      [
        ['A', '-12.5'],
        ['C', '1234'],
      ],
    );
    expect(ledger.problems.map((problem) => problem.message)).toEqual([
      'Line 3, column "Amount": "1.234,56" is not an amount (a decimal comma, as a spreadsheet set to a European language writes numbers? A comma only groups thousands here, 1,234 being 1234, so a decimal comma is not guessed: if it means 1234.56, write 1234.56, or save the sheet with a UK number format), so the row is left out.',
    ]);
  });

  it('takes one added apostrophe off text cells, as pledge sheets are read', () => {
    // A tool that neutralises formulas wrote `'=`, `'-` and `'@`; `''=` is a text that itself
    // started `'=`. The header '=Payee is named `=Payee` in options.columns.
    const ledger = parseSpendLedger(
      [
        "'=Payee,Amount,Payment Date,Postcode,Department,Ward,Supplier Type",
        "'=Harbour Repairs Ltd,100,01/04/2025,PO1 2AB,'-Housing,'@Central,SME",
        "''=Solent Care,200,02/04/2025,PO4 8LT,'\uFF0BCare,,'@Family firm",
        "Plain Ltd,300,03/04/2025,'PO5 3QR,'Parks,,",
      ].join('\n'),
      { columns: { supplier: '=Payee' } },
    );
    expect(ledger.columns.supplier).toBe('=Payee');
    expect(
      ledger.payments.map((p) => [
        p.supplier,
        p.amount.toString(),
        p.postcode,
        p.department,
        p.ward,
      ]),
    ).toEqual([
      ['=Harbour Repairs Ltd', '100', 'PO1 2AB', '-Housing', '@Central'],
      ["'=Solent Care", '200', 'PO4 8LT', '\uFF0BCare', undefined],
      // An apostrophe before anything else is the cell's own.
      ['Plain Ltd', '300', "'PO5 3QR", "'Parks", undefined],
    ]);
    expect(ledger.payments[0]?.supplierType).toBe('sme');
    // '@Family firm reads as the text @Family firm, which is no supplier type.
    expect(ledger.problems.map((p) => [p.code, p.line, p.value])).toEqual([
      ['unknown-supplier-type', 3, '@Family firm'],
    ]);
  });

  it('reads back every text a formula-neutralising writer wrote in a text cell', () => {
    // The writer's rule is neutraliseFormula (src/csv/formula-cells.ts): a supplier and a
    // department written by it read back as they were (cells are trimmed, and a blank supplier
    // is no payment, so those are left out of the texts tried).
    const quoted = (text: string) => `"${neutraliseFormula(text).replaceAll('"', '""')}"`;
    const text = fc
      .string({
        unit: fc.constantFrom(
          "'",
          '=',
          '+',
          '-',
          '@',
          '\t',
          '\n',
          '\0',
          '\uFF1D',
          'a',
          ' ',
          '"',
          ',',
        ),
        maxLength: 8,
      })
      .filter((t) => t !== '' && t === t.trim());
    fc.assert(
      fc.property(text, text, (supplier, department) => {
        const ledger = parseSpendLedger(
          `Supplier Name,Amount,Payment Date,Postcode,Department\n${quoted(supplier)},5,2025-04-01,,${quoted(department)}\n`,
          { delimiter: ',' },
        );
        expect(ledger.payments.map((p) => [p.supplier, p.department])).toEqual([
          [supplier, department],
        ]);
      }),
      { numRuns: 300 },
    );
  });

  it("refuses an amount written '-5, as pledge sheets do, saying what it would be", () => {
    // The library's writers never put an apostrophe before a number, and a spreadsheet shows
    // '-5 as text its sums leave out: the row is left out, never read as -5.
    const ledger = parseSpendLedger(
      "Supplier Name,Amount,Payment Date,Postcode\nA,'-5,01/04/2025,\nB,'=5,01/04/2025,\nC,-5,01/04/2025,\n",
    );
    expect(ledger.payments.map((p) => [p.supplier, p.amount.toString()])).toEqual([['C', '-5']]);
    expect(ledger.problems.map((p) => [p.code, p.value, p.message])).toEqual([
      [
        'not-a-number',
        "'-5",
        'Line 2, column "Amount": "\'-5" is not an amount (a number after an apostrophe, which makes it text: if it means -5, write it without the apostrophe), so the row is left out.',
      ],
      [
        'not-a-number',
        "'=5",
        'Line 3, column "Amount": "\'=5" is not an amount, so the row is left out.',
      ],
    ]);
  });

  it('refuses 1,125 in a semicolon-separated ledger, as pledge sheets do; 1,125.00 and , files read', () => {
    // A spreadsheet set to German saves 1.125 as "1,125" in a ";" file; read as 1125 it would be
    // a thousand times the payment. "1,125.00" has a point, so its comma groups thousands.
    const ledger = parseSpendLedger(
      'Supplier Name;Amount;Payment Date\nA;1,125;01/04/2025\nB;£12,500;01/04/2025\nC;1,125.00;01/04/2025\nD;0,5;01/04/2025\n',
    );
    expect(ledger.delimiter).toBe(';');
    expect(ledger.payments.map((p) => [p.supplier, p.amount.toString()])).toEqual([['C', '1125']]);
    expect(ledger.problems.filter((p) => p.code === 'not-a-number').map((p) => p.message)).toEqual([
      'Line 2, column "Amount": "1,125" is not an amount (in a semicolon-separated sheet, as a spreadsheet set to a European language saves one, a comma may be a decimal comma: write 1.125 or 1125, whichever it means), so the row is left out.',
      'Line 3, column "Amount": "£12,500" is not an amount (in a semicolon-separated sheet, as a spreadsheet set to a European language saves one, a comma may be a decimal comma: write 12.5 or 12500, whichever it means), so the row is left out.',
      expect.stringContaining('Line 5, column "Amount": "0,5" is not an amount (a decimal comma'),
    ]);
    // In a comma-separated file, a quoted "1,125" is 1125, as UK spreadsheets write it.
    const comma = parseSpendLedger('Supplier Name,Amount,Payment Date\nA,"1,125",01/04/2025\n');
    expect(comma.payments.map((p) => p.amount.toString())).toEqual(['1125']);
  });

  it('refuses text without a header, and bad options, at their paths', () => {
    expect(caught(() => parseSpendLedger('a,b\n1,2')).issues[0]?.path).toBe('text');
    expect(caught(() => parseSpendLedger(5 as never)).issues[0]?.path).toBe('text');
    const error = caught(() => parseSpendLedger('x', { colums: {} } as never));
    expect(error.issues[0]?.message).toBe('unknown key (did you mean "columns"?)');
    expect(
      caught(() => parseSpendLedger('x', { columns: { suplier: 'A' } } as never)).issues[0]?.path,
    ).toBe('options.columns.suplier');
    expect(
      caught(() => parseSpendLedger('x', { supplierTypes: { Small: 'SME' } } as never)).issues[0],
    ).toMatchObject({
      path: 'options.supplierTypes.Small',
      message: expect.stringContaining('(did you mean "sme"?)'),
    });
  });
});

describe('readLedgerDate', () => {
  it('reads UK and ISO dates, refuses two-digit years and impossible days', () => {
    const read = (cell: string) => {
      const result = readLedgerDate(cell);
      return 'date' in result ? result.date : result.problem;
    };
    expect(read('01/04/2025')).toBe('2025-04-01');
    expect(read('1/4/2025 00:00:00')).toBe('2025-04-01');
    expect(read('2025/04/01')).toBe('2025-04-01');
    expect(read('01-Apr-2025')).toBe('2025-04-01');
    expect(read('1st April 2025')).toBe('2025-04-01');
    expect(read('29/02/2024')).toBe('2024-02-29');
    expect(read('29/02/2025')).toBe('no such calendar date');
    expect(read('01/04/25')).toContain('two-digit year');
    expect(read('01-Apr-25')).toContain('two-digit year');
    expect(read('01 Smarch 2025')).toBe('"Smarch" is not a month');
    expect(read('01 constructor 2025')).toBe('"constructor" is not a month');
    expect(read('45748')).toContain("in Excel's dates 45748 is 01/04/2025");
  });

  it('never reads a day-first date as month-first, whatever the day', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date(Date.UTC(1900, 0, 1)),
          max: new Date(Date.UTC(2099, 11, 31)),
          noInvalidDate: true,
        }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          const [y, m, d] = iso.split('-');
          expect(readLedgerDate(`${d}/${m}/${y}`)).toEqual({ date: iso });
          expect(readLedgerDate(`${Number(d)}.${Number(m)}.${y}`)).toEqual({ date: iso });
          expect(readLedgerDate(`${d}/${m}/${y!.slice(2)}`)).toHaveProperty('problem');
        },
      ),
    );
  });
});
