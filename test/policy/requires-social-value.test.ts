import { describe, expect, it } from 'vitest';
import {
  type ContractInput,
  definePolicy,
  type Policy,
  policies,
  requiresSocialValue,
  revive,
} from '../../src/index.js';
import { contract, errorOf } from './helpers.js';

describe('requiresSocialValue: Southend 2021 (seed 001 §9.2) against statute', () => {
  // £177,897 × 1.2 = £213,476.40 inc VAT; the 2022-2023 sub-central threshold is £213,477 inc
  // VAT, so the contract is £0.60 under it yet meets Southend's "£177,897 plus VAT".
  it('£177,897 plus VAT: required locally, not statutorily', () => {
    const result = requiresSocialValue(contract(), policies.southend2021);
    expect(result.required).toBe(true);
    expect(result.rule).toBe('southend-2021-supplies-services');
    expect(result.local).toMatchObject({
      required: true,
      rules: ['southend-2021-supplies-services'],
    });
    expect(result.statutory).toMatchObject({ required: false, rules: [] });
    expect(result.statutoryThreshold?.value?.toString()).toBe('213476.4');
    expect(result.statutoryThreshold?.threshold.amount.toString()).toBe('213477');
    expect(result.statutoryThreshold?.shortfall?.toString()).toBe('0.6');
    expect(result.minimumWeighting).toBeNull();
    expect(result.reasons[0]).toContain('£213,477.00 inc VAT');
    expect(result.reasons[0]).toContain('£213,476.40 inc VAT, £0.60 below the threshold');
    const southend = result.reasons.find((reason) => reason.includes('supplies-services'));
    expect(southend).toContain(
      'value £177,897.00 ex VAT is at or above the floor of £177,897.00 ex VAT',
    );
    const weighting = result.reasons.find((reason) => reason.includes('southend-2021-weighting'));
    expect(weighting).toContain('does not apply');
  });

  it('the same contract through statutory alone is not required', () => {
    const result = requiresSocialValue(contract(), policies.statutory);
    expect(result.required).toBe(false);
    expect(result.rules).toEqual([]);
    expect(result.local.rules).toEqual([]);
  });

  it('a value exactly at the statutory threshold is in scope', () => {
    // 177,897.50 × 1.2 = 213,477.00 exactly.
    const atThreshold = requiresSocialValue(
      contract({ value: '177897.50' }),
      policies.southend2021,
    );
    expect(atThreshold.statutoryThreshold?.atOrAbove).toBe(true);
    expect(atThreshold.statutory.required).toBe(true);
    expect(atThreshold.minimumWeighting).toMatchObject({
      of: 'total',
      rule: 'southend-2021-weighting',
    });
    expect(atThreshold.minimumWeighting?.percent.toString()).toBe('10');
    const inclusive = requiresSocialValue(
      contract({ value: '213477', vatBasis: 'inclusive' }),
      policies.statutory,
    );
    expect(inclusive.required).toBe(true);
    const penny = requiresSocialValue(
      contract({ value: '213476.99', vatBasis: 'inclusive' }),
      policies.statutory,
    );
    expect(penny.required).toBe(false);
  });

  it('a value exactly at a local floor is in scope, a penny under is not', () => {
    expect(
      requiresSocialValue(contract({ value: '177897' }), policies.southend2021).local.required,
    ).toBe(true);
    expect(
      requiresSocialValue(contract({ value: '177896.99' }), policies.southend2021).local.required,
    ).toBe(false);
    // Light touch: £552,950 plus VAT = £663,540 inc VAT.
    const lightTouch = contract({
      contractType: 'light-touch',
      value: '663540',
      vatBasis: 'inclusive',
    });
    // It is also exactly at the statutory light touch threshold (£663,540 inc VAT): in scope.
    const lightTouchResult = requiresSocialValue(lightTouch, policies.southend2021);
    expect(lightTouchResult.local.rules).toEqual([
      'southend-2021-light-touch',
      'southend-2021-weighting',
    ]);
    expect(lightTouchResult.statutory.rules).toEqual(['social-value-act-2012']);
    const under = contract({
      contractType: 'light-touch',
      value: '663539.99',
      vatBasis: 'inclusive',
    });
    expect(requiresSocialValue(under, policies.southend2021).local.required).toBe(false);
  });

  describe('works: £1M and 24 months or more', () => {
    const works = (overrides: Parameters<typeof contract>[0]) =>
      requiresSocialValue(contract({ contractType: 'works', ...overrides }), policies.southend2021);

    it('both met: required', () => {
      const result = works({ value: '1000000', durationMonths: 24 });
      expect(result.local.rules).toEqual(['southend-2021-works']);
      // £1,200,000 inc VAT is £1M ex VAT at 20%.
      expect(works({ value: '1200000', vatBasis: 'inclusive', durationMonths: 24 }).required).toBe(
        true,
      );
    });

    it('value met, duration short: not required', () => {
      const result = works({ value: '5000000', durationMonths: 23 });
      expect(result.required).toBe(false);
      const reason = result.evaluations.find((e) => e.rule === 'southend-2021-works')?.summary;
      expect(reason).toContain('duration 23 months is under 24 months');
    });

    it('duration met, value short: not required', () => {
      const result = works({ value: '999999.99', durationMonths: 60 });
      expect(result.required).toBe(false);
      const reason = result.evaluations.find((e) => e.rule === 'southend-2021-works')?.summary;
      expect(reason).toContain('below the floor of £1,000,000.00 ex VAT by £0.01');
    });

    it('duration missing: undetermined, not required', () => {
      const { durationMonths: _omit, ...noDuration } = contract({
        contractType: 'works',
        value: '2000000',
      });
      const result = requiresSocialValue(noDuration, policies.southend2021);
      expect(result.required).toBe(false);
      expect(result.local.undetermined).toEqual(['southend-2021-works']);
      const evaluation = result.evaluations.find((e) => e.rule === 'southend-2021-works');
      expect(evaluation?.status).toBe('undetermined');
      expect(evaluation?.summary).toContain('duration not given');
      expect(result.summary).toBe(
        'Under policy southend2021 ("Southend-on-Sea Social Value Policy 2021"), social value is not required; 1 rule cannot be decided without more facts.',
      );
    });

    it('value missing, duration met: undetermined, not required', () => {
      const { value: _omit, ...noValue } = contract({ contractType: 'works', durationMonths: 36 });
      const result = requiresSocialValue(noValue, policies.southend2021);
      expect(result.required).toBe(false);
      expect(result.local.undetermined).toEqual(['southend-2021-weighting', 'southend-2021-works']);
      // The summary counts them (statutory and local alike), so that "not required" is not read
      // as settled.
      expect(result.summary).toBe(
        'Under policy southend2021 ("Southend-on-Sea Social Value Policy 2021"), social value is not required; 2 rules cannot be decided without more facts.',
      );
      const works = result.evaluations.find((e) => e.rule === 'southend-2021-works');
      expect(works?.summary).toContain(
        'value not given, so the floor of £1,000,000.00 ex VAT cannot be checked',
      );
      expect(result.statutoryThreshold).toMatchObject({
        value: null,
        atOrAbove: null,
        shortfall: null,
      });
      expect(result.statutoryThreshold?.threshold.amount.toString()).toBe('5336937');
      expect(result.reasons[0]).toContain('value is not given');
    });

    it('value missing, duration short: does not apply', () => {
      const { value: _omit, ...noValue } = contract({ contractType: 'works', durationMonths: 12 });
      const result = requiresSocialValue(noValue, policies.southend2021);
      expect(result.evaluations.find((e) => e.rule === 'southend-2021-works')?.status).toBe(
        'does-not-apply',
      );
    });

    it('value short and duration missing: does not apply', () => {
      const { durationMonths: _omit, ...noDuration } = contract({
        contractType: 'works',
        value: '500000',
      });
      const result = requiresSocialValue(noDuration, policies.southend2021);
      expect(result.local.undetermined).toEqual([]);
      expect(result.evaluations.find((e) => e.rule === 'southend-2021-works')?.status).toBe(
        'does-not-apply',
      );
    });
  });

  it('applies from 2022-01-01: day before and day of', () => {
    expect(
      requiresSocialValue(contract({ commencedOn: '2021-12-31' }), policies.southend2021).local
        .required,
    ).toBe(false);
    expect(
      requiresSocialValue(contract({ commencedOn: '2022-01-01' }), policies.southend2021).local
        .required,
    ).toBe(true);
  });
});

