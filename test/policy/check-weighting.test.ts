import { describe, expect, it } from 'vitest';
import { checkWeighting, definePolicy, policies } from '../../src/index.js';
import { contract, errorOf } from './helpers.js';

const central = (commencedOn: string, tags: string[] = []) =>
  contract({
    authority: 'central-government',
    value: '500000',
    vatBasis: 'inclusive',
    commencedOn,
    tags,
  });

describe('checkWeighting for each preset', () => {
  it('statutory: only the sum is checked', () => {
    const check = checkWeighting(
      { price: '0.7', quality: '0.3' },
      contract({ value: '300000' }),
      policies.statutory,
    );
    expect(check.findings.map((f) => f.kind)).toEqual(['weights-sum']);
    expect(check.ok).toBe(true);
    expect(check.requirement.required).toBe(true);
  });

  it('ppn0620: 10% of the total, or of quality when the market is immature', () => {
    const low = checkWeighting(
      { price: '0.6', quality: '0.31', socialValue: '0.09' },
      central('2022-06-01'),
      policies.ppn0620,
    );
    expect(low.ok).toBe(false);
    expect(low.findings[1]).toMatchObject({
      kind: 'social-value-minimum',
      ok: false,
      rule: 'ppn0620-total',
      base: 'total',
    });
    expect(low.findings[1]?.actual.toString()).toBe('0.09');
    expect(low.findings[1]?.message).toContain(
      'at least 10% of the total score; the weights give 9%',
    );
    const enough = checkWeighting(
      { price: '0.6', quality: '0.3', socialValue: '0.1' },
      central('2022-06-01'),
      policies.ppn0620,
    );
    expect(enough.ok).toBe(true);
    // Immature market: 0.04 of a quality score of 0.36 + 0.04 = 0.4 is 10%.
    const immature = checkWeighting(
      { price: '0.6', quality: '0.36', socialValue: '0.04' },
      central('2022-06-01', ['immature-market']),
      policies.ppn0620,
    );
    expect(immature.findings[1]).toMatchObject({
      rule: 'ppn0620-immature-market',
      base: 'quality',
      ok: true,
    });
    expect(immature.socialValueShare.quality?.toString()).toBe('0.1');
  });

  it('ppn002: 10% of the total, or of the non-price criteria under price per quality point', () => {
    const total = checkWeighting(
      { price: '0.5', quality: '0.42', socialValue: '0.08' },
      central('2026-02-01'),
      policies.ppn002,
    );
    expect(total.findings[1]).toMatchObject({ rule: 'ppn002-total', ok: false });
    // Absolute method: no price weight; 0.1 of the non-price total of 1 is 10%.
    const absolute = checkWeighting(
      { price: 0, quality: '0.9', socialValue: '0.1' },
      central('2026-02-01', ['absolute-price-method']),
      policies.ppn002,
    );
    expect(absolute.findings[1]).toMatchObject({
      rule: 'ppn002-non-price',
      base: 'non-price',
      ok: true,
    });
    // With a price weight of 0.5, social value at 0.06 is 0.06 / 0.5 = 12% of the non-price part.
    const mixed = checkWeighting(
      { price: '0.5', quality: '0.44', socialValue: '0.06' },
      central('2026-02-01', ['absolute-price-method']),
      policies.ppn002,
    );
    expect(mixed.findings[1]?.actual.toString()).toBe('0.12');
    expect(mixed.ok).toBe(true);
  });

  it('southend2021: 10% of the total at or above the Find a Tender threshold only', () => {
    const weights = { price: '0.6', quality: '0.35', socialValue: '0.05' };
    const below = checkWeighting(weights, contract(), policies.southend2021);
    expect(below.findings.map((f) => f.kind)).toEqual(['weights-sum']);
    const at = checkWeighting(weights, contract({ value: '177897.50' }), policies.southend2021);
    expect(at.findings[1]).toMatchObject({ rule: 'southend-2021-weighting', ok: false });
    expect(at.findings[1]?.required.toString()).toBe('0.1');
  });
});

describe('checkWeighting: sums, fixed and environmental weightings, errors', () => {
  const hackney = definePolicy({
    id: 'catering',
    title: 'Catering',
    rules: [
      {
        id: 'fixed-and-green',
        title: 'Fixed 5% social value, 15% environmental',
        outcome: {
          fixedWeighting: { fraction: '0.05', base: 'total' },
          environmentalWeighting: { fraction: '0.15', base: 'total' },
        },
      },
    ],
  });

  it('reports weights that do not sum to 100%', () => {
    const check = checkWeighting(
      { price: '0.6', quality: '0.3', socialValue: '0.05' },
      contract(),
      hackney,
    );
    expect(check.findings[0]).toMatchObject({ kind: 'weights-sum', ok: false });
    expect(check.total.toString()).toBe('0.95');
    expect(check.findings[0]?.message).toContain('sum to 95%, not 100%');
  });

  it('checks a fixed and an environmental weighting', () => {
    const good = checkWeighting(
      { price: '0.5', quality: '0.3', socialValue: '0.05', environmental: '0.15' },
      contract(),
      hackney,
    );
    expect(good.findings.map((f) => [f.kind, f.ok])).toEqual([
      ['weights-sum', true],
      ['social-value-fixed', true],
      ['environmental-minimum', true],
    ]);
    const bad = checkWeighting(
      { price: '0.5', quality: '0.3', socialValue: '0.1', environmental: '0.1' },
      contract(),
      hackney,
    );
    expect(bad.findings.map((f) => f.ok)).toEqual([true, false, false]);
  });

  it('gives no share of an empty base', () => {
    const check = checkWeighting({ price: 1 }, contract(), hackney);
    expect(check.socialValueShare['non-price']).toBeNull();
    expect(check.socialValueShare.total?.toString()).toBe('0');
  });

  it('reports bad weights with their path', () => {
    const error = errorOf(() => checkWeighting({ price: '1.2' }, contract(), hackney));
    expect([error.code, error.issues[0]?.path]).toEqual(['invalid-input', 'weights.price']);
    const unknown = errorOf(() =>
      checkWeighting({ price: '0.5', commercial: '0.5' } as never, contract(), hackney),
    );
    expect(unknown.code).toBe('invalid-input');
  });
});
