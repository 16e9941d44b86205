import { describe, expect, it } from 'vitest';
import {
  checkWeighting,
  definePolicy,
  type Policy,
  policies,
  requiresSocialValue,
  ukProcurementThreshold,
} from '../../src/index.js';
import { contract, errorOf } from './helpers.js';

// Behaviours no test pinned before the mutation run of the policy area (docs/quality.md,
// "Mutation testing"): each result is built inside its test, so that per-test coverage sees it.

/** The rules' sentences of a requirement, by rule id. */
function summaries(policy: Policy, overrides: Parameters<typeof contract>[0] = {}) {
  const result = requiresSocialValue(contract(overrides), policy);
  return Object.fromEntries(result.evaluations.map((e) => [e.rule, e.summary]));
}

const REQUIRED = { socialValue: 'required' } as const;

describe('evaluateRule: the sentences of each condition', () => {
  const dated = () =>
    definePolicy({
      id: 'dated',
      name: 'Dated',
      rules: [
        {
          id: 'until',
          name: 'Until',
          when: { commencedTo: '2022-06-01' },
          outcome: REQUIRED,
        },
        {
          id: 'from',
          name: 'From',
          when: { commencedFrom: '2022-06-01' },
          outcome: REQUIRED,
        },
        {
          id: 'span',
          name: 'Span',
          when: { commencedFrom: '2022-06-02', commencedTo: '2022-12-31' },
          outcome: REQUIRED,
        },
      ],
    });

  it('names the period of a rule with an end only, a start only or both, and where the date falls', () => {
    expect(summaries(dated())).toEqual({
      until:
        "Rule until (Until) applies: commenced on 2022-06-01, within the rule's period (until 2022-06-01). Social value is required.",
      from: "Rule from (From) applies: commenced on 2022-06-01, within the rule's period (from 2022-06-01). Social value is required.",
      span: "Rule span (Span) does not apply: commenced on 2022-06-01, before the rule's period (2022-06-02 to 2022-12-31).",
    });
    expect(summaries(dated(), { commencedOn: '2022-06-02' })).toMatchObject({
      until:
        "Rule until (Until) does not apply: commenced on 2022-06-02, after the rule's period (until 2022-06-01).",
      span: expect.stringContaining("within the rule's period (2022-06-02 to 2022-12-31)"),
    });
  });

  it('says whether the contract type and authority kind are among those listed', () => {
    const policy = definePolicy({
      id: 'kinds',
      name: 'Kinds',
      rules: [
        {
          id: 'kinds',
          name: 'Kinds',
          when: {
            contractTypes: ['works', 'services'],
            authorities: ['central-government'],
            minimumDurationMonths: 36,
          },
          outcome: { socialValue: 'required' },
        },
        {
          id: 'long',
          name: 'Long',
          when: { minimumDurationMonths: 36 },
          outcome: { socialValue: 'required' },
        },
      ],
    });
    const result = requiresSocialValue(contract(), policy);
    expect(result.evaluations.map((e) => e.reasons)).toEqual([
      [
        'Contract type services is among works and services.',
        'Authority kind sub-central is not among central-government.',
        'Duration 36 months is at least 36 months.',
      ],
      ['Duration 36 months is at least 36 months.'],
    ]);
    expect(result.evaluations[0]?.summary).toBe(
      'Rule kinds (Kinds) does not apply: authority kind sub-central is not among central-government.',
    );
  });

  it('words every part of an outcome, and a rule that cannot be decided without a value', () => {
    const policy = definePolicy({
      id: 'outcomes',
      name: 'Outcomes',
      rules: [
        {
          id: 'all',
          name: 'All',
          when: { atOrAboveStatutoryThreshold: true },
          outcome: {
            socialValue: 'recommended',
            maximumWeighting: { percent: 20, of: 'quality' },
            fixedWeighting: { percent: 10, of: 'total' },
            environmentalWeighting: { percent: 5, of: 'non-price' },
            targetSocialValueAddedRatio: '0.1',
          },
        },
      ],
    });
    const result = requiresSocialValue(contract({ value: undefined }), policy);
    expect(result.evaluations[0]?.status).toBe('undetermined');
    expect(result.evaluations[0]?.summary).toBe(
      'Rule all (All) may apply but cannot be decided: value not given, so its position against the statutory threshold of £213,477.00 inc VAT cannot be checked. If it applies: social value is recommended; social value weighs at most 20% of the quality score; social value weighs exactly 10% of the total score; environmental criteria weigh at least 5% of the non-price criteria; the target social value added is 10% of the contract value.',
    );
  });

  it('needs no statutory threshold for a rule that does not ask for it (a procurement of 2015)', () => {
    const policy = definePolicy({
      id: 'floor',
      name: 'Floor',
      rules: [
        {
          id: 'floor',
          name: 'Floor',
          when: { minimumValue: { amount: 100_000, vatBasis: 'exclusive' } },
          outcome: { socialValue: 'required' },
        },
      ],
    });
    const result = requiresSocialValue(contract({ commencedOn: '2015-06-01' }), policy);
    expect(result.required).toBe(true);
    expect(result.statutoryThreshold).toBeNull();
    expect(result.reasons).toEqual([
      'Rule floor (Floor) applies: value £177,897.00 ex VAT is at or above the floor of £100,000.00 ex VAT. Social value is required.',
    ]);
  });
});

