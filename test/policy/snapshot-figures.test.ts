import { describe, expect, it } from 'vitest';
import {
  checkWeighting,
  definePolicy,
  policies,
  requiresSocialValue,
  revive,
  ukProcurementThreshold,
} from '../../src/index.js';
import { expectSame } from '../expect-same.js';
import { edited } from '../snapshot-edits.js';
import { contract, errorOf } from './helpers.js';

// A stored threshold, requirement or weighting check whose figures disagree with the shipped
// table or its own contents is refused at the figure; an unedited one reads back equal.

const json = (value: unknown) => JSON.parse(JSON.stringify(value));

function refusal(snapshot: unknown): string[] {
  const error = errorOf(() => revive(snapshot));
  return [
    error.code,
    error.message.split('\n')[0]!,
    ...error.issues.map((issue) => `${issue.path}: ${issue.message}`),
  ];
}

// Schedule 1 row 10 (other works) from 1 January 2026: £5,193,000 inc VAT (SI 2025/1200).
const works = ukProcurementThreshold({
  contractType: 'works',
  authority: 'sub-central',
  commencedOn: '2026-03-01',
});

describe('a stored procurement threshold is checked against the shipped table', () => {
  it('refuses an amount, period or source the table does not give for its row', () => {
    expect([works.id, works.amount.toString()]).toEqual(['works@2026-01-01', '5193000']);
    const one = (path: string, message: string) => [
      'invalid-input',
      'Invalid procurement threshold: 1 problem.',
      `${path}: ${message}`,
    ];
    expect(refusal(edited(works, ['amount'], '1'))).toEqual(
      one('json.amount', 'expected "5193000" (from its own figures), received "1"'),
    );
    expect(refusal(edited(works, ['vatBasis'], 'exclusive'))).toEqual(
      one('json.vatBasis', 'expected "inclusive" (from its own figures), received "exclusive"'),
    );
    expect(refusal(edited(works, ['effectiveTo'], '2027-12-31'))).toEqual(
      one('json.effectiveTo', 'expected null (from its own figures), received "2027-12-31"'),
    );
  });

  it('checks a row of another version of the table against its own summary only', () => {
    // A row this table does not have (another id): its figures are taken as stored…
    const other = edited(works, ['id'], 'works@2028-01-01');
    expect(JSON.stringify(revive(other, 'procurement-threshold'))).toBe(JSON.stringify(other));
    // …but its summary must state them.
    const summary = errorOf(() => revive(edited(other, ['amount'], '6000000')));
    expect(summary.issues.map((issue) => issue.path)).toEqual(['json.summary']);
    // Shown from shortly before where the long summaries differ: the amount.
    expect(summary.issues[0]?.message).toMatch(
      /^expected "…[^"]* is £6,000,000\.00 inc VAT [^"]*"\.\.\. \(\d+ characters\) \(from its own figures\), received "…[^"]* is £5,193,000\.00 inc VAT/,
    );
  });

  it('reads back every kind of threshold unedited, with its cautions', () => {
    for (const query of [
      { contractType: 'works', authority: 'sub-central', commencedOn: '2028-06-01' },
      { contractType: 'concession', authority: 'central-government', commencedOn: '2016-05-01' },
      { contractType: 'services', authority: 'utility', commencedOn: '2025-02-24' },
      {
        contractType: 'works',
        authority: 'sub-central',
        commencedOn: '2025-03-01',
        level: 'notifiable-below-threshold',
      },
      {
        contractType: 'supplies',
        authority: 'central-government',
        commencedOn: '2020-01-01',
        level: 'small-lot',
      },
    ] as const) {
      const live = ukProcurementThreshold(query);
      expectSame(revive(json(live), 'procurement-threshold'), live);
    }
  });
});

