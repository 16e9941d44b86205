import { describe, expect, it } from 'vitest';
import { type BidInput, defineEvaluation, evaluateTenders } from '../../src/index.js';

// Issue #11: 140,000 bids overflowed the stack (`Decimal.min(...prices)`). No timing is
// asserted here: the evaluation must complete and its figures must be right.
describe('evaluating 200,000 bids', () => {
  it('completes, with the figures worked out by hand', () => {
    const model = defineEvaluation({
      criteria: [
        { id: 'price', kind: 'price', weight: 60, scoring: { method: 'relative-to-lowest' } },
        { id: 'quality', kind: 'quality', weight: 30, scoring: { method: 'scale', scale: '0-5' } },
        { id: 'sv', kind: 'social-value', weight: 10, scoring: { method: 'relative-to-highest' } },
      ],
    });
    const bids: BidInput[] = Array.from({ length: 199_999 }, (_, index) => ({
      id: `b${index}`,
      price: 1_000_000 + index,
      responses: { quality: index % 6, sv: (index * 7) % 100_000 },
    }));
    bids.push({ id: 'best', price: 900_000, responses: { quality: 5, sv: 100_000 } });
    const result = evaluateTenders(model, bids);
    expect(result.ranking).toHaveLength(200_000);
    // 'best' has the lowest price, full marks and the highest offer: 60 + 30 + 10 = 100.
    expect(result.winner?.bid).toBe('best');
    expect(result.winner?.total.toString()).toBe('100');
    // b5: 60 × 900,000 ÷ 1,000,005 = 53.99973000134999325003374983125084 (34 significant
    // digits, half-up); quality 5 of 5 × 30 = 30; social value 35 ÷ 100,000 × 10 = 0.0035.
    const b5 = result.ranking.find((bid) => bid.bid === 'b5');
    expect(b5?.total.toString()).toBe('84.00323000134999325003374983125084');
    expect(b5?.criteria[0]?.inputs.lowest?.toString()).toBe('900000');
    expect(b5?.criteria[2]?.inputs.highest?.toString()).toBe('100000');
    expect(
      result.ranking.every(
        (bid, index) => index === 0 || bid.rank! >= result.ranking[index - 1]!.rank!,
      ),
    ).toBe(true);
  }, 600_000);
});