describe('ukProcurementThreshold: why the table has no figure', () => {
  /** The error's code, headline, issue path and issue message. */
  function refusal(query: Parameters<typeof ukProcurementThreshold>[0]) {
    const error = errorOf(() => ukProcurementThreshold(query));
    return {
      code: error.code,
      headline: error.message.split('\n')[0],
      issues: error.issues.map((issue) => [issue.path, issue.message]),
    };
  }
  const council = {
    contractType: 'services',
    authority: 'sub-central',
  } as const;

  it('a concession before the Concession Contracts Regulations 2016', () => {
    expect(
      refusal({
        ...council,
        contractType: 'concession',
        commencedOn: '2016-03-01',
      }),
    ).toEqual({
      code: 'no-threshold-for-date',
      headline:
        'No threshold for concession contracts of a sub-central authority under PCR 2015 for a procurement commenced on 2016-03-01: the Concession Contracts Regulations 2016 set the first concession threshold, from 2016-04-18.',
      issues: [
        ['query.commencedOn', 'expected a date the table has a figure for, received "2016-03-01"'],
      ],
    });
  });

  it('a defence concession under PCR 2015', () => {
    expect(
      refusal({
        contractType: 'defence-concession',
        authority: 'central-government',
        commencedOn: '2020-03-01',
      }).headline,
    ).toBe(
      'No threshold for defence concession contracts of a central-government authority under PCR 2015 for a procurement commenced on 2020-03-01: the Defence and Security Public Contracts Regulations 2011 set no concession threshold; Schedule 1 row 2 of the Procurement Act 2023 applies from 2025-02-24.',
    );
  });

  it('a regime not in force on the day, either way', () => {
    expect(
      refusal({
        ...council,
        commencedOn: '2020-03-01',
        regime: 'procurement-act-2023',
      }),
    ).toEqual({
      code: 'no-threshold-for-date',
      headline:
        'No Procurement Act 2023 threshold for a procurement commenced on 2020-03-01: the Act applies to procurements commenced from 2025-02-24.',
      issues: [
        [
          'query.regime',
          'expected the regime in force on 2020-03-01, "pcr-2015", received "procurement-act-2023"',
        ],
      ],
    });
    expect(refusal({ ...council, commencedOn: '2025-03-01', regime: 'pcr-2015' })).toEqual({
      code: 'no-threshold-for-date',
      headline:
        'No PCR 2015 threshold for a procurement commenced on 2025-03-01: procurements commenced from 2025-02-24 are under the Procurement Act 2023.',
      issues: [
        [
          'query.regime',
          'expected the regime in force on 2025-03-01, "procurement-act-2023", received "pcr-2015"',
        ],
      ],
    });
  });

  it('a level that exists under the other regime only', () => {
    expect(
      refusal({
        ...council,
        commencedOn: '2020-03-01',
        level: 'notifiable-below-threshold',
      }),
    ).toEqual({
      code: 'no-threshold-for-date',
      headline:
        'No notifiable below-threshold value for services contracts of a sub-central authority under PCR 2015 for a procurement commenced on 2020-03-01: such values exist from 2025-02-24.',
      issues: [
        [
          'query.level',
          'expected a level the table has a figure for, received "notifiable-below-threshold"',
        ],
      ],
    });
    expect(refusal({ ...council, commencedOn: '2025-03-01', level: 'small-lot' }).headline).toBe(
      'No small-lots figure for services contracts of a sub-central authority under Procurement Act 2023 for a procurement commenced on 2025-03-01: the Procurement Act 2023 sets no small-lots figure.',
    );
  });
});

