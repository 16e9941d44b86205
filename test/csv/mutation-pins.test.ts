import { describe, expect, it } from 'vitest';
import { isSealed } from '../../src/core/brand.js';
import {
  formatValuationCsv,
  parseAmount,
  parsePledgeSheet,
  parseSpendLedger,
  streamPledgeSheet,
  toPledges,
} from '../../src/csv/index.js';
import { readLedgerDate } from '../../src/csv/ledger-date.js';
import { defineFramework, isSocialValueError, valuePledges } from '../../src/index.js';
import { caught } from '../errors.js';

// Behaviours that mutation testing of src/csv showed no test pinned (docs/quality.md, "Mutation
// testing"). Each result is built inside its test, so per-test coverage sees it.

/** A figure as text, or the reason a cell is not read. */
const read = (cell: string) => {
  const value = parseAmount(cell);
  return value === null || typeof value === 'string' ? value : value.toString();
};

/** The messages of a one-column sheet (Answer) whose rows are `cells`, proxy 1. */
const answerMessages = (cells: readonly string[]) =>
  parsePledgeSheet(
    `Reference,Proxy Value,Answer\n${cells.map((cell, i) => `NT${i + 1},1,"${cell.replaceAll('"', '""')}"`).join('\n')}\n`,
  ).problems.map((problem) => problem.message);

describe('parseAmount: signs, brackets and groups', () => {
  it('reads a plus before the pound sign as no sign, never as a minus', () => {
    expect(read('+£5')).toBe('5');
    expect(read('+£1,234.50')).toBe('1234.5');
    expect(read('-£5')).toBe('-5');
  });

  it('reads an exponent with its own sign inside brackets as an accounting negative', () => {
    // (1e-3) is -0.001: the exponent's minus is no second sign.
    expect(read('(1e-3)')).toBe('-0.001');
    expect(read('(£2.5e+2)')).toBe('-250');
  });

  it('refuses a first group of four digits before a thousands comma', () => {
    expect(read('1234,567')).toBe('not-a-number');
    expect(read('£1234,567')).toBe('not-a-number');
    expect(read('£ 1234,567.5')).toBe('not-a-number');
  });

  it('reads brackets only as a pair around the whole figure', () => {
    expect(read('£5)')).toBe('not-a-number');
    expect(read('(55')).toBe('not-a-number');
    expect(read('( 55 )')).toBe('-55');
  });

  it('says a lone point is not a number, not out of range', () => {
    expect(read('.')).toBe('not-a-number');
    expect(read('£.')).toBe('not-a-number');
  });

  it('names the cell in the error for what is not text, word for word', () => {
    expect(caught(() => parseAmount(5 as never)).message).toBe(
      'Invalid cell: 1 problem.\n  - cell: expected text, received 5',
    );
  });
});

describe('the hints of a cell that is not a number', () => {
  it('finds a decimal comma, Excel scientific notation and an apostrophe in a padded cell', () => {
    expect(answerMessages([' 12,5 ', ' 1.23E+06', " '-5"])).toEqual([
      'Line 2, column "Answer": " 12,5 " is not a number (a decimal comma, as a spreadsheet set to a European language writes numbers? A comma only groups thousands here, 1,234 being 1234, so a decimal comma is not guessed: if it means 12.5, write 12.5, or save the sheet with a UK number format); it is left blank.',
      'Line 3, column "Answer": " 1.23E+06" is how Excel shows a number too wide for its column (scientific notation), and a CSV keeps only the digits shown, so digits may have been lost: widen the column or format it as Number, then save the CSV again; it is left blank.',
      `Line 4, column "Answer": " '-5" is not a number (a number after an apostrophe, which makes it text: if it means -5, write it without the apostrophe); it is left blank.`,
    ]);
  });

  it('keeps the sign of a decimal comma after a pound sign, and strips only a leading pound sign', () => {
    expect(answerMessages(['-£12,5', '£(1.234,5)'])).toEqual([
      'Line 2, column "Answer": "-£12,5" is not a number (a decimal comma, as a spreadsheet set to a European language writes numbers? A comma only groups thousands here, 1,234 being 1234, so a decimal comma is not guessed: if it means -12.5, write -12.5, or save the sheet with a UK number format); it is left blank.',
      'Line 3, column "Answer": "£(1.234,5)" is not a number (a decimal comma, as a spreadsheet set to a European language writes numbers? A comma only groups thousands here, 1,234 being 1234, so a decimal comma is not guessed: if it means -1234.5, write -1234.5, or save the sheet with a UK number format); it is left blank.',
    ]);
    // A bracket or a pound sign inside the figure is no decimal comma's.
    expect(answerMessages(['1(2,5', '1-£2,5'])).toEqual([
      'Line 2, column "Answer": "1(2,5" is not a number; it is left blank.',
      'Line 3, column "Answer": "1-£2,5" is not a number; it is left blank.',
    ]);
    // An opening bracket alone is no accounting negative; closing brackets at the end go, however
    // many.
    expect(answerMessages(['(12,5', '12,5))'])).toEqual([
      'Line 2, column "Answer": "(12,5" is not a number (a decimal comma, as a spreadsheet set to a European language writes numbers? A comma only groups thousands here, 1,234 being 1234, so a decimal comma is not guessed: if it means 12.5, write 12.5, or save the sheet with a UK number format); it is left blank.',
      'Line 3, column "Answer": "12,5))" is not a number (a decimal comma, as a spreadsheet set to a European language writes numbers? A comma only groups thousands here, 1,234 being 1234, so a decimal comma is not guessed: if it means 12.5, write 12.5, or save the sheet with a UK number format); it is left blank.',
    ]);
  });

  it('reads a number after apostrophes at the start only', () => {
    // 5'10 (feet and inches) is no number after an apostrophe; ''5 is one after two.
    expect(answerMessages(["5'10", "''5"])).toEqual([
      `Line 2, column "Answer": "5'10" is not a number; it is left blank.`,
      `Line 3, column "Answer": "''5" is not a number (a number after an apostrophe, which makes it text: if it means 5, write it without the apostrophe); it is left blank.`,
    ]);
  });
});

