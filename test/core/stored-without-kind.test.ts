import { describe, expect, it } from 'vitest';
import {
  assessMaturity,
  defineFramework,
  defineMaturityModel,
  definePolicy,
  lm3,
  type MaturityModelInput,
  type PolicyInput,
  policies,
  portsmouthRoadmap,
  requiresSocialValue,
  svmiPublicSector,
} from '../../src/index.js';
import {
  analyseSpend,
  defineSpendMultiplier,
  estimateLocalImpact,
  type SpendMultiplierInput,
} from '../../src/spend/index.js';
import { caught } from '../errors.js';

// A `define*` object whose `kind` was dropped (`const { kind, ...rest } = policy`, or its JSON
// without `kind`) is still its stored form: it has `schemaVersion`, which no input has. Every
// `define*` reads it as that stored form, as `defineFramework` always has, and gives back an
// object equal to the one defined; a consumer takes it likewise.

/** The JSON of `value` without its `kind`. */
function withoutKind<T>(value: object): T {
  const { kind: _kind, ...rest } = JSON.parse(JSON.stringify(value));
  return rest as T;
}

const council = definePolicy({
  id: 'council',
  name: 'Council',
  source: 'Procurement strategy 2025, para 4',
  include: [policies.statutory],
  rules: [
    {
      id: 'over-100k',
      name: 'Contracts over £100,000 plus VAT',
      when: { minimumValue: { amount: 100_000, vatBasis: 'exclusive' } },
      outcome: { socialValue: 'required', minimumWeighting: { percent: 15, of: 'total' } },
    },
  ],
});

const contract = {
  contractType: 'supplies',
  authority: 'sub-central',
  value: 120_000,
  vatBasis: 'inclusive',
  commencedOn: '2026-04-01',
} as const;

describe('a defined object without its kind', () => {
  it('is a framework again (as it always was)', () => {
    const framework = defineFramework({
      id: 'demo',
      name: 'Demo',
      edition: '2024',
      priceYear: 2024,
      themes: [{ id: 'env', name: 'Environment' }],
      measures: [
        {
          code: 'NT32',
          theme: 'env',
          title: 'Car miles saved',
          unit: 'miles',
          proxyValue: '0.02223',
          valueType: 'environmental',
        },
      ],
    });
    expect(defineFramework(withoutKind(framework))).toEqual(framework);
  });

  it('is a policy again, its included ids and all, and requiresSocialValue takes it', () => {
    for (const policy of [council, policies.statutory, policies.ppn0620]) {
      expect(definePolicy(withoutKind<PolicyInput>(policy))).toEqual(policy);
    }
    // Spread, not through JSON: the live rules' Decimals are read as they are.
    const { kind: _kind, ...spread } = council;
    expect(definePolicy(spread as unknown as PolicyInput)).toEqual(council);
    // £120,000 with VAT is £100,000 plus VAT (20%): the local floor is met, 15% required.
    const result = requiresSocialValue(contract, withoutKind<PolicyInput>(council));
    expect(result).toEqual(requiresSocialValue(contract, council));
    expect(result.minimumWeighting?.percent.toString()).toBe('15');
    // Included by another policy too.
    const outer = definePolicy({
      id: 'outer',
      name: 'Outer',
      include: [withoutKind<PolicyInput>(council)],
      rules: [],
    });
    expect(outer.includes).toEqual(['statutory', 'council']);
  });

  it('is checked as the stored policy is: an edited figure or a bad id is refused', () => {
    const edited = withoutKind<Record<string, unknown>>(council);
    edited.includes = ['council'];
    const error = caught(() => definePolicy(edited as unknown as PolicyInput));
    expect(error.code).toBe('duplicate-rule');
    expect(error.issues[0]?.path).toBe('policy.includes');
    // Another kind's schemaVersion alone does not make a policy of a framework.
    const wrongKind = { ...withoutKind<object>(council), kind: 'framework' };
    expect(caught(() => definePolicy(wrongKind as unknown as PolicyInput)).issues[0]?.path).toBe(
      'policy',
    );
  });

  it('is a spend multiplier again, of each form, and estimateLocalImpact takes it', () => {
    const source = 'Portsmouth Social Value Policy 2021';
    const multipliers = [
      defineSpendMultiplier({ additional: 63, source }),
      defineSpendMultiplier({ total: '2.12', appliesTo: 'all-spend', rounds: 3, source }),
      defineSpendMultiplier({ lm3: lm3([100_000, 60_000, 30_000]), source }),
    ];
    for (const multiplier of multipliers) {
      expect(defineSpendMultiplier(withoutKind<SpendMultiplierInput>(multiplier))).toEqual(
        multiplier,
      );
    }
    const analysis = analyseSpend(
      [{ supplier: 'Harbour Catering', amount: 10_000, date: '2025-04-14', postcode: 'PO1 2AB' }],
      { locality: ['PO1'] },
    );
    const estimate = estimateLocalImpact(analysis, {
      multiplier: withoutKind<SpendMultiplierInput>(multipliers[0]!),
    });
    // £10,000 of local spend × 63p = £6,300 of additional benefit.
    expect(estimate.additionalBenefit.toString()).toBe('6300');
    // Its figures are checked as revive checks them: a total that is not 1 + 63p is refused.
    const edited = { ...withoutKind<Record<string, unknown>>(multipliers[0]!), total: '1.7' };
    expect(
      caught(() => defineSpendMultiplier(edited as unknown as SpendMultiplierInput)).issues[0]
        ?.path,
    ).toBe('input.total');
  });

  it('is a maturity model again, and assessMaturity takes it', () => {
    for (const model of [svmiPublicSector, portsmouthRoadmap]) {
      expect(defineMaturityModel(withoutKind<MaturityModelInput>(model))).toEqual(model);
    }
    const responses = { 'policy-and-scope': 'follower' };
    expect(
      assessMaturity(withoutKind<MaturityModelInput>(svmiPublicSector), responses, {
        strict: false,
      }),
    ).toEqual(assessMaturity(svmiPublicSector, responses, { strict: false }));
  });

  it('is not made of an object that is not a plain one', () => {
    class Stored {
      schemaVersion = 1;
      id = 'council';
    }
    expect(caught(() => definePolicy(new Stored() as unknown as PolicyInput)).code).toBe(
      'invalid-input',
    );
    expect(
      caught(() => defineSpendMultiplier(new Stored() as unknown as SpendMultiplierInput)).code,
    ).toBe('invalid-input');
  });
});
