import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { Decimal } from '../../src/core/decimal.js';
import { leanBids } from '../../src/evaluation/read-bids.js';
import { bidsSchema } from '../../src/evaluation/schemas.js';
import { prototypeNames } from '../adversarial/sane.js';

// The lean reading of bids must give exactly what the zod schema gives, for every value it
// accepts (anything else goes to the schema, which reads or reports it).
const goodNumeric = fc.oneof(
  fc.integer({ min: 0, max: 2_000_000 }),
  fc.constantFrom('12.5', '0', '-0', ' 7 ', '1e3'),
  fc.bigInt({ min: 0n, max: 10n ** 6n }),
  fc.integer({ min: 0, max: 10 ** 6 }).map((value) => new Decimal(value)),
);
const numeric = fc.oneof(
  goodNumeric,
  fc.integer({ min: -5, max: 5 }),
  fc.double(),
  fc.constantFrom('abc', '', '1e400', '0x10', '1,000'),
  fc.bigInt({ min: -5n, max: 5n }),
  fc.anything(),
);
const key = fc.oneof(fc.constantFrom('q', 'sv', ...prototypeNames), fc.string({ maxLength: 4 }));
const goodMarked = fc.record(
  {
    offer: fc.oneof(goodNumeric, fc.record({ total: goodNumeric })),
    mark: goodNumeric,
    marks: fc.array(goodNumeric, { maxLength: 3 }),
    moderated: goodNumeric,
  },
  { requiredKeys: [] },
);
const messyMarked = fc.record(
  {
    offer: fc.oneof(numeric, fc.record({ total: numeric })),
    total: numeric,
    mark: numeric,
    marks: fc.oneof(fc.array(numeric, { maxLength: 3 }), fc.anything()),
    moderated: numeric,
    kind: fc.constantFrom('valuation', 'other'),
    extra: fc.anything(),
  },
  { requiredKeys: [] },
);
const response = fc.oneof(
  { arbitrary: goodNumeric, weight: 4 },
  { arbitrary: goodMarked, weight: 4 },
  { arbitrary: numeric, weight: 1 },
  { arbitrary: messyMarked, weight: 1 },
);
const responses = fc.oneof(
  { arbitrary: fc.dictionary(key, response, { maxKeys: 4 }), weight: 5 },
  { arbitrary: fc.dictionary(key, response, { maxKeys: 3, noNullPrototype: false }), weight: 2 },
  { arbitrary: fc.anything(), weight: 1 },
);
const goodBid = fc.record(
  {
    id: fc.oneof(fc.constantFrom('A', 'B', ...prototypeNames), fc.string()),
    price: fc.oneof(goodNumeric, fc.constant(undefined)),
    responses,
  },
  { requiredKeys: ['id'] },
);
const messyBid = fc.record(
  {
    id: fc.oneof(fc.constantFrom('A', 'B', ...prototypeNames), fc.string(), fc.anything()),
    price: fc.oneof(numeric, fc.constant(undefined)),
    responses,
    prize: numeric,
  },
  { requiredKeys: [] },
);
const bid = fc.oneof(
  { arbitrary: goodBid, weight: 8 },
  { arbitrary: messyBid, weight: 2 },
  { arbitrary: fc.anything(), weight: 1 },
);
const bidsArb = fc.oneof(
  { arbitrary: fc.array(bid, { maxLength: 4 }), weight: 6 },
  { arbitrary: fc.anything(), weight: 1 },
);

const plain = (bids: unknown) =>
  (bids as { id: string; price?: Decimal; responses: Map<string, unknown> }[]).map((one) => ({
    ...one,
    responses: [...one.responses],
  }));

describe('the lean reading of bids', () => {
  it('agrees with the zod schema on any value it accepts', () => {
    let accepted = 0;
    fc.assert(
      fc.property(bidsArb, (value) => {
        const lean = leanBids(value);
        if (lean === undefined) return;
        if (lean.length > 0) accepted += 1;
        const parsed = z.safeParse(bidsSchema, value);
        expect(parsed.success).toBe(true);
        expect(plain(lean)).toStrictEqual(plain(parsed.data));
      }),
      { numRuns: 2000 },
    );
    // The property is not vacuous: the lean reading took non-empty bid lists often.
    expect(accepted).toBeGreaterThan(50);
  });

  it('reads the usual bids itself', () => {
    const bids = [
      { id: 'A', price: '100', responses: { q: 4, sv: { total: '5' } } },
      {
        id: '__proto__',
        responses: JSON.parse('{"__proto__": { "marks": [1, 2], "moderated": 2 }}'),
      },
    ];
    const lean = leanBids(bids);
    expect(lean?.map((one) => [one.id, [...one.responses.keys()]])).toEqual([
      ['A', ['q', 'sv']],
      ['__proto__', ['__proto__']],
    ]);
    expect(lean?.[0]?.responses.get('sv')).toEqual({ offer: new Decimal(5) });
  });
});
