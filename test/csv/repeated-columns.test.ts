import { describe, expect, it } from 'vitest';
import { formatValuationCsv, parsePledgeSheet, streamPledgeSheet } from '../../src/csv/index.js';
import { defineFramework, revive, valuePledges } from '../../src/index.js';

// A sheet with an Answer per year (two columns headed "Answer") read the first as the quantity
// and the second as a tag named "Answer", without a word: year 2's pledge was never counted.
describe('a column that repeats the header of a figure column', () => {
  const text =
    'Reference,Proxy Value,Answer,Answer,Note\nNT1,30782,24,25,first\nNT2,1.5,10,,second\n';

  it('is read as a tag, with a warning on the header line naming both columns', () => {
    const sheet = parsePledgeSheet(text);
    expect(sheet.problems).toEqual([
      {
        code: 'repeated-column',
        severity: 'warning',
        message:
          'Column 4 repeats the header "Answer" of column 3, the quantity column: it is read as the tag "Answer" and its figures are not counted. Give the columns different headers, and name the one to read in options.columns if it is not column 3.',
        line: 1,
        column: 'Answer',
        columnNumber: 4,
        value: 'Answer',
      },
    ]);
    // The first Answer is the quantity: 24 and 10.
    expect(sheet.rows.map((row) => [String(row.quantity), row.tags.Answer])).toEqual([
      ['24', '25'],
      ['10', undefined],
    ]);
    expect(sheet.summary).toBe(
      '2 measure rows after the header on line 1, no stated total; 1 problem to check.',
    );
    expect(revive(JSON.stringify(sheet), 'pledge-sheet').problems).toEqual(sheet.problems);
  });

  it('compares headers as the column names are read (case, spacing, a trailing colon or £)', () => {
    const sheet = parsePledgeSheet(
      'Reference,Pledged Social Value (£),Proxy Value,pledged social value:\nNT1,10,5,20\n',
    );
    expect(sheet.problems.map((p) => [p.code, p.columnNumber, p.column])).toEqual([
      ['repeated-column', 4, 'pledged social value:'],
    ]);
    expect(sheet.problems[0]?.message).toContain('of column 2, the statedValue column');
  });

  it('is no warning for a tag named like another column, or a column named in options', () => {
    // A tag column "Value" beside "Pledged Social Value" is a tag a sheet may well have.
    expect(
      parsePledgeSheet('Reference,Answer,Pledged Social Value,Value\nNT1,2,10,x\n').problems,
    ).toEqual([]);
    // Naming another column as the quantity reads the Answer column as a tag, as asked.
    const chosen = parsePledgeSheet('Reference,Answer,Year 2\nNT1,2,3\n', {
      columns: { quantity: 'Year 2' },
    });
    expect(chosen.problems).toEqual([]);
    expect(chosen.rows[0]?.tags).toEqual({ Answer: '2' });
  });

  it('streams the same warning, in the first batch', async () => {
    const batches = [];
    for await (const batch of streamPledgeSheet([text])) batches.push(batch);
    expect(batches[0]?.problems).toEqual([...parsePledgeSheet(text).problems]);
  });
});

// Two tag names of a valuation apart only by spaces around them (" Priority" and "Priority")
// are one header once read: the second column was renamed "Priority (column 9)" without a word,
// so the round trip changed a tag name silently.
describe('a tag column that repeats the header of another tag column', () => {
  const framework = defineFramework({
    id: 'f',
    name: 'F',
    edition: '1',
    priceYear: 2024,
    themes: [{ id: 'jobs', name: 'Jobs' }],
    measures: [
      { code: 'NT1', theme: 'jobs', title: 'A', unit: 'FTE', proxyValue: '1', valueType: 'social' },
      { code: 'NT2', theme: 'jobs', title: 'B', unit: 'FTE', proxyValue: '2', valueType: 'social' },
    ],
  });

  it('is a warning naming both columns and how each was written, on the round trip', () => {
    const valuation = valuePledges(framework, [
      { measure: 'NT1', quantity: 1, tags: { ' Priority': 'x' } },
      { measure: 'NT2', quantity: 1, tags: { Priority: 'y' } },
    ]);
    const sheet = parsePledgeSheet(formatValuationCsv(valuation));
    expect(sheet.tagColumns).toEqual(['Priority', 'Priority (column 9)']);
    expect(sheet.problems).toEqual([
      {
        code: 'repeated-column',
        severity: 'warning',
        message:
          'Column 9 repeats the header "Priority" of column 8 (written " Priority" and "Priority": a header or cell is read without the spaces around it): it is read as the tag "Priority (column 9)". Give the columns different headers.',
        line: 1,
        column: 'Priority',
        columnNumber: 9,
        value: 'Priority',
      },
    ]);
  });

  it('is a warning for a header written twice alike too', () => {
    const sheet = parsePledgeSheet('Reference,Answer,Note,Ward,Note\nNT1,2,a,b,c\n');
    expect(sheet.rows[0]?.tags).toEqual({ Note: 'a', Ward: 'b', 'Note (column 5)': 'c' });
    expect(sheet.problems.map((p) => [p.code, p.columnNumber, p.message])).toEqual([
      [
        'repeated-column',
        5,
        'Column 5 repeats the header "Note" of column 3: it is read as the tag "Note (column 5)". Give the columns different headers.',
      ],
    ]);
  });
});
