import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSealed } from '../../src/core/brand.js';
import { revive } from '../../src/index.js';
import {
  type AssessImpactInput,
  assessImpact,
  type ImpactInput,
  impactDimensions,
  mitigationChanges,
} from '../../src/spend/index.js';
import { expectSane } from '../adversarial/sane.js';
import { cateringImpacts, impactFramework } from './impact-fixtures.js';

// Hackney's Sustainable Procurement Impact Assessment (PRIMAS), as the local government social
// value report describes it: seed 003, Appendix D "Hackney Council", section "Key challenges"
// (excerpt in seed-003-hackney.txt).
const seed = readFileSync(new URL('./seed-003-hackney.txt', import.meta.url), 'utf8').replace(
  /\s+/g,
  ' ',
);

const catering: AssessImpactInput = {
  name: 'School catering contract',
  framework: impactFramework,
  impacts: cateringImpacts,
};

describe('the mitigation kinds (Hackney, seed 003, Appendix D, "Key challenges")', () => {
  it('are the three the seed names', () => {
    expect(seed).toContain(
      'The PRIMAS assesses the negative and positive impact of what is being procured on social, economic and environmental outcomes for Hackney residents.',
    );
    expect(seed).toContain(
      'ways are looked for to mitigate that effect by changing the subject of the contract, amending the service specification or the tendering and social value questions',
    );
    expect(impactDimensions).toEqual(['social', 'economic', 'environmental']);
    expect(mitigationChanges).toEqual(['contract-subject', 'specification', 'tender-questions']);
    const result = assessImpact(catering);
    const names = result.impacts.flatMap((impact) =>
      impact.mitigations.map((mitigation) => mitigation.changeName),
    );
    expect(names).toEqual([
      'amending the service specification',
      'changing the subject of the contract',
      'amending the tendering and social value questions',
    ]);
    for (const name of names)
      expect(seed).toContain(name.replace('amending the tendering', 'the tendering'));
  });
});