describe('header names', () => {
  it('reads padded headers, runs of spaces and underscores, and a pound sign after a name', () => {
    const sheet = parsePledgeSheet(
      ' Reference ,Proxy  Value,Pledged__Social_Value(£),Answer£,Value £ per unit\nNT1,10,20,2,x\n',
    );
    expect(sheet.columns).toEqual({
      measure: 'Reference',
      proxyValue: 'Proxy  Value',
      quantity: 'Answer£',
      statedValue: 'Pledged__Social_Value(£)',
    });
    // A pound sign inside a header is kept: "Value £ per unit" is no known name, so a tag.
    expect(sheet.tagColumns).toEqual(['Value £ per unit']);
    expect(sheet.rows[0]?.statedValue?.toString()).toBe('20');
  });

  it('drops only a trailing colon, point or pound sign from a header', () => {
    // "Proxy: Value" and "Value £ per unit" are no known names: tags, the proxy left unread.
    const sheet = parsePledgeSheet('Reference,Answer,Proxy: Value,Value £ per unit\nNT1,2,x,y\n');
    expect(sheet.columns).toEqual({ measure: 'Reference', quantity: 'Answer' });
    expect(sheet.tagColumns).toEqual(['Proxy: Value', 'Value £ per unit']);
  });

  it('takes the leftmost of a pledge sheet’s known names for a column', () => {
    // Code and Value come before Reference and Pledged Social Value: they are read.
    const sheet = parsePledgeSheet(
      'Code,Reference,Answer,Value,Pledged Social Value\nA1,NT1,5,7,9\n',
    );
    expect(sheet.columns).toEqual({ measure: 'Code', quantity: 'Answer', statedValue: 'Value' });
    expect(sheet.tagColumns).toEqual(['Reference', 'Pledged Social Value']);
    expect([sheet.rows[0]?.measure, sheet.rows[0]?.statedValue?.toString()]).toEqual(['A1', '7']);
  });

  it('takes the most preferred of a ledger’s known names for a column, wherever it is', () => {
    const dates = parseSpendLedger(
      'Transaction Date,Supplier,Amount,Payment Date\n01/04/2025,Acme,100,02/05/2025\n',
    );
    expect(dates.columns).toEqual({ supplier: 'Supplier', amount: 'Amount', date: 'Payment Date' });
    expect(dates.payments[0]?.date).toBe('2025-05-02');
    const amounts = parseSpendLedger('Value,Supplier,Amount,Date\n5,Acme,100,02/05/2025\n');
    expect(amounts.columns).toEqual({ supplier: 'Supplier', amount: 'Amount', date: 'Date' });
    expect(amounts.payments[0]?.amount.toString()).toBe('100');
  });
});

describe('parsePledgeSheet: its refusals word for word', () => {
  it('names the text and the options in their errors', () => {
    expect(caught(() => parsePledgeSheet(5 as never)).message).toBe(
      'Invalid pledge sheet: 1 problem.\n  - text: expected text, received 5',
    );
    expect(caught(() => parsePledgeSheet('Reference,Answer\nNT1,2\n', 5 as never)).message).toBe(
      'Invalid options: 1 problem.\n  - options: expected an object (keys delimiter, columns, comments), received 5',
    );
  });

  it('lists the columns named in options that no header row has, and only those given', () => {
    const error = caught(() =>
      parsePledgeSheet('Reference,Answer\nNT1,2\n', {
        columns: { quantity: 'Target', measure: 'Ref', unit: undefined },
      }),
    );
    expect(error.message).toBe(
      'Invalid pledge sheet: no header row found with the columns named in options.columns ("Ref" (measure), "Target" (quantity)) and a Reference column and an Answer, Proxy Value or Pledged Social Value column. Check the names against the sheet\'s header row.\n  - text: no header row has the columns "Ref" (measure), "Target" (quantity)',
    );
    expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['text', 'no header row has the columns "Ref" (measure), "Target" (quantity)'],
    ]);
  });
});

