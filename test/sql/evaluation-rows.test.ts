import { describe, expect, it } from 'vitest';
import { defineEvaluation, evaluateTenders } from '../../src/index.js';
import { toRows } from '../../src/sql/index.js';
import { databaseWithSchema, insertRows } from './postgres.js';
import { evaluation, medianEvaluation } from './results.js';

// A tender evaluation's abnormally low checks stored and read back with SQL: which test was
// applied, its figures and the outcome of each of its two tests.

const database = databaseWithSchema();

const columns = `bid_id, abnormally_low_basis, adjusted_average, average_limit, median_price,
  median_limit, lowest_other, proximity_margin, below_average, below_median, beyond_proximity`;

describe('a tender evaluation in PostgreSQL', () => {
  it('keeps the median test: its basis, figures and both tests', async () => {
    await insertRows(
      database.client,
      toRows(medianEvaluation, { keys: { evaluation: 'e-median' } }),
    );
    const read = await database.client.query(
      `SELECT ${columns} FROM tender_bids WHERE evaluation_id = 'e-median' ORDER BY bid_id`,
    );
    const median = {
      abnormally_low_basis: 'median',
      adjusted_average: null,
      average_limit: null,
      below_average: null,
    };
    // The prices are A 1,000,000, B 1,100,000 and C 500,000: the median price is 1,000,000 and
    // its limit 85% of it, 850,000, for every bid. The margin is 1% of the lowest other price.
    const figures = { ...median, median_price: '1000000', median_limit: '850000' };
    expect(read.rows).toEqual([
      // A: above the limit; the lowest other price is C's 500,000, margin 5,000.
      {
        bid_id: 'A',
        ...figures,
        lowest_other: '500000',
        proximity_margin: '5000',
        below_median: false,
        beyond_proximity: false,
      },
      {
        bid_id: 'B',
        ...figures,
        lowest_other: '500000',
        proximity_margin: '5000',
        below_median: false,
        beyond_proximity: false,
      },
      // C: 500,000 is below 850,000, and more than 10,000 (1% of 1,000,000) below the lowest
      // other price.
      {
        bid_id: 'C',
        ...figures,
        lowest_other: '1000000',
        proximity_margin: '10000',
        below_median: true,
        beyond_proximity: true,
      },
    ]);
  });

  it('keeps the average test: its basis and both tests, as the result has them', async () => {
    await insertRows(database.client, toRows(evaluation, { keys: { evaluation: 'e-average' } }));
    const read = await database.client.query(
      `SELECT bid_id, abnormally_low_basis, median_price, median_limit, below_average,
         below_median, beyond_proximity
       FROM tender_bids WHERE evaluation_id = 'e-average' ORDER BY position`,
    );
    expect(read.rows).toEqual(
      evaluation.ranking.map(({ bid, abnormallyLow }) => ({
        bid_id: bid,
        abnormally_low_basis: 'average',
        median_price: null,
        median_limit: null,
        below_average: abnormallyLow?.belowAverage,
        below_median: null,
        beyond_proximity: abnormallyLow?.beyondProximity,
      })),
    );
    // examples/04-evaluation.ts: D at £700,000 is below the limit and beyond the margin.
    expect(read.rows.find((row) => row.bid_id === 'D')).toMatchObject({
      below_average: true,
      beyond_proximity: true,
    });
  });

  it('keeps each tie and how it was settled', async () => {
    // Lowest price £100. X: 70 × 4/5 + 30 × 100/100 = 86; Y: 70 + 30 × 100/187.5 = 86, a tie
    // the lower price settles. A and B: 42 + 30 = 72 each at the same price, a declared tie.
    const tied = evaluateTenders(
      defineEvaluation({
        name: 'Ties',
        criteria: [
          {
            id: 'q',
            kind: 'quality',
            name: 'Q',
            weight: 70,
            scoring: { method: 'scale', scale: '0-5' },
          },
          {
            id: 'p',
            kind: 'price',
            name: 'P',
            weight: 30,
            scoring: { method: 'relative-to-lowest' },
          },
        ],
        tieBreak: ['lower-price'],
      }),
      [
        { id: 'X', price: '100', responses: { q: 4 } },
        { id: 'Y', price: '187.5', responses: { q: 5 } },
        { id: 'A', price: '100', responses: { q: 3 } },
        { id: 'B', price: '100', responses: { q: 3 } },
      ],
    );
    await insertRows(database.client, toRows(tied, { keys: { evaluation: 'e-ties' } }));
    const read = await database.client.query(
      `SELECT t.tie_group, t.bids, t.decided, t.decided_by, t.reason,
         array_agg(b.bid_id || ':' || b.rank ORDER BY b.position) AS ranks
       FROM tender_ties t JOIN tender_bids b USING (evaluation_id, tie_group)
       WHERE evaluation_id = 'e-ties' GROUP BY t.evaluation_id, t.tie_group ORDER BY t.tie_group`,
    );
    expect(read.rows).toEqual([
      {
        tie_group: 0,
        bids: ['X', 'Y'],
        decided: true,
        decided_by: ['lower-price'],
        reason: 'X and Y tie on total; the tie-break (lower-price) orders them.',
        ranks: ['X:1', 'Y:2'],
      },
      {
        tie_group: 1,
        bids: ['A', 'B'],
        decided: false,
        decided_by: [],
        reason: 'A and B tie on total and no tie-break rule separates them: a declared tie.',
        ranks: ['A:3', 'B:3'],
      },
    ]);
  });
});
