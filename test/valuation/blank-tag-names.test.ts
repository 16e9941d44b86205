// A tag name with no character one can see ('', ' ' or a zero-width space) is refused wherever tags are read: a
// sheet written by formatValuationCsv would put it under a blank header, which reads back as no
// tag at all, so no valuation, row, report or snapshot holds one.
import { describe, expect, it } from 'vitest';
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