describe('toPledges: rows the quick path must not take', () => {
  it('refuses each malformed field of a row, word for word, as the schema does', () => {
    const refusal = (field: Record<string, unknown>) =>
      caught(() => toPledges([{ measure: 'NT1', quantity: '2', ...field } as never])).message;
    const headline = 'Invalid pledge sheet rows: 1 problem.\n  - rows[0].';
    const number = 'expected a finite number, a decimal string, a bigint or a Decimal, received';
    expect(
      [
        { line: 0 },
        { line: 1.5 },
        { theme: 5 },
        { question: 5 },
        { unit: 5 },
        { proxyValue: 'x' },
        { statedValue: 'x' },
        { quantity: true },
        { attributionShare: '-0.5' },
        { attributionShare: null },
        { attributionShare: 'x' },
        { tags: 'x' },
        { tags: { a: '' } },
      ].map(refusal),
    ).toEqual([
      `${headline}line: expected a number at least 1, received 0`,
      `${headline}line: expected a whole number, received 1.5`,
      `${headline}theme: expected text, received 5`,
      `${headline}question: expected text, received 5`,
      `${headline}unit: expected text, received 5`,
      `${headline}proxyValue: ${number} "x"`,
      `${headline}statedValue: ${number} "x"`,
      `${headline}quantity: ${number} true`,
      `${headline}attributionShare: expected a number at least 0, received "-0.5"`,
      `${headline}attributionShare: ${number} null`,
      `${headline}attributionShare: ${number} "x"`,
      `${headline}tags: expected a plain object of names and values, received "x"`,
      `${headline}tags.a: expected non-empty text, received ""`,
    ]);
  });

  it('gives no pledge for a row without an answer, and no empty fields', () => {
    expect(toPledges([{ measure: 'NT1' } as never, { measure: 'NT2', quantity: null }])).toEqual(
      [],
    );
    const [pledge] = toPledges([{ measure: 'NT1', quantity: '2' } as never]);
    expect(Object.keys(pledge ?? {})).toEqual(['measure', 'quantity']);
    // A pledger sends the rows through the schema: no empty fields there either.
    const [given] = toPledges([{ measure: 'NT1', quantity: '2', pledger: 'Acme' } as never]);
    expect(Object.keys(given ?? {})).toEqual(['measure', 'quantity', 'pledger']);
    expect(toPledges([{ measure: 'NT1', pledger: 'Acme' } as never])).toEqual([]);
  });

  it('keeps the pledger and its kind from the sheet', () => {
    const sheet = parsePledgeSheet(
      'Reference,Answer,Pledger Kind,Pledger,CWB\nNT1,2,supplier,Acme Ltd,Fair\nNT2,3,,,\n',
    );
    const pledges = toPledges(sheet.rows);
    expect(pledges.map((pledge) => Object.keys(pledge))).toEqual([
      ['measure', 'quantity', 'tags', 'pledgerKind', 'pledger'],
      ['measure', 'quantity', 'tags'],
    ]);
    expect([pledges[0]?.pledgerKind, pledges[0]?.pledger]).toEqual(['supplier', 'Acme Ltd']);
  });
});

describe('ledger dates', () => {
  it('reads a padded date, and says a year of three digits is not four', () => {
    expect(readLedgerDate(' 01/04/2025 ')).toEqual({ date: '2025-04-01' });
    expect(readLedgerDate('01/04/202')).toEqual({ problem: '"202" is not a four-digit year' });
    expect(readLedgerDate('01/04/25')).toEqual({
      problem: 'a two-digit year is ambiguous: write the year in full (31/03/2026)',
    });
  });
});

