import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSealed } from '../../src/core/brand.js';
import { pledgeChannels, pledgeEffects, pledgerKinds } from '../../src/core/pledge-channel.js';
import { ownValue } from '../../src/core/record.js';
import { hasVisible } from '../../src/core/schemas.js';
import { formatValuationCsv } from '../../src/csv/index.js';
import {
  extendFramework,
  type PledgeInput,
  presentValue,
  reconcilePledgeSheet,
  reindexProxies,
  valuePledges,
} from '../../src/index.js';
import { tomsSnapshots } from '../../src/toms/snapshots.js';
import { valuationSnapshots } from '../../src/valuation/snapshots.js';
import { caught } from '../errors.js';
import { expectSame } from '../expect-same.js';
import { seedFramework, seedInput } from '../toms/fixtures.js';

// The JSON form of a result is what JSON.stringify gives; reading it back must give the same
// live result (deep-equal, sealed, printing the same JSON) and the same downstream results.
function revived<T extends { readonly kind: string }>(result: T): T {
  const json: unknown = JSON.parse(JSON.stringify(result));
  const readers = valuationSnapshots as unknown as Record<
    string,
    (json: unknown, path: readonly PropertyKey[]) => T
  >;
  const read = readers[result.kind]!;
  const back = read(json, ['json']);
  expectSame(back, result);
  expect(JSON.stringify(back)).toBe(JSON.stringify(result));
  expect(isSealed(back, result.kind)).toBe(true);
  return back;
}

const codes = seedFramework.measures.filter((m) => m.proxyValue !== null).map((m) => m.code);
const label = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'toString', '10', '2', '2025/26', 'CWB Priority'),
  fc.string({ minLength: 1, maxLength: 6 }),
);
const amount = fc
  .tuple(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 999 }))
  .map(([units, thousandths]) => `${units}.${String(thousandths).padStart(3, '0')}`);
// A tag name or value or a year label needs a character one can see (valuePledges refuses '' and
// ' ').
const name = label.filter((text) => text.trim() !== '');
const pledge: fc.Arbitrary<PledgeInput> = fc.record(
  {
    measure: fc.constantFrom(...codes),
    quantity: amount,
    attributionShare: fc.constantFrom('0', '0.5', '0.125', '1'),
    tags: fc.dictionary(name, label.filter(hasVisible), { maxKeys: 3 }),
    note: fc.string({ maxLength: 10 }),
    channel: fc.constantFrom(...pledgeChannels),
    pledgerKind: fc.constantFrom(...pledgerKinds),
    pledger: label,
    followUpOn: fc.constantFrom('2027-03-10', '2024-02-29'),
    barriers: fc.array(label, { maxLength: 2 }),
    effect: fc.constantFrom(...pledgeEffects),
  },
  { requiredKeys: ['measure', 'quantity'] },
);
const yearly: fc.Arbitrary<PledgeInput> = fc.record(
  {
    measure: fc.constantFrom(...codes),
    years: fc.oneof(
      fc.array(amount, { minLength: 1, maxLength: 4 }),
      fc.dictionary(name, amount, { minKeys: 1, maxKeys: 3 }),
    ),
    effect: fc.constantFrom(...pledgeEffects),
  },
  { requiredKeys: ['measure', 'years'] },
);
const pledges = fc.array(fc.oneof(pledge, yearly), { maxLength: 25 });
const options = fc.option(fc.constantFrom('12000000', '0.37', '999999999999.99'), {
  nil: undefined,
});

