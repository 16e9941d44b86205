import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ContractInput,
  checkWeighting,
  Decimal,
  definePolicy,
  isSocialValueError,
  type Policy,
  type PolicyInput,
  type PolicyRuleInput,
  policies,
  requiresSocialValue,
  type ThresholdQuery,
  ukProcurementThreshold,
} from '../../src/index.js';
import { caught } from '../errors.js';
import {
  expectSane,
  frozenCopy,
  given,
  hostileNumbers,
  nothingFrozen,
  prototypeNames,
  someId,
  someNumber,
  someText,
} from './sane.js';

// Adversarial suite of the policy area (issue #11): every public function with malformed numbers,
// misspelt keys, prototype-named ids, wrong objects, frozen inputs, shuffled inputs, extreme
// magnitudes and boundary dates. Each case asserts the outcome: a sane result with its figures,
// or a SocialValueError with its code and path.

const contract = (overrides: Partial<ContractInput> = {}): ContractInput => ({
  contractType: 'services',
  authority: 'sub-central',
  value: '300000',
  vatBasis: 'inclusive',
  durationMonths: 36,
  commencedOn: '2026-03-01',
  ...overrides,
});
const query = (overrides: Partial<ThresholdQuery> = {}): ThresholdQuery => ({
  contractType: 'works',
  authority: 'sub-central',
  commencedOn: '2026-03-01',
  ...overrides,
});
const rule = (overrides: Partial<PolicyRuleInput> = {}): PolicyRuleInput => ({
  id: 'r',
  name: 'R',
  when: { minimumValue: { amount: '100000', vatBasis: 'exclusive' } },
  outcome: { socialValue: 'required', minimumWeighting: { percent: 15, of: 'total' } },
  ...overrides,
});
const weights = { price: 60, quality: 30, socialValue: 10 };

/** The error's code and the path of its first issue. */
const codeAndPath = (run: () => unknown) => {
  const error = caught(run);
  return [error.code, error.issues[0]?.path];
};

describe('policy: malformed and out-of-range numbers', () => {
  it.each(hostileNumbers.map((value) => [value]))('contract.value = %s', (value) => {
    const error = caught(() =>
      requiresSocialValue(contract({ value: value as never }), policies.statutory),
    );
    expect(['invalid-input', 'out-of-range']).toContain(error.code);
    expect(error.issues[0]?.path).toBe('contract.value');
    expect(error.issues[0]?.message).toMatch(/^expected /);
  });

  it.each(hostileNumbers.map((value) => [value]))('weights.socialValue = %s', (value) => {
    const error = caught(() =>
      checkWeighting({ price: 90, socialValue: value as never }, contract(), policies.statutory),
    );
    expect(['invalid-input', 'out-of-range']).toContain(error.code);
    expect(error.issues[0]?.path).toBe('weights.socialValue');
  });

  it.each(hostileNumbers.map((value) => [value]))('rule floor amount = %s', (value) => {
    const error = caught(() =>
      definePolicy({
        id: 'p',
        name: 'P',
        rules: [
          rule({ when: { minimumValue: { amount: value as never, vatBasis: 'exclusive' } } }),
        ],
      }),
    );
    expect(['invalid-input', 'out-of-range']).toContain(error.code);
    expect(error.issues[0]?.path).toBe('policy.rules[0].when.minimumValue.amount');
  });

  it('refuses out-of-domain numbers with out-of-range at their path', () => {
    expect(
      codeAndPath(() => requiresSocialValue(contract({ value: '1e15' }), policies.statutory)),
    ).toEqual(['out-of-range', 'contract.value']);
    expect(
      codeAndPath(() =>
        requiresSocialValue(contract({ durationMonths: `1e-41` }), policies.statutory),
      ),
    ).toEqual(['out-of-range', 'contract.durationMonths']);
    expect(
      codeAndPath(() => checkWeighting({ price: '1e-50' }, contract(), policies.statutory)),
    ).toEqual(['out-of-range', 'weights.price']);
  });

  it('refuses a VAT rate given as a percentage, naming the fraction meant', () => {
    const error = caught(() => requiresSocialValue(contract({ vatRate: 20 }), policies.statutory));
    expect([error.code, error.issues[0]?.path]).toEqual(['invalid-input', 'contract.vatRate']);
    expect(error.issues[0]?.message).toBe(
      'expected a rate from 0 to 1 (a fraction, not a percentage), received 20 (did you mean 0.2?)',
    );
  });

  it('works at the edges of the domain, with sane, exact figures', () => {
    // 999,999,999,999,999.99 ex VAT is 1,199,999,999,999,999.988 inc VAT: above every threshold.
    const huge = requiresSocialValue(
      contract({ value: '999999999999999.99', vatBasis: 'exclusive' }),
      policies.southend2021,
    );
    expect(huge.statutoryThreshold?.value?.toString()).toBe('1199999999999999.988');
    expect(huge.required).toBe(true);
    expectSane(huge);
    // A tiny value inc VAT on an ex-VAT floor: divided to 34 significant digits, still sane.
    const tiny = requiresSocialValue(
      contract({ value: '1e-40', commencedOn: '2021-06-01' }),
      policies.statutory,
    );
    expect(tiny.statutoryThreshold?.value?.toString()).toBe(
      new Decimal('1e-40').div('1.2').toSignificantDigits(34).toString(),
    );
    expect(tiny.statutoryThreshold?.shortfall?.gt(189329)).toBe(true);
    expect(tiny.required).toBe(false);
    expectSane(tiny);
    // A zero VAT rate and a 40-digit rate keep the comparison exact.
    const exact = requiresSocialValue(
      contract({ value: '207720', vatBasis: 'exclusive', vatRate: 0 }),
      policies.statutory,
    );
    expect(exact.statutoryThreshold?.atOrAbove).toBe(true);
    const weighting = checkWeighting(
      {
        price: '33.3333333333333333333333333333333333333333',
        quality: '66.6666666666666666666666666666666666666667',
      },
      contract(),
      policies.statutory,
    );
    expect(weighting.total.toString()).toBe('100');
    expectSane(weighting);
  });
});

