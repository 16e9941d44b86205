import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ContractInput,
  Decimal,
  definePolicy,
  type PolicyRuleInput,
  policies,
  requiresSocialValue,
  type VatBasis,
} from '../../src/index.js';

const basis = fc.constantFrom<VatBasis>('inclusive', 'exclusive');
const pence = fc.bigInt({ min: 0n, max: 10_000_000_00n }).map((p) => (Number(p) / 100).toFixed(2));
const date = fc
  .date({
    min: new Date('2020-01-01T12:00:00Z'),
    max: new Date('2030-12-31T12:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const type = fc.constantFrom('supplies', 'services', 'works', 'light-touch', 'concession' as const);
const authority = fc.constantFrom('central-government', 'sub-central', 'utility' as const);

// A monotone rule: value floors and "at or above the statutory threshold" only (plus conditions
// that do not depend on the value).
const monotoneRule = (index: number) =>
  fc
    .record({
      floor: fc.option(fc.record({ amount: pence, vatBasis: basis }), { nil: undefined }),
      statutory: fc.option(fc.constant(true), { nil: undefined }),
      types: fc.option(fc.array(type, { minLength: 1, maxLength: 3 }), { nil: undefined }),
      required: fc.boolean(),
    })
    .map(
      ({ floor, statutory, types, required }): PolicyRuleInput => ({
        id: `rule-${index}`,
        title: `Rule ${index}`,
        when: {
          ...(floor === undefined ? {} : { minimumValue: floor }),
          ...(statutory === undefined ? {} : { atOrAboveStatutoryThreshold: statutory }),
          ...(types === undefined ? {} : { contractTypes: types }),
        },
        outcome: required
          ? { socialValue: 'required', minimumWeighting: { fraction: '0.1', base: 'total' } }
          : { minimumWeighting: { fraction: '0.2', base: 'quality' } },
      }),
    );

const rules = fc
  .integer({ min: 1, max: 6 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => monotoneRule(i))));

const contract = fc.record({
  type,
  authority,
  value: pence,
  vatBasis: basis,
  commencedOn: date,
  durationMonths: fc.integer({ min: 1, max: 120 }),
});

/** Plain, comparable form of a result (decimals as strings). */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('policy properties', () => {
  it('raising the value never turns a required contract into a not-required one', () => {
    fc.assert(
      fc.property(rules, contract, pence, (ruleList, base, raise) => {
        const policy = definePolicy({
          id: 'p',
          title: 'P',
          include: [policies.statutory],
          rules: ruleList,
        });
        const lower = requiresSocialValue(base as ContractInput, policy);
        const higher = requiresSocialValue(
          { ...(base as ContractInput), value: new Decimal(base.value).plus(raise) },
          policy,
        );
        if (lower.required) expect(higher.required).toBe(true);
        for (const id of lower.rules) expect(higher.rules).toContain(id);
      }),
      { numRuns: 200 },
    );
  });

  it('results do not depend on the order of the rules', () => {
    fc.assert(
      fc.property(
        rules.chain((list) =>
          fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
        ),
        contract,
        ([list, shuffled], input) => {
          const one = definePolicy({ id: 'p', title: 'P', rules: list });
          const two = definePolicy({ id: 'p', title: 'P', rules: shuffled });
          expect(plain(requiresSocialValue(input as ContractInput, two))).toEqual(
            plain(requiresSocialValue(input as ContractInput, one)),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('an ex-VAT value and the same value inc VAT (× 1.2, exact) give the same answer', () => {
    fc.assert(
      fc.property(contract, (input) => {
        const exclusive = { ...(input as ContractInput), vatBasis: 'exclusive' as const };
        const inclusive = {
          ...exclusive,
          vatBasis: 'inclusive' as const,
          value: new Decimal(input.value).times('1.2'),
        };
        const a = requiresSocialValue(exclusive, policies.southend2021);
        const b = requiresSocialValue(inclusive, policies.southend2021);
        expect(b.rules).toEqual(a.rules);
        expect(b.statutoryThreshold?.value?.toString()).toBe(
          a.statutoryThreshold?.value?.toString(),
        );
      }),
      { numRuns: 200 },
    );
  });
});
