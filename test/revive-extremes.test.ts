import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../src/core/decimal.js';
import {
  benchmarkSocialValueAdded,
  breakevenPeriod,
  defineEvaluation,
  defineFramework,
  deliveryStatus,
  evaluateTenders,
  financialYear,
  isSocialValueError,
  lm3,
  revive,
  type SnapshotKind,
  type SnapshotKinds,
  socialValueBudget,
  sroiRatio,
  summarisePortfolio,
  trackDelivery,
  valueForCostRatio,
  valuePledges,
  weightSensitivity,
} from '../src/index.js';
import { domainDecimal } from './numeric-domain.js';

// The snapshot promise at the edges of the numeric domain (docs/snapshots.md, docs/quality.md):
// whatever a function returns for inputs of the domain (values near 1e15 and 1e-40, contracts
// of thousands of years, tiny divisors) is stored as JSON and read back by revive, the same to
// the last digit. An input the function refuses is refused up front, at its path; money a figure
// is divided by is at least a penny.

/** Inputs of the domain, the extremes often. */
const figure = fc.oneof(
  fc.constantFrom(
    '0.0000000000000000000000000000000000000001',
    '0.01',
    '1',
    '999999999999999.9999999999999999999999999999999999999999',
  ),
  domainDecimal().map((value) => value.toFixed()),
);
const belowAPenny = (value: string) => Number(value) > 0 && Number(value) < 0.01;

/** The result revives to the same JSON. */
function expectRevives<K extends SnapshotKind>(result: SnapshotKinds[K], kind: K): void {
  const json = JSON.stringify(result);
  expect(JSON.stringify(revive(JSON.parse(json), kind))).toBe(json);
}

/** The function's result revives, or it refused its input with one of the input codes. */
function revivesOrRefuses<K extends SnapshotKind>(make: () => SnapshotKinds[K], kind: K): boolean {
  let result: SnapshotKinds[K];
  try {
    result = make();
  } catch (error) {
    if (!isSocialValueError(error)) throw error;
    expect(['invalid-input', 'out-of-range']).toContain(error.code);
    return false;
  }
  expectRevives(result, kind);
  return true;
}

