import { describe, expect, it } from 'vitest';
import {
  createValuationAccumulator,
  defineFramework,
  extendFramework,
  revive,
  trackDelivery,
  valuePledges,
} from '../../src/index.js';
import { caught } from '../errors.js';
import { edited } from '../snapshot-edits.js';

// A record-only measure is recorded, not monetised (DOMAIN.md: "Proxy 0 is legal and distinct
// from no proxy: such measures are recorded, not monetised", seed 004's plastic recycling rate).
// Before, defineFramework took one with a proxy of £5: valuePledges then counted 10 × £5 = £50
// in the total and social value added, and trackDelivery's social value added left it out, so
// one pledge had two figures. Now every reader of a measure or a line refuses it.

const MESSAGE = 'expected 0 for a record-only measure (not monetised)';

const framework = {
  id: 'f',
  name: 'F',
  edition: '1',
  priceYear: 2025,
  themes: [{ id: 'env', name: 'Environment' }],
  measures: [
    {
      code: 'NT1',
      theme: 'env',
      title: 'Volunteering',
      unit: 'hours',
      proxyValue: '16.09',
      valueType: 'social' as const,
    },
    {
      code: 'NT68',
      theme: 'env',
      title: 'Recycling rate',
      unit: '%',
      proxyValue: 0,
      valueType: 'record-only' as const,
    },
  ],
};
const monetised = { ...framework.measures[1]!, proxyValue: 5 };
const contract = { asOf: '2025-06-30', start: '2025-04-01', end: '2026-03-31' };