describe('requiresSocialValue: the most demanding weighting, contradictions and order', () => {
  type Outcome = Parameters<typeof definePolicy>[0]['rules'][number]['outcome'];
  type Base = 'total' | 'quality' | 'non-price';
  const on = (percent: number, of: Base) => ({ percent, of });
  /** A policy of rules `id` with these outcomes (and scopes), against the default contract. */
  function requirement(
    rules: readonly { id: string; scope?: 'local' | 'statutory'; outcome: Outcome }[],
  ) {
    const policy = definePolicy({
      id: 'p',
      name: 'P',
      rules: rules.map((rule) => ({ name: rule.id.toUpperCase(), ...rule })),
    });
    const result = requiresSocialValue(contract(), policy);
    return {
      minimum: result.minimumWeighting && [
        result.minimumWeighting.rule,
        result.minimumWeighting.of,
      ],
      maximum: result.maximumWeighting && [
        result.maximumWeighting.rule,
        result.maximumWeighting.of,
      ],
      summary: result.summary,
    };
  }
  const under = 'Under policy p ("P"), social value is not required, weighing';

  it('on equal percentages, a minimum is strictest on the largest base, a maximum on the smallest', () => {
    expect(
      requirement([
        { id: 'a', outcome: { minimumWeighting: on(10, 'quality') } },
        { id: 'b', outcome: { minimumWeighting: on(10, 'total') } },
        { id: 'c', outcome: { minimumWeighting: on(10, 'non-price') } },
      ]).minimum,
    ).toEqual(['b', 'total']);
    expect(
      requirement([
        { id: 'a', outcome: { maximumWeighting: on(20, 'total') } },
        { id: 'b', outcome: { maximumWeighting: on(20, 'quality') } },
        { id: 'c', outcome: { maximumWeighting: on(20, 'non-price') } },
      ]).maximum,
    ).toEqual(['b', 'quality']);
  });

  it('on equal percentages and bases, the first rule by id; a larger minimum whatever its base', () => {
    expect(
      requirement([
        { id: 'a', outcome: { minimumWeighting: on(10, 'total') } },
        { id: 'b', outcome: { minimumWeighting: on(10, 'total') } },
      ]).minimum,
    ).toEqual(['a', 'total']);
    expect(
      requirement([
        { id: 'a', outcome: { maximumWeighting: on(20, 'total') } },
        { id: 'b', outcome: { maximumWeighting: on(20, 'total') } },
      ]).maximum,
    ).toEqual(['a', 'total']);
    expect(
      requirement([
        { id: 'a', outcome: { minimumWeighting: on(20, 'quality') } },
        { id: 'b', outcome: { minimumWeighting: on(10, 'total') } },
      ]),
    ).toEqual({
      minimum: ['a', 'quality'],
      maximum: null,
      summary: `${under} at least 20% of the quality score.`,
    });
    expect(
      requirement([
        { id: 'a', outcome: { maximumWeighting: on(10, 'total') } },
        { id: 'b', outcome: { maximumWeighting: on(20, 'quality') } },
      ]).maximum,
    ).toEqual(['a', 'total']);
  });

  it('finds rules that contradict each other by the largest minimum and the smallest maximum', () => {
    const contradiction = ' (rules that contradict each other: no weighting meets them all).';
    expect(
      requirement([
        { id: 'a', outcome: { minimumWeighting: on(5, 'total') } },
        { id: 'b', outcome: { minimumWeighting: on(15, 'total') } },
        { id: 'c', outcome: { maximumWeighting: on(10, 'total') } },
      ]).summary,
    ).toBe(
      `${under} at least 15% of the total score and at most 10% of the total score${contradiction}`,
    );
    expect(
      requirement([
        { id: 'a', outcome: { maximumWeighting: on(10, 'total') } },
        { id: 'b', outcome: { maximumWeighting: on(30, 'total') } },
        { id: 'c', outcome: { minimumWeighting: on(20, 'total') } },
      ]).summary,
    ).toBe(
      `${under} at least 20% of the total score and at most 10% of the total score${contradiction}`,
    );
    expect(
      requirement([
        { id: 'a', outcome: { fixedWeighting: on(25, 'total') } },
        { id: 'b', outcome: { maximumWeighting: on(20, 'total') } },
      ]).summary,
    ).toBe(
      `${under} exactly 25% of the total score and at most 20% of the total score${contradiction}`,
    );
    expect(
      requirement([
        { id: 'a', outcome: { fixedWeighting: on(15, 'total') } },
        {
          id: 'b',
          outcome: { minimumWeighting: on(10, 'total'), maximumWeighting: on(20, 'total') },
        },
      ]).summary,
    ).toBe(
      `${under} exactly 15% of the total score and at least 10% of the total score and at most 20% of the total score.`,
    );
  });

  it('evaluates statutory rules first, and lists weightings by rule id whatever their scope', () => {
    const policy = definePolicy({
      id: 'p',
      name: 'P',
      rules: [
        { id: 'a', name: 'A', scope: 'local', outcome: { minimumWeighting: on(5, 'total') } },
        { id: 'z', name: 'Z', scope: 'statutory', outcome: { minimumWeighting: on(10, 'total') } },
      ],
    });
    const result = requiresSocialValue(contract(), policy);
    expect(result.evaluations.map((e) => e.rule)).toEqual(['z', 'a']);
    expect(result.minimumWeightings.map((w) => w.rule)).toEqual(['a', 'z']);
    expect(result.statutory.minimumWeightings.map((w) => w.rule)).toEqual(['z']);
    expect(result.local.minimumWeightings.map((w) => w.rule)).toEqual(['a']);
    // Whatever the order the policy lists them in.
    const reversed = definePolicy({
      id: 'p',
      name: 'P',
      rules: [
        { id: 'z', name: 'Z', scope: 'statutory', outcome: { minimumWeighting: on(10, 'total') } },
        { id: 'a', name: 'A', scope: 'local', outcome: { minimumWeighting: on(5, 'total') } },
      ],
    });
    expect(reversed.rules.map((rule) => rule.id)).toEqual(['z', 'a']);
    expect(requiresSocialValue(contract(), reversed).evaluations.map((e) => e.rule)).toEqual([
      'z',
      'a',
    ]);
  });
});

