import { describe, expect, it } from 'vitest';
import { type LocalMultiplier, lm3, revive } from '../../src/index.js';
import {
  analyseSpend,
  defineSpendMultiplier,
  estimateLocalImpact,
  type SpendMultiplierInput,
} from '../../src/spend/index.js';
import { caught } from '../errors.js';

const source = 'Supplier survey 2025';
// lm3's own example: £100,000, then £60,000 and £30,000 re-spent locally: 190,000 ÷ 100,000 = 1.9.
const measured = lm3([100_000, 60_000, 30_000]);

/** The first issue's path and message of defining a multiplier from `lm3`. */
function refusal(value: unknown) {
  const error = caught(() =>
    defineSpendMultiplier({ lm3: value as LocalMultiplier, source } as SpendMultiplierInput),
  );
  return { code: error.code, path: error.issues[0]?.path, message: error.issues[0]?.message };
}

describe('an lm3 result given to defineSpendMultiplier', () => {
  it('is taken live, as its JSON, or as { multiplier, rounds }, alike', () => {
    const live = defineSpendMultiplier({ lm3: measured, source });
    expect(live.total.toString()).toBe('1.9');
    expect(live.rounds).toBe(3);
    const json = JSON.parse(JSON.stringify(measured)) as LocalMultiplier;
    expect(defineSpendMultiplier({ lm3: json, source })).toEqual(live);
    expect(
      defineSpendMultiplier({
        lm3: { multiplier: '1.9', rounds: 3 } as unknown as LocalMultiplier,
        source,
      }),
    ).toEqual(live);
  });

  it('is checked as revive checks a stored one: its figures must agree', () => {
    const json = JSON.parse(JSON.stringify(measured));
    // The multiplier edited to 2.5 (still within 3 rounds): 190,000 ÷ 100,000 is 1.9.
    expect(refusal({ ...json, multiplier: '2.5' })).toEqual({
      code: 'invalid-input',
      path: 'input.lm3.multiplier',
      message: 'expected "1.9" (from its own figures), received "2.5"',
    });
    // Its rounds edited to 2: LM2 is not its name, and its reason says 3 rounds.
    expect(refusal({ ...json, rounds: 2 }).path).toBe('input.lm3.name');
    expect(refusal({ ...json, totalSpend: '180000' }).path).toBe('input.lm3.multiplier');
    expect(refusal({ ...json, initialSpend: '0' }).path).toBe('input.lm3.initialSpend');
    // In the words `revive` uses for the same stored result (one reader, core's).
    const below1 = { ...json, multiplier: '0.5' };
    expect(refusal(below1).message).toBe(
      'expected at least 1 (the total includes round 1), received 0.5',
    );
    expect(caught(() => revive(below1)).issues[0]?.message).toBe(refusal(below1).message);
  });

  it('refuses another kind, an unknown key and a result with fields missing', () => {
    expect(refusal({ kind: 'sroi', multiplier: '1.9', rounds: 3 }).path).toBe('input.lm3.kind');
    expect(refusal({ multiplier: '1.9', rounds: 3, round: 3 }).path).toBe('input.lm3.round');
    expect(refusal({ multiplier: '1.9', rounds: 3, name: 'LM3' }).path).toBe('input.lm3.name');
    const { reason: _, ...withoutReason } = JSON.parse(JSON.stringify(measured));
    expect(refusal(withoutReason).path).toBe('input.lm3.reason');
  });
});

describe("analyseSpend's payments", () => {
  it('refuses an object that is not a plain one on the quick path, as the full check does', () => {
    class Payment {
      supplier = 'Harbour Catering';
      amount = 1000;
      date = '2025-04-14';
    }
    const options = { locality: ['PO1'] };
    for (const payment of [
      new Payment(),
      Object.assign(new Date(0), { supplier: 'A', amount: 1, date: '2025-04-14' }),
    ]) {
      const error = caught(() => analyseSpend([payment], options));
      expect(error.code).toBe('invalid-input');
      expect(error.issues[0]?.path).toBe('ledger[0]');
    }
    // The same payment as a plain object is read.
    expect(
      analyseSpend(
        [{ supplier: 'Harbour Catering', amount: 1000, date: '2025-04-14' }],
        options,
      ).total.toString(),
    ).toBe('1000');
  });
});

describe('the local spend an estimate leaves out', () => {
  const options = { locality: ['PO1'] };
  // £1,000 local with an SME (63p), a net credit of £500 local with a large firm (no multiplier).
  const analysis = analyseSpend(
    [
      { supplier: 'A', amount: 1000, date: '2025-04-14', postcode: 'PO1 2AB', supplierType: 'sme' },
      {
        supplier: 'B',
        amount: -500,
        date: '2025-04-14',
        postcode: 'PO1 2AB',
        supplierType: 'large',
      },
    ],
    options,
  );

  it('is never below zero: a net credit left out is named, not subtracted', () => {
    const estimate = estimateLocalImpact(analysis, {
      bySupplierType: { sme: { additional: 63, source } },
    });
    // Only the SME line: £1,000 × 0.63 = £630, £1,630 in all; nothing above zero left out.
    expect(estimate.additionalBenefit.toString()).toBe('630');
    expect(estimate.notEstimated.toString()).toBe('0');
    expect(estimate.summary).not.toContain('-£');
    expect(estimate.findings).toEqual([
      {
        code: 'no-multiplier',
        severity: 'warning',
        message:
          'Large businesses: local spend is a net credit of £500.00 (more credited than paid) and has no multiplier: it is left out of the estimate, which may be high.',
        supplierType: 'large',
      },
    ]);
  });

  it('is not cancelled by a net credit of another type left out', () => {
    // £800 local with a VCSE left out beside the £500 credit left out: £800 is left out, not £300.
    const both = analyseSpend(
      [
        {
          supplier: 'A',
          amount: 1000,
          date: '2025-04-14',
          postcode: 'PO1 2AB',
          supplierType: 'sme',
        },
        {
          supplier: 'B',
          amount: -500,
          date: '2025-04-14',
          postcode: 'PO1 2AB',
          supplierType: 'large',
        },
        {
          supplier: 'C',
          amount: 800,
          date: '2025-04-14',
          postcode: 'PO1 2AB',
          supplierType: 'vcse',
        },
      ],
      options,
    );
    const estimate = estimateLocalImpact(both, {
      bySupplierType: { sme: { additional: 63, source } },
    });
    expect(estimate.notEstimated.toString()).toBe('800');
    // A stored estimate leaving out less than nothing is refused.
    const stored = JSON.parse(JSON.stringify(estimate));
    expect(revive(stored)).toEqual(estimate);
    const error = caught(() => revive({ ...stored, notEstimated: '-500' }));
    expect([error.code, error.issues[0]?.path]).toEqual(['invalid-input', 'json.notEstimated']);
    expect(estimate.summary).toContain(
      '; £800.00 of local spend has no multiplier and is left out',
    );
  });
});