describe('assessImpact', () => {
  const result = assessImpact(catering);

  it('monetises each impact: quantity × proxy value, negative for a negative impact', () => {
    // 2 × £30,782 = £61,564; 5,000 × £1 = £5,000; 40 × £70 = £2,800 harm; 0.5 × £30,782 = £15,391 harm.
    expect(result.impacts.map((impact) => impact.value?.toString() ?? null)).toEqual([
      '61564',
      '5000',
      '-2800',
      '-15391',
      null,
    ]);
    expect(result.impacts.map((impact) => impact.id)).toEqual(
      cateringImpacts.map((impact) => impact.id),
    );
    const [jobs, , miles, displaced, noise] = result.impacts;
    expect(jobs!.reason).toBe(
      'Positive economic impact "local-jobs": NT1 (Local people employed), 2 no. people FTE at £30,782 each, worth £61,564.00.',
    );
    expect(displaced!.reason).toBe(
      'Negative economic impact "displaced-provider": NT1 (Local people employed), 0.5 no. people FTE at £30,782 each, costing £15,391.00 before mitigation, with no mitigation.',
    );
    // Mitigations: 25% of £2,800 = £700; 10 tonnes × £70 = £700 (10 ÷ 40 = 25%). Net −£1,400.
    expect(
      miles!.mitigations.map((m) => [m.mitigatedShare?.toString(), m.mitigated?.toString()]),
    ).toEqual([
      ['0.25', '700'],
      ['0.25', '700'],
    ]);
    expect(miles!.mitigated?.toString()).toBe('1400');
    expect(miles!.mitigatedShare?.toString()).toBe('0.5');
    expect(miles!.net?.toString()).toBe('-1400');
    expect(miles!.reason).toBe(
      'Negative environmental impact "food-miles": NT31 (Carbon emissions), 40 tonnes CO2e at £70 each, costing £2,800.00 before mitigation; its mitigations avoid £1,400.00 (50%), leaving a net -£1,400.00.',
    );
    expect(miles!.mitigations[1]!.reason).toBe(
      'Changing the subject of the contract (Cooking on site in school kitchens) avoids 10 tonnes CO2e, 25% of the impact, £700.00.',
    );
    expect(noise).toMatchObject({ value: null, mitigated: null, net: null, measure: null });
    expect(noise!.mitigatedShare?.toString()).toBe('0');
    expect(noise!.mitigations[0]!.reason).toBe(
      'Amending the tendering and social value questions (Ask for a delivery plan) is recorded without a share or quantity: none of the impact is counted as avoided.',
    );
  });

  it('shows gross positive, gross negative, mitigated and net per dimension and overall', () => {
    const figures = (position: (typeof result)['overall']) =>
      [position.grossPositive, position.grossNegative, position.mitigated, position.net].map(
        String,
      );
    // Economic: £61,564 − £15,391 = £46,173. Social: £5,000 (the noise is not monetised).
    // Environmental: −£2,800 + £1,400 = −£1,400.
    expect(figures(result.byDimension.economic)).toEqual(['61564', '-15391', '0', '46173']);
    expect(figures(result.byDimension.social)).toEqual(['5000', '0', '0', '5000']);
    expect(figures(result.byDimension.environmental)).toEqual(['0', '-2800', '1400', '-1400']);
    // Overall: £66,564 − £18,191 + £1,400 = £49,773.
    expect(figures(result.overall)).toEqual(['66564', '-18191', '1400', '49773']);
    expect(Object.keys(result.byDimension)).toEqual(['social', 'economic', 'environmental']);
    expect(impactDimensions.map((dimension) => result.byDimension[dimension].position)).toEqual([
      'net-positive',
      'net-positive',
      'net-negative',
    ]);
    expect(result.overall).toMatchObject({
      position: 'net-positive',
      impactCount: 5,
      positiveCount: 2,
      negativeCount: 3,
      notMonetisedCount: 1,
      unmitigatedCount: 1,
    });
    expect(result.byDimension.environmental.reasons).toEqual([
      'Environmental: gross positive £0.00 from 0 monetised positive impacts.',
      'Environmental: gross negative -£2,800.00 before mitigation, from 1 monetised negative impact.',
      'Environmental: mitigations avoid £1,400.00, 50% of the gross negative.',
      'Environmental: net -£1,400.00 (gross positive £0.00, gross negative -£2,800.00, mitigated £1,400.00): net negative.',
    ]);
    expect(result.byDimension.social.reasons[1]).toBe(
      'Social: gross negative £0.00 before mitigation, from 0 monetised negative impacts (1 more not monetised).',
    );
    expect(result.summary).toBe(
      'Impact assessment of School catering contract: 5 impacts (2 positive, 3 negative); gross positive £66,564.00, gross negative -£18,191.00, mitigated £1,400.00, net £49,773.00 (net positive); 1 negative impact unmitigated, 1 impact not monetised.',
    );
    expect(result.framework).toEqual({
      id: 'impact-demo',
      name: 'Impact demo TOMs',
      edition: '2024',
      priceYear: 2024,
    });
  });

  it('names what a reader must weigh: unmitigated, unmonetised, unquantified, net negative', () => {
    expect(result.findings).toEqual([
      {
        code: 'unmitigated-negative',
        severity: 'warning',
        message:
          'Negative economic impact "displaced-provider" has no mitigation: consider changing the subject of the contract, amending the service specification or the tendering and social value questions.',
        impact: 'displaced-provider',
        dimension: 'economic',
      },
      {
        code: 'not-monetised',
        severity: 'warning',
        message:
          'Negative social impact "noise" is not monetised, so the net leaves it out: weigh it beside the net.',
        impact: 'noise',
        dimension: 'social',
      },
      {
        // Counted from 1 in words, as sentences count entries; `mitigation` is its index.
        code: 'unquantified-mitigation',
        severity: 'info',
        message:
          'Mitigation 1 of negative social impact "noise" (amending the tendering and social value questions) has no share or quantity: the figures count none of it.',
        impact: 'noise',
        dimension: 'social',
        mitigation: 0,
      },
      {
        code: 'net-negative',
        severity: 'warning',
        message: 'The environmental impacts are net negative: -£1,400.00 after mitigation.',
        dimension: 'environmental',
      },
    ]);
  });

  it('says when a measure reports another value type than the dimension', () => {
    const differs = assessImpact({
      name: 'Grants programme',
      framework: impactFramework,
      impacts: [
        {
          id: 'gifts',
          dimension: 'economic',
          direction: 'positive',
          description: 'Donations',
          measure: 'NT28',
          quantity: 10,
        },
      ],
    });
    expect(differs.findings).toEqual([
      {
        code: 'dimension-differs',
        severity: 'info',
        message:
          'Positive economic impact "gifts" is monetised with NT28, which Impact demo TOMs reports as social value, not local-economic.',
        impact: 'gifts',
        dimension: 'economic',
      },
    ]);
  });

  it('weighs impacts in words when nothing is monetised, and needs no framework then', () => {
    const words = assessImpact({
      name: 'Library service',
      impacts: [
        {
          id: 'hours',
          dimension: 'social',
          direction: 'positive',
          description: 'Longer opening hours',
        },
      ],
    });
    expect(words.framework).toBeNull();
    expect(words.overall.position).toBe('not-monetised');
    expect(words.overall.reasons[3]).toBe(
      'Overall: no impact is monetised, so the net of £0.00 says nothing; 1 impact is weighed in words.',
    );
    expect(words.summary).toBe(
      'Impact assessment of Library service: 1 impact (1 positive, 0 negative); gross positive £0.00, gross negative £0.00, mitigated £0.00, net £0.00 (no impact monetised); 1 impact not monetised.',
    );
    const none = assessImpact({ name: 'Nothing yet', impacts: [] });
    expect(none.summary).toBe('Impact assessment of Nothing yet: no impacts are recorded.');
    expect(none.findings).toEqual([]);
  });

  it('is balanced when mitigations and benefits cancel exactly', () => {
    const even = assessImpact({
      name: 'Even',
      framework: impactFramework,
      impacts: [
        {
          id: 'a',
          dimension: 'environmental',
          direction: 'positive',
          description: 'Trees',
          measure: 'NT31',
          quantity: 1,
        },
        {
          id: 'b',
          dimension: 'environmental',
          direction: 'negative',
          description: 'Vans',
          measure: 'NT31',
          quantity: 2,
          mitigations: [
            { change: 'specification', description: 'Electric vans', mitigatedShare: '0.5' },
          ],
        },
      ],
    });
    expect(even.byDimension.environmental.position).toBe('balanced');
    expect(even.overall.net.toString()).toBe('0');
    expect(even.findings).toEqual([]);
  });

  it('is sealed, and reads back from JSON unchanged', () => {
    expect(isSealed(result, 'impact-assessment')).toBe(true);
    expectSane(result);
    const text = JSON.stringify(result);
    const back = revive(JSON.parse(text), 'impact-assessment');
    expect(back).toStrictEqual(result);
    expect(JSON.stringify(back)).toBe(text);
  });
});

