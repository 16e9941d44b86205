import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAmount, parsePledgeSheet, streamPledgeSheet } from '../../src/csv/index.js';

// Sheets saved by LibreOffice Calc (made as test/fixtures/libreoffice/README.md says).
const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '../fixtures/libreoffice', name), 'utf8');

describe('a pledge sheet saved by a spreadsheet set to a European language', () => {
  // LibreOffice (de-DE) saves 0.125 as `0,125`, 0.963 as `0,963` and 1.125 as `1,125`, with `;`
  // between cells. Read as thousands, those would be 125, 963 and 1125: a thousand times the
  // figure. Each must be refused, never read.
  const sheet = parsePledgeSheet(fixture('european-semicolon-utf8.csv'));

  it('reads no figure written with a decimal comma, and says which figures it may be', () => {
    expect(sheet.delimiter).toBe(';');
    expect(
      sheet.rows.map((row) => [
        row.measure,
        row.proxyValue?.toString() ?? null,
        row.quantity?.toString() ?? null,
        row.statedValue?.toString() ?? null,
      ]),
    ).toEqual([
      ['NT1', null, null, null],
      ['NT2', null, null, null],
      ['NT18', null, '650000', '625950'],
      ['NT29', null, null, null],
    ]);
    expect(sheet.rows[2]?.tags).toEqual({ Priorität: 'Zoë' });
    const messages = sheet.problems.map((problem) => [
      problem.line,
      problem.column,
      problem.message,
    ]);
    expect(messages).toContainEqual([
      2,
      'Answer',
      'Line 2, column "Answer": "0,125" is not a number (a decimal comma, as a spreadsheet set to a European language writes numbers? A comma only groups thousands here, 1,234 being 1234, so a decimal comma is not guessed: if it means 0.125, write 0.125, or save the sheet with a UK number format); it is left blank.',
    ]);
    expect(messages).toContainEqual([
      5,
      'Answer',
      'Line 5, column "Answer": "1,125" is not a number (in a semicolon-separated sheet, as a spreadsheet set to a European language saves one, a comma may be a decimal comma: write 1.125 or 1125, whichever it means); it is left blank.',
    ]);
    expect(sheet.problems.map((problem) => `${problem.line} ${problem.column}`)).toEqual([
      '2 Proxy Value',
      '2 Answer',
      '2 Pledged Social Value',
      '3 Proxy Value',
      '3 Answer',
      '3 Pledged Social Value',
      '4 Proxy Value',
      '5 Proxy Value',
      '5 Answer',
      '5 Pledged Social Value',
      '6 Pledged Social Value',
    ]);
    expect(sheet.statedTotal).toBeNull();
  });

  it('streams to the same rows and problems', async () => {
    const problems = [];
    for await (const batch of streamPledgeSheet([fixture('european-semicolon-utf8.csv')])) {
      problems.push(...batch.problems);
    }
    expect(problems).toEqual(sheet.problems);
  });

  it('reads the Windows-1252 export to the same figures and problems', () => {
    const bytes = readFileSync(
      join(import.meta.dirname, '../fixtures/libreoffice/european-semicolon-windows-1252.csv'),
    );
    const text = new TextDecoder('windows-1252').decode(bytes);
    const decoded = parsePledgeSheet(text);
    expect(decoded.rows).toEqual(sheet.rows);
    expect(decoded.problems).toEqual(sheet.problems);
  });
});

describe('a comma before a first group of 0', () => {
  it('is a decimal comma, never thousands: 0,125 is not 125', () => {
    // Thousands grouped by commas or spaces never start with 0.
    for (const cell of ['0,125', '-0,963', '(0,125)', '£0,500', '0 125', '0,125,000']) {
      expect(parseAmount(cell)).toBe('not-a-number');
    }
    expect(parseAmount('10,125')?.toString()).toBe('10125');
    expect(parseAmount('1 000')?.toString()).toBe('1000');
  });

  it('is read as written in a comma-separated sheet only when it groups thousands', () => {
    // The library's own `;` sheets write figures with a point (formatValuationCsv), so a comma
    // with a point is still thousands: £12,500.00 is 12500.
    const sheet = parsePledgeSheet(
      'Reference;Proxy Value;Answer;Pledged Social Value\nNT1;1.5;2;£12,500.00\nNT2;2;"1,500";\n',
    );
    expect(sheet.rows[0]?.statedValue?.toString()).toBe('12500');
    expect(sheet.rows[1]?.quantity).toBeNull();
    expect(
      parsePledgeSheet(
        'Reference,Proxy Value,Answer\nNT2,2,"1,500"\n',
      ).rows[0]?.quantity?.toString(),
    ).toBe('1500');
  });
});

describe('a sheet the library wrote, through LibreOffice Calc set to English (UK)', () => {
  // Opened with "Detect special numbers", saved as xlsx and back to CSV (fixtures README).
  const written = parsePledgeSheet(fixture('written-by-the-library.csv'));
  const saved = parsePledgeSheet(fixture('written-by-the-library-through-calc-uk.csv'));

  it('keeps neutralised formulas, signs, line breaks, other scripts and 1e-30', () => {
    expect(saved.problems).toEqual([]);
    const tags = saved.rows[0]?.tags;
    expect(tags).toMatchObject({
      Note: '=1+1',
      At: '@SUM(A1:A2)',
      Phone: '+44 7700 900123',
      Neg: '-5',
      Multi: 'a\nb',
      Uni: 'Zoë — 東京',
      Date2: '2024-01-01',
      Pct: '10%',
    });
    expect(saved.rows[0]?.question).toBe('=1+1');
    expect(saved.rows[2]?.statedValue?.toString()).toBe('1e-30');
    expect(saved.rows[2]?.proxyValue?.eq(written.rows[2]!.proxyValue!)).toBe(true);
  });

  it('changes what the guide says it changes: codes like numbers, 15 significant digits', () => {
    // As docs/pledge-sheets.md, "Through a spreadsheet", lists them.
    expect(written.rows.map((row) => row.measure)).toEqual([
      'NT1',
      '007',
      'NT3',
      'NT4',
      'NT5',
      '1/2',
      '10%',
      '1E3',
      'Ünï',
    ]);
    expect(saved.rows.map((row) => row.measure)).toEqual([
      'NT1',
      '7',
      'NT3',
      'NT4',
      'NT5',
      '02/01/2026',
      '10%',
      '1000',
      'Ünï',
    ]);
    expect(saved.rows[0]?.tags).toMatchObject({
      Code: '7',
      Date1: '02/01/2026',
      Long: '1.23456789012346E+019',
      Money: '1000',
    });
    expect(written.rows[3]?.proxyValue?.toString()).toBe('123456789012.3456789012345678901234567');
    expect(saved.rows[3]?.proxyValue?.toString()).toBe('123456789012.346');
    expect(saved.statedTotal?.toString()).toBe('1524157875798490');
  });
});