describe('policy: unknown and misspelt keys', () => {
  it('names the key and suggests the right one', () => {
    const cases: [() => unknown, string, string][] = [
      [
        () =>
          requiresSocialValue(
            { ...contract(), vatbasis: 'inclusive' } as unknown as ContractInput,
            policies.statutory,
          ),
        'contract.vatbasis',
        'unknown key (did you mean "vatBasis"?)',
      ],
      [
        () =>
          requiresSocialValue(
            { ...contract(), comencedOn: '2026-01-01' } as unknown as ContractInput,
            policies.statutory,
          ),
        'contract.comencedOn',
        'unknown key (did you mean "commencedOn"?)',
      ],
      [
        () => requiresSocialValue({ ...contract(), type: 'services' } as never, policies.statutory),
        'contract.type',
        'unknown key (renamed in 0.2: did you mean "contractType"?)',
      ],
      [
        () =>
          checkWeighting({ price: 90, socialvalue: 10 } as never, contract(), policies.statutory),
        'weights.socialvalue',
        'unknown key (did you mean "socialValue"?)',
      ],
      [
        () => ukProcurementThreshold({ ...query(), autority: 'sub-central' } as never),
        'query.autority',
        'unknown key (did you mean "authority"?)',
      ],
      [
        () => definePolicy({ id: 'p', name: 'P', rules: [{ ...rule(), outcme: {} } as never] }),
        'policy.rules[0].outcme',
        'unknown key (did you mean "outcome"?)',
      ],
      [
        () =>
          definePolicy({
            id: 'p',
            name: 'P',
            rules: [
              rule({ when: { minimumvalue: { amount: 1, vatBasis: 'exclusive' } } as never }),
            ],
          }),
        'policy.rules[0].when.minimumvalue',
        'unknown key (did you mean "minimumValue"?)',
      ],
      [
        () =>
          definePolicy({
            id: 'p',
            name: 'P',
            rules: [
              rule({
                outcome: { maximumWeighting: { percent: 20, of: 'total', base: 'total' } } as never,
              }),
            ],
          }),
        'policy.rules[0].outcome.maximumWeighting.base',
        'unknown key (renamed in 0.2: did you mean "of"?)',
      ],
    ];
    for (const [run, path, message] of cases) {
      const error = caught(run);
      expect(error.code).toBe('invalid-input');
      const issue = error.issues.find((candidate) => candidate.path === path);
      expect(issue?.message).toBe(message);
    }
  });

  it('accepts undefined optional keys as absent', () => {
    const result = requiresSocialValue(
      contract({ id: undefined, name: undefined, vatRate: undefined, tags: undefined }),
      policies.statutory,
    );
    expect(result.required).toBe(true);
    const policy = definePolicy({
      id: 'p',
      name: 'P',
      source: undefined,
      include: undefined,
      rules: [rule({ note: undefined, scope: undefined })],
    });
    expect(Object.keys(policy)).toEqual([
      'kind',
      'schemaVersion',
      'id',
      'name',
      'includes',
      'rules',
    ]);
  });
});

