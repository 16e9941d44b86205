import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readOcdsAwardCriteria, toWeighting } from '../../src/ocds/index.js';
import { codes, rows } from './helpers.js';

const NAMES = [
  'Price 30%',
  'Quality 60% / Price 40%',
  'Social value',
  '70',
  'Technical',
  'Net zero 5%',
  'Cost',
  '15-40%',
];

const numberedCriterion = fc.record({
  type: fc.constantFrom('price', 'cost', 'quality', undefined),
  number: fc.oneof(
    fc.integer({ min: 0, max: 100 }).map((n) => ({ number: n, weight: 'percentageExact' })),
    fc.integer({ min: 0, max: 100 }).map((n) => ({ number: n / 100, weight: 'decimalExact' })),
  ),
});

const lotOf = (id: string, criteria: unknown[]) => ({ id, awardCriteria: { criteria } });

describe('properties', () => {
  it('weights read from numbers never change when names and descriptions are shuffled', () => {
    fc.assert(
      fc.property(
        fc.array(numberedCriterion, { minLength: 1, maxLength: 6 }),
        fc.array(fc.constantFrom(...NAMES), { minLength: 6, maxLength: 6 }),
        fc.integer({ min: 0, max: 5 }),
        (criteria, names, shift) => {
          const build = (offset: number) =>
            criteria.map((c, i) => ({
              ...(c.type === undefined ? {} : { type: c.type }),
              name: names[(i + offset) % names.length],
              description: names[(i + offset + 1) % names.length],
              numbers: [c.number],
            }));
          const read = (offset: number) =>
            readOcdsAwardCriteria({
              ocid: 'p',
              tender: { lots: [lotOf('1', build(offset))] },
            }).lots[0]!.criteria.map((c) => [c.weight?.toString(), c.weightSource, c.weightCode]);
          expect(read(shift)).toEqual(read(0));
          expect(read(0).every(([, source]) => source === 'numbers')).toBe(true);
        },
      ),
    );
  });

  it('reading is independent of lot order', () => {
    const criterion = fc.record({
      type: fc.constantFrom('price', 'quality'),
      name: fc.constantFrom(...NAMES),
      description: fc.constantFrom('10', '40%', '60', 'none', '15-40%'),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom('1', '2', '3', '10', 'A', '__proto__', 'toString'), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.array(fc.array(criterion, { minLength: 0, maxLength: 4 }), {
          minLength: 6,
          maxLength: 6,
        }),
        fc.func(fc.integer()),
        (ids, criteriaByLot, order) => {
          const lots = ids.map((id, i) => lotOf(id, criteriaByLot[i]!));
          const shuffled = [...lots].sort((a, b) => order(a.id) - order(b.id));
          const view = (input: unknown[]) =>
            readOcdsAwardCriteria({ ocid: 'p', tender: { lots: input } }).lots.map((lot) => [
              lot.lot,
              rows(lot),
              codes(lot.findings),
              lot.total?.toString() ?? null,
              toWeighting(lot).weights === null,
            ]);
          expect(view(shuffled)).toEqual(view(lots));
        },
      ),
    );
  });

  it('any JSON object is read without throwing, and results hold no NaN, Infinity or undefined', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('ocid', 'tender', 'releases', 'records', 'compiledRelease', 'x'),
          fc.jsonValue(),
        ),
        (input) => {
          const result = readOcdsAwardCriteria(input);
          const text = JSON.stringify([result, result.lots.map(toWeighting)]);
          expect(text).not.toMatch(/NaN|Infinity|undefined|\[object Object\]/);
        },
      ),
    );
  });

  it('text written from hostile pieces: every lot read goes through toWeighting, weights 0 to 100', () => {
    // A description of `110%` gave a criterion that toWeighting refused with out-of-range.
    const piece = fc.constantFrom(
      'Price',
      'Quality',
      'Social value',
      'SV',
      'carbon',
      '60%',
      '40%',
      '10%',
      '110%',
      '-10%',
      '\u221210%',
      '15\u221240%',
      '50-60%',
      '1e3%',
      '1,000%',
      '(',
      ')',
      'including',
      ',',
      '/',
      ' ',
      '60',
      `40.${'0'.repeat(41)}1%`,
      '100%',
      '0%',
      '-0%',
      'per cent',
    );
    const text = fc.array(piece, { minLength: 1, maxLength: 8 }).map((p) => p.join(' '));
    const criterion = fc.record(
      { type: fc.constantFrom('price', 'quality'), name: text, description: text },
      { requiredKeys: ['type'] },
    );
    const lot = fc.oneof(
      fc
        .array(criterion, { maxLength: 4 })
        .map((criteria) => ({ id: '1', awardCriteria: { criteria } })),
      text.map((description) => ({ id: '2', awardCriteria: { description } })),
    );
    fc.assert(
      fc.property(fc.array(lot, { maxLength: 3 }), fc.option(text), (lots, details) => {
        const tender = details === null ? { lots } : { lots, awardCriteriaDetails: details };
        for (const read of readOcdsAwardCriteria({ ocid: 'p', tender }).lots) {
          for (const c of read.criteria) {
            if (c.weight !== null) expect(c.weight.gte(0) && c.weight.lte(100)).toBe(true);
          }
          expect(toWeighting(read).kind).toBe('ocds-weighting');
          expect(toWeighting(JSON.parse(JSON.stringify(read))).kind).toBe('ocds-weighting');
        }
      }),
    );
  });

  it('a complete lot gives weights that sum to exactly 100', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 5 }),
        (parts) => {
          const total = parts.reduce((a, b) => a + b, 0);
          if (total === 0) return;
          const last = 100 - parts.slice(0, -1).reduce((a, b) => a + b, 0);
          const weights = [...parts.slice(0, -1), last];
          const lot = readOcdsAwardCriteria({
            ocid: 'p',
            tender: {
              lots: [
                lotOf(
                  '1',
                  weights.map((w, i) => ({
                    type: i === 0 ? 'price' : 'quality',
                    numbers: [{ number: w, weight: 'percentageExact' }],
                  })),
                ),
              ],
            },
          }).lots[0]!;
          const weighting = toWeighting(lot);
          if (last < 0 || weights.length === 1) return;
          expect(lot.complete).toBe(true);
          const sum = Object.values(weighting.weights!).reduce(
            (a, b) => a.plus(b),
            weighting.weights!.price.minus(weighting.weights!.price),
          );
          expect(sum.toString()).toBe('100');
        },
      ),
    );
  });

  it('weights inside another keep the total: what they take out of it, or its whole, it loses', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.oneof(
          fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 3 }),
          // Shares of the weight they are inside, summing to 100.
          fc.integer({ min: 0, max: 100 }).map((n) => [n, 100 - n]),
        ),
        fc.constantFrom('including ', 'of which ', ''),
        (quality, inner, word) => {
          const kinds = ['social value', 'environmental', 'technical'];
          const bracket = inner.map((n, i) => `${kinds[i]} ${n}%`).join(', ');
          const description = `Quality ${quality}% (${word}${bracket}), Price ${100 - quality}%`;
          const lot = readOcdsAwardCriteria({
            ocid: 'p',
            tender: {
              lots: [lotOf('1', [])].map((l) => ({ ...l, awardCriteria: { description } })),
            },
          }).lots[0]!;
          const sum = inner.reduce((a, b) => a + b, 0);
          if (sum > quality && sum !== 100) {
            expect(lot.criteria).toEqual([]);
            expect(codes(lot.findings)).toEqual(['nested-weight', 'no-award-criteria']);
            return;
          }
          // Read either way, the weights still sum to the published 100.
          expect(lot.total?.toString()).toBe('100');
          expect(toWeighting(lot).weights?.price.toString()).toBe(String(100 - quality));
          expect(codes(lot.findings)).toEqual(['nested-weight']);
          // Its whole or shares of it: the weight itself is no criterion; else it keeps the rest.
          const whole = sum === quality || sum === 100;
          expect(lot.criteria.length).toBe(inner.length + (whole ? 1 : 2));
        },
      ),
    );
  });
});