// Generated assessments for the properties below.
const code = fc.constantFrom('NT1', 'NT28', 'NT31');
const amount = fc.integer({ min: 0, max: 1_000_000 }).map(String);
const impactArbitrary = fc
  .record({
    dimension: fc.constantFrom(...impactDimensions),
    direction: fc.constantFrom('positive' as const, 'negative' as const),
    monetised: fc.option(fc.record({ measure: code, quantity: amount }), { nil: undefined }),
    shares: fc.array(fc.constantFrom('0', '0.1', '0.25', '0.3'), { maxLength: 3 }),
  })
  .map(
    ({ dimension, direction, monetised, shares }): Omit<ImpactInput, 'id'> => ({
      dimension,
      direction,
      description: `A ${direction} ${dimension} impact`,
      ...(monetised ?? {}),
      ...(direction === 'negative' && shares.length > 0
        ? {
            mitigations: shares.map((mitigatedShare, index) => ({
              change: mitigationChanges[index % 3]!,
              description: 'A change',
              mitigatedShare,
            })),
          }
        : {}),
    }),
  );
const impactsArbitrary = fc
  .array(impactArbitrary, { maxLength: 12 })
  .map((impacts) => impacts.map((impact, index) => ({ ...impact, id: `impact-${index}` })));

describe('assessImpact properties', () => {
  it('never drops or silently nets a negative impact: gross, mitigated and net add up', () => {
    fc.assert(
      fc.property(impactsArbitrary, (impacts) => {
        const result = assessImpact({ name: 'Generated', framework: impactFramework, impacts });
        expect(result.impacts).toHaveLength(impacts.length);
        let grossNegative = 0n;
        for (const impact of result.impacts) {
          if (impact.direction === 'negative' && impact.value !== null) {
            expect(impact.value.lte(0)).toBe(true);
            expect(impact.mitigated!.lte(impact.value.neg())).toBe(true);
            grossNegative += BigInt(impact.value.times(100).toFixed(0));
          }
        }
        expect(BigInt(result.overall.grossNegative.times(100).toFixed(0))).toBe(grossNegative);
        for (const position of [result.overall, ...Object.values(result.byDimension)]) {
          expect(
            position.grossPositive
              .plus(position.grossNegative)
              .plus(position.mitigated)
              .eq(position.net),
          ).toBe(true);
          expect(position.grossNegative.lte(0)).toBe(true);
          expect(position.mitigated.lte(position.grossNegative.neg())).toBe(true);
        }
        for (const key of ['grossPositive', 'grossNegative', 'mitigated', 'net'] as const) {
          const sum = impactDimensions.reduce(
            (total, dimension) => total.plus(result.byDimension[dimension][key]),
            result.overall[key].times(0),
          );
          expect(sum.eq(result.overall[key])).toBe(true);
        }
        expectSane(result);
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same positions whatever the order of the impacts', () => {
    fc.assert(
      fc.property(
        impactsArbitrary.chain((impacts) =>
          fc.tuple(
            fc.constant(impacts),
            fc.shuffledSubarray(impacts, { minLength: impacts.length }),
          ),
        ),
        ([impacts, shuffled]) => {
          const one = assessImpact({ name: 'A', framework: impactFramework, impacts });
          const two = assessImpact({ name: 'A', framework: impactFramework, impacts: shuffled });
          expect(JSON.stringify(two.byDimension)).toBe(JSON.stringify(one.byDimension));
          expect(JSON.stringify(two.overall)).toBe(JSON.stringify(one.overall));
          expect(two.summary).toBe(one.summary);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('reads back from JSON unchanged, byte for byte', () => {
    fc.assert(
      fc.property(impactsArbitrary, (impacts) => {
        const result = assessImpact({ name: 'Generated', framework: impactFramework, impacts });
        const text = JSON.stringify(result);
        const back = revive(JSON.parse(text));
        expect(back).toStrictEqual(result);
        expect(JSON.stringify(back)).toBe(text);
      }),
      { numRuns: 100 },
    );
  });
});