describe('checkWeighting: the summary counts checks and advised weightings', () => {
  const advising = () =>
    definePolicy({
      id: 'adv',
      name: 'Adv',
      rules: [
        {
          id: 'a',
          name: 'A',
          outcome: { socialValue: 'recommended', minimumWeighting: { percent: 10, of: 'total' } },
        },
        {
          id: 'b',
          name: 'B',
          outcome: {
            socialValue: 'recommended',
            minimumWeighting: { percent: 20, of: 'quality' },
            environmentalWeighting: { percent: 5, of: 'total' },
          },
        },
        {
          id: 'c',
          name: 'C',
          outcome: { socialValue: 'required', maximumWeighting: { percent: 30, of: 'total' } },
        },
      ],
    });

  it('one check passed, four checks passed', () => {
    const one = definePolicy({
      id: 'one',
      name: 'One',
      rules: [
        {
          id: 'a',
          name: 'A',
          outcome: { socialValue: 'required', minimumWeighting: { percent: 10, of: 'total' } },
        },
      ],
    });
    expect(
      checkWeighting({ price: 60, quality: 30, socialValue: 10 }, contract(), one).summary,
    ).toBe(
      'The weights (social value 10 of 100 points) meet policy one for this contract: 1 check passed.',
    );
    expect(
      checkWeighting(
        { price: 60, quality: 20, socialValue: 10, environmental: 10 },
        contract(),
        advising(),
      ).summary,
    ).toBe(
      'The weights (social value 10 of 100 points) meet policy adv for this contract: 4 checks passed.',
    );
  });

  it('advice unmet: one is, several are, out of the advised weightings only', () => {
    const check = (weights: Parameters<typeof checkWeighting>[0]) =>
      checkWeighting(weights, contract(), advising());
    const oneUnmet = check({ price: 60, quality: 30, socialValue: 10 });
    expect([oneUnmet.ok, oneUnmet.summary]).toEqual([
      true,
      'The weights (social value 10 of 100 points) meet policy adv for this contract, but 1 of 3 advised weightings is not met.',
    ]);
    const twoUnmet = check({ price: 60, quality: 30, socialValue: 8, environmental: 2 });
    expect(twoUnmet.summary).toBe(
      'The weights (social value 8 of 100 points) meet policy adv for this contract, but 2 of 3 advised weightings are not met.',
    );
    expect(twoUnmet.findings.map((f) => [f.rule, f.code, f.severity])).toEqual([
      ['a', 'social-value-minimum', 'warning'],
      ['b', 'social-value-minimum', 'info'],
      ['c', 'social-value-maximum', 'info'],
      ['b', 'environmental-minimum', 'warning'],
    ]);
  });
});