describe('a stored requirement and weighting check are checked against their own contents', () => {
  // Southend: social value of at least 10% of the total for a contract from £100,000.
  const input = contract({ value: 6_000_000, contractType: 'works', commencedOn: '2026-01-01' });
  const requirement = requiresSocialValue(input, policies.southend2021);
  const check = checkWeighting(
    { price: '60', quality: '25', socialValue: '15' },
    input,
    policies.southend2021,
  );

  it('has the figures worked out by hand', () => {
    expect(json(requirement.minimumWeighting)).toMatchObject({ percent: '10', of: 'total' });
    expect(json(check)).toMatchObject({
      ok: true,
      total: '100',
      // 15 of 100, and of quality + social value + environmental: 15 of 40.
      socialValueShare: { total: '0.15', quality: '0.375', 'non-price': '0.375' },
    });
  });

  it('refuses a requirement whose weighting, rules or summary its contents do not give', () => {
    const stored = json(requirement);
    const rule = stored.minimumWeighting.rule;
    expect(refusal(edited(requirement, ['minimumWeighting', 'percent'], '5'))).toEqual([
      'invalid-input',
      'Invalid social value requirement: 1 problem.',
      'json.minimumWeighting.percent: expected "10" (from its own figures), received "5"',
    ]);
    expect(refusal(edited(requirement, ['rules'], []))[2]).toBe(
      `json.rules: expected ${JSON.stringify(stored.rules)} (from its own figures), received []`,
    );
    expect(refusal(edited(requirement, ['local', 'minimumWeightings'], []))[2]).toMatch(
      /^json\.local\.minimumWeightings: expected \[/,
    );
    expect(refusal(edited(requirement, ['summary'], 'Nothing asked.'))[2]).toBe(
      'json.summary: expected "Under policy southend2021 (\\"Southend-on-Sea Social Value Policy 2021\\"), social value is required (rule southend-2021-works), weighing at least 10% of the total score." (from its own figures), received "Nothing asked."',
    );
    expect(
      refusal(edited(requirement, ['statutoryThreshold', 'threshold', 'amount'], '1'))[2],
    ).toBe(
      'json.statutoryThreshold.threshold.amount: expected "5193000" (from its own figures), received "1"',
    );
    expect(rule).toBeTypeOf('string');
  });

  it('refuses a weighting check whose sum, shares or findings its weights do not give', () => {
    const one = (path: string, message: string) => [
      'invalid-input',
      'Invalid weighting check: 1 problem.',
      `${path}: ${message}`,
    ];
    expect(refusal(edited(check, ['total'], '90'))).toEqual(
      one('json.total', 'expected "100" (from its own figures), received "90"'),
    );
    expect(refusal(edited(check, ['socialValueShare', 'quality'], '0.15'))).toEqual(
      one(
        'json.socialValueShare.quality',
        'expected "0.375" (from its own figures), received "0.15"',
      ),
    );
    const finding = json(check).findings.findIndex(
      (entry: { code: string }) => entry.code === 'social-value-minimum',
    );
    expect(refusal(edited(check, ['findings', finding, 'actualPercent'], '10'))).toEqual(
      one(
        `json.findings[${finding}].actualPercent`,
        'expected "15" (from its own figures), received "10"',
      ),
    );
    expect(refusal(edited(check, ['ok'], false))).toEqual(
      one('json.ok', 'expected true (from its own figures), received false'),
    );
    // A weight is what the check was given: changed, the sum it gives is refused.
    expect(refusal(edited(check, ['weights', 'price'], '70'))).toContain(
      'json.total: expected "110" (from its own figures), received "100"',
    );
    // The requirement inside is checked as a requirement.
    expect(refusal(edited(check, ['requirement', 'minimumWeighting', 'percent'], '5'))).toEqual(
      one(
        'json.requirement.minimumWeighting.percent',
        'expected "10" (from its own figures), received "5"',
      ),
    );
  });

  it('reads back checks unedited: advised weightings, sums not 100, prototype rule ids', () => {
    const advising = definePolicy({
      id: '__proto__',
      name: 'constructor',
      rules: [
        {
          id: '__proto__',
          name: 'Advice',
          when: {},
          outcome: { socialValue: 'recommended', minimumWeighting: { percent: 20, of: 'quality' } },
        },
        {
          id: 'toString',
          name: 'Cap',
          when: {},
          outcome: { socialValue: 'required', maximumWeighting: { percent: 30, of: 'total' } },
        },
      ],
    });
    for (const weights of [
      { price: '60', quality: '30', socialValue: '10' },
      { price: 0.1, quality: 0.2, socialValue: 99.7 },
      {
        price: '99.9999999999999999999999999999999999999999',
        quality: '0.0000000000000000000000000000000000000001',
      },
      { price: '0', quality: '0', socialValue: '0' },
    ]) {
      for (const policy of [advising, policies.southend2021, policies.ppn002]) {
        const live = checkWeighting(weights, input, policy);
        expectSame(revive(json(live), 'weighting-check'), live);
      }
    }
    const advised = checkWeighting({ price: 90, quality: 9, socialValue: 1 }, input, advising);
    expect(advised.findings.map((finding) => finding.severity)).toContain('warning');
    expectSame(revive(json(advised), 'weighting-check'), advised);
  });
});

describe("a stored requirement's threshold check is worked out again from its value", () => {
  // Southend, works from 1 January 2026: the threshold is £5,193,000 inc VAT.
  const at = (value: string, vatBasis: 'inclusive' | 'exclusive' = 'exclusive') =>
    requiresSocialValue(
      contract({ value, vatBasis, contractType: 'works', commencedOn: '2026-01-01' }),
      policies.southend2021,
    );
  const paths = (snapshot: unknown) =>
    errorOf(() => revive(snapshot)).issues.map((issue) => issue.path);
  const check = ['statutoryThreshold'];

  it('refuses a position or shortfall its value and threshold do not give', () => {
    // £6,000,000 ex VAT is £7,200,000 inc VAT: at or above £5,193,000, short by nothing.
    const above = at('6000000');
    expect(json(above.statutoryThreshold)).toMatchObject({
      value: '7200000',
      atOrAbove: true,
      shortfall: '0',
    });
    // £1 inc VAT is £5,192,999 short of it.
    expect(refusal(edited(above, [...check, 'value'], '1')).slice(2, 4)).toEqual([
      'json.statutoryThreshold.atOrAbove: expected false (from its own figures), received true',
      'json.statutoryThreshold.shortfall: expected "5192999" (from its own figures), received "0"',
    ]);
    // £4,000,000 ex VAT is £4,800,000 inc VAT: £393,000 short.
    const below = at('4000000');
    expect(json(below.statutoryThreshold)).toMatchObject({ atOrAbove: false, shortfall: '393000' });
    expect(refusal(edited(below, [...check, 'shortfall'], '1'))[2]).toBe(
      'json.statutoryThreshold.shortfall: expected "393000" (from its own figures), received "1"',
    );
    expect(paths(edited(below, [...check, 'atOrAbove'], true))).toEqual([
      'json.statutoryThreshold.atOrAbove',
    ]);
    // No value: no position either.
    const unknown = requiresSocialValue(
      contract({ value: undefined, contractType: 'works', commencedOn: '2026-01-01' }),
      policies.southend2021,
    );
    expect(refusal(edited(unknown, [...check, 'atOrAbove'], true))[2]).toBe(
      'json.statutoryThreshold.atOrAbove: expected null (from its own figures), received true',
    );
  });

  it('refuses a value its threshold sentence does not state', () => {
    const above = at('6000000');
    let snapshot = edited(above, [...check, 'value'], '1');
    snapshot = edited(snapshot, [...check, 'atOrAbove'], false);
    snapshot = edited(snapshot, [...check, 'shortfall'], '5192999');
    const issues = errorOf(() => revive(snapshot)).issues;
    expect(issues.map((issue) => issue.path)).toEqual(['json.reasons[0]']);
    expect(issues[0]?.message).toMatch(
      /^expected "….*on that basis is £1\.00 inc VAT, £5,192,999\.00 below the threshold.*received "….*£7,200,000\.00 inc VAT, at or above the threshold/,
    );
  });

  it('reads back a value divided to an ex-VAT threshold, however close to it', () => {
    // Services of a council, 30 June 2017: £164,176 ex VAT, so £197,011.20 inc VAT at 20%.
    const services = (value: string) =>
      requiresSocialValue(
        contract({ value, vatBasis: 'inclusive', commencedOn: '2017-06-30' }),
        policies.southend2021,
      );
    // 1e-30 under £197,011.20 inc VAT: ÷ 1.2 rounds to £164,176 at 34 digits, yet falls short.
    const close = services('197011.199999999999999999999999999999');
    expect(json(close.statutoryThreshold)).toMatchObject({ value: '164176', atOrAbove: false });
    expect(close.statutoryThreshold?.shortfall?.gt(0)).toBe(true);
    for (const live of [close, services('197011.2'), services('100000'), services('150000.01')]) {
      expectSame(revive(json(live), 'social-value-requirement'), live);
    }
    // £100,000 inc VAT is £83,333.33… ex VAT, £80,842.66… short: the stored figure is kept.
    const far = services('100000');
    expect(far.statutoryThreshold?.shortfall?.toFixed(2)).toBe('80842.67');
    expect(paths(edited(far, [...check, 'shortfall'], '80842'))).toEqual([
      'json.statutoryThreshold.shortfall',
    ]);
  });
});

describe("a stored requirement's target is the largest its applying rules' sentences state", () => {
  const targets = definePolicy({
    id: 'targets',
    name: 'Targets',
    rules: [
      { id: 'ten', name: 'Ten', when: {}, outcome: { targetSocialValueAddedRatio: '0.1' } },
      {
        id: 'most',
        name: 'Most',
        when: {},
        outcome: { socialValue: 'required', targetSocialValueAddedRatio: '0.12345' },
      },
      // Needs a duration the contract does not give: undetermined, so its target does not count.
      {
        id: 'long',
        name: 'Long',
        when: { minimumDurationMonths: 12 },
        outcome: { targetSocialValueAddedRatio: '0.9' },
      },
      { id: 'none', name: 'None', when: {}, outcome: { socialValue: 'recommended' } },
    ],
  });
  const requirement = requiresSocialValue(contract({ durationMonths: undefined }), targets);
  const target = ['targetSocialValueAddedRatio'];

  it('refuses a target no applying rule states, keeps one its sentences write alike', () => {
    // 12.345% is written 12.35% (half up), the largest of 10% and 12.35%.
    expect(requirement.targetSocialValueAddedRatio?.toString()).toBe('0.12345');
    expect(requirement.evaluations.map((evaluation) => evaluation.status)).toEqual([
      'undetermined',
      'applies',
      'applies',
      'applies',
    ]);
    expectSame(revive(json(requirement), 'social-value-requirement'), requirement);
    expect(refusal(edited(requirement, target, '0.9'))[2]).toBe(
      'json.targetSocialValueAddedRatio: expected "0.1235" (from its own figures), received "0.9"',
    );
    expect(refusal(edited(requirement, target, null))[2]).toBe(
      'json.targetSocialValueAddedRatio: expected "0.1235" (from its own figures), received null',
    );
    // 12.346% is written 12.35% too: the sentences cannot tell it from 12.345%.
    const alike = edited(requirement, target, '0.12346');
    expect(json(revive(alike)).targetSocialValueAddedRatio).toBe('0.12346');
    // No rule that applies states a target: none.
    const plain = requiresSocialValue(contract(), policies.southend2021);
    expect(plain.targetSocialValueAddedRatio).toBeNull();
    expect(refusal(edited(plain, target, '0.1'))[2]).toBe(
      'json.targetSocialValueAddedRatio: expected null (from its own figures), received "0.1"',
    );
  });
});
