import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineFramework, trackDelivery, valuePledges } from '../../src/index.js';
import { recordOnlyAtZero } from '../record-only.js';

// One pledge, one figure: what valuePledges says a set of pledges is worth, and its social value
// added, is what trackDelivery says was pledged over the whole contract, whatever the value types
// (record-only included: its proxy is 0), disbenefits and attribution shares. Before record-only
// measures had to have a proxy of 0, a record-only measure priced at £5 counted in the first and
// not in the second.

const amount = fc
  .tuple(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 9999 }))
  .map(([whole, fraction]) => `${whole}.${String(fraction).padStart(4, '0')}`);
const valueTypes = ['local-economic', 'social', 'environmental', 'record-only'] as const;
const contract = { start: '2025-04-01', end: '2028-03-31', asOf: '2028-03-31' } as const;

const caseArb = fc.record({
  measures: fc.array(
    fc
      .record({ proxyValue: amount, valueType: fc.constantFrom(...valueTypes) })
      .map(recordOnlyAtZero),
    { minLength: 1, maxLength: 4 },
  ),
  pledges: fc.array(
    fc.record({
      measure: fc.nat(3),
      quantity: amount,
      attributionShare: fc.constantFrom('1', '0.5', '0.25', '0'),
      disbenefit: fc.boolean(),
    }),
    { minLength: 1, maxLength: 6 },
  ),
  contractValue: fc.constantFrom('0.01', '7', '1000000'),
});

describe('valuePledges and trackDelivery agree on what was pledged', () => {
  it('gives the same total by value type and the same social value added (property)', () => {
    let recordOnlyPledged = 0;
    fc.assert(
      fc.property(caseArb, (c) => {
        const framework = defineFramework({
          id: 'f',
          name: 'F',
          edition: '1',
          priceYear: 2025,
          themes: [{ id: 't', name: 'T' }],
          measures: c.measures.map((measure, index) => ({
            code: `M${index}`,
            theme: 't',
            title: `Measure ${index}`,
            unit: 'u',
            ...measure,
          })),
        });
        const pledges = c.pledges.map((pledge) => ({
          measure: `M${pledge.measure % c.measures.length}`,
          quantity: pledge.quantity,
          attributionShare: pledge.attributionShare,
          ...(pledge.disbenefit ? { effect: 'disbenefit' as const } : {}),
        }));
        const valuation = valuePledges(framework, pledges, { contractValue: c.contractValue });
        const report = trackDelivery(valuation, [], contract);
        const pledged = report.socialValueAdded!.pledged;
        if (valuation.lines.some((line) => line.valueType === 'record-only'))
          recordOnlyPledged += 1;
        // The ratio is one division of the net total, to 34 significant digits, on both sides.
        expect(pledged.combinedRatio.toString()).toBe(valuation.socialValueAddedRatio!.toString());
        for (const valueType of valueTypes) {
          expect(report.byValueType[valueType]?.pledged.toString() ?? '0').toBe(
            valuation.byValueType[valueType].toString(),
          );
        }
      }),
      { numRuns: 200 },
    );
    // Not vacuous: record-only pledges were drawn.
    expect(recordOnlyPledged).toBeGreaterThan(20);
  });
});