describe('valuation snapshots', () => {
  it('a valuation read back from JSON is the same valuation and prints the same CSV', () => {
    const extended = extendFramework(seedFramework, {
      id: 'x',
      name: 'X',
      measures: [{ ...seedInput.measures[6]!, proxyValue: '16.93', edition: '2022' }],
    });
    fc.assert(
      fc.property(pledges, options, fc.boolean(), (input, contractValue, other) => {
        const framework = other ? extended : seedFramework;
        const valuation = valuePledges(
          framework,
          input,
          contractValue === undefined ? {} : { contractValue },
        );
        const back = revived(valuation);
        expect(formatValuationCsv(back)).toBe(formatValuationCsv(valuation));
        expect(formatValuationCsv(back, { money: 'gbp', framework })).toBe(
          formatValuationCsv(valuation, { money: 'gbp', framework }),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('keeps prototype-named tags, years and themes as ordinary keys', () => {
    const valuation = valuePledges(seedFramework, [
      { measure: 'NT1', quantity: 1, tags: JSON.parse('{"__proto__": "constructor"}') },
      { measure: 'NT29', years: JSON.parse('{"__proto__": 2, "toString": 3}') },
    ]);
    const back = revived(valuation);
    expect(Object.keys(back.byTag)).toEqual(['__proto__']);
    expect(ownValue(back.byTag, '__proto__')?.constructor?.toString()).toBe('30782');
    expect(Object.keys(back.byYear!)).toEqual(['__proto__', 'toString']);
  });

  it('a reconciliation and a present value read back the same', () => {
    const row = fc.record(
      {
        measure: fc.constantFrom('NT1', 'NT18', 'NT19'),
        proxyValue: fc.option(fc.constantFrom('0', '0.963812', '30782', '16.09'), { nil: null }),
        quantity: fc.option(amount, { nil: null }),
        statedValue: fc.option(amount, { nil: null }),
        line: fc.integer({ min: 1, max: 100 }),
      },
      { requiredKeys: ['measure'] },
    );
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 12 }),
        fc.option(amount, { nil: null }),
        (rows, stated) => {
          revived(reconcilePledgeSheet(rows, { statedTotal: stated }));
        },
      ),
      { numRuns: 100 },
    );
    fc.assert(
      fc.property(
        fc.dictionary(fc.integer({ min: 1990, max: 2100 }).map(String), amount, { maxKeys: 6 }),
        fc.constantFrom('0', '0.035', '0.015', '1'),
        (series, rate) => {
          revived(presentValue(series, { rate }));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('reads back a present value of no years stored with the earlier summary (naming year 0)', () => {
    const json = JSON.parse(JSON.stringify(presentValue({}))) as Record<string, unknown>;
    json.summary =
      'No years, £0.00 nominal, are worth £0.00 in 0 at 3.5% a year (Green Book 2022 standard schedule).';
    const back = valuationSnapshots['present-value'](json, ['json']);
    expect(back.summary).toBe('No years to discount: £0.00 nominal, worth £0.00.');
    expect(isSealed(back, 'present-value')).toBe(true);
    // A summary of years is still checked against the years.
    const some = JSON.parse(JSON.stringify(presentValue({ 2025: 100 }))) as Record<string, unknown>;
    some.summary = 'lies';
    expect(caught(() => valuationSnapshots['present-value'](some, ['json'])).issues[0]?.path).toBe(
      'json.summary',
    );
  });

  it('names the kind expected when something else is given', () => {
    const valuation = valuePledges(seedFramework, [{ measure: 'NT1', quantity: 1 }]);
    const wrong = caught(() =>
      valuationSnapshots.valuation(JSON.parse(JSON.stringify(seedFramework)), ['json']),
    );
    expect(wrong.code).toBe('invalid-input');
    expect(wrong.issues[0]).toMatchObject({
      path: 'json',
      message:
        'expected a valuation (from valuePledges) or its JSON form, received an object of kind "framework"',
    });
    const json = JSON.parse(JSON.stringify(valuation));
    json.lines[0].proxyValu = json.lines[0].proxyValue;
    const extra = caught(() => valuationSnapshots.valuation(json, ['json']));
    expect(extra.issues[0]?.path).toBe('json.lines[0].proxyValu');
    expect(extra.issues[0]?.message).toBe('unknown key (did you mean "proxyValue"?)');
    const tampered = JSON.parse(JSON.stringify(valuation));
    tampered.total = 'lots';
    expect(caught(() => valuationSnapshots.valuation(tampered, ['json'])).issues[0]?.path).toBe(
      'json.total',
    );
  });
});

describe('framework snapshots', () => {
  it('a framework read back from JSON is the same framework and values pledges the same', () => {
    const extended = extendFramework(seedFramework, {
      id: 'local',
      name: 'Local',
      themes: [{ id: '__proto__', name: 'Prototype theme' }],
      measures: [
        { ...seedInput.measures[3]!, proxyValue: '0.9638118' },
        {
          code: 'constructor',
          theme: '__proto__',
          title: 'T',
          unit: 'u',
          proxyValue: '2',
          valueType: 'social',
        },
      ],
      remove: ['NTX'],
    });
    const reindexed = reindexProxies(extended, { index: { from: 3, to: 7 }, toPriceYear: 2024 });
    for (const framework of [seedFramework, extended, reindexed]) {
      const json: unknown = JSON.parse(JSON.stringify(framework));
      const back = tomsSnapshots.framework(json, ['json']);
      expectSame(back, framework);
      expect(JSON.stringify(back)).toBe(JSON.stringify(framework));
      expect(isSealed(back, 'framework')).toBe(true);
      fc.assert(
        fc.property(pledges, (input) => {
          expectSame(valuePledges(back, input), valuePledges(framework, input));
          expectSame(valuePledges(json as never, input), valuePledges(framework, input));
        }),
        { numRuns: 20 },
      );
    }
  });
});
