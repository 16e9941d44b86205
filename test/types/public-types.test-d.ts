import {
  type BidInput,
  type Decimal,
  type DeliveryReport,
  defineEvaluation,
  defineFramework,
  type EvaluationModel,
  evaluateTenders,
  type Framework,
  type flagAbnormallyLow,
  formatGBP,
  isSocialValueError,
  type MonitoredValuation,
  type Numeric,
  type PledgeInput,
  type PricedBidInput,
  revive,
  type SafeResult,
  type SnapshotKind,
  type SocialValueError,
  safe,
  type TenderEvaluation,
  trackDelivery,
  type Valuation,
  valuePledges,
} from 'social-value';
import { type PledgeSheet, parseAmount, parsePledgeSheet } from 'social-value/csv';
import { describe, expectTypeOf, it } from 'vitest';

// Type tests of the public types (vitest typecheck): what a consumer's compiler sees, checked
// without running anything. The packed package is checked the same way in four module setups by
// scripts/consumer-test.mjs.

describe('numbers', () => {
  it('returns Decimals, never number or any', () => {
    const framework = defineFramework({
      id: 'f',
      name: 'F',
      edition: '1',
      priceYear: 2026,
      themes: [{ id: 'jobs', name: 'Jobs' }],
      measures: [
        {
          code: 'NT1',
          theme: 'jobs',
          title: 'Jobs',
          unit: 'FTE',
          proxyValue: '1',
          valueType: 'social',
        },
      ],
    });
    const valuation = valuePledges(framework, [{ measure: 'NT1', quantity: 1 }]);
    expectTypeOf(valuation.total).toEqualTypeOf<Decimal>();
    expectTypeOf(valuation.total).not.toBeAny();
    expectTypeOf(valuation.total).not.toExtend<number>();
    expectTypeOf(valuation.total.toFixed).returns.toEqualTypeOf<string>();
    expectTypeOf(formatGBP).returns.toEqualTypeOf<string>();
  });

  it('takes a Numeric: a string, number, bigint or Decimal, not a Date', () => {
    expectTypeOf<string>().toExtend<Numeric>();
    expectTypeOf<number>().toExtend<Numeric>();
    expectTypeOf<bigint>().toExtend<Numeric>();
    expectTypeOf<Decimal>().toExtend<Numeric>();
    expectTypeOf<Date>().not.toExtend<Numeric>();
  });
});

describe('inputs', () => {
  it('accept undefined in optional properties (exactOptionalPropertyTypes)', () => {
    expectTypeOf<{ measure: string; quantity: number; note: undefined }>().toExtend<PledgeInput>();
    expectTypeOf<{
      measure: string;
      quantity: number;
      note: string | undefined;
    }>().toExtend<PledgeInput>();
  });

  it('refuse a wrong pledge shape', () => {
    expectTypeOf<{ measure: string; quantity: Date }>().not.toExtend<PledgeInput>();
    expectTypeOf<{ quantity: number }>().not.toExtend<PledgeInput>();
  });

  it('take a define* object or its input alike', () => {
    expectTypeOf(defineEvaluation).returns.toEqualTypeOf<EvaluationModel>();
    expectTypeOf<EvaluationModel>().toExtend<Parameters<typeof evaluateTenders>[0]>();
    expectTypeOf(evaluateTenders).returns.toEqualTypeOf<TenderEvaluation>();
  });

  it('take the priced bids of an evaluation in flagAbnormallyLow, responses and all', () => {
    type Bid = { id: string; price: number; responses: { quality: number; sv: undefined } };
    expectTypeOf<Bid>().toExtend<BidInput>();
    expectTypeOf<Bid>().toExtend<PricedBidInput>();
    expectTypeOf<{ id: string; responses: { quality: number } }>().not.toExtend<PricedBidInput>();
    expectTypeOf<readonly Bid[]>().toExtend<Parameters<typeof flagAbnormallyLow>[0]>();
    // Bids typed as evaluateTenders takes them (price optional) are taken as they are; a bid
    // without a price is refused at run time (invalid-input at bids[i].price).
    expectTypeOf<readonly BidInput[]>().toExtend<Parameters<typeof flagAbnormallyLow>[0]>();
    expectTypeOf<Parameters<typeof flagAbnormallyLow>[0]>().toEqualTypeOf<readonly BidInput[]>();
  });
});

describe('results as inputs', () => {
  it('accept a Valuation where a monitored valuation is expected', () => {
    expectTypeOf<Valuation>().toExtend<MonitoredValuation>();
    expectTypeOf(trackDelivery).parameter(0).toEqualTypeOf<MonitoredValuation>();
    expectTypeOf(trackDelivery).returns.toEqualTypeOf<DeliveryReport>();
  });

  it('type revive by the kind asked for', () => {
    expectTypeOf(revive({}, 'valuation')).toEqualTypeOf<Valuation>();
    expectTypeOf(revive({}, 'framework')).toEqualTypeOf<Framework>();
    expectTypeOf(revive({}, 'pledge-sheet')).toEqualTypeOf<PledgeSheet>();
    expectTypeOf(revive).parameter(1).toEqualTypeOf<SnapshotKind | undefined>();
    expectTypeOf<'valuaton'>().not.toExtend<SnapshotKind>();
  });

  it('type parsePledgeSheet', () => {
    expectTypeOf(parsePledgeSheet).returns.toEqualTypeOf<PledgeSheet>();
  });

  it('type parseAmount: a Decimal, null, or why the cell is not read', () => {
    expectTypeOf(parseAmount).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(parseAmount).returns.toEqualTypeOf<
      Decimal | null | 'not-a-number' | 'out-of-range'
    >();
  });
});

describe('errors', () => {
  it('narrow with isSocialValueError, and safe gives a SafeResult', () => {
    const error: unknown = new Error('x');
    if (isSocialValueError(error)) expectTypeOf(error).toEqualTypeOf<SocialValueError>();
    const parse = safe(formatGBP);
    expectTypeOf(parse).returns.toEqualTypeOf<SafeResult<string>>();
  });
});