describe('policy: prototype-named ids, tags and keys are ordinary', () => {
  it.each(prototypeNames.map((name) => [name]))(
    '%s as rule id, policy id, tag and contract id',
    (name) => {
      const policy = definePolicy({
        id: name,
        name: `Policy ${name}`,
        include: [policies.statutory],
        rules: [
          rule({ id: name, when: { tags: [name] } }),
          rule({
            id: `${name}-2`,
            when: { withoutTags: [name] },
            outcome: { socialValue: 'recommended' },
          }),
        ],
      });
      expect(policy.rules.map((r) => r.id)).toEqual(['social-value-act-2012', name, `${name}-2`]);
      const tagged = requiresSocialValue(contract({ id: name, tags: [name] }), policy);
      expect(tagged.local.rules).toEqual([name]);
      expect(tagged.minimumWeighting?.rule).toBe(name);
      expect(tagged.policy).toBe(name);
      const untagged = requiresSocialValue(contract({ tags: [] }), policy);
      expect(untagged.local.rules).toEqual([`${name}-2`]);
      expect(untagged.recommended).toBe(true);
      expectSane(tagged);
      const check = checkWeighting(weights, contract({ tags: [name] }), policy);
      expect(check.findings[0]).toMatchObject({ rule: name, ok: false });
      // A JSON snapshot of the policy keeps the rule too.
      const revived = requiresSocialValue(
        contract({ tags: [name] }),
        JSON.parse(JSON.stringify(policy)),
      );
      expect(revived.local.rules).toEqual([name]);
    },
  );
});