describe('checkWeighting: a price-per-quality-point model and the contract tags', () => {
  it('refuses tags that are not a list as given, not spread into a list with the absolute method', () => {
    const model = {
      method: 'price-per-quality-point',
      criteria: [
        { id: 'p', kind: 'price', weight: 60 },
        { id: 'q', kind: 'quality', weight: 30 },
        { id: 's', kind: 'social-value', weight: 10 },
      ],
    } as const;
    const central = {
      contractType: 'services',
      authority: 'central-government',
      value: 500_000,
      vatBasis: 'inclusive',
      commencedOn: '2026-03-01',
    } as const;
    const error = errorOf(() =>
      checkWeighting(model, { ...central, tags: 'x' as never }, policies.ppn002),
    );
    expect([error.code, error.issues.map((issue) => [issue.path, issue.message])]).toEqual([
      'invalid-input',
      [['contract.tags', 'expected a list, received "x"']],
    ]);
    expect(checkWeighting(model, central, policies.ppn002).findings.map((f) => f.message)).toEqual([
      'Rule ppn002-non-price asks for social value of at least 10% of the non-price criteria; the weights give 25% (10 of 40 points): met.',
    ]);
  });
});

describe('ukProcurementThreshold: details, headline and an open period', () => {
  it('gives the query in the error details (no regime before the table starts)', () => {
    const works = { contractType: 'works', authority: 'sub-central' } as const;
    expect(
      errorOf(() => ukProcurementThreshold({ ...works, commencedOn: '2015-03-01' })).details,
    ).toEqual({
      contractType: 'works',
      authority: 'sub-central',
      commencedOn: '2015-03-01',
      level: 'threshold',
    });
    expect(
      errorOf(() =>
        ukProcurementThreshold({
          ...works,
          commencedOn: '2020-03-01',
          regime: 'procurement-act-2023',
        }),
      ).details,
    ).toEqual({
      contractType: 'works',
      authority: 'sub-central',
      commencedOn: '2020-03-01',
      regime: 'procurement-act-2023',
      level: 'threshold',
    });
    const unconfirmed = errorOf(() =>
      ukProcurementThreshold({
        contractType: 'defence-works',
        authority: 'central-government',
        commencedOn: '2018-01-01',
      }),
    );
    expect([unconfirmed.message.split('\n')[0], unconfirmed.details]).toEqual([
      'No threshold for defence works contracts of a central-government authority under PCR 2015 for a procurement commenced on 2018-01-01: no figure for that period could be confirmed from a primary or consistent source, so the table leaves it out.',
      {
        contractType: 'defence-works',
        authority: 'central-government',
        commencedOn: '2018-01-01',
        regime: 'pcr-2015',
        level: 'threshold',
      },
    ]);
  });

  it('names a malformed query a threshold query', () => {
    const error = errorOf(() =>
      ukProcurementThreshold({
        contractType: 'works',
        authority: 'sub-central',
        commencedOn: 'yesterday',
      }),
    );
    expect(error.message.split('\n')[0]).toBe('Invalid threshold query: 1 problem.');
  });

  it('words a figure still in force as from its first day, a hyphenated type in words', () => {
    expect(
      ukProcurementThreshold({
        contractType: 'light-touch',
        authority: 'sub-central',
        commencedOn: '2026-03-01',
      }).summary,
    ).toBe(
      'The threshold for light touch contracts of a sub-central authority is £663,540.00 inc VAT for procurements commenced from 2026-01-01 (Procurement Act 2023 Sch. 1 row 8; as amended by SI 2025/1200, PPN 023 (from 1 January 2026, inclusive of VAT; the same figures for contracts regulated by the Welsh Ministers)).',
    );
  });
});

