import { describe, expect, it } from 'vitest';
import { checkWeighting, definePolicy, type Policy, policies } from '../../src/index.js';
import { contract, errorOf } from './helpers.js';

const central = (commencedOn: string, tags: string[] = []) =>
  contract({
    authority: 'central-government',
    value: '500000',
    vatBasis: 'inclusive',
    commencedOn,
    tags,
  });

describe('checkWeighting for each preset (weights in percentage points)', () => {
  it('statutory: nothing to check but the sum', () => {
    const check = checkWeighting(
      { price: 70, quality: 30 },
      contract({ value: '300000' }),
      policies.statutory,
    );
    expect(check.findings).toEqual([]);
    expect(check.ok).toBe(true);
    expect(check.requirement.required).toBe(true);
    expect([check.kind, check.schemaVersion]).toEqual(['weighting-check', 1]);
    expect(check.summary).toBe(
      'The weights (social value 0 of 100 points) sum to 100, and policy statutory asks no weighting of this contract.',
    );
  });

  it('ppn0620: 10% of the total, or of quality when the market is immature', () => {
    const low = checkWeighting(
      { price: 60, quality: 31, socialValue: 9 },
      central('2022-06-01'),
      policies.ppn0620,
    );
    expect(low.ok).toBe(false);
    expect(low.findings[0]).toMatchObject({
      code: 'social-value-minimum',
      severity: 'error',
      ok: false,
      rule: 'ppn0620-total',
      ruleName: 'PPN 06/20: at least 10% of the total score',
      of: 'total',
    });
    expect(low.findings[0]?.actualPercent.toString()).toBe('9');
    expect(low.findings[0]?.requiredPercent.toString()).toBe('10');
    expect(low.findings[0]?.message).toBe(
      'Rule ppn0620-total asks for social value of at least 10% of the total score; the weights give 9% (9 of 100 points): not met.',
    );
    expect(low.summary).toBe(
      'The weights (social value 9 of 100 points) do not meet policy ppn0620 for this contract: 1 of 1 check failed.',
    );
    const enough = checkWeighting(
      { price: 60, quality: 30, socialValue: 10 },
      central('2022-06-01'),
      policies.ppn0620,
    );
    expect(enough.ok).toBe(true);
    expect(enough.findings[0]?.severity).toBe('info');
    // Immature market: 4 points of a quality score of 36 + 4 = 40 points is 10%.
    const immature = checkWeighting(
      { price: 60, quality: 36, socialValue: 4 },
      central('2022-06-01', ['immature-market']),
      policies.ppn0620,
    );
    expect(immature.findings[0]).toMatchObject({
      rule: 'ppn0620-immature-market',
      of: 'quality',
      ok: true,
    });
    expect(immature.findings[0]?.actualPercent.toString()).toBe('10');
    expect(immature.socialValueShare.quality?.toString()).toBe('0.1');
  });

  it('ppn002 before 1 October 2025: the 10% is advice, not a failure', () => {
    // Recommended period (24 February to 30 September 2025): 5 of 100 points is 5%, under the
    // 10% PPN 002 asks for. A warning, not an error: the check still passes.
    const advised = checkWeighting(
      { price: 65, quality: 30, socialValue: 5 },
      central('2025-06-01'),
      policies.ppn002,
    );
    expect(advised.ok).toBe(true);
    expect(advised.findings).toHaveLength(1);
    expect(advised.findings[0]).toMatchObject({
      code: 'social-value-minimum',
      severity: 'warning',
      ok: false,
      rule: 'ppn002-total-recommended',
      of: 'total',
    });
    expect(advised.findings[0]?.actualPercent.toString()).toBe('5');
    expect(advised.findings[0]?.message).toBe(
      'Rule ppn002-total-recommended advises social value of at least 10% of the total score; the weights give 5% (5 of 100 points): not met (advice: the rule recommends social value, it does not require it).',
    );
    expect(advised.summary).toBe(
      'The weights (social value 5 of 100 points) meet policy ppn002 for this contract, but 1 of 1 advised weighting is not met.',
    );
    // Under an absolute method the advice is on the non-price criteria: 5 of 35 is 14.28…%.
    const absolute = checkWeighting(
      { price: 65, quality: 30, socialValue: 5 },
      central('2025-06-01', ['absolute-price-method']),
      policies.ppn002,
    );
    expect(absolute.findings[0]).toMatchObject({
      rule: 'ppn002-non-price-recommended',
      of: 'non-price',
      ok: true,
      severity: 'info',
    });
    // On 30 September 2025 still advice; from 1 October 2025 (mandatory) an error.
    expect(
      checkWeighting(
        { price: 65, quality: 30, socialValue: 5 },
        central('2025-09-30'),
        policies.ppn002,
      ).ok,
    ).toBe(true);
    const mandatory = checkWeighting(
      { price: 65, quality: 30, socialValue: 5 },
      central('2025-10-01'),
      policies.ppn002,
    );
    expect(mandatory.ok).toBe(false);
    expect(mandatory.findings[0]).toMatchObject({ rule: 'ppn002-total', severity: 'error' });
  });

  it('ppn002: 10% of the total, or of the non-price criteria under price per quality point', () => {
    const total = checkWeighting(
      { price: 50, quality: 42, socialValue: 8 },
      central('2026-02-01'),
      policies.ppn002,
    );
    expect(total.findings[0]).toMatchObject({ rule: 'ppn002-total', ok: false });
    // Absolute method: no price weight; 10 of a non-price total of 100 is 10%.
    const absolute = checkWeighting(
      { price: 0, quality: 90, socialValue: 10 },
      central('2026-02-01', ['absolute-price-method']),
      policies.ppn002,
    );
    expect(absolute.findings[0]).toMatchObject({
      rule: 'ppn002-non-price',
      of: 'non-price',
      ok: true,
    });
    // With a price weight of 50, social value at 6 is 6 / 50 = 12% of the non-price part.
    const mixed = checkWeighting(
      { price: 50, quality: 44, socialValue: 6 },
      central('2026-02-01', ['absolute-price-method']),
      policies.ppn002,
    );
    expect(mixed.findings[0]?.actualPercent.toString()).toBe('12');
    expect(mixed.socialValueShare['non-price']?.toString()).toBe('0.12');
    expect(mixed.ok).toBe(true);
  });

  it('southend2021: 10% of the total at or above the Find a Tender threshold only', () => {
    const weights = { price: 60, quality: 35, socialValue: 5 };
    const below = checkWeighting(weights, contract(), policies.southend2021);
    expect(below.findings).toEqual([]);
    const at = checkWeighting(weights, contract({ value: '177897.50' }), policies.southend2021);
    expect(at.findings[0]).toMatchObject({ rule: 'southend-2021-weighting', ok: false });
    expect(at.findings[0]?.requiredPercent.toString()).toBe('10');
  });

  it('reads Decimals, strings and bigints as points, and gives the weights back by group', () => {
    const check = checkWeighting(
      { price: '55.5', quality: 34n, socialValue: '10.5' },
      central('2026-02-01'),
      policies.ppn002,
    );
    expect(
      Object.fromEntries(Object.entries(check.weights).map(([k, v]) => [k, v.toString()])),
    ).toEqual({
      price: '55.5',
      quality: '34',
      socialValue: '10.5',
      environmental: '0',
      other: '0',
    });
    expect(check.total.toString()).toBe('100');
    expect(check.findings[0]?.message).toContain('the weights give 10.5%');
  });
});

