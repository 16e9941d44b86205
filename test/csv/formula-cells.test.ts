// The one formula rule of text written for spreadsheets: which cells get a leading apostrophe
// (OWASP ASVS 5.0 1.2.10: = + - @ tab NUL; OWASP "CSV Injection": CR and LF; the full-width
// ＝ ＋ － ＠ East-Asian spreadsheets read as formulas), which stay as they are (numbers), and
// that the readers take exactly the one added apostrophe off again.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { hasVisible } from '../../src/core/schemas.js';
import { neutraliseFormula, neutraliseText, restoreFormula } from '../../src/csv/formula-cells.js';
import { formatValuationCsv, parsePledgeSheet, streamPledgeSheet } from '../../src/csv/index.js';
import { defineFramework, valuePledges } from '../../src/index.js';

describe('neutraliseFormula', () => {
  it('puts an apostrophe before every formula starter OWASP lists, and the full-width ones', () => {
    const written = [
      '=1+1',
      '+1+1',
      '-2+3',
      '@SUM(A1)',
      '\tcmd',
      '\0cmd',
      '\rcmd',
      '\ncmd',
      '\uFF1DSUM(A1)',
      '\uFF0B1',
      '\uFF0D1',
      '\uFF20SUM(A1)',
    ].map(neutraliseFormula);
    expect(written).toEqual([
      "'=1+1",
      "'+1+1",
      "'-2+3",
      "'@SUM(A1)",
      "'\tcmd",
      "'\0cmd",
      "'\rcmd",
      "'\ncmd",
      "'\uFF1DSUM(A1)",
      "'\uFF0B1",
      "'\uFF0D1",
      "'\uFF20SUM(A1)",
    ]);
  });

  it('leaves numbers, apostrophes alone and text starting otherwise as they are', () => {
    const cells = ['-5', '+5', '1e3', '-1.5e-7', '-.5', '-£12.50', '-£1,234.50', "'", "''", 'a=b'];
    expect(cells.map(neutraliseFormula)).toEqual(cells);
  });

  it('adds one more apostrophe to text that already starts with apostrophes before a starter', () => {
    expect(["'=x", "'''=x", "'-5", "'\uFF1Dx", "'\0"].map(neutraliseFormula)).toEqual([
      "''=x",
      "''''=x",
      "''-5",
      "''\uFF1Dx",
      "''\0",
    ]);
  });
});

describe('neutraliseText', () => {
  it('puts an apostrophe before text starting with a formula character, numbers too (an id +1)', () => {
    expect(['+1', '-5', '-£12.50', '=1+1', "'=x", '1e3', 'a-b', "'"].map(neutraliseText)).toEqual([
      "'+1",
      "'-5",
      "'-£12.50",
      "'=1+1",
      "''=x",
      '1e3',
      'a-b',
      "'",
    ]);
  });

  it('is undone by restoreFormula for any text', () => {
    fc.assert(
      fc.property(hostileText, (text) => restoreFormula(neutraliseText(text)) === text),
      { numRuns: 2000 },
    );
  });
});

describe('restoreFormula', () => {
  it('takes one apostrophe off before a starter, and nothing else', () => {
    expect(
      ["'=x", "''=x", "'\0x", "'\nx", "'\uFF0Bx", "'\uFF20x", "'", "''", "'x", 'x', "'5"].map(
        restoreFormula,
      ),
    ).toEqual(['=x', "'=x", '\0x', '\nx', '\uFF0Bx', '\uFF20x', "'", "''", "'x", 'x', "'5"]);
  });

  it('undoes neutraliseFormula for any text', () => {
    fc.assert(
      fc.property(hostileText, (text) => restoreFormula(neutraliseFormula(text)) === text),
      { numRuns: 2000 },
    );
  });
});

/** Text of formula starters, apostrophes, digits, quotes, lone surrogates, BOMs and the rest. */
const hostileText = fc.oneof(
  fc.string({
    unit: fc.constantFrom(
      '=',
      '+',
      '-',
      '@',
      '\t',
      '\0',
      '\r',
      '\n',
      '\uFF1D',
      '\uFF0B',
      '\uFF0D',
      '\uFF20',
      "'",
      '1',
      '.',
      'e',
      '£',
      ',',
      '"',
      ' ',
      '\uD800',
      '\uDC00',
      '\uFEFF',
      'x',
    ),
  }),
  fc.string({ unit: 'binary' }),
  fc.string(),
);

describe('formatValuationCsv and the readers', () => {
  const framework = defineFramework({
    id: 'f',
    name: 'F',
    edition: '1',
    priceYear: 2021,
    themes: [{ id: 't', name: 'T' }],
    measures: [
      { code: 'M', theme: 't', title: 'M', unit: 'u', proxyValue: 1, valueType: 'social' },
    ],
  });

  it('writes each new starter with an apostrophe, cell by cell', () => {
    const valuation = valuePledges(framework, [
      {
        measure: 'M',
        quantity: 1,
        tags: { a: '\0x', b: '\nx', c: '\uFF1Dx', d: '\uFF0Bx', e: '\uFF0Dx', f: '\uFF20x' },
      },
    ]);
    const csv = formatValuationCsv(valuation, { total: false });
    expect(Papa.parse<string[]>(csv).data[1]).toEqual([
      'T',
      'M',
      'M',
      'u',
      '1',
      '1',
      '1',
      "'\0x",
      "'\nx",
      "'\uFF1Dx",
      "'\uFF0Bx",
      "'\uFF0Dx",
      "'\uFF20x",
    ]);
  });

  // A tag reads back trimmed (a cell's surrounding spaces are not kept), and one with no character
  // one can see is no tag (valuePledges refuses it): texts with neither, or whose leading white
  // space is a starter the apostrophe keeps.
  const tagText = hostileText.filter(
    (text) =>
      hasVisible(text) &&
      text === text.trimEnd() &&
      (text === text.trimStart() || /^[\t\r\n]/.test(text)),
  );

  it('reads every text it wrote back unchanged, whole and streamed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(tagText, { minLength: 1, maxLength: 4 }), async (texts) => {
        const tags = Object.fromEntries(texts.map((text, i) => [`tag${i}`, text]));
        const csv = formatValuationCsv(
          valuePledges(framework, [{ measure: 'M', quantity: 1, tags }]),
        );
        expect(parsePledgeSheet(csv).rows[0]?.tags).toEqual(tags);
        const pieces = csv.match(/[\s\S]{1,7}/g) ?? [];
        const streamed = [];
        for await (const batch of streamPledgeSheet(pieces)) streamed.push(...batch.rows);
        expect(streamed[0]?.tags).toEqual(tags);
      }),
      { numRuns: 300 },
    );
  });
});