describe('definePolicy and readPolicy: refusals word for word, and the depth limit', () => {
  const rule = { id: 'r', name: 'R', outcome: { socialValue: 'required' } } as const;
  /** Code, message, details and issue paths of the error `run` throws. */
  function refusal(run: () => unknown) {
    const error = errorOf(run);
    return {
      code: error.code,
      message: error.message,
      details: error.details,
      paths: error.issues.map((issue) => issue.path),
    };
  }

  it('something that is not a policy, a policy that includes itself, one included twice', () => {
    expect(
      refusal(() => definePolicy({ id: 'p', name: 'P', include: ['x' as never], rules: [] })),
    ).toEqual({
      code: 'invalid-input',
      message:
        'Invalid policy: 1 problem.\n  - policy.include[0]: expected a policy (from definePolicy or policies, its JSON snapshot, or a policy input), received "x"',
      details: {},
      paths: ['policy.include[0]'],
    });
    const council = definePolicy({ id: 'council', name: 'C', rules: [rule] });
    expect(
      refusal(() => definePolicy({ id: 'Council', name: 'P', include: [council], rules: [] })),
    ).toEqual({
      code: 'duplicate-rule',
      message:
        'Policy "Council" includes itself ("council" but for case, spaces, invisible characters or Unicode form): a policy cannot build on its own rules.\n  - policy.include[0]: expected a policy other than "Council" and the policies that include it',
      details: { policy: 'Council' },
      paths: ['policy.include[0]'],
    });
    const upper = definePolicy({ id: 'A', name: 'A', rules: [rule] });
    const lower = definePolicy({ id: 'a ', name: 'A2', rules: [rule] });
    expect(
      refusal(() => definePolicy({ id: 'p', name: 'P', include: [upper, lower], rules: [] })),
    ).toMatchObject({
      code: 'duplicate-rule',
      details: { policy: 'a ' },
      paths: ['policy.include[1].id'],
    });
  });

  it('a snapshot with a bad field or two rules of one id, at its paths', () => {
    const snapshot = JSON.parse(
      JSON.stringify(definePolicy({ id: 'p', name: 'P', rules: [rule, { ...rule, id: 'q' }] })),
    );
    expect(refusal(() => requiresSocialValue(contract(), { ...snapshot, name: 5 }))).toEqual({
      code: 'invalid-input',
      message: 'Invalid policy: 1 problem.\n  - policy.name: expected text, received 5',
      details: {},
      paths: ['policy.name'],
    });
    const twice = { ...snapshot, rules: [snapshot.rules[0], { ...snapshot.rules[1], id: 'R ' }] };
    expect(refusal(() => requiresSocialValue(contract(), twice))).toEqual({
      code: 'duplicate-rule',
      message:
        'Two different rules have the id "R": give each rule its own id.\n  - policy.rules[1].id: expected a unique rule id, received "R " again (policy.rules[0].id is "r" but for case, spaces, invisible characters or Unicode form)',
      details: { rule: 'R ' },
      paths: ['policy.rules[1].id'],
    });
  });

  it('takes a hand-written policy nested 31 includes deep, refuses 32, wherever it is given', () => {
    const nested = (levels: number) => {
      let deep: object = { id: 'level-0', name: 'Level 0', rules: [rule] };
      for (let level = 1; level <= levels; level += 1) {
        deep = { id: `level-${level}`, name: `Level ${level}`, include: [deep], rules: [] };
      }
      return deep as Parameters<typeof definePolicy>[0];
    };
    expect(definePolicy(nested(31)).rules.map((r) => r.id)).toEqual(['r']);
    expect(requiresSocialValue(contract(), nested(31) as never).rules).toEqual(['r']);
    const tooDeep = errorOf(() => requiresSocialValue(contract(), nested(32) as never));
    expect([
      tooDeep.code,
      tooDeep.message.split('\n')[0],
      tooDeep.issues[0]?.segments.length,
    ]).toEqual(['invalid-input', 'Invalid policy: 1 problem.', 1 + 32 * 2]);
  });
});

