import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSealed } from '../../src/core/brand.js';
import {
  type AuthorityKind,
  type ContractInput,
  type ContractType,
  checkWeighting,
  definePolicy,
  type PolicyRuleInput,
  policies,
  requiresSocialValue,
  safe,
  ukProcurementThreshold,
} from '../../src/index.js';
import { policySnapshots } from '../../src/policy/snapshots.js';
import { expectSame } from '../expect-same.js';
import { errorOf } from './helpers.js';

const roundTrip = <T>(kind: keyof typeof policySnapshots, value: T): T =>
  policySnapshots[kind](JSON.parse(JSON.stringify(value)), ['json']) as T;

const day = fc
  .date({
    min: new Date('2016-01-01T12:00:00Z'),
    max: new Date('2031-12-31T12:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const contractType = fc.constantFrom<ContractType>(
  'supplies',
  'services',
  'works',
  'light-touch',
  'light-touch-concession',
  'defence-works',
);
const authority = fc.constantFrom<AuthorityKind>('central-government', 'sub-central', 'utility');
const amount = fc
  .bigInt({ min: 0n, max: 10_000_000_000n })
  .map((pence) => (Number(pence) / 100).toFixed(2));
const weighting = fc.record({
  percent: fc.integer({ min: 1, max: 100 }),
  of: fc.constantFrom('total' as const, 'quality' as const, 'non-price' as const),
});

const rule = (index: number) =>
  fc
    .record({
      floor: fc.option(amount, { nil: undefined }),
      statutory: fc.option(fc.boolean(), { nil: undefined }),
      from: fc.option(day, { nil: undefined }),
      tags: fc.option(
        fc.array(fc.constantFrom('a', '__proto__', 'constructor'), { maxLength: 2 }),
        {
          nil: undefined,
        },
      ),
      minimum: fc.option(weighting, { nil: undefined }),
      target: fc.option(fc.constantFrom('0.1', '0.25', '1e-7'), { nil: undefined }),
      socialValue: fc.option(fc.constantFrom('required' as const, 'recommended' as const), {
        nil: undefined,
      }),
    })
    .map(
      ({ floor, statutory, from, tags, minimum, target, socialValue }): PolicyRuleInput => ({
        id: index === 0 ? '__proto__' : `rule-${index}`,
        name: `Rule ${index}`,
        when: {
          ...(floor === undefined
            ? {}
            : { minimumValue: { amount: floor, vatBasis: 'exclusive' } }),
          ...(statutory === undefined ? {} : { atOrAboveStatutoryThreshold: statutory }),
          ...(from === undefined ? {} : { commencedFrom: from }),
          ...(tags === undefined ? {} : { tags }),
        },
        outcome: {
          socialValue: socialValue ?? 'required',
          ...(minimum === undefined ? {} : { minimumWeighting: minimum }),
          ...(target === undefined ? {} : { targetSocialValueAddedRatio: target }),
        },
      }),
    );
const policy = fc
  .integer({ min: 0, max: 4 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => rule(i))))
  .map((rules) =>
    definePolicy({ id: 'generated', name: 'Generated', include: [policies.statutory], rules }),
  );
const contract = fc.record({
  contractType,
  authority,
  value: fc.option(amount, { nil: undefined }),
  vatBasis: fc.constantFrom('inclusive' as const, 'exclusive' as const),
  durationMonths: fc.option(fc.integer({ min: 1, max: 120 }), { nil: undefined }),
  commencedOn: day,
  tags: fc.array(fc.constantFrom('a', '__proto__', 'immature-market'), { maxLength: 2 }),
}) as fc.Arbitrary<ContractInput>;
const weights = fc
  .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }))
  .map(([price, socialValue]) => ({
    price: Math.min(price, 100),
    socialValue: Math.min(socialValue, 100 - Math.min(price, 100)),
  }))
  .map(({ price, socialValue }) => ({ price, socialValue, quality: 100 - price - socialValue }));

