import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAmount, parsePledgeSheet } from '../../src/csv/index.js';
import { caught } from '../errors.js';

describe('parseAmount', () => {
  it('reads a cell as a pledge sheet reads its Answer cell', () => {
    // Each figure by hand: £1,200,000 is 1200000; (1,234.50) is -1234.5 (accounting); 1 000 000
    // groups thousands by spaces; £ - is zero.
    const cells = ['£1,200,000', '(1,234.50)', '1 000 000', '£ -', '24'];
    expect(cells.map((cell) => parseAmount(cell)?.toString())).toEqual([
      '1200000',
      '-1234.5',
      '1000000',
      '0',
      '24',
    ]);
    const sheet = parsePledgeSheet(
      `Reference,Proxy Value,Answer\n${cells.map((cell) => `NT1,1,"${cell}"`).join('\n')}\n`,
    );
    expect(sheet.rows.map((row) => row.quantity?.toString())).toEqual([
      '1200000',
      '-1234.5',
      '1000000',
      '0',
      '24',
    ]);
  });

  it('refuses ambiguous cells and says why, as the sheet reader does', () => {
    expect(parseAmount('(-5)')).toBe('not-a-number');
    expect(parseAmount('1,20,0')).toBe('not-a-number');
    expect(parseAmount('-£-5')).toBe('not-a-number');
    expect(parseAmount('1e16')).toBe('out-of-range');
    expect(parseAmount('   ')).toBeNull();
  });

  it('refuses what is not a string with invalid-input at cell, never a TypeError', () => {
    for (const value of [5, null, undefined, {}]) {
      const error = caught(() => parseAmount(value as never));
      expect(error.code).toBe('invalid-input');
      expect(error.issues[0]?.path).toBe('cell');
    }
  });
});

