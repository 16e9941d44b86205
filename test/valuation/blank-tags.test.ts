// A tag name or tag value with no character one can see ('', spaces, a zero-width space) is
// refused wherever tags are read. A blank name: a sheet written by formatValuationCsv would put it
// under a blank header, which reads back as no tag at all, so no valuation, row, report or
// snapshot holds one. A blank value: it would be a `byTag` entry, a portfolio department or a
// budget line named "". A sheet's blank tag cell is no tag at all.
import { describe, expect, it } from 'vitest';
import { parsePledgeSheet, toPledges } from '../../src/csv/index.js';
import {
  reconcilePledgeSheet,
  revive,
  summarisePortfolio,
  trackDelivery,
  valuePledges,
} from '../../src/index.js';
import { caught } from '../errors.js';
import { seedFramework } from '../toms/fixtures.js';

const message = 'expected a name with a character one can see';
const spaces = 'expected text with a character one can see, received " "';
const empty = 'expected non-empty text, received ""';
const issuesOf = (run: () => unknown) =>
  caught(run).issues.map((issue) => [issue.path, issue.message]);

describe('a blank tag name', () => {
  const valuation = valuePledges(seedFramework, [
    { measure: 'NT1', quantity: 2, tags: { cwb: 'A' } },
  ]);

  it('is refused in pledge-sheet rows', () => {
    expect(
      issuesOf(() => reconcilePledgeSheet([{ measure: 'NT1', quantity: 1, tags: { ' ': 'x' } }])),
    ).toEqual([['rows[0].tags[" "]', message]]);
  });

  it('is refused in a stored valuation, as valuePledges refuses it', () => {
    const stored = JSON.parse(JSON.stringify(valuation));
    stored.lines[0].tags = { '': 'A' };
    const error = caught(() => revive(stored));
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map((issue) => issue.message)).toContain(message);
    // The same snapshot with its tag named is read.
    expect(revive(JSON.parse(JSON.stringify(valuation)))).toMatchObject({ kind: 'valuation' });
  });

  it("is refused in a portfolio contract's tags", () => {
    const report = trackDelivery(valuation, [], {
      asOf: '2025-01-01',
      start: '2024-04-01',
      end: '2027-03-31',
    });
    expect(
      issuesOf(() => summarisePortfolio([{ id: 'A', tags: { '': 'Housing' }, report }])),
    ).toEqual([['contracts[0].tags[""]', message]]);
  });
});

describe('a tag name or year label with no character one can see', () => {
  it('is refused as a blank one is, a zero-width space alone included', () => {
    const refused = (tags: Record<string, string>) =>
      issuesOf(() => valuePledges(seedFramework, [{ measure: 'NT1', quantity: 1, tags }]));
    expect(refused({ ' ': 'Housing' })).toEqual([['pledges[0].tags[" "]', message]]);
    // Before, trimming left the zero-width space, so the tag was kept under an invisible name.
    expect(refused({ '\u200b': 'Housing' })).toEqual([['pledges[0].tags["\\u200b"]', message]]);
    expect(
      issuesOf(() =>
        valuePledges(seedFramework, [{ measure: 'NT1', years: { '2025': 1, '\ufeff': 2 } }]),
      ),
    ).toEqual([['pledges[0].years["\\ufeff"]', message]]);
  });
});

describe('a blank tag value', () => {
  const valuation = valuePledges(seedFramework, [
    { measure: 'NT1', quantity: 2, tags: { department: 'Housing' } },
  ]);

  it('is refused by valuePledges at the tag, empty or spaces only', () => {
    const refused = (department: string) =>
      issuesOf(() =>
        valuePledges(seedFramework, [
          { measure: 'NT1', quantity: 1, tags: { priority: 'Jobs' } },
          { measure: 'NT1', quantity: 1, tags: { department, priority: 'Jobs' } },
        ]),
      );
    expect(refused('')).toEqual([['pledges[1].tags.department', empty]]);
    expect(refused(' ')).toEqual([['pledges[1].tags.department', spaces]]);
    expect(refused('\u200b')).toEqual([
      [
        'pledges[1].tags.department',
        'expected text with a character one can see, received "\\u200b"',
      ],
    ]);
  });

  it('is refused in pledge-sheet rows and in a stored valuation', () => {
    expect(
      issuesOf(() => reconcilePledgeSheet([{ measure: 'NT1', quantity: 1, tags: { cwb: ' ' } }])),
    ).toEqual([['rows[0].tags.cwb', spaces]]);
    const stored = JSON.parse(JSON.stringify(valuation));
    stored.lines[0].tags = { department: '' };
    expect(caught(() => revive(stored)).issues.map((issue) => issue.message)).toContain(empty);
  });

  it("is refused in a delivery report's lines and a portfolio contract's tags", () => {
    const dates = { asOf: '2025-01-01', start: '2024-04-01', end: '2027-03-31' };
    const line = { ...valuation.lines[0]!, tags: { department: ' ' } };
    expect(issuesOf(() => trackDelivery({ lines: [line] }, [], dates))).toEqual([
      ['valuation.lines[0].tags.department', spaces],
    ]);
    // Before, the contract was summarised and socialValueBudget budgeted a department "".
    const report = trackDelivery(valuation, [], dates);
    expect(
      issuesOf(() => summarisePortfolio([{ id: 'A', tags: { department: '' }, report }])),
    ).toEqual([['contracts[0].tags.department', empty]]);
  });

  it("is no tag when a sheet's tag cell is blank, spaces or a zero-width space", () => {
    const sheet = parsePledgeSheet(
      'Reference,Proxy Value,Answer,Department\nNT1,10,1,Housing\nNT1,10,2,  \nNT1,10,3,\u200b\n',
    );
    expect(sheet.rows.map((row) => ({ ...row.tags }))).toEqual([{ Department: 'Housing' }, {}, {}]);
    // Only the first row names a department: byTag has no department "" (or "  ").
    const valued = valuePledges(seedFramework, toPledges(sheet.rows));
    expect(Object.keys(valued.byTag.Department!)).toEqual(['Housing']);
  });
});