describe('formatValuationCsv: options', () => {
  /** A framework of one theme, Jobs (short name Jobs too), and one measure M at £2. */
  const jobs = (edition: string) =>
    defineFramework({
      id: 'f',
      name: 'F',
      edition,
      priceYear: 2021,
      themes: [{ id: 't', name: 'Jobs', shortName: 'Jobs' }],
      measures: [
        { code: 'M', theme: 't', title: 'M', unit: 'u', proxyValue: 2, valueType: 'social' },
      ],
    });

  it('writes the delimiter asked for, a theme whose short name is its name once, and a total', () => {
    const framework = jobs('1');
    const valuation = valuePledges(framework, [{ measure: 'M', quantity: 3 }]);
    expect(formatValuationCsv(valuation, { delimiter: '\t', framework })).toBe(
      'Theme\tReference\tQuestion\tUnits\tProxy Value\tAnswer\tPledged Social Value\r\nJobs\tM\tM\tu\t2\t3\t6\r\n\t\tTotal\t\t\t\t6',
    );
    expect(formatValuationCsv(valuation, { total: false })).toBe(
      'Theme,Reference,Question,Units,Proxy Value,Answer,Pledged Social Value\r\nJobs,M,M,u,2,3,6',
    );
  });

  it('refuses another delimiter listing the three, guessing only the one a name stands for', () => {
    const valuation = valuePledges(jobs('1'), [{ measure: 'M', quantity: 3 }]);
    const issue = (delimiter: string) =>
      caught(() => formatValuationCsv(valuation, { delimiter } as never)).issues.map(
        (found) => `${found.path}: ${found.message}`,
      );
    // Each of one character is one slip from each other, and "-", "_" and " " squash to nothing as
    // "\t" does: no guess is better than a wrong one.
    for (const odd of ['-', '_', ' ', '', '|', ':', ',,', ';;', '__proto__', 'constructor']) {
      expect(issue(odd)).toEqual([
        `options.delimiter: expected one of ",", "\\t", ";", received ${JSON.stringify(odd)}`,
      ]);
    }
    // A delimiter written by its name, or "\t" written out, is the one it names.
    for (const [named, meant] of [
      ['tab', '\\t'],
      ['TAB', '\\t'],
      ['\\t', '\\t'],
      ['comma', ','],
      ['Semicolon', ';'],
    ]) {
      expect(issue(named!)).toEqual([
        `options.delimiter: expected one of ",", "\\t", ";", received ${JSON.stringify(named)} (did you mean "${meant}"?)`,
      ]);
    }
  });

  it('refuses options that are not an object, and another edition of the framework, word for word', () => {
    const valuation = valuePledges(jobs('1'), [{ measure: 'M', quantity: 3 }]);
    expect(caught(() => formatValuationCsv(valuation, 5 as never)).message).toBe(
      'Invalid options: 1 problem.\n  - options: expected an object (keys delimiter, money, total, framework, neutraliseFormulas), received 5',
    );
    const other = caught(() => formatValuationCsv(valuation, { framework: jobs('2') }));
    expect(other.message).toBe(
      'Invalid options: 1 problem.\n  - options.framework: expected the framework the valuation was valued with (f 1), received f 2',
    );
    expect([other.code, ...other.issues.map((issue) => issue.path)]).toEqual([
      'invalid-input',
      'options.framework',
    ]);
  });
});

describe('the pledge sheet reader: problems whole (mutation pins, pledge-sheet-reader.ts)', () => {
  it('a choice or date it cannot read is left blank with its line, column and column number', () => {
    // Effect is the 3rd column, Follow-up date the 5th; a channel written with a run of spaces
    // ("Asset  transfer") reads as the one id, asset-transfer.
    const sheet = parsePledgeSheet(
      'Reference,Answer,Effect,Pledger kind,Follow-up date,Channel\nNT1,2,good,Officer,10/03/2027,\nNT1,1,Disbenefit,department,2027-03-10,Asset  transfer\n',
    );
    expect(
      sheet.rows.map((row) => [row.effect, row.pledgerKind, row.followUpOn, row.channel]),
    ).toEqual([
      [undefined, 'officer', undefined, undefined],
      ['disbenefit', 'department', '2027-03-10', 'asset-transfer'],
    ]);
    expect(sheet.problems).toEqual([
      {
        code: 'not-a-choice',
        severity: 'error',
        message:
          'Line 2, column "Effect": "good" is not an effect (benefit, disbenefit); it is left blank.',
        line: 2,
        column: 'Effect',
        columnNumber: 3,
        value: 'good',
      },
      {
        code: 'not-a-date',
        severity: 'error',
        message:
          'Line 2, column "Follow-up date": "10/03/2027" is not a date written YYYY-MM-DD; it is left blank.',
        line: 2,
        column: 'Follow-up date',
        columnNumber: 5,
        value: '10/03/2027',
      },
    ]);
  });

  it('a row with content but no measure code is skipped with a warning naming its cell', () => {
    const sheet = parsePledgeSheet('Theme,Reference,Answer\nJobs,,3\nJobs,NT1,2\n');
    expect(sheet.rows.map((row) => row.measure)).toEqual(['NT1']);
    expect(sheet.problems).toEqual([
      {
        code: 'missing-reference',
        severity: 'warning',
        message: 'Line 2 has content but no measure code; it is skipped.',
        line: 2,
        column: 'Reference',
        columnNumber: 2,
        value: '',
      },
    ]);
  });
});

