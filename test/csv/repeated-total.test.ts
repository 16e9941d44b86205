import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePledgeSheet, streamPledgeSheet } from '../../src/csv/index.js';
import { reconcilePledgeSheet, revive } from '../../src/index.js';

// Seed 004 with a row a council adds under its total: the contract value, or the total as a
// share of it. The later row silently replaced the stated total (£12,000,000.00, then a total
// check against it), or erased it (a percentage cannot be read: "no stated total").
describe('a total row after the sheet’s total row', () => {
  const seed = readFileSync(new URL('../../examples/pledge-sheet.csv', import.meta.url), 'utf8');

  it('is a warning naming both rows; the last total with a figure is the stated total', () => {
    const sheet = parsePledgeSheet(`${seed},,Total Contract Value,,,,"£12,000,000.00",,\n`, {
      comments: '#',
    });
    expect(sheet.statedTotal?.toString()).toBe('12000000');
    expect(sheet.problems).toEqual([
      {
        code: 'repeated-total',
        severity: 'warning',
        message:
          'Line 30 is a total row (£12,000,000.00) after the total row on line 29 (£8,461,245.35): the stated total is the last one, £12,000,000.00. If it is not the sheet’s total, give the right one to reconcilePledgeSheet as options.statedTotal.',
        line: 30,
        value: '£12,000,000.00',
      },
    ]);
    expect(sheet.summary).toBe(
      '22 measure rows after the header on line 4, stated total £12,000,000.00; 1 problem to check.',
    );
    expect(revive(JSON.stringify(sheet), 'pledge-sheet').problems).toEqual(sheet.problems);
  });

  it('keeps the earlier total when the later row has no figure that can be read', () => {
    const sheet = parsePledgeSheet(`${seed},,Total as % of contract value,,,,70.51%,,\n`, {
      comments: '#',
    });
    expect(sheet.statedTotal?.toString()).toBe('8461245.35');
    expect(sheet.problems.map((problem) => [problem.code, problem.line])).toEqual([
      ['not-a-number', 30],
      ['repeated-total', 30],
    ]);
    expect(sheet.problems[1]?.message).toBe(
      'Line 30 is a total row (no figure) after the total row on line 29 (£8,461,245.35): the stated total is the last one with a figure, £8,461,245.35. If it is not the sheet’s total, give the right one to reconcilePledgeSheet as options.statedTotal.',
    );
    const check = reconcilePledgeSheet(sheet.rows, { statedTotal: sheet.statedTotal });
    expect(check.summary).toBe(
      '22 rows checked: 1 error, no warnings, 4 notes; corrected total £2,822,946.31 against the stated £8,461,245.35.',
    );
  });

  it('is no warning for one total, sub-totals, or a grand total after them', () => {
    const header = 'Theme,Reference,Question,Proxy Value,Answer,Pledged Social Value';
    const text = [
      header,
      'Jobs,NT1,a,10,1,10',
      ',,Sub-total Jobs,,,10',
      'Social,NT2,b,5,1,5',
      ',,Subtotal (Social),,,5',
      ',,Grand total,,,15',
    ].join('\n');
    const sheet = parsePledgeSheet(text);
    expect(sheet.problems).toEqual([]);
    expect(sheet.statedTotal?.toString()).toBe('15');
  });

  it('streams the same warning', async () => {
    const text = `${seed},,Total Contract Value,,,,"£12,000,000.00",,\n`;
    const problems = [];
    let total: unknown;
    for await (const batch of streamPledgeSheet([text], { comments: '#' })) {
      problems.push(...batch.problems);
      total = batch.statedTotal?.toString();
    }
    expect(problems).toEqual([...parsePledgeSheet(text, { comments: '#' }).problems]);
    expect(total).toBe('12000000');
  });
});
