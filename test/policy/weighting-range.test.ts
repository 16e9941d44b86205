import { describe, expect, it } from 'vitest';
import {
  checkWeighting,
  definePolicy,
  policies,
  requiresSocialValue,
  revive,
} from '../../src/index.js';
import { contract, errorOf } from './helpers.js';

// Issue #14 item 4: councils publish a range for social value ("between 5% and 20%", "up to
// 20%"); a maximum weighting lets checkWeighting flag 25%. Figures worked by hand: with price 60,
// quality 15 and social value 25 points, social value is 25% of the total score.
const between = definePolicy({
  id: 'range',
  name: 'Social value between 5% and 20% of the total',
  include: [policies.statutory],
  rules: [
    {
      id: 'between-5-and-20',
      name: 'Social value between 5% and 20% of the total award criteria',
      outcome: {
        minimumWeighting: { percent: 5, of: 'total' },
        maximumWeighting: { percent: 20, of: 'total' },
      },
    },
  ],
});
const upTo = definePolicy({
  id: 'up-to',
  name: 'Social value up to 20%',
  rules: [
    {
      id: 'up-to-20',
      name: 'Social value up to 20% of the total award criteria',
      outcome: { maximumWeighting: { percent: 20, of: 'total' } },
    },
  ],
});

describe('a maximum social value weighting', () => {
  it('flags 25% against "between 5% and 20%" and against "up to 20%"', () => {
    const weights = { price: 60, quality: 15, socialValue: 25 };
    const check = checkWeighting(weights, contract(), between);
    expect(check.ok).toBe(false);
    expect(check.findings.map((f) => [f.code, f.ok])).toEqual([
      ['social-value-minimum', true],
      ['social-value-maximum', false],
    ]);
    expect(check.findings[1]?.message).toBe(
      'Rule between-5-and-20 asks for social value of at most 20% of the total score; the weights give 25% (25 of 100 points): not met.',
    );
    expect(check.findings[1]?.requiredPercent.toString()).toBe('20');
    expect(check.findings[1]?.actualPercent.toString()).toBe('25');
    const only = checkWeighting(weights, contract(), upTo);
    expect(only.findings.map((f) => [f.code, f.ok, f.severity])).toEqual([
      ['social-value-maximum', false, 'error'],
    ]);
  });

  it('accepts both ends of the range, refuses just outside them', () => {
    const at = (socialValue: number | string) =>
      checkWeighting(
        { price: 60, quality: `${40 - Number(socialValue)}`, socialValue },
        contract(),
        between,
      ).ok;
    expect([at(5), at(20), at(12.5)]).toEqual([true, true, true]);
    expect([at('4.99'), at('20.01')]).toEqual([false, false]);
  });

  it('reports the range in the requirement and its summary', () => {
    const result = requiresSocialValue(contract(), between);
    expect(result.maximumWeighting).toMatchObject({ rule: 'between-5-and-20', of: 'total' });
    expect(result.maximumWeighting?.percent.toString()).toBe('20');
    expect(result.minimumWeighting?.percent.toString()).toBe('5');
    expect(result.summary).toBe(
      'Under policy range ("Social value between 5% and 20% of the total"), social value is not required, weighing at least 5% of the total score and at most 20% of the total score.',
    );
    const reason = result.evaluations.find((e) => e.rule === 'between-5-and-20')?.summary;
    expect(reason).toBe(
      'Rule between-5-and-20 (Social value between 5% and 20% of the total award criteria) applies to every contract. Social value weighs at least 5% of the total score; social value weighs at most 20% of the total score.',
    );
  });

  it('keeps the smallest maximum when several rules cap social value', () => {
    const both = definePolicy({
      id: 'both',
      name: 'Both',
      include: [between, upTo],
      rules: [
        {
          id: 'cap-15-quality',
          name: 'Cap 15 of quality',
          outcome: { maximumWeighting: { percent: 15, of: 'quality' } },
        },
        {
          id: 'cap-15-total',
          name: 'Cap 15 of total',
          outcome: { maximumWeighting: { percent: 15, of: 'total' } },
        },
      ],
    });
    const result = requiresSocialValue(contract(), both);
    expect(result.maximumWeightings.map((w) => w.rule)).toEqual([
      'between-5-and-20',
      'cap-15-quality',
      'cap-15-total',
      'up-to-20',
    ]);
    // Equal percentages: the quality base is the stricter cap (it is part of the total, so
    // 15% of it is never more points than 15% of the total).
    expect(result.maximumWeighting?.rule).toBe('cap-15-quality');
  });

  it('names the cap on the smaller base as binding when two caps have one percentage', () => {
    // 20% of the total allows 20 points; 20% of the quality score (quality, social value and
    // environmental) allows 20% of at most 100 points. With price 40, quality 40 and social
    // value 20, the first gives 20% (met), the second 20 ÷ 60 = 33.33% (not met).
    const caps = (order: readonly ('total' | 'quality')[]) =>
      definePolicy({
        id: 'caps',
        name: 'Caps',
        rules: order.map((of) => ({
          id: `cap-20-${of}`,
          name: `Cap 20 of ${of}`,
          outcome: { maximumWeighting: { percent: 20, of } },
        })),
      });
    for (const policy of [caps(['total', 'quality']), caps(['quality', 'total'])]) {
      const result = requiresSocialValue(contract(), policy);
      expect(result.maximumWeighting?.rule).toBe('cap-20-quality');
      expect(result.summary).toBe(
        'Under policy caps ("Caps"), social value is not required, weighing at most 20% of the quality score.',
      );
      const check = checkWeighting({ price: 40, quality: 40, socialValue: 20 }, contract(), policy);
      expect(check.findings.map((f) => [f.rule, f.ok])).toEqual([
        ['cap-20-quality', false],
        ['cap-20-total', true],
      ]);
    }
  });

  it('refuses a minimum above the maximum, or a fixed weight outside them, on one base', () => {
    const outcome = (o: object) =>
      errorOf(() =>
        definePolicy({ id: 'p', name: 'P', rules: [{ id: 'r', name: 'R', outcome: o as never }] }),
      );
    const inverted = outcome({
      minimumWeighting: { percent: 25, of: 'total' },
      maximumWeighting: { percent: 20, of: 'total' },
    });
    expect([inverted.code, inverted.issues[0]?.path, inverted.issues[0]?.message]).toEqual([
      'invalid-input',
      'policy.rules[0].outcome.maximumWeighting.percent',
      'expected a maximum of at least the minimum (25 points of total), received 20',
    ]);
    const fixed = outcome({
      fixedWeighting: { percent: 30, of: 'total' },
      maximumWeighting: { percent: 20, of: 'total' },
    });
    expect(fixed.issues[0]?.path).toBe('policy.rules[0].outcome.fixedWeighting.percent');
    // On different bases the two do not contradict each other.
    const bases = definePolicy({
      id: 'p',
      name: 'P',
      rules: [
        {
          id: 'r',
          name: 'R',
          outcome: {
            minimumWeighting: { percent: 25, of: 'quality' },
            maximumWeighting: { percent: 20, of: 'total' },
          },
        },
      ],
    });
    expect(bases.rules[0]?.outcome.maximumWeighting?.percent.toString()).toBe('20');
  });
});

