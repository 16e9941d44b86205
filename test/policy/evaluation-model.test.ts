import { describe, expect, it } from 'vitest';
import { checkWeighting, defineEvaluation, policies } from '../../src/index.js';
import { contract, errorOf, plain } from './helpers.js';

// Issue #10: "checkWeighting(defineEvaluation(model), contract, policies.ppn002) works", so a buyer
// checks the model it will actually use. The policy area reads the model structurally (criteria
// kinds and weights in percentage points), without importing the evaluation area.
describe('checkWeighting on a model from defineEvaluation', () => {
  const central = contract({
    authority: 'central-government',
    value: '2000000',
    vatBasis: 'inclusive',
    commencedOn: '2025-11-03',
  });
  const input = {
    criteria: [
      { id: 'quality', kind: 'quality', weight: 60, scoring: { method: 'scale', scale: '0-5' } },
      { id: 'price', kind: 'price', weight: 32, scoring: { method: 'relative-to-lowest' } },
      { id: 'sv', kind: 'social-value', weight: 8, scoring: { method: 'relative-to-highest' } },
    ],
  } as const;

  it('reads the weights by criterion kind and checks PPN 002 (10% of the total)', () => {
    const check = checkWeighting(defineEvaluation(input), central, policies.ppn002);
    expect(check.weights.socialValue.toString()).toBe('8');
    expect(check.weights.price.toString()).toBe('32');
    expect(check.total.toString()).toBe('100');
    expect(check.ok).toBe(false);
    expect(check.findings[0]).toMatchObject({ code: 'social-value-minimum', rule: 'ppn002-total' });
    expect(check.findings[0]?.actualPercent.toString()).toBe('8');
  });

  it('gives the same check for the model, its JSON snapshot and the same weights by group', () => {
    const model = defineEvaluation(input);
    const fromModel = checkWeighting(model, central, policies.ppn002);
    const fromSnapshot = checkWeighting(
      JSON.parse(JSON.stringify(model)),
      central,
      policies.ppn002,
    );
    const byGroup = checkWeighting(
      { price: 32, quality: 60, socialValue: 8 },
      central,
      policies.ppn002,
    );
    expect(plain(fromSnapshot)).toEqual(plain(fromModel));
    expect(plain(byGroup)).toEqual(plain(fromModel));
  });

  it('sums sub-criteria weights into their criterion', () => {
    const model = defineEvaluation({
      criteria: [
        { id: 'price', kind: 'price', weight: 50, scoring: { method: 'relative-to-lowest' } },
        {
          id: 'quality',
          kind: 'quality',
          subCriteria: [
            { id: 'method', weight: 25, scoring: { method: 'scale', scale: '0-5' } },
            { id: 'team', weight: 15, scoring: { method: 'scale', scale: '0-5' } },
          ],
        },
        { id: 'sv', kind: 'social-value', weight: 10, scoring: { method: 'relative-to-highest' } },
      ],
    });
    const check = checkWeighting(model, central, policies.ppn002);
    expect(check.weights.quality.toString()).toBe('40');
    expect(check.ok).toBe(true);
  });

  it('reads a model-like object with kind: undefined as a model', () => {
    // `{ kind: undefined, criteria }` used to be refused: "expected criterion weights or an
    // evaluation model, received {"criteria":[…]}".
    const model = { kind: undefined, criteria: input.criteria };
    const check = checkWeighting(model, central, policies.ppn002);
    expect(check.weights.socialValue.toString()).toBe('8');
    expect(check.ok).toBe(false);
  });

  it('reads a price-per-quality-point model as an absolute method: PPN 002 on the non-price criteria', () => {
    // PPN 002 applies its 10% to the non-price criteria under an absolute method such as price
    // per quality point. The model says so itself: no `absolute-price-method` tag needed.
    // Quality 92, social value 8 of a non-price total of 100: 8%, under 10%.
    const ppqp = defineEvaluation({
      method: 'price-per-quality-point',
      criteria: [
        { id: 'quality', kind: 'quality', weight: 92, scoring: { method: 'scale', scale: '0-5' } },
        { id: 'sv', kind: 'social-value', weight: 8, scoring: { method: 'scale', scale: '0-5' } },
      ],
    });
    const check = checkWeighting(ppqp, central, policies.ppn002);
    expect(check.findings).toHaveLength(1);
    expect(check.findings[0]).toMatchObject({
      rule: 'ppn002-non-price',
      of: 'non-price',
      ok: false,
    });
    expect(check.findings[0]?.actualPercent.toString()).toBe('8');
    expect(check.requirement.rules).toContain('ppn002-non-price');
    // Its JSON snapshot too; a weighted model keeps the total.
    const fromJson = checkWeighting(JSON.parse(JSON.stringify(ppqp)), central, policies.ppn002);
    expect(fromJson.findings[0]?.rule).toBe('ppn002-non-price');
    expect(
      checkWeighting(defineEvaluation(input), central, policies.ppn002).findings[0]?.rule,
    ).toBe('ppn002-total');
    // A method misspelt is refused, not read as weighted: the 10% of the total would be checked.
    const misspelt = { ...(plain(ppqp) as object), method: 'price-per-quality-points' };
    const error = errorOf(() => checkWeighting(misspelt as never, central, policies.ppn002));
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [
        'weights.method',
        'expected one of "weighted", "price-per-quality-point", "value-for-money", received "price-per-quality-points" (did you mean "price-per-quality-point"?)',
      ],
    ]);
  });

  it('refuses a criterion whose weight disagrees with its sub-criteria, as defineEvaluation does', () => {
    // price 60, social value 10, quality 30 split into 10 + 10 + 10 = 30: read as 30. With the
    // quality weight written as 30 but its parts summing to 50, which weight is meant cannot be
    // told (the model would be refused by defineEvaluation): it used to read 30 and pass.
    const model = (parts: readonly number[]) => ({
      criteria: [
        { id: 'price', kind: 'price' as const, weight: 60 },
        {
          id: 'quality',
          kind: 'quality' as const,
          weight: 30,
          subCriteria: parts.map((weight, index) => ({ id: `q${index}`, weight })),
        },
        { id: 'sv', kind: 'social-value' as const, weight: 10 },
      ],
    });
    expect(checkWeighting(model([10, 10, 10]), central, policies.ppn002).ok).toBe(true);
    const error = errorOf(() => checkWeighting(model([10, 20, 20]), central, policies.ppn002));
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['weights.criteria[1].weight', 'expected 50 (the sum of its sub-criteria), received 30'],
    ]);
  });
});