describe('parseSpendLedger: problems and payments whole (mutation pins, parse-spend-ledger.ts)', () => {
  /** A problem of the whole-row kind (no column), at `line`. */
  const rowProblem = (code: string, severity: string, line: number, what: string) => ({
    code,
    severity,
    message: `Line ${line}: ${what}`,
    line,
    column: null,
    value: '',
  });
  /** A problem of a cell that leaves its row out. */
  const cellProblem = (
    code: string,
    line: number,
    column: string,
    value: string,
    what: string,
  ) => ({
    code,
    severity: 'error',
    message: `Line ${line}, column "${column}": ${what}, so the row is left out.`,
    line,
    column,
    value,
  });

  it('reports each row it cannot read with its code, severity, message, column and value', () => {
    const ledger = parseSpendLedger(
      [
        'Supplier Name,Amount,Payment Date,Supplier Type',
        'A,,01/04/2025,SME',
        'B,1e15,01/04/2025,SME',
        'C,twelve,01/04/2025,SME',
        'D,5,31/04/2025,SME',
        'E,5,01/04/2025,Family firm',
        ',5,01/04/2025,SME',
        // A blank supplier with Total in another cell; Totals and Subtotal (no word "total" in
        // either) as the supplier.
        ',5,Total,',
        'Totals,5,,',
        'Subtotal,5,,',
        // Rows cut short: no amount cell, then no date cell.
        'F',
        'G,5',
      ].join('\n'),
    );
    expect(ledger.kind).toBe('spend-ledger');
    expect(isSealed(ledger, 'spend-ledger')).toBe(true);
    // E's type is not known: its payment has no supplierType key, nor department nor ward (no
    // such columns).
    expect(ledger.payments.map((p) => Object.keys(p))).toEqual([
      ['supplier', 'amount', 'date', 'postcode', 'line'],
    ]);
    expect(ledger.payments[0]).toMatchObject({ supplier: 'E', date: '2025-04-01', line: 6 });
    const total = 'a total row, skipped (the analysis makes its own totals).';
    expect(ledger.problems).toEqual([
      {
        code: 'no-postcode-column',
        severity: 'warning',
        message: 'Line 1: no postcode column, so no payment can be placed in a locality.',
        line: 1,
        column: null,
        value: '',
      },
      cellProblem('missing-amount', 2, 'Amount', '', 'no amount'),
      cellProblem(
        'out-of-range',
        3,
        'Amount',
        '1e15',
        '"1e15" is outside the numeric domain (below 1e15, at most 40 decimal places)',
      ),
      cellProblem('not-a-number', 4, 'Amount', 'twelve', '"twelve" is not an amount'),
      cellProblem(
        'not-a-date',
        5,
        'Payment Date',
        '31/04/2025',
        '"31/04/2025" is not a date (no such calendar date)',
      ),
      {
        code: 'unknown-supplier-type',
        severity: 'warning',
        message:
          'Line 6, column "Supplier Type": "Family firm" is not a known supplier type, so the payment\'s type is unknown (name it in options.supplierTypes).',
        line: 6,
        column: 'Supplier Type',
        value: 'Family firm',
      },
      {
        ...cellProblem('missing-supplier', 7, 'Supplier Name', '', 'no supplier'),
        message:
          'Line 7, column "Supplier Name": no supplier, so the row is left out (if the name was withheld, as published spend files withhold personal data, write a placeholder such as REDACTED to count the payment).',
      },
      rowProblem('total-row', 'info', 8, total),
      rowProblem('total-row', 'info', 9, total),
      rowProblem('total-row', 'info', 10, total),
      cellProblem('missing-amount', 11, 'Amount', '', 'no amount'),
      // A blank date is "no date", as a blank amount is "no amount" (it read `"" is not a date`).
      cellProblem('not-a-date', 12, 'Payment Date', '', 'no date'),
    ]);
  });

  it('reads padded headers and cells trimmed, and gives the trimmed cell in a problem', () => {
    const ledger = parseSpendLedger(
      ' Supplier Name , Amount ,Payment Date\n  A  , 5 ,01/04/2025\nB, twelve ,01/04/2025\n',
    );
    expect(ledger.columns).toEqual({
      supplier: 'Supplier Name',
      amount: 'Amount',
      date: 'Payment Date',
    });
    expect(ledger.payments.map((p) => [p.supplier, p.amount.toString()])).toEqual([['A', '5']]);
    expect(ledger.problems[1]).toEqual(
      cellProblem('not-a-number', 3, 'Amount', 'twelve', '"twelve" is not an amount'),
    );
  });

  it('keeps no key for a blank department or ward, and drops only a leading byte-order mark', () => {
    const ledger = parseSpendLedger(
      'Supplier Name,Amount,Payment Date,Department,Ward\nA\uFEFFB,5,2025-04-01,,\n',
    );
    expect(ledger.payments.map((p) => [p.supplier, Object.keys(p)])).toEqual([
      ['A\uFEFFB', ['supplier', 'amount', 'date', 'postcode', 'line']],
    ]);
  });

  it('skips only a row that repeats every header read; a cell of spaces beyond them is no extra cell', () => {
    // A department named as its header is a payment; the header again is not.
    const ledger = parseSpendLedger(
      'Supplier Name,Amount,Payment Date,Department\nA,5,01/04/2025,Department,  \nSupplier Name,Amount,Payment Date,Department\n',
    );
    expect(ledger.payments.map((p) => [p.line, p.supplier, p.department])).toEqual([
      [2, 'A', 'Department'],
    ]);
    expect(ledger.problems.map((p) => [p.code, p.line])).toEqual([
      ['no-postcode-column', 1],
      ['repeated-header', 3],
    ]);
  });

  it('finds unnamed columns from the payment rows only: not the header again, nor a quote never closed', () => {
    const ledger = parseSpendLedger(
      [
        'Supplier Name,Amount,Payment Date,Postcode',
        'A,1.00,01/04/2025,PO1 2AB,"1.00"',
        'Supplier Name,Amount,Payment Date,Postcode',
        'B,2.00,02/04/2025,PO1 2AB,"3.00"',
        '"C,3.00,03/04/2025,PO1 2AB',
      ].join('\n'),
    );
    expect(ledger.payments.map((p) => [p.line, p.supplier])).toEqual([
      [2, 'A'],
      [4, 'B'],
    ]);
    expect(ledger.problems).toEqual([
      rowProblem(
        'unnamed-columns',
        'warning',
        1,
        'column 5 has no header: its cells are left out (every row has 1 cell more than the header).',
      ),
      rowProblem('repeated-header', 'info', 3, 'the header row again (as on line 1), skipped.'),
      rowProblem(
        'unbalanced-quote',
        'error',
        5,
        'a quote that is never closed, so the row is left out; the lines after it are read as usual.',
      ),
    ]);
  });

  it('never says a column without a header repeats a header read, even one that is only a point', () => {
    const ledger = parseSpendLedger('.,Amount,Payment Date,\nA,5,01/04/2025,x\n', {
      columns: { supplier: '.' },
    });
    expect(ledger.payments.map((p) => p.supplier)).toEqual(['A']);
    expect(ledger.problems.map((p) => p.code)).toEqual(['no-postcode-column']);
  });

  it('names the text, the options and each supplier-type label in its errors, word for word', () => {
    const types = 'sme, micro, vcse, social-enterprise, large, public-body, unknown';
    expect(caught(() => parseSpendLedger(5 as never)).message).toBe(
      'Invalid spend ledger: 1 problem.\n  - text: expected text, received 5',
    );
    const noHeader = caught(() => parseSpendLedger('a,b\n1,2'));
    expect([noHeader.code, noHeader.message, noHeader.issues]).toEqual([
      'invalid-input',
      'Invalid spend ledger: no header row found. Expected a row with a supplier (Supplier Name), an amount (Amount) and a date (Payment Date) column; use options.columns to name yours.\n  - text: no header row found',
      [{ path: 'text', segments: ['text'], message: 'no header row found' }],
    ]);
    expect(caught(() => parseSpendLedger('x', { supplierTypes: 5 } as never)).message).toBe(
      'Invalid options: 1 problem.\n  - options.supplierTypes: expected an object of labels, received 5',
    );
    expect(
      caught(() => parseSpendLedger('x', { supplierTypes: { Small: 5, Tiny: 'SME' } } as never))
        .message,
    ).toBe(
      `Invalid options: 2 problems.\n  - options.supplierTypes.Small: expected one of ${types}, received 5\n  - options.supplierTypes.Tiny: expected one of ${types}, received "SME" (did you mean "sme"?)`,
    );
  });
});