describe('requiresSocialValue: the VAT basis switch of 2022-01-01', () => {
  // £180,000 ex VAT: under the 2020-21 threshold of £189,330 ex VAT; from 2022 it is £216,000 inc
  // VAT, over £213,477 inc VAT.
  it('compares on the threshold basis each side of the switch', () => {
    const before = requiresSocialValue(
      contract({ value: '180000', commencedOn: '2021-12-31' }),
      policies.statutory,
    );
    expect(before.statutoryThreshold?.threshold.vatBasis).toBe('exclusive');
    expect(before.statutoryThreshold?.value?.toString()).toBe('180000');
    expect(before.required).toBe(false);
    const on = requiresSocialValue(
      contract({ value: '180000', commencedOn: '2022-01-01' }),
      policies.statutory,
    );
    expect(on.statutoryThreshold?.threshold.vatBasis).toBe('inclusive');
    expect(on.statutoryThreshold?.value?.toString()).toBe('216000');
    expect(on.required).toBe(true);
  });

  it('converts an inc-VAT value down to an ex-VAT threshold exactly', () => {
    // 189,330 × 1.2 = 227,196 inc VAT is exactly at the 2020-21 threshold.
    const at = requiresSocialValue(
      contract({ value: '227196', vatBasis: 'inclusive', commencedOn: '2021-06-01' }),
      policies.statutory,
    );
    expect(at.statutoryThreshold?.value?.toString()).toBe('189330');
    expect(at.required).toBe(true);
    const under = requiresSocialValue(
      contract({ value: '227195.99', vatBasis: 'inclusive', commencedOn: '2021-06-01' }),
      policies.statutory,
    );
    expect(under.required).toBe(false);
    expect(under.reasons[0]).toContain('ex VAT');
  });

  it('keeps a shortfall of less than a penny across VAT bases, and says so', () => {
    // 2021: £189,330 ex VAT, £227,196 inc VAT at 20%. £227,195.999 inc VAT is £0.001 inc VAT
    // short, £0.001 ÷ 1.2 = £0.000833… ex VAT: below the threshold, by less than a penny.
    const under = requiresSocialValue(
      contract({ value: '227195.999', vatBasis: 'inclusive', commencedOn: '2021-06-01' }),
      policies.statutory,
    );
    const check = under.statutoryThreshold!;
    expect(check.atOrAbove).toBe(false);
    expect(check.shortfall?.toString()).toBe('0.0008333333333333333333333333333333333');
    // To as many places as tell the value from the threshold (it read "£189,330.00 ex VAT, less
    // than £0.01 below the threshold" of £189,330.00).
    expect(under.reasons[0]).toContain(
      "The contract's value on that basis is £189,329.999 ex VAT, £0.001 below the threshold: the contract is below the statutory threshold.",
    );
    expect(under.reasons[1]).toContain(
      'value £189,329.999 ex VAT is below the statutory threshold of £189,330.00 ex VAT (PCR 2015)',
    );
    // £227,195.9999999999999999999999999999999 (31 decimal places) is 1e-31 short inc VAT:
    // converting the value first rounded it to £189,330 ex VAT and the shortfall to 0, though
    // below. Taking the difference first keeps it: 1e-31 ÷ 1.2 = 8.33…e-32.
    const hair = requiresSocialValue(
      contract({
        value: '227195.9999999999999999999999999999999',
        vatBasis: 'inclusive',
        commencedOn: '2021-06-01',
      }),
      policies.statutory,
    ).statutoryThreshold!;
    expect(hair.atOrAbove).toBe(false);
    expect(hair.shortfall?.toString()).toBe('8.333333333333333333333333333333333e-32');
    // Its value ex VAT (divided to 34 digits) is the threshold: the shortfall reads as a
    // penny's fraction, not to 200 places.
    expect(hair.value?.toString()).toBe('189330');
    expect(
      requiresSocialValue(
        contract({
          value: '227195.9999999999999999999999999999999',
          vatBasis: 'inclusive',
          commencedOn: '2021-06-01',
        }),
        policies.statutory,
      ).reasons[0],
    ).toContain('is £189,330.00 ex VAT, less than £0.01 below the threshold');
    // A local floor ex VAT (Southend: £177,897 plus VAT = £213,476.40 inc VAT): £213,476.399
    // inc VAT is below it by £0.001 ÷ 1.2, less than a penny (it used to say "by £0.00", then
    // "value £177,897.00 ex VAT is below the floor of £177,897.00 ex VAT by less than £0.01").
    const floor = requiresSocialValue(
      contract({ value: '213476.399', vatBasis: 'inclusive' }),
      policies.southend2021,
    );
    expect(floor.reasons.find((reason) => reason.includes('supplies-services'))).toContain(
      'value £177,896.999 ex VAT is below the floor of £177,897.00 ex VAT by £0.001',
    );
  });

  it('never writes a value below a threshold or floor as the figure itself', () => {
    // 2026: £207,720 inc VAT. £207,719.995 is half a penny short: it read "value £207,720.00 inc
    // VAT is below the statutory threshold of £207,720.00 inc VAT" and "£0.01 below".
    const half = requiresSocialValue(
      contract({ value: '207719.995', vatBasis: 'inclusive', commencedOn: '2026-06-01' }),
      policies.statutory,
    );
    expect(half.required).toBe(false);
    expect(half.reasons).toEqual([
      expect.stringContaining(
        "The contract's value on that basis is £207,719.995 inc VAT, £0.005 below the threshold: the contract is below the statutory threshold.",
      ),
      'Rule social-value-act-2012 (Services at or above the statutory threshold: social value must be considered) does not apply: value £207,719.995 inc VAT is below the statutory threshold of £207,720.00 inc VAT (Procurement Act 2023).',
    ]);
    // One penny below reads to the penny, as before; at or above, the value as it is.
    const penny = requiresSocialValue(
      contract({ value: '207719.99', vatBasis: 'inclusive', commencedOn: '2026-06-01' }),
      policies.statutory,
    );
    expect(penny.reasons[1]).toContain(
      'value £207,719.99 inc VAT is below the statutory threshold of £207,720.00 inc VAT',
    );
    expect(penny.reasons[0]).toContain('£207,719.99 inc VAT, £0.01 below the threshold');
    const above = requiresSocialValue(
      contract({ value: '207720.004', vatBasis: 'inclusive', commencedOn: '2026-06-01' }),
      policies.statutory,
    );
    expect(above.reasons[1]).toContain(
      'value £207,720.00 inc VAT is at or above the statutory threshold of £207,720.00 inc VAT',
    );
    // A local floor: Southend's £177,897 plus VAT, £177,896.995 ex VAT.
    const floor = requiresSocialValue(contract({ value: '177896.995' }), policies.southend2021);
    expect(floor.reasons.find((reason) => reason.includes('supplies-services'))).toContain(
      'value £177,896.995 ex VAT is below the floor of £177,897.00 ex VAT by £0.005',
    );
  });

  it('never writes the shortfall below a floor of many places as zeros', () => {
    // A floor of 36 decimal places ex VAT, £100 inc VAT at 20%: 100 ÷ 1.2 = 83.333… is below
    // 83.333…334 by 6.67e-37. The value, divided to 34 digits, differs from the floor at the 33rd
    // place, and the sentence said "by £0.00" there. To the floor's 36 places the shortfall,
    // 0.(36 zeros)667, is £0.(35 zeros)1.
    const floor = '83.333333333333333333333333333333333334';
    const policy = definePolicy({
      id: 'fine',
      name: 'Fine floor',
      rules: [
        {
          id: 'floor',
          name: 'Floor',
          when: { minimumValue: { amount: floor, vatBasis: 'exclusive' } },
          outcome: { socialValue: 'required' },
        },
      ],
    });
    const result = requiresSocialValue(
      contract({ value: '100', vatBasis: 'inclusive', commencedOn: '2025-06-01' }),
      policy,
    );
    expect(result.required).toBe(false);
    expect(result.reasons.at(-1)).toBe(
      `Rule floor (Floor) does not apply: value £83.${'3'.repeat(32)} ex VAT is below the floor of £${floor} ex VAT by £0.${'0'.repeat(35)}1.`,
    );
  });

  it('takes the VAT rate as a parameter', () => {
    // At a 0% rate £213,477 ex VAT is £213,477 inc VAT: in scope; at 20% £177,897 is not.
    const zeroRated = requiresSocialValue(
      contract({ value: '213477', vatRate: 0 }),
      policies.statutory,
    );
    expect(zeroRated.statutoryThreshold?.value?.toString()).toBe('213477');
    expect(zeroRated.required).toBe(true);
    const fivePercent = requiresSocialValue(
      contract({ value: '203311.43', vatRate: '0.05' }),
      policies.statutory,
    );
    // 203,311.43 × 1.05 = 213,477.0015.
    expect(fivePercent.statutoryThreshold?.value?.toString()).toBe('213477.0015');
  });
});