describe('policy: wrong objects', () => {
  const wrong: readonly unknown[] = [null, undefined, 42, 'policy', [], [policies.statutory]];

  it.each(wrong.map((value) => [value]))('%s as the policy', (value) => {
    const error = caught(() => requiresSocialValue(contract(), value as Policy));
    expect([error.code, error.issues[0]?.path]).toEqual(['invalid-input', 'policy']);
    expect(error.issues[0]?.message).toContain('expected a policy');
  });

  it('an empty object, another kind, a hand-made policy, a tampered one', () => {
    const empty = caught(() => requiresSocialValue(contract(), {} as Policy));
    expect(empty.code).toBe('invalid-input');
    expect(empty.message).toContain('Invalid policy');
    expect(empty.issues.map((issue) => issue.path)).toEqual([
      'policy.id',
      'policy.name',
      'policy.rules',
    ]);
    const valuation = caught(() =>
      requiresSocialValue(contract(), { kind: 'valuation', total: '1' } as unknown as Policy),
    );
    expect(valuation.issues[0]?.message).toBe(
      'expected a policy (from definePolicy or policies, its JSON snapshot, or a policy input), received an object of kind "valuation"',
    );
    const copy = { ...policies.ppn002 } as Policy; // a spread drops the seal: validated again
    expect(requiresSocialValue(contract({ authority: 'central-government' }), copy).rule).toBe(
      'ppn002-mandatory',
    );
    const tampered = {
      ...JSON.parse(JSON.stringify(policies.ppn002)),
      rules: [
        {
          id: 'x',
          name: 'X',
          scope: 'local',
          when: {},
          outcome: { minimumWeighting: { percent: 0.1, of: 'total' } },
        },
      ],
    };
    expect(codeAndPath(() => requiresSocialValue(contract(), tampered))).toEqual([
      'invalid-input',
      'policy.rules[0].outcome.minimumWeighting.percent',
    ]);
  });

  it.each(wrong.map((value) => [value]))('%s as the contract', (value) => {
    const error = caught(() => requiresSocialValue(value as ContractInput, policies.statutory));
    expect([error.code, error.issues[0]?.path]).toEqual(['invalid-input', 'contract']);
  });

  it.each(wrong.map((value) => [value]))('%s as the threshold query', (value) => {
    const error = caught(() => ukProcurementThreshold(value as ThresholdQuery));
    expect([error.code, error.issues[0]?.path]).toEqual(['invalid-input', 'query']);
  });

  it.each([null, undefined, 42, 'weights', [], [60, 40]].map((value) => [value]))(
    '%s as the weights',
    (value) => {
      const error = caught(() => checkWeighting(value as never, contract(), policies.statutory));
      expect([error.code, error.issues[0]?.path]).toEqual(['invalid-input', 'weights']);
    },
  );

  it('a policy, a requirement or a threshold given where weights are expected', () => {
    const threshold = ukProcurementThreshold(query());
    const error = caught(() => checkWeighting(threshold as never, contract(), policies.statutory));
    expect(error.issues[0]?.message).toBe(
      'expected criterion weights or an evaluation model, received an object of kind "procurement-threshold"',
    );
    const rules = caught(() =>
      definePolicy({ id: 'p', name: 'P', include: [threshold as never], rules: [] }),
    );
    expect([rules.code, rules.issues[0]?.path]).toEqual(['invalid-input', 'policy.include[0]']);
  });

  it('never throws anything but a SocialValueError, whatever it is given', () => {
    // Any values, and values of the right shape with hostile numbers, ids, texts and dates among
    // them (as built, revived from JSON or deep-frozen): any values alone gave a result only in
    // the last two calls (10 to 29 runs of 300 each), so the other six checked only refusals.
    const results = [0, 0, 0, 0, 0, 0, 0, 0];
    const onlyLibraryErrors = (call: number, run: () => unknown) => {
      try {
        expectSane(run());
        results[call]! += 1;
      } catch (error) {
        if (!isSocialValueError(error)) throw error;
        expect(error.message).not.toContain('[object Object]');
      }
    };
    const presets = Object.values(policies);
    const date = fc
      .oneof(
        { weight: 4, arbitrary: fc.integer({ min: 2014, max: 2031 }) },
        { weight: 1, arbitrary: fc.constantFrom(1, 9999) },
      )
      .chain((year) =>
        fc.oneof(
          {
            weight: 4,
            arbitrary: fc
              .integer({ min: 1, max: 12 })
              .map(
                (month) => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`,
              ),
          },
          {
            weight: 1,
            arbitrary: fc.constantFrom(
              '2024-02-29',
              '2023-02-29',
              '2026-1-1',
              ' 2026-03-01',
              '9999-12-31',
            ),
          },
        ),
      );
    const contractType = fc.oneof(
      {
        weight: 4,
        arbitrary: fc.constantFrom(
          'services',
          'works',
          'supplies',
          'light-touch',
          'concession',
          'defence-works',
        ),
      },
      fc.constantFrom('Works', ...prototypeNames),
    );
    const authority = fc.constantFrom('sub-central', 'central-government', 'utility', 'utilities');
    const vatBasis = fc.constantFrom('inclusive', 'exclusive');
    const tags = fc.array(someId('housing', 'care'), { maxLength: 3 });
    const contractArb = fc.record(
      {
        id: someId('C-1'),
        name: someText('Home care'),
        contractType,
        authority,
        value: someNumber(0, 50_000_000),
        vatBasis,
        vatRate: fc.oneof(fc.constantFrom('0.2', 0, 1, `0.${'0'.repeat(39)}1`), someNumber(0, 1)),
        durationMonths: someNumber(1, 120),
        commencedOn: date,
        regime: fc.constantFrom('pcr-2015', 'procurement-act-2023'),
        tags,
      },
      { requiredKeys: ['contractType', 'authority', 'vatBasis', 'commencedOn'] },
    );
    const percent = fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 1, max: 40 }) },
      {
        weight: 1,
        arbitrary: fc.constantFrom('12.5', '33.333333333333333333333333333333333333', 0.5, 100),
      },
      { weight: 1, arbitrary: fc.constantFrom(...hostileNumbers) },
    );
    const weighting = fc.record({ percent, of: fc.constantFrom('total', 'quality', 'non-price') });
    const whenArb = fc.record(
      {
        contractTypes: fc.subarray(['services', 'works', 'supplies', 'light-touch'], {
          minLength: 1,
        }),
        authorities: fc.subarray(['sub-central', 'central-government', 'utility'], {
          minLength: 1,
        }),
        minimumValue: fc.record({ amount: someNumber(0, 5_000_000), vatBasis }),
        minimumDurationMonths: someNumber(0, 60),
        commencedFrom: date,
        commencedTo: date,
        atOrAboveStatutoryThreshold: fc.boolean(),
        tags,
        withoutTags: tags,
      },
      { requiredKeys: [] },
    );
    const ruleArb = fc.record(
      {
        id: someId('r'),
        name: someId('Rule'),
        scope: fc.constantFrom('statutory', 'local'),
        source: someText('Council policy 2024'),
        when: whenArb,
        outcome: fc.record(
          {
            socialValue: fc.constantFrom('required', 'recommended'),
            minimumWeighting: weighting,
            maximumWeighting: weighting,
            environmentalWeighting: weighting,
            targetSocialValueAddedRatio: someNumber(0, 1),
          },
          { requiredKeys: ['socialValue'] },
        ),
      },
      { requiredKeys: ['id', 'name', 'outcome'] },
    );
    const policyInputArb = fc.record(
      {
        id: someId('local'),
        name: someId('Local policy'),
        source: someText('Cabinet, 2024'),
        include: fc.subarray(presets, { maxLength: 2 }),
        rules: fc.uniqueArray(ruleArb, { maxLength: 3, selector: (rule) => rule.id }),
      },
      { requiredKeys: ['id', 'name', 'rules'] },
    );
    // Weights that add up to 100 (price takes the rest) when every part is a number.
    const weightsArb = fc
      .record(
        { quality: percent, socialValue: percent, environmental: percent, other: percent },
        { requiredKeys: ['socialValue'] },
      )
      .map((parts) => {
        let rest: Decimal | undefined = new Decimal(100);
        for (const part of Object.values(parts)) {
          try {
            rest = rest?.minus(part as string);
          } catch {
            rest = undefined;
          }
        }
        return { price: rest?.toString() ?? 60, ...parts };
      });
    // An evaluation model read structurally, its weights among the hostile numbers.
    const modelArb = fc.record({
      method: fc.constantFrom('weighted', 'price-per-quality-point', 'value-for-money'),
      criteria: fc.array(
        fc.record(
          {
            id: someId('c'),
            kind: fc.constantFrom('price', 'quality', 'social-value', 'environmental', 'custom'),
            weight: percent,
            subCriteria: fc.array(fc.record({ weight: percent }), { minLength: 1, maxLength: 2 }),
          },
          { requiredKeys: ['kind'] },
        ),
        { minLength: 1, maxLength: 4 },
      ),
    });
    const queryArb = fc.record(
      {
        contractType,
        authority,
        commencedOn: date,
        regime: fc.constantFrom('pcr-2015', 'procurement-act-2023'),
        level: fc.constantFrom('threshold', 'small-lot', 'notifiable-below-threshold'),
      },
      { requiredKeys: ['contractType', 'authority', 'commencedOn'] },
    );
    const shaped = fc.record({
      contract: given(contractArb),
      policy: given(fc.oneof(fc.constantFrom(...presets), policyInputArb)),
      weights: given(fc.oneof({ weight: 3, arbitrary: weightsArb }, modelArb)),
      query: given(queryArb),
      policyInput: given(policyInputArb),
      included: given(fc.constantFrom(...presets)),
      when: given(whenArb),
      tags: given(tags),
    });
    const anything = fc.tuple(fc.anything(), fc.anything()).map(([a, b]) => ({
      contract: a,
      policy: a,
      weights: a,
      query: a,
      policyInput: a,
      included: a,
      when: b,
      tags: b,
    }));
    fc.assert(
      fc.property(fc.oneof(anything, shaped), (input) => {
        onlyLibraryErrors(0, () =>
          requiresSocialValue(input.contract as ContractInput, policies.statutory),
        );
        onlyLibraryErrors(1, () => requiresSocialValue(contract(), input.policy as Policy));
        onlyLibraryErrors(2, () =>
          checkWeighting(input.weights as never, contract(), policies.ppn002),
        );
        onlyLibraryErrors(3, () => ukProcurementThreshold(input.query as ThresholdQuery));
        onlyLibraryErrors(4, () => definePolicy(input.policyInput as PolicyInput));
        onlyLibraryErrors(5, () =>
          definePolicy({ id: 'p', name: 'P', include: [input.included as Policy], rules: [] }),
        );
        onlyLibraryErrors(6, () =>
          definePolicy({ id: 'p', name: 'P', rules: [{ ...rule(), when: input.when as never }] }),
        );
        onlyLibraryErrors(7, () =>
          requiresSocialValue({ ...contract(), tags: input.tags as never }, policies.statutory),
        );
      }),
      { numRuns: 300 },
    );
    // Not vacuous: in 300 runs (seeds 1 to 10) the calls in order gave a result in 47 to 68, 91
    // to 116, 42 to 57, 15 to 28 (most queries name a date or level without a threshold), 44 to
    // 65, 142 to 163, 56 to 74 and 149 to 169 runs.
    for (const count of results) expect(count).toBeGreaterThanOrEqual(3);
  });
});

describe('policy: caller data is never changed or frozen', () => {
  it('deep-frozen inputs work, and unfrozen inputs stay unfrozen', () => {
    const policyInput: PolicyInput = {
      id: 'p',
      name: 'P',
      include: [JSON.parse(JSON.stringify(policies.statutory)) as Policy],
      rules: [rule({ when: { tags: ['a'], contractTypes: ['services'] } })],
    };
    const contractInput = contract({ tags: ['a'] });
    const weighting = { price: 55, quality: 30, socialValue: 15 };
    const thresholdQuery = query();
    const frozen = definePolicy(frozenCopy(policyInput));
    expect(
      checkWeighting(frozenCopy(weighting), frozenCopy(contractInput), frozen).findings[0]?.ok,
    ).toBe(true);
    expect(ukProcurementThreshold(frozenCopy(thresholdQuery)).amount.toString()).toBe('5193000');

    const before = JSON.stringify([policyInput, contractInput, weighting, thresholdQuery]);
    const policy = definePolicy(policyInput);
    requiresSocialValue(contractInput, policy);
    checkWeighting(weighting, contractInput, policyInput as unknown as Policy);
    ukProcurementThreshold(thresholdQuery);
    expect(JSON.stringify([policyInput, contractInput, weighting, thresholdQuery])).toBe(before);
    expect(nothingFrozen(policyInput)).toBe(true);
    expect(nothingFrozen(contractInput)).toBe(true);
    expect(nothingFrozen(weighting)).toBe(true);
    expect(nothingFrozen(thresholdQuery)).toBe(true);
    // The results are frozen copies: changing the input later does not reach them.
    (policyInput.rules[0] as { name: string }).name = 'Changed';
    expect(policy.rules[1]?.name).toBe('R');
  });
});

describe('policy: order carries no meaning where it has none', () => {
  it('shuffled contract tags and shuffled rules give the same result', () => {
    const list = [
      rule({ id: 'a', when: { tags: ['x', 'y'] } }),
      rule({
        id: 'b',
        when: { withoutTags: ['z'] },
        outcome: { minimumWeighting: { percent: 20, of: 'quality' } },
      }),
      rule({ id: 'c', outcome: { maximumWeighting: { percent: 30, of: 'total' } } }),
    ];
    fc.assert(
      fc.property(
        fc.shuffledSubarray(list, { minLength: 3 }),
        fc.shuffledSubarray(['x', 'y', 'w'], { minLength: 3 }),
        (rules, tags) => {
          const one = requiresSocialValue(
            contract({ tags: ['x', 'y', 'w'] }),
            definePolicy({ id: 'p', name: 'P', rules: list }),
          );
          const two = requiresSocialValue(
            contract({ tags }),
            definePolicy({ id: 'p', name: 'P', rules }),
          );
          expect(JSON.stringify(two)).toBe(JSON.stringify(one));
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('policy: scale', () => {
  it('20,000 rules are defined and evaluated in linear time, with capped sentences', () => {
    const rules = Array.from({ length: 20_000 }, (_, index) =>
      rule({ id: `rule-${index}`, when: { tags: [`tag-${index}`] } }),
    );
    const policy = definePolicy({ id: 'big', name: 'Big', rules });
    const result = requiresSocialValue(contract({ tags: ['tag-7'] }), policy);
    expect(result.rules).toEqual(['rule-7']);
    expect(result.evaluations).toHaveLength(20_000);
  });

  it('a rule with 50,000 tags words its condition in one capped sentence', () => {
    const tags = Array.from({ length: 50_000 }, (_, index) => `t${index}`);
    const policy = definePolicy({ id: 'p', name: 'P', rules: [rule({ when: { tags } })] });
    const result = requiresSocialValue(contract({ tags: tags.slice(5) }), policy);
    const summary = result.evaluations[0]?.summary ?? '';
    // Tags are quoted; "t0" is not a slip of "t10" (only case, spaces, `_` or `-` are).
    expect(summary).toContain('not tagged "t0", "t1", "t2", "t3" and "t4".');
    const all = requiresSocialValue(contract({ tags }), policy);
    expect(all.evaluations[0]?.summary).toContain(
      'tagged "t0", "t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8", "t9" and 49,990 more',
    );
    expect((all.evaluations[0]?.summary ?? '').length).toBeLessThan(600);
    // 50,000 tags the rule lacks beside 50,000 the contract has: the slips named in the
    // sentence are looked up, not every pair compared (a speed measured outside the suite).
    const other = requiresSocialValue(
      contract({ tags: tags.map((tag) => tag.toUpperCase()) }),
      policy,
    );
    expect(other.evaluations[0]?.summary).toContain(
      'not tagged "t0" (tagged "T0"), "t1" (tagged "T1")',
    );
  });
});

describe('policy: boundary dates', () => {
  it.each([
    ['0001-01-01', 'no-threshold-for-date'],
    ['2015-12-31', 'no-threshold-for-date'],
  ])('%s has no threshold', (commencedOn, code) => {
    expect(caught(() => ukProcurementThreshold(query({ commencedOn }))).code).toBe(code);
  });

  it.each([
    ['2016-01-01', '4104394', 'pcr-2015'],
    ['2025-02-23', '5372609', 'pcr-2015'],
    ['2025-02-24', '5372609', 'procurement-act-2023'],
    ['2025-12-31', '5372609', 'procurement-act-2023'],
    ['2026-01-01', '5193000', 'procurement-act-2023'],
    ['9999-12-31', '5193000', 'procurement-act-2023'],
  ])('%s: works threshold %s under %s', (commencedOn, amount, regime) => {
    const threshold = ukProcurementThreshold(query({ commencedOn }));
    expect([threshold.amount.toString(), threshold.regime]).toEqual([amount, regime]);
    expectSane(threshold);
  });

  it('refuses impossible and malformed dates with invalid-input at their path', () => {
    for (const commencedOn of ['2026-02-29', '26-01-01', '2026-1-1', '', new Date(Number.NaN)]) {
      expect(
        codeAndPath(() => ukProcurementThreshold(query({ commencedOn: commencedOn as string }))),
      ).toEqual(['invalid-input', 'query.commencedOn']);
    }
    expect(
      codeAndPath(() =>
        definePolicy({
          id: 'p',
          name: 'P',
          rules: [rule({ when: { commencedFrom: '2026-13-01' } })],
        }),
      ),
    ).toEqual(['invalid-input', 'policy.rules[0].when.commencedFrom']);
  });

  it('a rule period includes both of its ends', () => {
    const policy = definePolicy({
      id: 'p',
      name: 'P',
      rules: [rule({ when: { commencedFrom: '2026-01-01', commencedTo: '2026-12-31' } })],
    });
    const on = (commencedOn: string) =>
      requiresSocialValue(contract({ commencedOn }), policy).required;
    expect([on('2025-12-31'), on('2026-01-01'), on('2026-12-31'), on('2027-01-01')]).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });
});