describe('the table search (mutation pins, find-table.ts)', () => {
  /** Eight lines of notes split by `separator`, then a ledger's header and one payment split by `delimiter`. */
  const misleading = (separator: string, delimiter: string) =>
    [
      ...Array.from({ length: 8 }, (_, i) => `Note ${i + 1}${separator} part${separator} more`),
      ['Supplier Name', 'Amount', 'Payment Date'].join(delimiter),
      ['A', '5', '01/04/2025'].join(delimiter),
    ].join('\n');

  it('tries comma, tab, semicolon and pipe when the guess from the notes above finds no header', () => {
    // papaparse guesses the notes' separator; the header is found with each other delimiter.
    const found = (separator: string, delimiter: string) => {
      const ledger = parseSpendLedger(misleading(separator, delimiter));
      return [ledger.delimiter, ledger.headerLine, ledger.payments.map((p) => p.supplier)];
    };
    expect(found(';', ',')).toEqual([',', 9, ['A']]);
    expect(found(',', '\t')).toEqual(['\t', 9, ['A']]);
    expect(found(',', ';')).toEqual([';', 9, ['A']]);
    expect(found(',', '|')).toEqual(['|', 9, ['A']]);
  });

  it('skips comment rows after the header (the prefix after spaces), and rows of spaces', () => {
    const text =
      'Supplier Name,Amount,Payment Date\n# a note,,\n  #indented,,\n ,  , \nA #1,5,01/04/2025\nundefined,6,01/04/2025\n';
    const commented = parseSpendLedger(text, { comments: '#' });
    expect(commented.payments.map((p) => [p.line, p.supplier])).toEqual([
      [5, 'A #1'],
      [6, 'undefined'],
    ]);
    expect(commented.problems.map((p) => p.code)).toEqual(['no-postcode-column']);
    // Without a prefix no row is a comment: those two have no amount.
    const plain = parseSpendLedger(text);
    expect(plain.problems.map((p) => [p.code, p.line])).toEqual([
      ['no-postcode-column', 1],
      ['missing-amount', 2],
      ['missing-amount', 3],
    ]);
    expect(plain.payments.map((p) => p.line)).toEqual([5, 6]);
  });
});

