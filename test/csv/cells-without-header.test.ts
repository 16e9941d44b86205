import { describe, expect, it } from 'vitest';
import { parsePledgeSheet, streamPledgeSheet } from '../../src/csv/index.js';
import { revive } from '../../src/index.js';

// A measure row's cell with no header to read it by was dropped without a word: a note in an
// unnamed column, or a row whose unquoted comma shifted its cells one column right (its answer
// read from the proxy's cell, the true answer dropped).
describe('cells without a header', () => {
  it('reports a cell beyond the header as an error naming the line and column', () => {
    // "Local people, FTE" is unquoted: Units gets "FTE", Proxy Value "FTE", Answer 100 (the
    // proxy) and the answer 2 is cell 7 of a 6-column header.
    const sheet = parsePledgeSheet(
      'Theme,Reference,Question,Units,Proxy Value,Answer\nJobs,NT1,Local people, FTE,FTE,100,2\nJobs,NT2,Apprentices,weeks,224.07,3\n',
    );
    expect(
      sheet.problems.map((p) => [p.code, p.severity, p.line, p.columnNumber, p.value]),
    ).toEqual([
      ['not-a-number', 'error', 2, 5, 'FTE'],
      ['cell-without-header', 'error', 2, 7, '2'],
    ]);
    expect(sheet.problems[1]?.message).toBe(
      'Line 2 has 7 cells, the header 6: cell 7 ("2") has no header and is left out (a delimiter in an unquoted cell shifts the cells after it; quote that cell).',
    );
    expect(sheet.rows.map((row) => row.measure)).toEqual(['NT1', 'NT2']);
  });

  it('reports a cell under a blank header as a warning; blank cells are no problem', () => {
    const text = 'Reference,Answer,,Proxy Value,\nNT1,2,see note,10,\nNT2,1,,1,  \n';
    const sheet = parsePledgeSheet(text);
    expect(sheet.problems).toEqual([
      {
        code: 'cell-without-header',
        severity: 'warning',
        message:
          'Line 2, column 3 has no header: "see note" is left out (name the column to read it as a tag).',
        line: 2,
        columnNumber: 3,
        value: 'see note',
      },
    ]);
    // 2 × 10 and 1 × 1: the figures are read.
    expect(sheet.rows.map((row) => [String(row.quantity), String(row.proxyValue)])).toEqual([
      ['2', '10'],
      ['1', '1'],
    ]);
    expect(revive(JSON.stringify(sheet), 'pledge-sheet').problems).toEqual(sheet.problems);
  });

  it('streams the same problems', async () => {
    const text = 'Reference,Answer,\nNT1,2,x\nNT2,1,y,z\n';
    const problems = [];
    for await (const batch of streamPledgeSheet([text])) problems.push(...batch.problems);
    expect(problems).toEqual([...parsePledgeSheet(text).problems]);
    expect(problems.map((p) => [p.line, p.columnNumber, p.severity])).toEqual([
      [2, 3, 'warning'],
      [3, 3, 'warning'],
      [3, 4, 'error'],
    ]);
  });
});
