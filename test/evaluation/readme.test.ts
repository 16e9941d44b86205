import { describe, expect, it } from 'vitest';
import {
  Decimal,
  defineEvaluation,
  defineFramework,
  evaluateTenders,
  type ResponseInput,
  valuePledges,
  weightSensitivity,
  whatIf,
} from '../../src/index.js';

// The README's evaluation example and the demo (examples/04-evaluation.ts). Issue #16 reported
// README figures (B 85.67, A 79.67, social value "9.12") that its code did not print (85.32,
// 78.80, 8.82): the code offered `valuation`, which the block never defined, and run after the
// README's valuation example it is that valuation, £626,477.67. Both sets are right for their
// offers, worked by hand below; the README now states its offer and the figures it prints.
const model = defineEvaluation({
  criteria: [
    {
      id: 'quality',
      kind: 'quality',
      weight: 60,
      scoring: { method: 'scale', scale: '0-5' },
      minimumMark: 2,
    },
    { id: 'price', kind: 'price', weight: 30, scoring: { method: 'relative-to-lowest' } },
    { id: 'sv', kind: 'social-value', weight: 10, scoring: { method: 'relative-to-highest' } },
  ],
  tieBreak: ['higher-quality', 'lower-price'],
});
const bidsWith = (offerOfC: ResponseInput) => [
  {
    id: 'A',
    price: '1000000',
    responses: { quality: { marks: [4, 4, 3], moderated: 4 }, sv: '50000' },
  },
  { id: 'B', price: '1200000', responses: { quality: 5, sv: '20000' } },
  { id: 'C', price: '1050000', responses: { quality: 4, sv: offerOfC } },
];
const totals = (offerOfC: ResponseInput) =>
  Object.fromEntries(
    evaluateTenders(model, bidsWith(offerOfC)).ranking.map((bid) => [
      bid.bid,
      bid.total.toFixed(2),
    ]),
  );

describe("the README's evaluation example", () => {
  it('with C offering £300,000 (the README and the demo)', () => {
    // By hand. Quality: 4/5 × 60 = 48 (A, C), 5/5 × 60 = 60 (B). Price: lowest £1,000,000:
    // A 30, B 1,000,000/1,200,000 × 30 = 25, C 1,000,000/1,050,000 × 30 = 28.5714…
    // Social value, highest £300,000: A 50,000/300,000 × 10 = 1.6667, B 0.6667, C 10.
    // Totals: C 86.5714, B 85.6667, A 79.6667.
    expect(totals('300000')).toEqual({ C: '86.57', B: '85.67', A: '79.67' });
    // Social value at weight w (quality and price rescaled by (100 − w) / 90):
    // C − B = −(100 − w) × 59/630 + w × (1 − 20,000/300,000) = 0 at w = 5900/647 = 9.1190…
    const sv = weightSensitivity(model, bidsWith('300000')).criteria[2]!;
    expect(sv.range?.from.toFixed(2)).toBe('9.12');
    expect(sv.range?.from.toFixed(30)).toBe(new Decimal(5900).dividedBy(647).toFixed(30));
    expect(sv.winnerBelow).toBe('B');
    expect(whatIf(model, bidsWith('300000'), { weights: { sv: 0 } }).after.winner?.bid).toBe('B');
  });

  it("with C offering the README's valuation (£626,477.67), as issue #16 ran it", () => {
    const framework = defineFramework({
      id: 'council',
      name: 'Council TOMs',
      edition: '2021',
      priceYear: 2021,
      themes: [{ id: 'growth', name: 'Supporting Growth', shortName: 'Growth' }],
      measures: [
        {
          code: 'NT18',
          theme: 'growth',
          title: 'Local supply chain spend',
          unit: '£',
          proxyValue: '0.9638118',
          valueType: 'local-economic',
        },
      ],
    });
    const valued = valuePledges(framework, [{ measure: 'NT18', quantity: 650000 }]);
    const valuation = valued;
    // 650,000 × 0.9638118 = 626,477.67. C still has the highest offer (10 points, total
    // 86.5714); B = 85 + 10 × 20,000/626,477.67 = 85.3192…; A = 78 + 10 × 50,000/626,477.67
    // = 78.7981…
    expect(totals(valuation)).toEqual({ C: '86.57', B: '85.32', A: '78.80' });
    // C − B = −(100 − w) × 59/630 + w × (1 − 20,000/626,477.67) = 0 at
    // w = (5900/630) ÷ (1 − 20,000/626,477.67 + 59/630) = 8.8206…
    const sv = weightSensitivity(model, bidsWith(valuation)).criteria[2]!;
    expect(sv.range?.from.toFixed(4)).toBe('8.8206');
    expect(sv.winnerBelow).toBe('B');
  });
});