describe('sheets and batches put no key for what is absent (mutation pins, assemble-pledge-sheet.ts)', () => {
  it('a row without a share, a problem without a column and the columns not found have no key', async () => {
    // Line 3's quote never closes: a problem of the whole line, with no column.
    const text = 'Reference,Answer,Proxy Value\nNT1,2,3\n"NT2,1,1\n';
    const row = ['line', 'theme', 'measure', 'question', 'unit', 'proxyValue', 'quantity'];
    const keys = {
      row: [...row, 'statedValue', 'tags'],
      problem: ['code', 'severity', 'message', 'line', 'value'],
      columns: ['measure', 'proxyValue', 'quantity'],
    };
    const sheet = parsePledgeSheet(text);
    expect({
      row: Object.keys(sheet.rows[0]!),
      problem: Object.keys(sheet.problems[0]!),
      columns: Object.keys(sheet.columns),
    }).toEqual(keys);
    const batches = [];
    for await (const batch of streamPledgeSheet([text])) batches.push(batch);
    expect(batches.map((batch) => [batch.kind, isSealed(batch, 'pledge-sheet-batch')])).toEqual([
      ['pledge-sheet-batch', true],
    ]);
    expect({
      row: Object.keys(batches[0]!.rows[0]!),
      problem: Object.keys(batches[0]!.problems[0]!),
      columns: Object.keys(batches[0]!.columns),
    }).toEqual(keys);
  });
});

