import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seal } from '../../src/core/brand.js';
import {
  type BidInput,
  Decimal,
  defineEvaluation,
  evaluateTenders,
  valuePledges,
  weightSensitivity,
} from '../../src/index.js';
import { caught } from '../errors.js';
import { edited } from '../snapshot-edits.js';
import {
  checkedFigures,
  nt1Framework as framework,
  valuationArb,
  withFigureChanged,
} from '../stored-valuations.js';

// A bid's social value offer given as a stored valuation (its JSON) is scored on its total only
// when the total is what its lines give: a hand-edited figure is refused at its path.

// A: 24 FTE × £30,782 = £738,768. B: 12 FTE = £369,384.
const offerA = valuePledges(framework, [{ measure: 'NT1', quantity: 24 }]);
const offerB = valuePledges(framework, [{ measure: 'NT1', quantity: 12 }]);
const model = defineEvaluation({
  criteria: [
    { id: 'price', kind: 'price', weight: 60, scoring: { method: 'relative-to-lowest' } },
    { id: 'sv', kind: 'social-value', weight: 40, scoring: { method: 'relative-to-highest' } },
  ],
});
const bids = (b: unknown): BidInput[] => [
  { id: 'A', price: 1_000_000, responses: { sv: offerA } },
  { id: 'B', price: 1_000_000, responses: { sv: b as never } },
];
const totals = (offer: unknown) =>
  evaluateTenders(model, bids(offer)).ranking.map((bid) => `${bid.bid} ${bid.total}`);

/** `path: message` of each issue of the error evaluateTenders throws (code invalid-input). */
function refusal(offer: unknown): string[] {
  const error = caught(() => evaluateTenders(model, bids(offer)));
  expect(error.code).toBe('invalid-input');
  return error.issues.map((issue) => `${issue.path}: ${issue.message}`);
}

describe('evaluateTenders with a stored valuation as an offer', () => {
  it('scores it as the live valuation when its figures are as written', () => {
    // Equal prices: 60 each. A the highest offer: 40; B half of it: 20.
    expect(totals(offerB)).toEqual(['A 100', 'B 80']);
    expect(totals(JSON.parse(JSON.stringify(offerB)))).toEqual(['A 100', 'B 80']);
  });

  it('refuses an edited total, naming the figure stored and the one its lines give', () => {
    // Scored as true, B's £9,999,999 would win: 60 + 40 against A's 60 + 40 × 738,768 / 9,999,999.
    expect(refusal(edited(offerB, ['total'], '9999999'))).toEqual([
      'bids[1].responses.sv.total: expected "369384" (from its own figures), received "9999999"',
    ]);
    expect(refusal({ offer: edited(offerB, ['total'], '9999999') })).toEqual([
      'bids[1].responses.sv.offer.total: expected "369384" (from its own figures), received "9999999"',
    ]);
  });

  it('names a total that is not a figure once, not again as what its lines do not give', () => {
    const NOT_A_NUMBER =
      'expected a finite number, a decimal string, a bigint or a Decimal, received "abc"';
    expect(refusal(edited(offerB, ['total'], 'abc'))).toEqual([
      `bids[1].responses.sv.total: ${NOT_A_NUMBER}`,
    ]);
    expect(refusal({ offer: edited(offerB, ['total'], 'abc') })).toEqual([
      `bids[1].responses.sv.offer.total: ${NOT_A_NUMBER}`,
    ]);
    // A total beyond the figure domain is out-of-range, as for any other figure.
    const huge = caught(() => evaluateTenders(model, bids(edited(offerB, ['total'], '1e400'))));
    expect(huge.code).toBe('out-of-range');
    expect(huge.issues.map((issue) => issue.message)).toEqual([
      'expected a figure below 1e60 in magnitude, received "1e400"',
    ]);
  });

  it('refuses a line edited, and a total raised with its line', () => {
    expect(refusal(edited(offerB, ['lines', 0, 'quantity'], '240'))).toEqual([
      'bids[1].responses.sv.lines[0].value: expected "7387680" (from its own figures), received "369384"',
    ]);
    const raised = edited(edited(offerB, ['lines', 0, 'value'], '9999999'), ['total'], '9999999');
    expect(refusal(raised)).toEqual([
      'bids[1].responses.sv.lines[0].value: expected "369384" (from its own figures), received "9999999"',
    ]);
  });

  it('refuses the total of a valuation kept without lines that its theme values do not give', () => {
    const withoutLines = { ...JSON.parse(JSON.stringify(offerB)), lines: [] };
    expect(totals(withoutLines)).toEqual(['A 100', 'B 80']);
    expect(refusal({ ...withoutLines, total: '9999999' })).toEqual([
      'bids[1].responses.sv.total: expected "369384" (from its own figures), received "9999999"',
    ]);
  });

  it('trusts a live valuation as it is, unchecked', () => {
    // Sealed as the library seals its results: its figures are not worked out again.
    const live = seal(
      { ...JSON.parse(JSON.stringify(offerB)), total: new Decimal('738768') },
      'valuation',
    );
    expect(totals(live)).toEqual(['A 100', 'B 100']);
  });

  it('is checked wherever bids are read (weightSensitivity)', () => {
    const error = caught(() => weightSensitivity(model, bids(edited(offerB, ['total'], '1'))));
    expect(error.issues.map((issue) => issue.path)).toEqual(['bids[1].responses.sv.total']);
  });

  it('gives the live result for any valuation as written, and refuses any one of its figures changed', () => {
    fc.assert(
      fc.property(
        valuationArb.filter((valuation) => valuation.total.gte(0)),
        fc.nat(),
        fc.integer({ min: 1, max: 100_000 }).map((cents) => `${cents / 100}`),
        (valuation, pick, raise) => {
          const evaluate = (offer: unknown) => JSON.stringify(evaluateTenders(model, bids(offer)));
          expect(evaluate(JSON.parse(JSON.stringify(valuation)))).toBe(evaluate(valuation));
          const paths = checkedFigures(valuation);
          const changed = withFigureChanged(valuation, paths[pick % paths.length]!, raise);
          const error = caught(() => evaluate(changed));
          expect(error.code).toBe('invalid-input');
          expect(error.issues[0]?.path).toMatch(/^bids\[1\]\.responses\.sv\./);
        },
      ),
      { numRuns: 60 },
    );
  });
});