describe('policy snapshots: revive(JSON.parse(JSON.stringify(x))) is x (issue #12)', () => {
  it('policy: equal, sealed, byte-identical, and gives the same requirements', () => {
    fc.assert(
      fc.property(policy, contract, (live, input) => {
        const revived = roundTrip('policy', live);
        expectSame(revived, live);
        expect(isSealed(revived, 'policy')).toBe(true);
        expect(JSON.stringify(revived)).toBe(JSON.stringify(live));
        const a = safe(requiresSocialValue)(input, live);
        const b = safe(requiresSocialValue)(input, revived);
        expect(JSON.stringify(b.success ? b.data : b.error.message)).toBe(
          JSON.stringify(a.success ? a.data : a.error.message),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('social-value-requirement and weighting-check: equal and byte-identical', () => {
    fc.assert(
      fc.property(policy, contract, weights, (live, input, weighting) => {
        const requirement = safe(requiresSocialValue)(input, live);
        if (!requirement.success) return;
        const revived = roundTrip('social-value-requirement', requirement.data);
        expectSame(revived, requirement.data);
        expect(isSealed(revived, 'social-value-requirement')).toBe(true);
        expect(JSON.stringify(revived)).toBe(JSON.stringify(requirement.data));
        const check = checkWeighting(weighting, input, live);
        const back = roundTrip('weighting-check', check);
        expectSame(back, check);
        expect(JSON.stringify(back)).toBe(JSON.stringify(check));
      }),
      { numRuns: 150 },
    );
  });

  it('procurement-threshold: equal and byte-identical for every kind of row', () => {
    fc.assert(
      fc.property(contractType, authority, day, (type, who, commencedOn) => {
        const threshold = safe(ukProcurementThreshold)({
          contractType: type,
          authority: who,
          commencedOn,
        });
        if (!threshold.success) return;
        const revived = roundTrip('procurement-threshold', threshold.data);
        expectSame(revived, threshold.data);
        expect(JSON.stringify(revived)).toBe(JSON.stringify(threshold.data));
      }),
      { numRuns: 150 },
    );
  });

  it('procurement-threshold: a caution round-trips, and a snapshot written before it has none', () => {
    const later = ukProcurementThreshold({
      contractType: 'works',
      authority: 'sub-central',
      commencedOn: '2028-06-01',
    });
    expect(later.warnings.map((warning) => warning.code)).toEqual(['figures-may-be-revised']);
    expect(JSON.stringify(roundTrip('procurement-threshold', later))).toBe(JSON.stringify(later));
    const { warnings: _none, ...older } = JSON.parse(
      JSON.stringify(
        ukProcurementThreshold({
          contractType: 'works',
          authority: 'sub-central',
          commencedOn: '2026-06-01',
        }),
      ),
    );
    expect(roundTrip('procurement-threshold', older).warnings).toEqual([]);
  });

  it('every preset round-trips', () => {
    for (const preset of Object.values(policies)) {
      expectSame(roundTrip('policy', preset), preset);
    }
  });

  it('refuses snapshots of another kind or shape, naming the path', () => {
    const threshold = JSON.parse(
      JSON.stringify(
        ukProcurementThreshold({
          contractType: 'works',
          authority: 'sub-central',
          commencedOn: '2026-01-01',
        }),
      ),
    );
    const wrongKind = errorOf(() => policySnapshots.policy(threshold, ['json']));
    expect([wrongKind.code, wrongKind.issues[0]?.path]).toEqual(['invalid-input', 'json.kind']);
    const badAmount = errorOf(() =>
      policySnapshots['procurement-threshold']({ ...threshold, amount: 'lots' }, ['json']),
    );
    expect(badAmount.issues[0]?.path).toBe('json.amount');
    // A threshold is a positive amount, a weighting a percentage from 0 to 100.
    for (const amount of ['-5382000', '0']) {
      const refused = errorOf(() =>
        policySnapshots['procurement-threshold']({ ...threshold, amount }, ['json']),
      );
      expect([refused.issues[0]?.path, refused.issues[0]?.message]).toEqual([
        'json.amount',
        `expected a number above 0, received "${amount}"`,
      ]);
    }
    const requirement = JSON.parse(
      JSON.stringify(
        requiresSocialValue(
          {
            value: 6_000_000,
            contractType: 'works',
            authority: 'sub-central',
            vatBasis: 'inclusive',
            commencedOn: '2026-01-01',
          },
          policies.southend2021,
        ),
      ),
    );
    expect(requirement.minimumWeighting.percent).toBe('10');
    expect(JSON.parse(JSON.stringify(roundTrip('social-value-requirement', requirement)))).toEqual(
      requirement,
    );
    for (const percent of ['-10', '110']) {
      const weighting = { ...requirement.minimumWeighting, percent };
      const refused = errorOf(() =>
        policySnapshots['social-value-requirement'](
          { ...requirement, minimumWeighting: weighting },
          ['json'],
        ),
      );
      expect(refused.issues[0]?.path).toBe('json.minimumWeighting.percent');
    }
    const extra = errorOf(() =>
      policySnapshots['procurement-threshold']({ ...threshold, note: 'x' }, ['json']),
    );
    expect(extra.issues[0]?.path).toBe('json.note');
    const notObject = errorOf(() => policySnapshots.policy(null, ['json']));
    expect([notObject.code, notObject.issues[0]?.path]).toEqual(['invalid-input', 'json']);
    const twice = JSON.parse(JSON.stringify(policies.statutory));
    twice.rules.push({ ...twice.rules[0], name: 'Another' });
    expect(errorOf(() => policySnapshots.policy(twice, ['json'])).code).toBe('duplicate-rule');
    const itself = { ...JSON.parse(JSON.stringify(policies.statutory)), includes: ['statutory'] };
    expect(errorOf(() => policySnapshots.policy(itself, ['json'])).code).toBe('duplicate-rule');
  });
});