describe('commas, minus signs and cells that are not numbers', () => {
  it('reads a comma as a thousands separator only, never as a decimal comma', () => {
    // UK sheets group thousands with commas: 1,234 is one thousand two hundred and thirty-four.
    expect(parseAmount('1,234')?.toString()).toBe('1234');
    expect(parseAmount('£1,000.00')?.toString()).toBe('1000');
    expect(parseAmount('1,234,567.5')?.toString()).toBe('1234567.5');
    // A decimal comma (a European spreadsheet's 12,5 or 1.234,56) is refused, never guessed.
    for (const cell of [
      '12,5',
      '0,963812',
      '12,50',
      '1,2345',
      '1.234,56',
      '1 234,56',
      '1.000.000',
    ]) {
      expect(parseAmount(cell)).toBe('not-a-number');
    }
  });

  it('says what a decimal comma would be, and how to fix the sheet', () => {
    const sheet = parsePledgeSheet(
      'Reference,Proxy Value,Answer\nNT1,"16,09",32\nNT2,1,"1.234,56"\nNT3,1,"1,234"\nNT4,1,"(1.234,5)"\n',
    );
    expect(sheet.rows.map((row) => [row.measure, row.proxyValue, row.quantity])).toEqual([
      ['NT1', null, parseAmount('32')],
      ['NT2', parseAmount('1'), null],
      ['NT3', parseAmount('1'), parseAmount('1234')],
      ['NT4', parseAmount('1'), null],
    ]);
    expect(sheet.problems.map((problem) => problem.message)).toEqual([
      'Line 2, column "Proxy Value": "16,09" is not a number (a decimal comma, as a spreadsheet set to a European language writes numbers? A comma only groups thousands here, 1,234 being 1234, so a decimal comma is not guessed: if it means 16.09, write 16.09, or save the sheet with a UK number format); it is left blank.',
      'Line 3, column "Answer": "1.234,56" is not a number (a decimal comma, as a spreadsheet set to a European language writes numbers? A comma only groups thousands here, 1,234 being 1234, so a decimal comma is not guessed: if it means 1234.56, write 1234.56, or save the sheet with a UK number format); it is left blank.',
      'Line 5, column "Answer": "(1.234,5)" is not a number (a decimal comma, as a spreadsheet set to a European language writes numbers? A comma only groups thousands here, 1,234 being 1234, so a decimal comma is not guessed: if it means -1234.5, write -1234.5, or save the sheet with a UK number format); it is left blank.',
    ]);
  });

  it('gives the figure of a decimal comma in brackets as the negative it is', () => {
    // (£1.234,56) is accounting style for -1,234.56, as (1,234.56) is read -1234.56: the hint
    // gave 1234.56, which written back turned a disbenefit's value into a benefit.
    const sheet = parsePledgeSheet(
      'Reference,Proxy Value,Answer,Pledged Social Value\nNT1,10,2,"(£1.234,56)"\nNT2,10,2,"£(12,5)"\nNT3,10,2,"-£12,5"\n',
    );
    expect(sheet.problems.map((problem) => problem.message)).toEqual([
      'Line 2, column "Pledged Social Value": "(£1.234,56)" is not a number (a decimal comma, as a spreadsheet set to a European language writes numbers? A comma only groups thousands here, 1,234 being 1234, so a decimal comma is not guessed: if it means -1234.56, write -1234.56, or save the sheet with a UK number format); it is left blank.',
      'Line 3, column "Pledged Social Value": "£(12,5)" is not a number (a decimal comma, as a spreadsheet set to a European language writes numbers? A comma only groups thousands here, 1,234 being 1234, so a decimal comma is not guessed: if it means -12.5, write -12.5, or save the sheet with a UK number format); it is left blank.',
      'Line 4, column "Pledged Social Value": "-£12,5" is not a number (a decimal comma, as a spreadsheet set to a European language writes numbers? A comma only groups thousands here, 1,234 being 1234, so a decimal comma is not guessed: if it means -12.5, write -12.5, or save the sheet with a UK number format); it is left blank.',
    ]);
    // The figure given is the one the sheet reads once the comma is a point.
    expect(parseAmount('(£1,234.56)')?.toString()).toBe('-1234.56');
  });

  it('reads the minus sign U+2212 as a minus', () => {
    // −5 as typeset tools write it; − £1,000.50 with spaces; (−5) is a sign inside brackets.
    expect(parseAmount('\u22125')?.toString()).toBe('-5');
    expect(parseAmount('\u2212 £1,000.50')?.toString()).toBe('-1000.5');
    expect(parseAmount('\u2212£5')?.toString()).toBe('-5');
    expect(parseAmount('(\u22125)')).toBe('not-a-number');
    expect(parseAmount('\u2212\u22125')).toBe('not-a-number');
  });

  it('says why a formula or a percentage is not read', () => {
    const sheet = parsePledgeSheet(
      'Reference,Proxy Value,Answer,Pledged Social Value\nNT1,10,=2+3,=D2*E2\nNT2,10,50%,\n',
    );
    expect(
      sheet.problems.map((problem) => [problem.line, problem.column, problem.message]),
    ).toEqual([
      [
        2,
        'Answer',
        'Line 2, column "Answer": "=2+3" is not a number (the text of a formula, not its result: save the sheet as CSV from the spreadsheet, which writes each formula’s value); it is left blank.',
      ],
      [
        2,
        'Pledged Social Value',
        'Line 2, column "Pledged Social Value": "=D2*E2" is not a number (the text of a formula, not its result: save the sheet as CSV from the spreadsheet, which writes each formula’s value); it is left blank.',
      ],
      [
        3,
        'Answer',
        'Line 3, column "Answer": "50%" is not a number (a percentage: write the number alone, in the unit of the column); it is left blank.',
      ],
    ]);
  });

  it('reads pounds as spreadsheets show them straight away, to the figure the long way gives', () => {
    // Each by hand: the pound sign and spaces after it go, commas group thousands.
    const cells = ['£ 1,234.56', '£12', '£  7.5', '1,500', '£ 0.05', '£ 999,999,999,999.99'];
    expect(cells.map((cell) => parseAmount(cell)?.toString())).toEqual([
      '1234.56',
      '12',
      '7.5',
      '1500',
      '0.05',
      '999999999999.99',
    ]);
    // Not quite pounds: left to the long way, which refuses a first group of 0 (a decimal comma).
    expect(['£ 0,125', '£1,2345', '£ 12,34', '£,123', '£1,234,'].map(parseAmount)).toEqual(
      Array(5).fill('not-a-number'),
    );
    // A cell with a space before it is read the long way (trimmed first), so the two must agree
    // for every text of these characters: the quick scan and the patterns it stands in for.
    const grouping = new Intl.NumberFormat('en-GB');
    const pounds = fc
      .tuple(
        fc.constantFrom('', '£', '£ ', '£  '),
        fc.bigInt({ min: 0n, max: 10n ** 16n }),
        fc.boolean(),
        fc.constantFrom('', '.', '.5', '.05', '.00', '.123456789'),
      )
      .map(([pound, whole, grouped, decimals]) => {
        const digits = grouped ? grouping.format(whole) : whole.toString();
        return `${pound}${digits}${decimals}`;
      });
    const money = fc.oneof(
      pounds,
      fc
        .tuple(
          pounds,
          fc.nat(20),
          fc.constantFrom('£', ' ', ',', '.', '0', '7', '-', '(', ')', 'E'),
        )
        .map(([cell, at, inserted]) => `${cell.slice(0, at)}${inserted}${cell.slice(at)}`),
      fc
        .array(fc.constantFrom('£', ' ', ',', '.', '0', '1', '5', '9', '-', '(', ')'), {
          maxLength: 14,
        })
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(money, (cell) => {
        const quick = parseAmount(cell);
        const long = parseAmount(` ${cell}`);
        expect(typeof quick === 'object' && quick !== null ? quick.toString() : quick).toBe(
          typeof long === 'object' && long !== null ? long.toString() : long,
        );
      }),
      { numRuns: 5000 },
    );
  });
});
