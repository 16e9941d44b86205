import { describe, expect, it } from 'vitest';
import { evaluateTenders } from '../../src/index.js';

// Large nested inputs of one bid (not many bids: evaluate-tenders.test.ts has those). No timing
// is asserted: the evaluation must complete and its figures must be right.

describe('a bid marked by 40,000 evaluators on a scale of 40,000 marks', () => {
  // Each mark was looked for on the scale one by one: 40,000 × 40,000 comparisons, 15 s for
  // 20,000 marks and about a minute for 40,000. The marks are ascending, so each is found by a
  // binary search: 40,000 marks take under a second.
  it('checks every mark on the scale and scores their mean', () => {
    const count = 40_000;
    const result = evaluateTenders(
      {
        criteria: [
          { id: 'price', kind: 'price', weight: 30, scoring: { method: 'relative-to-lowest' } },
          {
            id: 'quality',
            kind: 'quality',
            weight: 70,
            // Written highest first: the scale is read in ascending order whatever the order given.
            scoring: {
              method: 'scale',
              scale: { marks: Array.from({ length: count }, (_, i) => count - 1 - i) },
            },
          },
        ],
      },
      [
        // Every mark 0 … 39,999 once: mean 39,999 ÷ 2 = 19,999.5, half the highest mark.
        {
          id: 'A',
          price: 100,
          responses: { quality: { marks: Array.from({ length: count }, (_, i) => i) } },
        },
        { id: 'B', price: 120, responses: { quality: count - 1 } },
      ],
    );
    // A: price 30 × 100 ÷ 100 = 30, quality 0.5 × 70 = 35, total 65.
    // B: price 30 × 100 ÷ 120 = 25, quality 39,999 ÷ 39,999 × 70 = 70, total 95.
    expect(result.ranking.map((bid) => [bid.bid, bid.total.toString()])).toEqual([
      ['B', '95'],
      ['A', '65'],
    ]);
    const quality = result.ranking[1]?.criteria[1];
    expect(quality?.raw?.toString()).toBe('19999.5');
    expect(quality?.scoreShare.toString()).toBe('0.5');
  });

  it('still names the first mark that is off the scale', () => {
    // Marks 0 … 39,999 in steps of 2 (20,000 marks); 39,999 is not on it, 39,998 is.
    const marks = Array.from({ length: 20_000 }, (_, i) => 2 * i);
    expect(() =>
      evaluateTenders(
        {
          criteria: [
            {
              id: 'q',
              kind: 'quality',
              weight: 100,
              scoring: { method: 'scale', scale: { marks } },
            },
          ],
        },
        [{ id: 'A', responses: { q: { marks: [0, 39_998, 39_999, 1] } } }],
      ),
    ).toThrow(expect.objectContaining({ code: 'mark-out-of-scale' }));
  });
});

describe('a criterion of 65,000 sub-criteria, each with two minimums the bid misses', () => {
  // The reasons a bid is out were added to its list in one push(...reasons): 130,000 reasons are
  // more arguments than one call takes ("RangeError: Maximum call stack size exceeded", from
  // about 125,000). They are added one by one.
  it('disqualifies the bid, naming every minimum missed', () => {
    const count = 65_000;
    // Weights: 64,999 of 0.0001 points (6.4999) and the first the rest, 93.5001: 100 in all.
    const subCriteria = Array.from({ length: count }, (_, i) => ({
      id: `s${i}`,
      weight: i === 0 ? '93.5001' : '0.0001',
      minimumScoreShare: '0.5',
      minimumMark: 3,
      scoring: { method: 'scale' as const, scale: '0-5' as const },
    }));
    const responses = Object.fromEntries(subCriteria.map((sub) => [sub.id, 2]));
    const result = evaluateTenders({ criteria: [{ id: 'q', kind: 'quality', subCriteria }] }, [
      { id: 'A', responses },
    ]);
    const [bid] = result.ranking;
    expect(result.winner).toBeNull();
    expect(bid?.rank).toBeNull();
    // Scored for the record: 2 of 5 on every sub-criterion, 0.4 × 100 points = 40.
    expect(bid?.total.toString()).toBe('40');
    // Two findings a sub-criterion, in its order: its share (2 ÷ 5 = 40%), then its mark.
    const findings = bid?.disqualified ? bid.disqualified.findings : [];
    expect(findings).toHaveLength(2 * count);
    expect(findings.slice(0, 2).map((finding) => finding.message)).toEqual([
      'A scored 40% of the marks on s0, below the minimum of 50%.',
      'A was marked 2 on s0, below the minimum mark of 3.',
    ]);
    expect(findings.at(-1)?.message).toBe('A was marked 2 on s64999, below the minimum mark of 3.');
  });
});
