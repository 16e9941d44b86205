import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createValuationAccumulator,
  extendFramework,
  type PledgeInput,
  revive,
  valuePledges,
} from '../../src/index.js';
import { caught } from '../errors.js';
import { expectSame } from '../expect-same.js';
import { seedFramework, seedInput } from '../toms/fixtures.js';

// A framework with every warning: an exclusivity group (NT18, NT19), a per-person measure
// (NT3, one year), a measure of another edition (NT29 at 2022 prices).
const framework = extendFramework(seedFramework, {
  id: 'mixed',
  name: 'Mixed',
  measures: [{ ...seedInput.measures[6]!, proxyValue: '16.93', edition: '2022' }],
});
const codes = ['NT1', 'NT3', 'NT13', 'NT18', 'NT19', 'CBC5 RBC1', 'NT29', 'NT32'];
const quantity = fc.oneof(
  fc.nat(1_000_000),
  fc.constantFrom('0', '12.5', '0.9638118', '999999999999999.9999', '0.0000000001'),
);
// A tag value needs a character one can see (valuePledges refuses '' and ' ').
const tagValue = fc.constantFrom('A', 'B', '__proto__', 'constructor', ' C');
const pledge: fc.Arbitrary<PledgeInput> = fc.oneof(
  fc.record(
    {
      measure: fc.constantFrom(...codes),
      quantity,
      attributionShare: fc.constantFrom('0.5', 1, '0.35', 0),
      tags: fc.dictionary(fc.constantFrom('priority', 'toString', 'ward'), tagValue),
      note: fc.string({ maxLength: 4 }),
    },
    { requiredKeys: ['measure', 'quantity'] },
  ),
  fc.record(
    {
      measure: fc.constantFrom(...codes),
      years: fc.oneof(
        // At least one year: no years is refused.
        fc.array(quantity, { minLength: 1, maxLength: 3 }),
        fc.dictionary(fc.constantFrom('2025/26', '2026/27', '10', '2'), quantity, { minKeys: 1 }),
      ),
      tags: fc.dictionary(fc.constantFrom('priority', '__proto__'), tagValue),
    },
    { requiredKeys: ['measure', 'years'] },
  ),
);
const pledges = fc.array(pledge, { maxLength: 40 });

/** `list` cut into batches at the given points. */
function batches<T>(list: readonly T[], cuts: readonly number[]): T[][] {
  const points = [...new Set(cuts.map((cut) => cut % (list.length + 1)))].sort((a, b) => a - b);
  const parts: T[][] = [];
  let from = 0;
  for (const point of [...points, list.length]) {
    parts.push(list.slice(from, point));
    from = point;
  }
  return parts;
}

describe('createValuationAccumulator', () => {
  it('gives the valuation of valuePledges, whatever the batches', () => {
    fc.assert(
      fc.property(
        pledges,
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.boolean(),
        (list, cuts, withContract) => {
          const options = withContract ? { contractValue: '250000' } : {};
          const running = createValuationAccumulator(framework, options);
          for (const batch of batches(list, cuts)) running.add(batch);
          const expected = valuePledges(framework, list, options);
          const result = running.result();
          expect(running.count).toBe(list.length);
          expectSame(result, expected);
          expect(JSON.stringify(result)).toBe(JSON.stringify(expected));
          // A result read back from its JSON is the same valuation.
          expectSame(revive(JSON.parse(JSON.stringify(result))), expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('without lines, keeps every total, breakdown and warning message', () => {
    fc.assert(
      fc.property(pledges, fc.array(fc.nat(), { maxLength: 4 }), (list, cuts) => {
        const running = createValuationAccumulator(framework, { lines: false });
        for (const batch of batches(list, cuts)) running.add(batch);
        const full = valuePledges(framework, list);
        const result = running.result();
        expect(result.lines).toEqual([]);
        expect(Object.isFrozen(result)).toBe(true);
        expect(JSON.stringify(result)).toBe(
          JSON.stringify({
            ...full,
            lines: [],
            warnings: full.warnings.map((warning) => ({ ...warning, lines: [] })),
          }),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('names the first pledges in a warning over a long stream of lines it does not keep', () => {
    const running = createValuationAccumulator(framework, { lines: false });
    for (let batch = 0; batch < 20; batch += 1) {
      running.add(Array.from({ length: 1000 }, () => ({ measure: 'NT1', quantity: 1 })));
    }
    const result = running.result();
    // 20,000 × £30,782 = £615,640,000.
    expect(result.total.toString()).toBe('615640000');
    expect(result.lines).toEqual([]);
    expect(result.warnings).toEqual([
      {
        code: 'duplicate-measure',
        severity: 'warning',
        message:
          'NT1 is pledged 20,000 times (pledges 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 and 19,990 more): check that nothing is counted twice.',
        measures: ['NT1'],
        lines: [],
      },
    ]);
    expect(result.summary).toBe(
      '20,000 pledges valued at £615,640,000.00 with Mixed (edition 2021, 2021 prices); 1 warning to check.',
    );
  });

  it('refuses a batch with a bad pledge whole, at its index in the valuation', () => {
    const running = createValuationAccumulator(seedFramework);
    running.add([{ measure: 'NT1', quantity: 1 }]);
    const before = running.result();
    const error = caught(() =>
      running.add([
        { measure: 'NT29', quantity: 2 },
        { measure: 'NT1', quantity: -1 },
      ]),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.issues[0]?.path).toBe('pledges[2].quantity');
    const unknown = caught(() => running.add([{ measure: 'NT2', quantity: 1 }]));
    expect(unknown.code).toBe('unknown-measure');
    expect(unknown.issues[0]?.path).toBe('pledges[1].measure');
    expect(running.count).toBe(1);
    expectSame(running.result(), before);
    // Adding goes on after a result and after a refused batch.
    running.add([{ measure: 'NT29', quantity: 2 }]);
    // 1 × 30,782 + 2 × 16.09 = 30,814.18.
    expect(running.result().total.toString()).toBe('30814.18');
    expect(running.result().lines.map((line) => line.index)).toEqual([0, 1]);
  });

  it('checks its framework, options and batches', () => {
    expect(caught(() => createValuationAccumulator({} as never)).issues[0]?.path).toBe('framework');
    const misspelt = caught(() =>
      createValuationAccumulator(seedFramework, { line: false } as never),
    );
    expect(misspelt.code).toBe('invalid-input');
    expect(misspelt.issues[0]?.path).toBe('options.line');
    expect(misspelt.issues[0]?.message).toContain('did you mean "lines"');
    expect(
      caught(() => createValuationAccumulator(seedFramework, { lines: 'no' } as never)).issues[0]
        ?.path,
    ).toBe('options.lines');
    const running = createValuationAccumulator(seedFramework, { contractValue: 100 });
    const notList = caught(() => running.add({ measure: 'NT1' } as never));
    expect(notList.code).toBe('invalid-input');
    expect(notList.issues[0]?.path).toBe('pledges');
    expect(running.kind).toBe('valuation-accumulator');
    expect(Object.isFrozen(running)).toBe(true);
    // Nothing added: a valuation of no pledges.
    expect(running.result().summary).toBe(
      '0 pledges valued at £0.00 with Seed 004 council sheet (edition 2021, 2021 prices): 0% of the contract value of £100.00.',
    );
  });
});
