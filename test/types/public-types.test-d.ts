import {
  type AssessImpactInput,
  type BenchmarkOptions,
  type BidInput,
  type Criterion,
  type CriterionInput,
  type checkWeighting,
  type createValuationAccumulator,
  type Decimal,
  type DeliveryReport,
  defineEvaluation,
  defineFramework,
  definePolicy,
  type EvaluationModel,
  evaluateTenders,
  extendFramework,
  type Framework,
  type FrameworkInput,
  type flagAbnormallyLow,
  formatGBP,
  type getMeasure,
  isSocialValueError,
  type MonitoredValuation,
  type Numeric,
  type PledgeInput,
  type Policy,
  type PolicyInput,
  type PricedBidInput,
  type reindexProxies,
  type requiresSocialValue,
  revive,
  type SafeResult,
  type ScoringMethod,
  type SnapshotKind,
  type SocialValueError,
  type SubCriterion,
  type SubCriterionInput,
  safe,
  type TenderEvaluation,
  trackDelivery,
  type Valuation,
  valuePledges,
  type WeightSensitivity,
  type WhatIfResult,
} from 'social-value';
import {
  type FormatValuationCsvOptions,
  type PledgeSheet,
  parseAmount,
  parsePledgeSheet,
} from 'social-value/csv';
import { type Rows, toRows, type ValuationTable } from 'social-value/sql';
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

  it('take a framework or a policy written by hand, as defineFramework and definePolicy take it', () => {
    // Validated exactly as the define* function would (docs/conventions.md, "One trust rule"),
    // as evaluateTenders takes an EvaluationModelInput.
    expectTypeOf<FrameworkInput>().toExtend<Parameters<typeof valuePledges>[0]>();
    expectTypeOf<FrameworkInput>().toExtend<Parameters<typeof createValuationAccumulator>[0]>();
    expectTypeOf<FrameworkInput>().toExtend<Parameters<typeof getMeasure>[0]>();
    expectTypeOf<FrameworkInput>().toExtend<Parameters<typeof extendFramework>[0]>();
    expectTypeOf<FrameworkInput>().toExtend<Parameters<typeof reindexProxies>[0]>();
    expectTypeOf<FrameworkInput>().toExtend<NonNullable<AssessImpactInput['framework']>>();
    expectTypeOf<FrameworkInput>().toExtend<NonNullable<FormatValuationCsvOptions['framework']>>();
    expectTypeOf<PolicyInput>().toExtend<Parameters<typeof requiresSocialValue>[1]>();
    expectTypeOf<PolicyInput>().toExtend<Parameters<typeof checkWeighting>[2]>();
    // The checked objects still, and not another kind of object.
    expectTypeOf<Framework>().toExtend<Parameters<typeof valuePledges>[0]>();
    expectTypeOf<Policy>().toExtend<Parameters<typeof requiresSocialValue>[1]>();
    expectTypeOf<Valuation>().not.toExtend<Parameters<typeof valuePledges>[0]>();
    expectTypeOf<Framework>().not.toExtend<Parameters<typeof requiresSocialValue>[1]>();
  });

  it('refuse a whole framework as the changes of extendFramework, as the run time does', () => {
    const base = defineFramework({
      id: 'base',
      name: 'Base',
      edition: '2021',
      priceYear: 2021,
      themes: [{ id: 'growth', name: 'Growth' }],
      measures: [],
    });
    // Refused at run time: invalid-input at `changes`, "received an object of kind "framework"".
    // @ts-expect-error a Framework is not the changes (its `kind` is no key of FrameworkChanges)
    extendFramework(base, base);
    expectTypeOf<Framework>().not.toExtend<Parameters<typeof extendFramework>[1]>();
    // The changes as the example writes them still compile.
    extendFramework(base, { id: 'lancs', name: 'Lancashire', remove: [] });
  });

  it('suggest the value types of the default benchmark, and take any of a custom table', () => {
    // `string & {}` keeps the three names offered by an editor; `NonNullable` would drop it.
    expectTypeOf<Exclude<BenchmarkOptions['valueType'], undefined>>().toEqualTypeOf<
      'social' | 'local-economic' | 'combined' | (string & {})
    >();
    // A custom table's value types are its own: any string still compiles.
    expectTypeOf<string>().toExtend<NonNullable<BenchmarkOptions['valueType']>>();
  });

  it('take a defined policy again in definePolicy, and refuse the name include had before 0.2', () => {
    expectTypeOf<Policy>().toExtend<Parameters<typeof definePolicy>[0]>();
    // @ts-expect-error `includes` is a checked policy's field; the input's is `include`
    definePolicy({ id: 'p', name: 'P', rules: [], includes: ['statutory'] });
    // @ts-expect-error not even as `undefined` (the run time refuses the key whatever its value)
    definePolicy({ id: 'p', name: 'P', rules: [], includes: undefined });
  });

  it('refuse the name include had before 0.2 in a policy literal given to the functions too', () => {
    // The run time refuses it (`policy.includes: unknown key (renamed in 0.2: did you mean
    // "include"?)`); a literal of either policy parameter does not compile either.
    const contract = {
      contractType: 'supplies',
      authority: 'sub-central',
      value: 120_000,
      vatBasis: 'inclusive',
      commencedOn: '2026-04-01',
    } as const;
    const weights = { price: 60, quality: 30, socialValue: 10 };
    // @ts-expect-error `includes` is a checked policy's field; the input's is `include`
    requiresSocialValue(contract, { id: 'p', name: 'P', rules: [], includes: ['statutory'] });
    // @ts-expect-error the same in checkWeighting
    checkWeighting(weights, contract, { id: 'p', name: 'P', rules: [], includes: ['statutory'] });
    expectTypeOf<{ id: string; name: string; rules: []; includes: string[] }>().not.toExtend<
      Parameters<typeof requiresSocialValue>[1]
    >();
    // A checked policy (which has `includes`) and an input with `include` still compile.
    expectTypeOf<Policy>().toExtend<Parameters<typeof checkWeighting>[2]>();
    expectTypeOf<{ id: string; name: string; rules: []; include: Policy[] }>().toExtend<
      Parameters<typeof requiresSocialValue>[1]
    >();
  });

  it("take a checked model's criteria back as input, custom scales and all", () => {
    // `defineEvaluation({ criteria: [...standard.criteria, extra] })`: a checked criterion
    // writes a custom scale as `scale: 'custom'` with its marks beside it, which the schema takes.
    expectTypeOf<Criterion>().toExtend<CriterionInput>();
    expectTypeOf<SubCriterion>().toExtend<SubCriterionInput>();
    expectTypeOf<NonNullable<Criterion['scoring']>>().toExtend<ScoringMethod>();
    // Written by hand, a custom scale is `{ marks }`: `'custom'` alone names no marks.
    expectTypeOf<{ method: 'scale'; scale: 'custom' }>().not.toExtend<ScoringMethod>();
    expectTypeOf<{ method: 'scale'; scale: { marks: [0, 1, 5] } }>().toExtend<ScoringMethod>();
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

describe('toRows', () => {
  it('takes a result of a kind it stores, or a parsed JSON snapshot', () => {
    expectTypeOf<Valuation>().toExtend<Parameters<typeof toRows>[0]>();
    expectTypeOf<TenderEvaluation>().toExtend<Parameters<typeof toRows>[0]>();
    expectTypeOf(toRows({} as Valuation)).toEqualTypeOf<Rows<ValuationTable>>();
    // `JSON.parse` gives `any`: every table name, as the kind is known only at run time.
    expectTypeOf(toRows(JSON.parse('{}'))).toEqualTypeOf<Rows<string>>();
  });

  it('refuses a result of a kind it does not store, and what is no result', () => {
    // Refused at run time with invalid-input; store what they hold (`whatIf(...).after`).
    expectTypeOf<WeightSensitivity>().not.toExtend<Parameters<typeof toRows>[0]>();
    expectTypeOf<WhatIfResult>().not.toExtend<Parameters<typeof toRows>[0]>();
    expectTypeOf<number>().not.toExtend<Parameters<typeof toRows>[0]>();
    expectTypeOf<{ kind: 'valuaton' }>().not.toExtend<Parameters<typeof toRows>[0]>();
  });
});

describe('errors', () => {
  it('narrow with isSocialValueError, and safe gives a SafeResult', () => {
    const error: unknown = new Error('x');
    if (isSocialValueError(error)) expectTypeOf(error).toEqualTypeOf<SocialValueError>();
    const parse = safe(formatGBP);
    expectTypeOf(parse).returns.toEqualTypeOf<SafeResult<string>>();
  });

  it('type the common details: the suggestions, the count of issues, the line', () => {
    type Details = SocialValueError['details'];
    expectTypeOf<Details['suggestions']>().toEqualTypeOf<readonly string[] | undefined>();
    expectTypeOf<Details['suggestedWeights']>().toEqualTypeOf<readonly string[] | undefined>();
    expectTypeOf<Details['count']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Details['line']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Details['code']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Details['measure']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Details['framework']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Details['criterion']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Details['sum']>().toEqualTypeOf<string | undefined>();
    // The facts the library sets with one type everywhere: a policy's or rule's id, the models
    // of a model-mismatch, a threshold query's facts, a maturity theme or level, a kind.
    expectTypeOf<Details['policy']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Details['rule']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Details['contractType']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Details['authority']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Details['commencedOn']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Details['regime']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Details['level']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Details['theme']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Details['kind']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Details['expected']>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<Details['received']>().toEqualTypeOf<string | null | undefined>();
    // The lists and units some errors give.
    expectTypeOf<Details['known']>().toEqualTypeOf<readonly string[] | undefined>();
    expectTypeOf<Details['valueTypes']>().toEqualTypeOf<readonly string[] | undefined>();
    expectTypeOf<Details['lines']>().toEqualTypeOf<readonly number[] | undefined>();
    expectTypeOf<Details['expectedUnit']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Details['storedKinds']>().toEqualTypeOf<readonly string[] | undefined>();
    // Other facts stay readable as before, and the whole is still a record.
    expectTypeOf<Details['anotherFact']>().toEqualTypeOf<unknown>();
    expectTypeOf<Details>().toExtend<Readonly<Record<string, unknown>>>();
    // Code that built an error from a record still compiles.
    const facts: Record<string, unknown> = { suggestions: ['NT18'] };
    expectTypeOf({ code: 'unknown-measure', message: 'm', details: facts } as const).toExtend<
      ConstructorParameters<typeof SocialValueError>[0]
    >();
  });
});