describe('a record-only measure has a proxy value of 0', () => {
  it('is refused by defineFramework with any other proxy, at its path, with the other problems', () => {
    const error = caught(() =>
      defineFramework({
        ...framework,
        measures: [monetised, { ...monetised, code: 'X', proxyValue: 'abc' }],
      }),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['framework.measures[0].proxyValue', MESSAGE],
      [
        'framework.measures[1].proxyValue',
        'expected a finite number, a decimal string, a bigint or a Decimal, received "abc"',
      ],
    ]);
    // The smallest proxy above 0 too.
    expect(
      caught(() =>
        defineFramework({ ...framework, measures: [{ ...monetised, proxyValue: '1e-40' }] }),
      ).issues[0]?.message,
    ).toBe(MESSAGE);
  });

  it('is taken with a proxy of 0 in any spelling, or none yet', () => {
    for (const proxyValue of [0, '0', '0.00', '-0', null]) {
      const defined = defineFramework({ ...framework, measures: [{ ...monetised, proxyValue }] });
      expect(defined.measures[0]?.proxyValue?.isZero() ?? null).toBe(
        proxyValue === null ? null : true,
      );
    }
  });

  it('is refused by extendFramework and in a framework revived from JSON', () => {
    const base = defineFramework(framework);
    const error = caught(() =>
      extendFramework(base, { id: 'g', name: 'G', measures: [monetised] }),
    );
    expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['changes.measures[0].proxyValue', MESSAGE],
    ]);
    const stored = edited(base, ['measures', 1, 'proxyValue'], '5');
    expect(caught(() => revive(stored)).issues[0]?.message).toBe(MESSAGE);
  });

  it('is refused in a hand-made valuation or framework given to trackDelivery', () => {
    const line = {
      measure: 'NT68',
      theme: 'env',
      valueType: 'record-only' as const,
      quantity: 10,
      proxyValue: 5,
    };
    const onLine = caught(() => trackDelivery({ lines: [line] }, [], contract));
    expect(onLine.issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['valuation.lines[0].proxyValue', MESSAGE],
    ]);
    const onMeasure = caught(() =>
      trackDelivery({ lines: [{ ...line, proxyValue: 0 }] }, [], {
        ...contract,
        framework: { ...framework, measures: [monetised] },
      }),
    );
    expect(onMeasure.issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['options.framework.measures[0].proxyValue', MESSAGE],
    ]);
  });

  it('is refused in a pledge a variation adds, whichever of it and the framework gives what', () => {
    const valuation = valuePledges(defineFramework(framework), [{ measure: 'NT1', quantity: 10 }]);
    const adding = (measure: string, newPledge: Record<string, unknown>) =>
      caught(() =>
        trackDelivery(valuation, [], {
          ...contract,
          framework: defineFramework(framework),
          variations: [{ measure, date: '2025-05-01', quantity: 3, newPledge }],
        }),
      );
    // The framework's record-only NT68 given a proxy by the new pledge; then, in a valuation
    // that does not pledge NT1, the framework's £16.09 NT1 made record-only by the new pledge.
    const priced = adding('NT68', { proxyValue: 5 });
    expect(priced.issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['options.variations[0].newPledge.proxyValue', `${MESSAGE}, received 5`],
    ]);
    const unpledged = valuePledges(defineFramework(framework), [{ measure: 'NT68', quantity: 45 }]);
    const recorded = caught(() =>
      trackDelivery(unpledged, [], {
        ...contract,
        framework: defineFramework(framework),
        variations: [
          {
            measure: 'NT1',
            date: '2025-05-01',
            quantity: 3,
            newPledge: { valueType: 'record-only' },
          },
        ],
      }),
    );
    expect(recorded.issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['options.variations[0].newPledge.proxyValue', `${MESSAGE}, received 16.09`],
    ]);
    // With a proxy of 0 it is taken, and values to £0.
    const report = trackDelivery(valuation, [], {
      ...contract,
      framework: defineFramework(framework),
      variations: [{ measure: 'NT68', date: '2025-05-01', quantity: 3, newPledge: {} }],
    });
    expect(report.lines[1]?.value.pledged.toString()).toBe('0');
  });

  it('is refused in a stored valuation edited to give it value, with lines or without', () => {
    const valuation = valuePledges(defineFramework(framework), [
      { measure: 'NT1', quantity: 10 },
      { measure: 'NT68', quantity: 0 },
    ]);
    // Its quantity is 0, so the line's value (0 × £5) and every total still agree.
    const withLines = caught(() => revive(edited(valuation, ['lines', 1, 'proxyValue'], '5')));
    expect(withLines.issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['json.lines[1].proxyValue', MESSAGE],
    ]);
    const accumulator = createValuationAccumulator(defineFramework(framework), { lines: false });
    accumulator.add([{ measure: 'NT1', quantity: 10 }]);
    const totals = accumulator.result();
    expect(totals.total.toString()).toBe('160.9');
    // £50 moved from social to record-only: every sum still gives the total.
    const moved = edited(
      edited(totals, ['byValueType', 'social'], '110.9'),
      ['byValueType', 'record-only'],
      '50',
    );
    expect(caught(() => revive(moved)).issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['json.byValueType["record-only"]', MESSAGE],
    ]);
  });

  it('values to £0 in the valuation and is left out of social value added everywhere', () => {
    // 10 hours × £16.09 = £160.90 of social value; the recycling rate of 45 is recorded only.
    const valuation = valuePledges(
      defineFramework(framework),
      [
        { measure: 'NT1', quantity: 10 },
        { measure: 'NT68', quantity: 45 },
      ],
      { contractValue: 1609 },
    );
    expect(valuation.total.toString()).toBe('160.9');
    expect(valuation.byValueType['record-only'].toString()).toBe('0');
    expect(valuation.socialValueAddedRatio?.toString()).toBe('0.1');
    // The same pledges tracked: £160.90 ÷ £1,609 pledged, whichever area says it.
    const report = trackDelivery(valuation, [], contract);
    expect(report.socialValueAdded?.pledged.combinedRatio.toString()).toBe('0.1');
    expect(report.socialValueAdded?.pledged.socialRatio.toString()).toBe('0.1');
  });
});