describe('checkWeighting: fractions are refused with the points they meant (issue #10)', () => {
  it('{ price: 0.6, quality: 0.3, socialValue: 0.1 } names percentage points and 60, 30, 10', () => {
    const error = errorOf(() =>
      checkWeighting(
        { price: 0.6, quality: 0.3, socialValue: 0.1 },
        central('2026-02-01'),
        policies.ppn002,
      ),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.issues[0]?.path).toBe('weights');
    expect(error.message).toContain('percentage points');
    expect(error.issues[0]?.message).toBe(
      'expected weights in percentage points that sum to 100, received weights that sum to 1 (fractions?): did you mean price 60, quality 30, social value 10?',
    );
    expect(error.details).toEqual({ expectedUnit: 'percentage points' });
  });

  it('refuses any positive sum up to 1, accepts a sum just above it', () => {
    const under = errorOf(() =>
      checkWeighting({ price: '0.5', other: '0.45' }, contract(), policies.statutory),
    );
    expect(under.issues[0]?.message).toContain('did you mean price 50, other 45?');
    const over = checkWeighting({ price: '1.5' }, contract(), policies.statutory);
    expect(over.findings[0]?.code).toBe('weights-do-not-sum');
  });
});

describe('checkWeighting: sums, fixed, maximum and environmental weightings', () => {
  const catering = definePolicy({
    id: 'catering',
    name: 'Catering',
    rules: [
      {
        id: 'fixed-and-green',
        name: 'Fixed 5% social value, 15% environmental',
        outcome: {
          fixedWeighting: { percent: 5, of: 'total' },
          environmentalWeighting: { percent: 15, of: 'total' },
        },
      },
    ],
  });

  it('never writes an unmet percentage as the one required', () => {
    // Before: "asks for social value of exactly 5% of the total score; the weights give 5%
    // (4.995 of 100 points): not met", and the same for a minimum of 15% given 14.9999.
    const check = checkWeighting(
      { price: 60, quality: '20.0051', socialValue: '4.995', environmental: '14.9999' },
      contract(),
      catering,
    );
    expect(check.findings.map((entry) => entry.message)).toEqual([
      'Rule fixed-and-green asks for social value of exactly 5% of the total score; the weights give 4.995% (4.995 of 100 points): not met.',
      'Rule fixed-and-green asks for environmental criteria of at least 15% of the total score; the weights give 14.9999% (14.9999 of 100 points): not met.',
    ]);
    // Just above a fixed weight too; a met weighting reads to 2 places as before.
    const above = checkWeighting(
      { price: 60, quality: '19.996', socialValue: '5.004', environmental: 15 },
      contract(),
      catering,
    );
    expect(above.findings.map((entry) => entry.message)).toEqual([
      'Rule fixed-and-green asks for social value of exactly 5% of the total score; the weights give 5.004% (5.004 of 100 points): not met.',
      'Rule fixed-and-green asks for environmental criteria of at least 15% of the total score; the weights give 15% (15 of 100 points): met.',
    ]);
  });

  it('reports weights that do not sum to 100 with the code defineEvaluation uses', () => {
    const check = checkWeighting({ price: 60, quality: 30, socialValue: 5 }, contract(), catering);
    expect(check.findings[0]).toMatchObject({
      code: 'weights-do-not-sum',
      severity: 'error',
      ok: false,
      rule: null,
      ruleName: null,
      of: 'total',
    });
    expect(check.total.toString()).toBe('95');
    expect(check.findings[0]?.actualPercent.toString()).toBe('95');
    expect(check.findings[0]?.requiredPercent.toString()).toBe('100');
    expect(check.findings[0]?.message).toBe(
      'The weights sum to 95 points, not 100 (price 60, quality 30, social value 5, environmental 0, other 0).',
    );
    // Three weights of 100 / 3 (the number 33.333333333333336) miss 100 by floating-point rounding.
    const thirds = checkWeighting(
      { price: 100 / 3, quality: 100 / 3, socialValue: 100 / 3 },
      contract(),
      catering,
    );
    expect(thirds.findings[0]?.message).toBe(
      'The weights sum to 100.000000000000008 points, not 100 (price 33.333333333333336, quality 33.333333333333336, social value 33.333333333333336, environmental 0, other 0): floating-point rounding (as in 100 / 3), so give the weights as decimal text summing to exactly 100.',
    );
    expect(check.ok).toBe(false);
  });

  it('checks a fixed and an environmental weighting', () => {
    const good = checkWeighting(
      { price: 50, quality: 30, socialValue: 5, environmental: 15 },
      contract(),
      catering,
    );
    expect(good.findings.map((f) => [f.code, f.ok])).toEqual([
      ['social-value-fixed', true],
      ['environmental-minimum', true],
    ]);
    const bad = checkWeighting(
      { price: 50, quality: 30, socialValue: 10, environmental: 10 },
      contract(),
      catering,
    );
    expect(bad.findings.map((f) => f.ok)).toEqual([false, false]);
    expect(bad.findings[0]?.message).toContain('exactly 5% of the total score');
  });

  it('gives no share of an empty base, and a requirement on it is not met', () => {
    const quality = definePolicy({
      id: 'q',
      name: 'Q',
      rules: [
        { id: 'q10', name: 'Q10', outcome: { minimumWeighting: { percent: 10, of: 'non-price' } } },
      ],
    });
    const check = checkWeighting({ price: 100 }, contract(), quality);
    expect(check.socialValueShare['non-price']).toBeNull();
    expect(check.socialValueShare.total?.toString()).toBe('0');
    expect(check.findings[0]).toMatchObject({ ok: false, of: 'non-price' });
    expect(check.findings[0]?.actualPercent.toString()).toBe('0');
    expect(check.findings[0]?.message).toContain('that base has no weight');
  });

  it('compares exactly: a third of the quality score is not 33.33%', () => {
    const third = definePolicy({
      id: 'third',
      name: 'Third',
      rules: [
        {
          id: 'third',
          name: 'Third',
          outcome: {
            minimumWeighting: { percent: '33.333333333333333333333333333333334', of: 'quality' },
          },
        },
      ],
    });
    // Social value 10 of a quality base of 30: exactly 1/3, below the 34-digit figure above.
    const check = checkWeighting({ price: 70, quality: 20, socialValue: 10 }, contract(), third);
    expect(check.findings[0]?.ok).toBe(false);
    expect(check.findings[0]?.actualPercent.toString()).toBe('33.33333333333333333333333333333333');
  });

  it('reports bad weights with their path', () => {
    const error = errorOf(() => checkWeighting({ price: 120 }, contract(), catering));
    expect([error.code, error.issues[0]?.path]).toEqual(['invalid-input', 'weights.price']);
    const unknown = errorOf(() =>
      checkWeighting({ price: 50, comercial: 50 } as never, contract(), catering),
    );
    expect(unknown.code).toBe('invalid-input');
    expect(unknown.issues[0]?.path).toBe('weights.comercial');
  });

  it("names the contract's date when a rule needs a threshold the table does not hold", () => {
    // The statutory rule needs the threshold of a services contract commenced in 2015.
    const old = contract({ value: '500000', commencedOn: '2015-06-01' });
    const error = errorOf(() =>
      checkWeighting({ price: 60, quality: 40 }, old, policies.statutory),
    );
    expect([error.code, error.issues.map((issue) => issue.path)]).toEqual([
      'no-threshold-for-date',
      ['contract.commencedOn'],
    ]);
  });
});