describe('requiresSocialValue: central government notes', () => {
  const central = (overrides: Parameters<typeof contract>[0]) =>
    contract({
      authority: 'central-government',
      value: '500000',
      vatBasis: 'inclusive',
      ...overrides,
    });

  it('PPN 06/20 from 2021-01-01 to 2025-02-23', () => {
    expect(
      requiresSocialValue(central({ commencedOn: '2020-12-31' }), policies.ppn0620)
        .minimumWeighting,
    ).toBeNull();
    const first = requiresSocialValue(central({ commencedOn: '2021-01-01' }), policies.ppn0620);
    expect(first.minimumWeighting).toMatchObject({ of: 'total', rule: 'ppn0620-total' });
    expect(first.statutory.rules).toEqual(['ppn0620-total', 'social-value-act-2012']);
    const last = requiresSocialValue(central({ commencedOn: '2025-02-23' }), policies.ppn0620);
    expect(last.statutory.rules).toContain('ppn0620-total');
    const after = requiresSocialValue(central({ commencedOn: '2025-02-24' }), policies.ppn0620);
    expect(after.minimumWeighting).toBeNull();
    expect(after.statutory.rules).toEqual(['social-value-act-2012']);
  });

  it('PPN 06/20 with an immature market: 10% of quality', () => {
    const result = requiresSocialValue(
      central({ commencedOn: '2023-03-01', tags: ['immature-market'] }),
      policies.ppn0620,
    );
    expect(result.minimumWeightings.map((w) => [w.rule, w.of])).toEqual([
      ['ppn0620-immature-market', 'quality'],
    ]);
  });

  it('PPN 06/20 does not reach councils or contracts below threshold', () => {
    expect(
      requiresSocialValue(
        contract({ value: '300000', commencedOn: '2023-01-01' }),
        policies.ppn0620,
      ).minimumWeighting,
    ).toBeNull();
    // Central threshold 2022-23: £138,760 inc VAT.
    expect(requiresSocialValue(central({ value: '138759.99' }), policies.ppn0620).required).toBe(
      false,
    );
    expect(requiresSocialValue(central({ value: '138760' }), policies.ppn0620).required).toBe(true);
  });

  it('PPN 002: recommended from 2025-02-24, mandatory from 2025-10-01', () => {
    expect(
      requiresSocialValue(
        central({ contractType: 'supplies', commencedOn: '2025-02-23' }),
        policies.ppn002,
      ).rules,
    ).toEqual([]);
    const early = requiresSocialValue(
      central({ contractType: 'supplies', commencedOn: '2025-02-24' }),
      policies.ppn002,
    );
    expect([early.required, early.recommended]).toEqual([false, true]);
    // Before 1 October 2025 the 10% is advised (a rule that recommends social value).
    expect(early.minimumWeighting?.rule).toBe('ppn002-total-recommended');
    // The summary said "weighing at least 10% of the total score" as if the 10% were required.
    expect(early.summary).toBe(
      'Under policy ppn002 ("PPN 002: social value in central government contracts"), social value is recommended, not required, weighing at least 10% of the total score (advised).',
    );
    expect(revive(JSON.parse(JSON.stringify(early)))).toEqual(early);
    const lastRecommended = requiresSocialValue(
      central({ contractType: 'supplies', commencedOn: '2025-09-30' }),
      policies.ppn002,
    );
    expect(lastRecommended.required).toBe(false);
    const mandatory = requiresSocialValue(
      central({ contractType: 'supplies', commencedOn: '2025-10-01' }),
      policies.ppn002,
    );
    expect([mandatory.required, mandatory.rule]).toEqual([true, 'ppn002-mandatory']);
    expect(mandatory.minimumWeighting?.rule).toBe('ppn002-total');
    expect(mandatory.summary).toBe(
      'Under policy ppn002 ("PPN 002: social value in central government contracts"), social value is required (rule ppn002-mandatory), weighing at least 10% of the total score.',
    );
  });

  it('PPN 002 under an absolute method: 10% of the non-price criteria', () => {
    const result = requiresSocialValue(
      central({ commencedOn: '2026-03-01', tags: ['absolute-price-method'] }),
      policies.ppn002,
    );
    expect(result.minimumWeighting).toMatchObject({ of: 'non-price', rule: 'ppn002-non-price' });
  });
});

