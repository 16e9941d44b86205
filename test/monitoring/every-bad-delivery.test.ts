import { describe, expect, it } from 'vitest';
import { trackDelivery } from '../../src/index.js';
import { caught } from '../errors.js';

// Seed 004's NT1 pledge (24 local FTE at £30,782), as trackDelivery's own example.
const valuation = {
  lines: [
    {
      measure: 'NT1',
      theme: 'jobs',
      valueType: 'local-economic' as const,
      quantity: 24,
      proxyValue: 30782,
    },
  ],
};
const options = { start: '2024-04-01', end: '2027-03-31', asOf: '2025-03-31' };
const NOT_A_NUMBER = 'expected a finite number, a decimal string, a bigint or a Decimal, received';

describe('trackDelivery with deliveries that are not valid', () => {
  it('names the problems of every delivery in one error, in delivery order', () => {
    const error = caught(() =>
      trackDelivery(
        valuation,
        [
          { measure: 'NT1', date: '2025-03-31', quantity: 'six' },
          { measure: 'NT1', date: '2025-03-31', quantity: 6 },
          { measure: 'NT1', date: '31/03/2025', quantity: 6 },
          // A hole in the list (`[d, , d]`, or `new Array(n)` filled in part) is a delivery missing.
        ].concat(new Array(1)) as never,
        options,
      ),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.message.split('\n')[0]).toBe('Invalid deliveries: 3 problems.');
    expect(error.issues.map((issue) => issue.path)).toEqual([
      'deliveries[0].quantity',
      'deliveries[2].date',
      'deliveries[3]',
    ]);
    expect(error.issues[0]?.message).toBe(`${NOT_A_NUMBER} "six"`);
  });

  it('keeps the error of a single bad delivery as it was', () => {
    const error = caught(() =>
      trackDelivery(
        valuation,
        [
          { measure: 'NT1', date: '2025-03-31', quantity: 6 },
          { measure: 'NT1', date: '2025-03-31', quantity: 'six' },
        ] as never,
        options,
      ),
    );
    expect(error.message).toBe(
      `Invalid delivery: 1 problem.\n  - deliveries[1].quantity: ${NOT_A_NUMBER} "six"`,
    );
  });
});