describe('results of extreme inputs revive (property)', () => {
  it('valuations, delivery reports, portfolios and budgets', () => {
    fc.assert(
      fc.property(
        fc.record({
          proxies: fc.tuple(figure, figure),
          quantities: fc.tuple(figure, figure),
          delivered: fc.tuple(figure, figure),
          endYear: fc.constantFrom(2027, 2100, 9999),
          // A day in (1e-40 expected at about 1e-47 of a 9,999-year contract: a quantity ratio
          // past 1e60) or two years in.
          asOf: fc.constantFrom('2025-04-02', '2027-03-31'),
          target: figure,
          baseline: figure,
        }),
        ({ proxies, quantities, delivered, endYear, asOf, target, baseline }) => {
          const lines = proxies.map((proxyValue, index) => ({
            measure: `M${index}`,
            theme: 'jobs',
            valueType: 'social' as const,
            quantity: quantities[index]!,
            proxyValue,
          }));
          const valuation = valuePledges(
            defineFramework({
              id: 'edge',
              name: 'Edge',
              edition: '1',
              priceYear: 2025,
              themes: [{ id: 'jobs', name: 'Jobs' }],
              measures: lines.map(({ measure, proxyValue }) => ({
                code: measure,
                theme: 'jobs',
                title: measure,
                unit: 'unit',
                proxyValue,
                valueType: 'social' as const,
              })),
            }),
            lines.map(({ measure, quantity }) => ({ measure, quantity })),
            { contractValue: '0.01' },
          );
          expectRevives(valuation, 'valuation');
          // One measure delivered in the first year, the other in the second: the change between
          // the years divides by the first.
          const report = trackDelivery(
            valuation,
            [
              { measure: 'M0', date: '2025-04-01', quantity: delivered[0] },
              { measure: 'M1', date: '2026-09-30', quantity: delivered[1] },
            ],
            { start: '2025-04-01', end: `${endYear}-03-31`, asOf },
          );
          expectRevives(report, 'delivery-report');
          const portfolio = summarisePortfolio([{ id: 'C', report }]);
          expectRevives(portfolio, 'portfolio-summary');
          const made = revivesOrRefuses(
            () =>
              socialValueBudget(portfolio, {
                targets: [{ year: '2026/27', value: target }],
                baseline: { year: '2024/25', values: [{ value: baseline }] },
              }),
            'social-value-budget',
          );
          expect(made).toBe(!belowAPenny(target) && !belowAPenny(baseline));
        },
      ),
      {
        numRuns: 60,
        examples: [
          // 1e-40 pledged, a day into a 9,999-year contract, 999999999999999 delivered: a line's
          // delivery ratio near 1.46e61, which revive refused before it read ratios to 1e180.
          [
            {
              proxies: ['1e-40', '1'],
              quantities: ['1e-40', '1'],
              delivered: ['999999999999999', '1'],
              endYear: 9999,
              asOf: '2025-04-02',
              target: '1',
              baseline: '1',
            },
          ],
        ],
      },
    );
  });

  it('tender evaluations and their weight sensitivity', () => {
    fc.assert(
      fc.property(
        fc.record({
          prices: fc.array(figure, { minLength: 1, maxLength: 4 }),
          offers: fc.array(figure, { minLength: 4, maxLength: 4 }),
          rate: figure,
          method: fc.constantFrom('graduated-pricing', 'percent-above-lowest'),
        }),
        ({ prices, offers, rate, method }) => {
          // percent-above-lowest takes a rate above 0.
          fc.pre(method === 'graduated-pricing' || Number(rate) > 0);
          const model = defineEvaluation({
            criteria: [
              {
                id: 'price',
                kind: 'price',
                weight: 90,
                scoring:
                  method === 'graduated-pricing'
                    ? {
                        method,
                        // Both rates extreme (the steep one may not be below the gentle one).
                        pointsPerPercent: rate,
                        steepPointsPerPercent: rate,
                        steepApplies: 'whole-difference',
                        medianOfEven: 'upper-middle',
                        floorAtZero: false,
                      }
                    : { method, pointsPerPercent: rate },
              },
              {
                id: 'sv',
                kind: 'social-value',
                weight: 10,
                scoring: { method: 'relative-to-highest' },
              },
            ],
          });
          const bids = prices.map((price, index) => ({
            id: `B${index}`,
            price,
            responses: { sv: offers[index]! },
          }));
          // A price is above 0 (a unit rate may be below a penny). A graduated score without a
          // floor against a lowest price far below a penny may pass what a result holds: that
          // bid is refused (out-of-range); anything else revives.
          const refused = prices.some((price) => Number(price) <= 0);
          const mayOverflow =
            method === 'graduated-pricing' && prices.some((price) => Number(price) < 1e-25);
          const evaluated = revivesOrRefuses(
            () => evaluateTenders(model, bids),
            'tender-evaluation',
          );
          const sensitivity = revivesOrRefuses(
            () => weightSensitivity(model, bids),
            'weight-sensitivity',
          );
          if (refused || !mayOverflow) {
            expect(evaluated).toBe(!refused);
            expect(sensitivity).toBe(!refused);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('ratios of two figures', () => {
    // How many results of each function revived (the others refused their input).
    const revived = { sroi: 0, vfc: 0, lm3: 0, status: 0, breakeven: 0, benchmark: 0 };
    const count = (key: keyof typeof revived, made: boolean) => {
      if (made) revived[key] += 1;
    };
    fc.assert(
      fc.property(figure, figure, figure, (a, b, c) => {
        count(
          'sroi',
          revivesOrRefuses(() => sroiRatio({ value: a, investment: b }), 'sroi'),
        );
        count(
          'vfc',
          revivesOrRefuses(() => valueForCostRatio({ benefits: a, costs: b }), 'value-for-cost'),
        );
        count(
          'lm3',
          revivesOrRefuses(() => lm3([a, b, c]), 'local-multiplier'),
        );
        count(
          'status',
          revivesOrRefuses(
            () => deliveryStatus({ delivered: a, expected: b, commitment: c }),
            'delivery-status',
          ),
        );
        count(
          'breakeven',
          revivesOrRefuses(() => breakevenPeriod({ cost: a, benefits: [b, c, a] }), 'breakeven'),
        );
        count(
          'benchmark',
          revivesOrRefuses(() => benchmarkSocialValueAdded(a), 'benchmark-position'),
        );
      }),
      { numRuns: 100 },
    );
    // Not vacuous: a refusal passes, so each function must give results too. Over 100 runs
    // (seeds 1 to 10) lm3 revived 11 to 27, deliveryStatus 44 to 58, the others 83 or more.
    expect(
      Object.keys(revived).filter((key) => revived[key as keyof typeof revived] === 0),
    ).toEqual([]);
  });

  it('financial years at the ends of the calendar', () => {
    // 0001-01-01 is in 0000/01 (from 0000-04-01) and 9999-12-31 in 9999/00 (to 10000-03-31).
    for (const date of ['0001-01-01', '0001-03-31', '9999-04-01', '9999-12-31']) {
      for (const startMonth of [1, 4, 12]) {
        expectRevives(financialYear(date, { startMonth }), 'financial-year');
      }
    }
  });

  it('delivery lines under profiles, pledge years and variations', () => {
    // Tiny shares and pledges make the quantity expected far below 1e-40 (1e-40 × 1e-40 ÷ the
    // days of a 9,999-year contract: about 2.7e-87), so a line's ratios pass 1e100.
    const years = fc.constantFrom(9999, 2030);
    fc.assert(
      fc.property(
        fc.record({
          quantity: figure,
          share: figure.filter((value) => Number(value) < 1),
          variation: figure,
          delivered: fc.array(figure, { minLength: 1, maxLength: 3 }),
          endYear: years,
          asOf: fc.constantFrom('0001-01-01', '0001-01-02', '0002-06-30'),
          byYears: fc.boolean(),
        }),
        ({ quantity, share, variation, delivered, endYear, asOf, byYears }) => {
          const end = `${endYear}-12-31`;
          const line = {
            measure: 'M',
            theme: 'jobs',
            valueType: 'social' as const,
            quantity,
            proxyValue: '0.01',
            ...(byYears
              ? {
                  years: [
                    { year: '1', quantity: share },
                    { year: '2', quantity },
                  ],
                }
              : {}),
          };
          const rest = new Decimal(1).minus(share).toFixed();
          const made = revivesOrRefuses(
            () =>
              trackDelivery(
                { lines: [line] },
                delivered.map((amount) => ({ measure: 'M', date: '0001-01-01', quantity: amount })),
                {
                  start: '0001-01-01',
                  end,
                  asOf,
                  variations: [{ measure: 'M', date: '0001-01-02', quantity: variation }],
                  ...(byYears
                    ? {}
                    : {
                        profile: [
                          { from: '0001-01-01', to: `${endYear}-12-30`, share },
                          { from: end, to: end, share: rest },
                        ],
                      }),
                },
              ),
            'delivery-report',
          );
          // Only pledge years adding up to nothing (or a share of 0) can be refused.
          if (!made) expect(byYears || Number(share) === 0).toBe(true);
        },
      ),
      {
        numRuns: 60,
        examples: [
          [
            {
              quantity: '0.0000000000000000000000000000000000000001',
              share: '0.0000000000000000000000000000000000000001',
              variation: '1',
              delivered: ['999999999999999', '999999999999999'],
              endYear: 9999,
              asOf: '0001-01-01',
              byYears: false,
            },
          ],
        ],
      },
    );
  });
});