describe('the summary of fixed and contradictory weightings', () => {
  const rule = (id: string, outcome: object) => ({ id, name: id, outcome: outcome as never });
  const policyOf = (...rules: ReturnType<typeof rule>[]) =>
    definePolicy({ id: 'p', name: 'P', rules });
  const summary = (...rules: ReturnType<typeof rule>[]) =>
    requiresSocialValue(contract(), policyOf(...rules)).summary;

  it('names a fixed weighting (Greater Manchester: 20% fixed)', () => {
    // It said only "social value is not required." though the rule asks for exactly 20%.
    expect(summary(rule('gm', { fixedWeighting: { percent: 20, of: 'total' } }))).toBe(
      'Under policy p ("P"), social value is not required, weighing exactly 20% of the total score.',
    );
    expect(
      summary(
        rule('range', {
          minimumWeighting: { percent: 10, of: 'total' },
          maximumWeighting: { percent: 20, of: 'total' },
        }),
        rule('fixed', { socialValue: 'required', fixedWeighting: { percent: 15, of: 'total' } }),
      ),
    ).toBe(
      'Under policy p ("P"), social value is required (rule fixed), weighing exactly 15% of the total score and at least 10% of the total score and at most 20% of the total score.',
    );
  });

  it('says when rules that each make sense contradict each other on one base', () => {
    const note = ' (rules that contradict each other: no weighting meets them all).';
    // 20 > 10; two fixed weights; 5 under the minimum of 10.
    expect([
      summary(
        rule('a', { minimumWeighting: { percent: 20, of: 'total' } }),
        rule('b', { maximumWeighting: { percent: 10, of: 'total' } }),
      ),
      summary(
        rule('catering', { fixedWeighting: { percent: 5, of: 'total' } }),
        rule('gm', { fixedWeighting: { percent: 20, of: 'total' } }),
      ),
      summary(
        rule('catering', { fixedWeighting: { percent: 5, of: 'quality' } }),
        rule('minimum', { minimumWeighting: { percent: 10, of: 'quality' } }),
      ),
    ]).toEqual([
      `Under policy p ("P"), social value is not required, weighing at least 20% of the total score and at most 10% of the total score${note}`,
      `Under policy p ("P"), social value is not required, weighing exactly 5% of the total score and exactly 20% of the total score${note}`,
      `Under policy p ("P"), social value is not required, weighing exactly 5% of the quality score and at least 10% of the quality score${note}`,
    ]);
    // On different bases whether they contradict depends on the weights: no note.
    expect(
      summary(
        rule('a', { minimumWeighting: { percent: 25, of: 'quality' } }),
        rule('b', { maximumWeighting: { percent: 20, of: 'total' } }),
      ),
    ).toBe(
      'Under policy p ("P"), social value is not required, weighing at least 25% of the quality score and at most 20% of the total score.',
    );
  });

  it('a requirement with them revives as it was', () => {
    const result = requiresSocialValue(
      contract(),
      policyOf(
        rule('catering', { fixedWeighting: { percent: 5, of: 'total' } }),
        rule('gm', { fixedWeighting: { percent: 20, of: 'total' } }),
      ),
    );
    expect(revive(JSON.parse(JSON.stringify(result)))).toEqual(result);
  });
});