describe('checkWeighting: the weights refused, word for word', () => {
  it('names the input, the path and what was expected', () => {
    const refused = (weights: unknown) => {
      const error = errorOf(() =>
        checkWeighting(weights as never, contract(), policies.southend2021),
      );
      return [error.code, error.message];
    };
    expect(refused({ criteria: 'x' })).toEqual([
      'invalid-input',
      'Invalid evaluation model: 1 problem.\n  - weights.criteria: expected a list, received "x"',
    ]);
    expect(
      refused({
        criteria: [
          { id: 'p', kind: 'price', weight: 60 },
          { id: 'q', kind: 'quality', weight: 40, subCriteria: [{ id: 'a', weight: 30 }] },
        ],
      }),
    ).toEqual([
      'invalid-input',
      'Invalid evaluation model: 1 problem.\n  - weights.criteria[1].weight: expected 30 (the sum of its sub-criteria), received 40',
    ]);
    expect(
      refused({
        criteria: [
          { id: 'p', kind: 'price' },
          { id: 'q', kind: 'quality', weight: 100 },
        ],
      }),
    ).toEqual([
      'invalid-input',
      'Invalid evaluation model: 1 problem.\n  - weights.criteria[0].weight: missing: expected a weight in percentage points, or sub-criteria with weights',
    ]);
    expect(refused({ price: 0.5, other: 0.25 })).toEqual([
      'invalid-input',
      'Invalid weights: 1 problem.\n  - weights: expected weights in percentage points that sum to 100, received weights that sum to 0.75 (fractions?): did you mean price 50, other 25?',
    ]);
    expect(refused([60, 40])).toEqual([
      'invalid-input',
      'Invalid weights: 1 problem.\n  - weights: expected criterion weights ({ price, quality, socialValue, environmental, other } in percentage points) or an evaluation model, received a list ([60,40])',
    ]);
    expect(refused({ kind: 'valuation', total: '1' })).toEqual([
      'invalid-input',
      'Invalid weights: 1 problem.\n  - weights: expected criterion weights or an evaluation model, received an object of kind "valuation"',
    ]);
    expect(refused({ price: 'lots', quality: 40 })).toEqual([
      'invalid-input',
      'Invalid weights: 1 problem.\n  - weights.price: expected a finite number, a decimal string, a bigint or a Decimal, received "lots"',
    ]);
  });
});