describe('checkWeighting: an evaluation model (issue #10)', () => {
  // The shape defineEvaluation returns (and its JSON snapshot): criteria with kind and weight in
  // percentage points, possibly split into sub-criteria whose weights sum to the criterion's.
  const model = {
    kind: 'evaluation-model',
    schemaVersion: 1,
    method: 'weighted',
    criteria: [
      {
        id: 'price',
        kind: 'price',
        name: 'Price',
        weight: '50',
        scoring: { method: 'relative-to-lowest' },
      },
      {
        id: 'quality',
        kind: 'quality',
        name: 'Quality',
        subCriteria: [
          { id: 'method', weight: '25', scoring: { method: 'scale', scale: '0-5' } },
          { id: 'team', weight: '15', scoring: { method: 'scale', scale: '0-5' } },
        ],
      },
      {
        id: 'sv',
        kind: 'social-value',
        name: 'Social value',
        weight: '7',
        scoring: { method: 'relative-to-highest' },
      },
      {
        id: 'green',
        kind: 'environmental',
        weight: '3',
        scoring: { method: 'scale', scale: '0-5' },
      },
    ],
    tieBreak: [],
    missingInput: 'error',
  };

  it('sums the weights by criterion kind and checks them against the policy', () => {
    const check = checkWeighting(model as never, central('2026-02-01'), policies.ppn002);
    expect(
      Object.fromEntries(Object.entries(check.weights).map(([k, v]) => [k, v.toString()])),
    ).toEqual({
      price: '50',
      quality: '40',
      socialValue: '7',
      environmental: '3',
      other: '0',
    });
    expect(check.findings[0]).toMatchObject({ rule: 'ppn002-total', ok: false });
    expect(check.findings[0]?.actualPercent.toString()).toBe('7');
  });

  it('reads a hand-made model, custom criteria as other', () => {
    const check = checkWeighting(
      {
        criteria: [
          { kind: 'price', weight: 40 },
          { kind: 'quality', weight: 40 },
          { kind: 'social-value', weight: 10 },
          { kind: 'custom', weight: 10 },
        ],
      },
      central('2026-02-01'),
      policies.ppn002,
    );
    expect(check.weights.other.toString()).toBe('10');
    expect(check.ok).toBe(true);
  });

  it('refuses a model whose weights look like fractions, a criterion without weight, another kind', () => {
    const fractions = errorOf(() =>
      checkWeighting(
        {
          criteria: [
            { kind: 'price', weight: 0.9 },
            { kind: 'social-value', weight: 0.1 },
          ],
        },
        contract(),
        policies.ppn002,
      ),
    );
    expect(fractions.issues[0]?.message).toContain('did you mean price 90, social value 10?');
    const noWeight = errorOf(() =>
      checkWeighting({ criteria: [{ kind: 'price' }] }, contract(), policies.ppn002),
    );
    expect([noWeight.code, noWeight.issues[0]?.path]).toEqual([
      'invalid-input',
      'weights.criteria[0].weight',
    ]);
    const badKind = errorOf(() =>
      checkWeighting(
        { criteria: [{ kind: 'cost', weight: 100 }] } as never,
        contract(),
        policies.ppn002,
      ),
    );
    expect(badKind.issues[0]?.path).toBe('weights.criteria[0].kind');
    const valuation = errorOf(() =>
      checkWeighting({ kind: 'valuation', total: '1' } as never, contract(), policies.ppn002),
    );
    expect(valuation.issues[0]?.message).toBe(
      'expected criterion weights or an evaluation model, received an object of kind "valuation"',
    );
    // Text for the criteria is one problem (it was two: "expected a list" and "non-empty text").
    const text = errorOf(() =>
      checkWeighting({ criteria: '' } as never, contract(), policies.ppn002),
    );
    expect(text.issues.map((issue) => `${issue.path}: ${issue.message}`)).toEqual([
      'weights.criteria: expected a list, received ""',
    ]);
  });

  it('accepts a policy snapshot as the policy', () => {
    const snapshot = JSON.parse(JSON.stringify(policies.ppn002)) as Policy;
    const check = checkWeighting(
      { price: 60, quality: 30, socialValue: 10 },
      central('2026-02-01'),
      snapshot,
    );
    expect(check.ok).toBe(true);
  });
});

describe('checkWeighting on weights read from an OCDS notice (issue #12)', () => {
  it('takes toWeighting(lot).weights as they are', async () => {
    const { readOcdsAwardCriteria, toWeighting } = await import('../../src/ocds/index.js');
    const { lots } = readOcdsAwardCriteria({
      ocid: 'ocds-example-1',
      tender: {
        awardCriteria: {
          criteria: [
            { type: 'quality', name: 'Quality', description: '50%' },
            { type: 'quality', name: 'Social value', description: '10%' },
            { type: 'price', description: '40%' },
          ],
        },
      },
    });
    const weights = toWeighting(lots[0]!).weights!;
    const check = checkWeighting(weights, central('2026-02-01'), policies.ppn002);
    expect(check.weights.socialValue.toString()).toBe('10');
    expect(check.ok).toBe(true);
  });
});