describe('streamPledgeSheet: sources, bytes and batches (mutation pins, stream-pledge-sheet.ts)', () => {
  /** Every batch of a stream as [row lines, problems as code and line, done], or its error. */
  const batchesOf = async (
    source: Parameters<typeof streamPledgeSheet>[0],
    options?: Parameters<typeof streamPledgeSheet>[1],
  ) => {
    const batches = [];
    for await (const batch of streamPledgeSheet(source, options)) batches.push(batch);
    return batches;
  };
  const encode = (text: string) => new TextEncoder().encode(text);

  it('refuses what is not a source, a chunk that is not text, and bad options, word for word', async () => {
    const source = caught(() => streamPledgeSheet(5 as never));
    expect([source.code, source.message, source.issues]).toEqual([
      'invalid-input',
      'Invalid source: expected a stream or an iterable of text.\n  - source: expected a Node Readable, a web ReadableStream or an (async) iterable of strings or bytes, received 5',
      [
        {
          path: 'source',
          segments: ['source'],
          message:
            'expected a Node Readable, a web ReadableStream or an (async) iterable of strings or bytes, received 5',
        },
      ],
    ]);
    expect(caught(() => streamPledgeSheet([], { batchSize: 0 })).message).toBe(
      'Invalid options: 1 problem.\n  - options.batchSize: expected a number at least 1, received 0',
    );
    const chunk = await batchesOf([5 as never]).catch((error: unknown) => error);
    expect(isSocialValueError(chunk) && [chunk.code, chunk.message]).toEqual([
      'invalid-input',
      'Invalid source: a chunk is neither text nor bytes.\n  - source: expected a string or bytes (Uint8Array, Buffer), received 5',
    ]);
  });

  it('reads a stream that has only a reader (no async iteration), and releases its lock', async () => {
    const stream = () =>
      new ReadableStream<string>({
        start(controller) {
          for (const part of ['Reference,Answer\n', 'NT1,3\n']) controller.enqueue(part);
          controller.close();
        },
      });
    const web = stream();
    const readerOnly = stream();
    for (const source of [web, { getReader: () => readerOnly.getReader() }]) {
      const batches = await batchesOf(source as never);
      expect(
        batches.map((batch) => batch.rows.map((row) => [row.measure, String(row.quantity)])),
      ).toEqual([[['NT1', '3']]]);
    }
    expect([web.locked, readerOnly.locked]).toEqual([false, false]);
  });

  it('keeps a first byte held for a byte-order mark when text follows, and the bytes held back at the end', async () => {
    // "R" as a byte, then text: the byte is not lost.
    const held = await batchesOf([new Uint8Array([0x52]), 'eference,Answer\nNT1,3\n']);
    expect(held.map((batch) => batch.rows.map((row) => String(row.quantity)))).toEqual([['3']]);
    // A last byte that starts a character never finished: U+FFFD, as TextDecoder gives it, so
    // 3\uFFFD is no number (never 3).
    const cut = await batchesOf([encode('Reference,Answer\nNT1,3'), new Uint8Array([0xc3])]);
    expect(cut[0]!.rows.map((row) => row.quantity)).toEqual([null]);
    expect(cut[0]!.problems.map((problem) => [problem.code, problem.value])).toEqual([
      ['not-a-number', '3\uFFFD'],
    ]);
  });

  it('reads bytes as UTF-16 only after both bytes of its mark: a Windows-1252 ÿ or þ is no mark', async () => {
    // ÿ is 0xFF and þ 0xFE in Windows-1252: in the first line, before or after an A.
    const sheet = encode('\nReference,Answer\nNT1,3\n');
    for (const first of [
      [0xff, 0x41],
      [0x41, 0xfe],
      [0xfe, 0x41],
      [0x41, 0xff],
    ]) {
      const bytes = new Uint8Array([...first, ...sheet]);
      const batches = await batchesOf([bytes]);
      expect(
        batches.map((batch) => [batch.headerLine, batch.rows.map((row) => String(row.quantity))]),
      ).toEqual([[2, ['3']]]);
    }
  });

  it('gives a batch as soon as it is full, before the next chunk is asked for', async () => {
    // A first chunk past a mebibyte (the delimiter is guessed from it) with rows 2, 3 and 4,
    // then row 5: in batches of 3, the first is given before row 5's chunk is asked for.
    const first = `Reference,Answer,Note\nNT1,1,${'x'.repeat(1_100_000)}\nNT2,2,y\nNT3,3,z\n`;
    for (const bytes of [false, true]) {
      const asked: string[] = [];
      async function* source() {
        asked.push('first');
        yield bytes ? encode(first) : first;
        asked.push('second');
        yield bytes ? encode('NT4,4,w\n') : 'NT4,4,w\n';
      }
      const seen = [];
      for await (const batch of streamPledgeSheet(source(), { batchSize: 3 })) {
        seen.push([[...asked], batch.rows.map((row) => row.line), batch.done]);
      }
      expect(seen).toEqual([
        [['first'], [2, 3, 4], false],
        [['first', 'second'], [5], true],
      ]);
    }
  });

  it('gives each batch the problems up to its last row, and the last batch the rest', async () => {
    // Rows on lines 2, 4, 5, 7 and 8; problems on 2 and 5 (an effect not read, on a row's own
    // line) and 3 and 6 (no measure code).
    const text =
      'Reference,Answer,Effect\nNT1,1,good\n,5,\nNT2,2,\nNT3,3,bad\n,6,\nNT4,4,\nNT5,5,\n';
    const split = async (batchSize: number) =>
      (await batchesOf([text], { batchSize })).map((batch) => [
        batch.rows.map((row) => row.line),
        batch.problems.map((problem) => problem.line),
        batch.done,
      ]);
    expect(await split(1)).toEqual([
      [[2], [2], false],
      [[4], [3], false],
      [[5], [5], false],
      [[7], [6], false],
      [[8], [], true],
    ]);
    expect(await split(3)).toEqual([
      [[2, 4, 5], [2, 3, 5], false],
      [[7, 8], [6], true],
    ]);
    // Ten rows in batches of five: two batches, the second the last (no empty batch after it).
    const ten = `Reference,Answer\n${Array.from({ length: 10 }, (_, i) => `NT${i},1`).join('\n')}\n`;
    const batches = await batchesOf([ten], { batchSize: 5 });
    expect(batches.map((batch) => [batch.rows.length, batch.done, batch.summary])).toEqual([
      [5, false, '10 measure rows read so far after the header on line 1; no problems so far.'],
      [5, true, '10 measure rows after the header on line 1, no stated total; no problems.'],
    ]);
  });

  it('tries the other delimiters on the whole text, its chunks joined as they came', async () => {
    // Notes split by semicolons mislead the guess from the first mebibyte; the header is found
    // with commas in the text read whole, rows 11 and 12 coming in chunks of their own.
    const notes = Array.from({ length: 8 }, (_, i) => `Note ${i + 1}; part; more\n`).join('');
    const first = `${notes}Reference,Answer,Note\nNT1,1,${'x'.repeat(1_100_000)}\n`;
    const batches = await batchesOf([first, 'NT2,2,y\n', 'NT3,3,z\n']);
    expect(
      batches.map((batch) => [
        batch.delimiter,
        batch.headerLine,
        batch.rows.map((row) => [row.line, row.measure]),
      ]),
    ).toEqual([
      [
        ',',
        9,
        [
          [10, 'NT1'],
          [11, 'NT2'],
          [12, 'NT3'],
        ],
      ],
    ]);
  });
});