describe('requiresSocialValue: outcomes and errors', () => {
  const council = definePolicy({
    id: 'council',
    name: 'A council',
    rules: [
      {
        id: 'catering',
        name: 'Large catering',
        when: { minimumValue: { amount: '5000000', vatBasis: 'exclusive' }, tags: ['catering'] },
        outcome: {
          socialValue: 'required',
          minimumWeighting: { percent: 5, of: 'total' },
          environmentalWeighting: { percent: 15, of: 'total' },
          targetSocialValueAddedRatio: '0.1',
        },
      },
      {
        id: 'everything',
        name: 'Every contract',
        outcome: {
          minimumWeighting: { percent: 5, of: 'quality' },
          targetSocialValueAddedRatio: '0.05',
        },
      },
    ],
  });

  it('collects weightings and the highest target', () => {
    const result = requiresSocialValue(contract({ value: '5000000', tags: ['catering'] }), council);
    expect(result.rules).toEqual(['catering', 'everything']);
    // Equal fractions: the total base is the more demanding.
    expect(result.minimumWeighting?.rule).toBe('catering');
    expect(result.environmentalWeightings.map((w) => w.percent.toString())).toEqual(['15']);
    expect(result.targetSocialValueAddedRatio?.toString()).toBe('0.1');
    expect(
      result.reasons.some((r) => r.includes('Every contract) applies to every contract')),
    ).toBe(true);
    expect(Object.isFrozen(result.evaluations)).toBe(true);
  });

  it('reads tags without surrounding spaces, quoted, naming a tag the contract writes otherwise', () => {
    // `' catering'` on the contract, or `'catering '` in a rule, did not match `'catering'`: the
    // rule did not apply, its reason reading "not tagged catering" beside a contract so tagged.
    const tagged = (tags: string[], rule: string[] = ['catering']) =>
      requiresSocialValue(
        contract({ value: '5000000', tags }),
        definePolicy({
          id: 'p',
          name: 'P',
          rules: [
            {
              id: 'r',
              name: 'Catering',
              when: { tags: rule, withoutTags: ['pilot'] },
              outcome: { socialValue: 'required' },
            },
          ],
        }),
      );
    const spaced = tagged([' catering']);
    expect(spaced.required).toBe(true);
    expect(spaced.reasons.at(-1)).toBe(
      'Rule r (Catering) applies: tagged "catering"; not tagged "pilot". Social value is required.',
    );
    expect(tagged(['catering'], ['catering ']).required).toBe(true);
    // Case is read as written, and a slip is named in the reason.
    const cased = tagged(['Catering', 'Pilot']);
    expect(cased.required).toBe(false);
    expect(cased.reasons.at(-1)).toBe(
      'Rule r (Catering) does not apply: not tagged "catering" (tagged "Catering").',
    );
    expect(tagged(['catering', 'Pilot']).reasons.at(-1)).toBe(
      'Rule r (Catering) applies: tagged "catering"; not tagged "pilot" (tagged "Pilot"). Social value is required.',
    );
    expect(tagged(['catering', 'pilot ']).reasons.at(-1)).toBe(
      'Rule r (Catering) does not apply: tagged "pilot".',
    );
  });

  it('reports a bad contract with its path', () => {
    const unknown = errorOf(() =>
      requiresSocialValue(contract({ contractType: 'goods' as 'works' }), council),
    );
    expect([unknown.code, unknown.issues[0]?.path]).toEqual([
      'unknown-contract-type',
      'contract.contractType',
    ]);
    const negative = errorOf(() => requiresSocialValue(contract({ value: -1 }), council));
    expect([negative.code, negative.issues[0]?.path]).toEqual(['invalid-input', 'contract.value']);
    const basis = errorOf(() =>
      requiresSocialValue(contract({ vatBasis: 'gross' as 'inclusive' }), council),
    );
    expect([basis.code, basis.issues[0]?.path]).toEqual(['invalid-input', 'contract.vatBasis']);
  });

  it('statutory: no threshold on 2015-12-31, the PPN 18/15 figures on 2016-01-01', () => {
    const before = errorOf(() =>
      requiresSocialValue(
        contract({ value: '200000', commencedOn: '2015-12-31' }),
        policies.statutory,
      ),
    );
    expect(before.code).toBe('no-threshold-for-date');
    expect(before.message).toContain('the table starts on 2016-01-01');
    // PPN 18/15: sub-central supplies and services £164,176 net of VAT from 1 January 2016.
    const on = requiresSocialValue(
      contract({ value: '200000', commencedOn: '2016-01-01' }),
      policies.statutory,
    );
    expect(on.statutoryThreshold?.threshold.amount.toString()).toBe('164176');
    expect(on.required).toBe(true);
    // A contract commenced in 2018 (PPN 04/17: £181,302) is monitored today: it gets its threshold.
    const in2018 = requiresSocialValue(
      contract({ value: '181301.99', commencedOn: '2018-07-01' }),
      policies.statutory,
    );
    expect(in2018.statutoryThreshold?.threshold.amount.toString()).toBe('181302');
    expect(in2018.statutoryThreshold?.shortfall?.toString()).toBe('0.01');
    expect(in2018.required).toBe(false);
  });

  it('checks a policy built by hand like one from definePolicy', () => {
    const handmade = {
      kind: 'policy',
      schemaVersion: 1,
      id: 'handmade',
      name: 'Handmade',
      includes: [],
      rules: [{ id: 'r', name: 'R', scope: 'local', when: {}, outcome: {} }],
    } as unknown as Policy;
    const error = errorOf(() => requiresSocialValue(contract(), handmade));
    expect([error.code, error.issues[0]?.path]).toEqual([
      'invalid-input',
      'policy.rules[0].outcome',
    ]);
    const input = { id: 'input', name: 'Input', rules: [{ id: 'r', name: 'R', outcome: {} }] };
    const fromInput = errorOf(() => requiresSocialValue(contract(), input as unknown as Policy));
    expect(fromInput.issues[0]?.path).toBe('policy.rules[0].outcome');
  });

  it('needs the statutory threshold only when a rule would use it', () => {
    const old = contract({ commencedOn: '2015-06-01', value: '500000' });
    expect(errorOf(() => requiresSocialValue(old, policies.statutory)).code).toBe(
      'no-threshold-for-date',
    );
    const result = requiresSocialValue(old, council);
    expect(result.statutoryThreshold).toBeNull();
    expect(result.rules).toEqual(['everything']);
    // A rule that fails on another condition does not need it either.
    const works = contract({ contractType: 'works', commencedOn: '2015-06-01' });
    expect(requiresSocialValue(works, policies.statutory).rules).toEqual([]);
  });

  it("names the contract's field when a rule needs a threshold there is none of", () => {
    // Any contract at or above the statutory threshold.
    const scoped = definePolicy({
      id: 'scoped',
      name: 'In statutory scope',
      rules: [
        {
          id: 'r',
          name: 'R',
          when: { atOrAboveStatutoryThreshold: true },
          outcome: { socialValue: 'required' },
        },
      ],
    });
    const blamed = (facts: Partial<ContractInput>) => {
      const error = errorOf(() => requiresSocialValue(contract(facts), scoped));
      return [error.code, ...error.issues.map((issue) => `${issue.path}: ${issue.message}`)];
    };
    expect(blamed({ commencedOn: '2015-06-01', value: '500000' })).toEqual([
      'no-threshold-for-date',
      'contract.commencedOn: expected a date from 2016-01-01, received "2015-06-01"',
    ]);
    expect(blamed({ commencedOn: '2026-03-01', regime: 'pcr-2015' })).toEqual([
      'no-threshold-for-date',
      'contract.regime: expected the regime in force on 2026-03-01, "procurement-act-2023", received "pcr-2015"',
    ]);
    expect(
      blamed({ contractType: 'concession', authority: 'utility', commencedOn: '2026-03-01' }),
    ).toEqual([
      'impossible-combination',
      'contract.contractType: expected a contract type with such a figure, received "concession"',
    ]);
    // A rule that does not apply for another reason says why the threshold cannot be checked:
    // the headline, without the field's line.
    const works = contract({ contractType: 'works', commencedOn: '2015-06-01' });
    expect(requiresSocialValue(works, policies.statutory).evaluations[0]?.reasons).toContain(
      'The statutory threshold cannot be checked (No threshold for works contracts of a sub-central authority commenced on 2015-06-01: the table starts on 2016-01-01.).',
    );
  });
});

describe('requiresSocialValue: a contract period written as OCDS writes it', () => {
  it('names the keys that hold it for contractPeriod, which no edit distance reaches', () => {
    const { commencedOn: _c, durationMonths: _d, ...rest } = contract();
    const ocds = { ...rest, contractPeriod: { startDate: '2022-06-01', durationInDays: 1095 } };
    const error = errorOf(() => requiresSocialValue(ocds as never, policies.statutory));
    expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['contract.commencedOn', 'missing: expected a date (YYYY-MM-DD or a Date)'],
      ['contract.contractPeriod', 'unknown key (did you mean "commencedOn" and "durationMonths"?)'],
    ]);
  });
});