describe('weightings advised by a rule that recommends social value', () => {
  it('are marked "(advised)" in the summary, whatever the rules are named', () => {
    const policy = definePolicy({
      id: 'p',
      name: 'P',
      rules: [
        {
          id: 'advice',
          name: 'Advice',
          outcome: { socialValue: 'recommended', maximumWeighting: { percent: 20, of: 'total' } },
        },
        {
          id: 'floor',
          name: 'Floor. Social value is recommended',
          outcome: { minimumWeighting: { percent: 5, of: 'total' } },
        },
      ],
    });
    const result = requiresSocialValue(contract(), policy);
    expect(result.summary).toBe(
      'Under policy p ("P"), social value is recommended, not required, weighing at least 5% of the total score and at most 20% of the total score (advised).',
    );
    expect(revive(JSON.parse(JSON.stringify(result)))).toEqual(result);
  });
});

describe('environmental weightings in the summary', () => {
  it('names the most demanding minimum, as each rule words it, advised or not', () => {
    const policy = definePolicy({
      id: 'p',
      name: 'P',
      rules: [
        {
          id: 'green',
          name: 'Green',
          outcome: {
            socialValue: 'required',
            minimumWeighting: { percent: 10, of: 'total' },
            environmentalWeighting: { percent: 5, of: 'total' },
          },
        },
        {
          id: 'greener',
          name: 'Greener',
          outcome: { environmentalWeighting: { percent: 15, of: 'quality' } },
        },
      ],
    });
    const result = requiresSocialValue(contract(), policy);
    expect(result.summary).toBe(
      'Under policy p ("P"), social value is required (rule green), weighing at least 10% of the total score; environmental criteria weigh at least 15% of the quality score.',
    );
    expect(revive(JSON.parse(JSON.stringify(result)))).toEqual(result);
    const advice = definePolicy({
      id: 'a',
      name: 'A',
      rules: [
        {
          id: 'advice',
          name: 'Advice',
          outcome: {
            socialValue: 'recommended',
            environmentalWeighting: { percent: 5, of: 'total' },
          },
        },
      ],
    });
    expect(requiresSocialValue(contract(), advice).summary).toBe(
      'Under policy a ("A"), social value is recommended, not required; environmental criteria weigh at least 5% of the total score (advised).',
    );
  });
});
