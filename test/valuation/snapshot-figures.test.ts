import { readFileSync } from 'node:fs';
import { Decimal as DecimalJs } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatValuationCsv, parsePledgeSheet } from '../../src/csv/index.js';
import {
  createValuationAccumulator,
  defineFramework,
  type PledgeInput,
  presentValue,
  reconcilePledgeSheet,
  revive,
  valuePledges,
} from '../../src/index.js';
import { caught } from '../errors.js';
import { expectSame } from '../expect-same.js';
import { edited, pathText, type Step } from '../snapshot-edits.js';

// A stored result is checked against its own figures when read back: an edited figure is
// refused at its path, `expected <what its own figures give> (from its own figures), received
// <what was stored>`. The figures below are worked out by hand.

const framework = defineFramework({
  id: 'f',
  name: 'F',
  edition: '1',
  priceYear: 2024,
  themes: [
    { id: 'jobs', name: 'Jobs' },
    { id: 'social', name: 'Communities' },
  ],
  measures: [
    {
      code: 'NT1',
      theme: 'jobs',
      title: 'Local people employed',
      unit: 'FTE',
      proxyValue: '32000.5',
      valueType: 'local-economic',
    },
    {
      code: 'NT29',
      theme: 'social',
      title: 'Volunteering hours',
      unit: 'hours',
      proxyValue: '16.09',
      valueType: 'social',
    },
    {
      code: 'RO1',
      theme: 'social',
      title: 'Recorded only',
      unit: 'events',
      proxyValue: '0',
      valueType: 'record-only',
    },
  ],
});

// NT1: 2 × 32,000.5 = 64,001 (tagged A). NT29 by year at half share: 16.09 × 0.5 = 8.045 an
// hour, 10 h in 2026 (80.45), none in 2027, 5 h in 2028 (40.225): 15 h, 120.675, internal.
// NT1 displaced: −32,000.5. Total 32,121.175 (benefits 64,121.675, disbenefits −32,000.5).
const pledges: PledgeInput[] = [
  { measure: 'NT1', quantity: 2, tags: { priority: 'A' } },
  {
    measure: 'NT29',
    years: { '2026': 10, '2027': 0, '2028': 5 },
    attributionShare: '0.5',
    channel: 'internal',
  },
  { measure: 'NT1', quantity: 1, effect: 'disbenefit' },
];
const valuation = valuePledges(framework, pledges, { contractValue: 1_000_000 });

/** `path: message` of each issue of the error reviving `json` throws (code invalid-input). */
function refusal(json: unknown): string[] {
  const error = caught(() => revive(json));
  expect(error.code).toBe('invalid-input');
  return error.issues.map((issue) => `${issue.path}: ${issue.message}`);
}

const own = (expected: string, received: string) =>
  `expected ${expected} (from its own figures), received ${received}`;

describe('a stored valuation is checked against its own figures', () => {
  it('has the figures worked out by hand, and reads back unchanged', () => {
    expect(JSON.parse(JSON.stringify(valuation))).toMatchObject({
      total: '32121.175',
      benefitTotal: '64121.675',
      disbenefitTotal: '-32000.5',
      byTheme: { jobs: '32000.5', social: '120.675' },
      byChannel: { internal: '120.675', tender: '32000.5' },
      byYear: { '2026': '80.45', '2027': '0', '2028': '40.225' },
      socialValueAddedRatio: '0.032121175',
    });
    expectSame(revive(JSON.parse(JSON.stringify(valuation)), 'valuation'), valuation);
  });

  it('refuses the total or a line edited, as the packed package was found to accept', () => {
    const one = valuePledges(framework, [{ measure: 'NT1', quantity: 2 }], {
      contractValue: 1_000_000,
    });
    expect(refusal(edited(one, ['total'], '1'))).toEqual([`json.total: ${own('"64001"', '"1"')}`]);
    expect(refusal(edited(one, ['lines', 0, 'value'], '5'))).toEqual([
      `json.lines[0].value: ${own('"64001"', '"5"')}`,
    ]);
  });

  const figures: [readonly Step[], unknown, string][] = [
    [['total'], '1', '"32121.175"'],
    [['benefitTotal'], '64121.676', '"64121.675"'],
    [['disbenefitTotal'], '-1', '"-32000.5"'],
    [['byTheme', 'jobs'], '32000', '"32000.5"'],
    [['byValueType', 'environmental'], '0.01', '"0"'],
    [['byValueType', 'social'], '120.67', '"120.675"'],
    [['byChannel', 'internal'], '0', '"120.675"'],
    [['byTag', 'priority', 'A'], '64000', '"64001"'],
    [['byYear', '2028'], '40', '"40.225"'],
    [['socialValueAddedRatio'], '0.5', '"0.032121175"'],
    [['lines', 0, 'value'], '5', '"64001"'],
    [['lines', 1, 'quantity'], '16', '"15"'],
    [['lines', 1, 'years', 0, 'value'], '80', '"80.45"'],
    [['lines', 2, 'value'], '32000.5', '"-32000.5"'],
    [['lines', 1, 'index'], 5, '1'],
    [
      ['summary'],
      'Fine.',
      '"3 pledges valued at £32,121.18 net (£64,121.68 of benefits less £32,000.50 of disbenefits) with F (edition 1, 2024 prices): 3.21% of the contract value of £1,000,000.00; 1 warning to check."',
    ],
    [
      ['warnings', 0, 'message'],
      'Fine.',
      '"NT1 is pledged 2 times (pledges 0 and 2): check that nothing is counted twice."',
    ],
  ];

  it.each(figures)('refuses %j edited, at its path', (path, value, expected) => {
    expect(refusal(edited(valuation, path, value))).toEqual([
      `${pathText(path)}: ${own(expected, JSON.stringify(value))}`,
    ]);
  });

  it('refuses a breakdown with a key too many or too few, and a ratio without its contract value', () => {
    const json = edited(valuation, ['byTag', 'priority', 'B'], '0');
    expect(refusal(json)).toEqual([
      `json.byTag.priority: ${own('{"A":"64001"}', '{"A":"64001","B":"0"}')}`,
    ]);
    expect(refusal(edited(valuation, ['byYear'], undefined))).toEqual([
      `json.byYear: ${own('{"2026":"80.45","2027":"0","2028":"40.225"}', 'undefined')}`,
    ]);
    expect(refusal(edited(valuation, ['contractValue'], undefined))).toContain(
      'json.contractValue: expected the contract value of socialValueAddedRatio, received undefined',
    );
    expect(refusal(edited(valuation, ['socialValueAddedRatio'], undefined))).toEqual([
      `json.socialValueAddedRatio: ${own('"0.032121175"', 'undefined')}`,
    ]);
    // A measure's proxy is the same on each of its lines: the second NT1 line is valued at the
    // first's, −32,000.5 (and a line's theme is its measure's).
    expect(refusal(edited(valuation, ['lines', 2, 'proxyValue'], '1'))[0]).toBe(
      `json.lines[2].proxyValue: ${own('"32000.5"', '"1"')}`,
    );
    expect(refusal(edited(valuation, ['lines', 2, 'theme'], 'social'))[0]).toBe(
      `json.lines[2].theme: ${own('"jobs"', '"social"')}`,
    );
  });

  it('refuses figures no valuation has: negative quantities, shares above 1, a contract value below a penny', () => {
    for (const [path, value] of [
      [['lines', 0, 'quantity'], '-2'],
      [['lines', 1, 'attributionShare'], '1.5'],
      [['lines', 0, 'proxyValue'], '-1'],
      [['benefitTotal'], '-1'],
      [['disbenefitTotal'], '1'],
      [['contractValue'], '0'],
    ] as const) {
      expect(refusal(edited(valuation, path, value))[0]).toMatch(`${pathText(path)}: expected`);
    }
  });

  it('checks a valuation kept without lines as far as its totals allow', () => {
    const running = createValuationAccumulator(framework, {
      lines: false,
      contractValue: 1_000_000,
    });
    running.add(pledges.slice(0, 2));
    running.add(pledges.slice(2));
    const totals = running.result();
    expect(totals.lines).toEqual([]);
    expectSame(revive(JSON.parse(JSON.stringify(totals)), 'valuation'), totals);
    expect(refusal(edited(totals, ['total'], '1'))).toEqual([
      `json.total: ${own('"32121.175"', '"1"')}`,
    ]);
    expect(refusal(edited(totals, ['byTheme', 'jobs'], '1'))).toEqual([
      'json.byTheme: expected figures adding up to the total (32121.175), received a sum of 121.675',
    ]);
    // Record-only measures are not monetised: a value of theirs is refused whatever it adds up to.
    expect(refusal(edited(totals, ['byValueType', 'record-only'], '1'))).toEqual([
      'json.byValueType["record-only"]: expected 0 for a record-only measure (not monetised)',
      'json.byValueType: expected figures adding up to the total (32121.175), received a sum of 32122.175',
    ]);
    expect(refusal(edited(totals, ['byChannel', 'tender'], '0'))).toEqual([
      'json.byChannel: expected figures adding up to the total (32121.175), received a sum of 120.675',
    ]);
    expect(refusal(edited(totals, ['benefitTotal'], '64121'))).toEqual([
      'json.benefitTotal: expected it and disbenefitTotal adding up to the total (32121.175), received a sum of 32120.5',
    ]);
    expect(refusal(edited(totals, ['socialValueAddedRatio'], '0.03'))).toEqual([
      `json.socialValueAddedRatio: ${own('"0.032121175"', '"0.03"')}`,
    ]);
  });

  it('checks the summary of a valuation kept without lines against its totals', () => {
    // Every figure edited alike, the summary left as it was: it still said £32,121.18.
    const running = createValuationAccumulator(framework, {
      lines: false,
      contractValue: 1_000_000,
    });
    running.add(pledges);
    const totals = running.result();
    expect(totals.summary).toBe(
      '3 pledges valued at £32,121.18 net (£64,121.68 of benefits less £32,000.50 of disbenefits) with F (edition 1, 2024 prices): 3.21% of the contract value of £1,000,000.00; 1 warning to check.',
    );
    const json = edited(totals, ['total'], '32121');
    Object.assign(json, { benefitTotal: '64121.5', socialValueAddedRatio: '0.032121' });
    Object.assign(json.byTheme as object, { social: '120.5' });
    Object.assign(json.byValueType as object, { social: '120.5' });
    Object.assign(json.byChannel as object, { internal: '120.5' });
    expect(refusal(json)).toEqual([
      `json.summary: ${own(
        '"3 pledges valued at £32,121.00 net (£64,121.50 of benefits less £32,000.50 of disbenefits) with F (edition 1, 2024 prices): 3.21% of the contract value of £1,000,000.00; 1 warning to check."',
        `"${totals.summary}"`,
      )}`,
    ]);
    // The count of pledges is the summary's own; warnings are counted from the list.
    expect(refusal(edited(totals, ['warnings'], []))[0]).toMatch(
      /^json\.summary: expected ".* £1,000,000\.00\." \(from its own figures\), received ".*; 1 warning to check\."$/,
    );
    const none = createValuationAccumulator(framework, { lines: false });
    none.add([{ measure: 'NT1', quantity: 1 }]);
    expectSame(revive(JSON.parse(JSON.stringify(none.result())), 'valuation'), none.result());
  });

  it('checks a valuation given to formatValuationCsv as revive does', () => {
    const error = caught(() => formatValuationCsv(edited(valuation, ['total'], '1') as never));
    expect(error.issues[0]?.path).toBe('valuation.total');
  });
});

// Generated valuations: read back unchanged, and refused once any figure they worked out is
// changed by any amount.
const arbitraryFramework = defineFramework({
  id: 'g',
  name: 'G',
  edition: '2026',
  priceYear: 2026,
  themes: [
    { id: '__proto__', name: 'Prototype-named' },
    { id: 'jobs', name: 'Jobs' },
    { id: 'none', name: 'Nothing pledged' },
  ],
  measures: [
    {
      code: 'NT1',
      theme: 'jobs',
      title: 'Jobs',
      unit: 'FTE',
      proxyValue: '30782',
      valueType: 'local-economic',
    },
    {
      code: 'constructor',
      theme: '__proto__',
      title: 'Hours',
      unit: 'hours',
      proxyValue: '17.25',
      valueType: 'social',
    },
    {
      code: 'NT18',
      theme: 'jobs',
      title: 'Spend',
      unit: '£',
      proxyValue: '0.963812',
      valueType: 'local-economic',
    },
    { code: 'R', theme: 'jobs', title: 'R', unit: 'u', proxyValue: 0, valueType: 'record-only' },
  ],
});
const label = fc.constantFrom(
  '__proto__',
  'constructor',
  'toString',
  'CWB Priority',
  'a',
  '2',
  '10',
  '2025/26',
);
const amount = fc
  .tuple(fc.integer({ min: 0, max: 100_000_000 }), fc.integer({ min: 0, max: 9_999 }))
  .map(([units, fraction]) => `${units}.${String(fraction).padStart(4, '0')}`);
const measure = fc.constantFrom('NT1', 'constructor', 'NT18', 'R');
const effect = fc.constantFrom('benefit', 'disbenefit' as const);
const pledge: fc.Arbitrary<PledgeInput> = fc.oneof(
  fc.record(
    {
      measure,
      quantity: amount,
      attributionShare: fc.constantFrom('0', '0.25', '0.5', '1'),
      tags: fc.dictionary(label, label, { maxKeys: 3 }),
      channel: fc.constantFrom('tender', 'internal', 'grant'),
      effect,
    },
    { requiredKeys: ['measure', 'quantity'] },
  ),
  fc.record(
    {
      measure,
      years: fc.dictionary(label, amount, { minKeys: 1, maxKeys: 3 }),
      attributionShare: fc.constantFrom('0.5', '1'),
      effect,
    },
    { requiredKeys: ['measure', 'years'] },
  ),
);
const contractValue = fc.option(fc.constantFrom('1000000', '0.37', '999999999999.99'), {
  nil: undefined,
});
/** A valuation: all at once, or in batches (with or without lines). */
const generated = fc
  .tuple(
    fc.array(pledge, { maxLength: 12 }),
    contractValue,
    fc.constantFrom('valuePledges', 'batches', 'no lines'),
  )
  .map(([input, contract, how]) => {
    const options = contract === undefined ? {} : { contractValue: contract };
    if (how === 'valuePledges') return valuePledges(arbitraryFramework, input, options);
    const running = createValuationAccumulator(arbitraryFramework, {
      ...options,
      lines: how !== 'no lines',
    });
    running.add(input.slice(0, 3));
    running.add(input.slice(3));
    return running.result();
  });

/** Every figure of a JSON form worked out (not given): paths of its exact strings. */
function workedOut(json: Record<string, unknown>, lines: boolean): Step[][] {
  const paths: Step[][] = [];
  const visit = (value: unknown, at: Step[]) => {
    if (typeof value === 'string') paths.push(at);
    else if (value !== null && typeof value === 'object') {
      for (const key of Object.keys(value)) {
        visit((value as Record<string, unknown>)[key], [
          ...at,
          Array.isArray(value) ? Number(key) : key,
        ]);
      }
    }
  };
  const keys = ['total', 'benefitTotal', 'disbenefitTotal', 'byTheme', 'byValueType', 'byChannel'];
  if (json.socialValueAddedRatio !== undefined) keys.push('socialValueAddedRatio');
  // Breakdowns by tag and year are sums of lines: without lines they cannot be checked.
  if (lines) keys.push('byTag', 'byYear');
  for (const key of keys) if (json[key] !== undefined) visit(json[key], [key]);
  if (lines) {
    (json.lines as Record<string, unknown>[]).forEach((line, i) => {
      paths.push(['lines', i, 'value']);
      (line.years as unknown[] | undefined)?.forEach((_, j) => {
        paths.push(['lines', i, 'years', j, 'value']);
      });
      if (line.years !== undefined) paths.push(['lines', i, 'quantity']);
    });
  }
  return paths;
}

const Exact = DecimalJs.clone({ precision: 300 });
/** A non-zero change: ±1 to 1e9 units in the last of 0 to 8 decimal places. */
const change = fc
  .tuple(fc.integer({ min: 1, max: 1_000_000_000 }), fc.integer({ min: 0, max: 8 }), fc.boolean())
  .map(([units, places, down]) =>
    new Exact(units).div(new Exact(10).pow(places)).times(down ? -1 : 1),
  );

describe('generated valuations', () => {
  it('read back unchanged through JSON, with or without lines, and write the same CSV', () => {
    fc.assert(
      fc.property(generated, (result) => {
        const json = JSON.stringify(result);
        const back = revive(JSON.parse(json), 'valuation');
        expectSame(back, result);
        expect(JSON.stringify(back)).toBe(json);
        expect(formatValuationCsv(back)).toBe(formatValuationCsv(result));
      }),
      { numRuns: 150 },
    );
  });

  it('are refused once any figure worked out is changed by any amount', () => {
    fc.assert(
      fc.property(generated, fc.nat(), change, (result, pick, by) => {
        const json = JSON.parse(JSON.stringify(result));
        const lines = result.lines.length > 0;
        const paths = workedOut(json, lines);
        const path = paths[pick % paths.length]!;
        const parent = path.slice(0, -1).reduce((inner, key) => inner[key], json);
        const was = parent[path.at(-1)!] as string;
        parent[path.at(-1)!] = new Exact(was).plus(by).toFixed();
        const error = caught(() => revive(json));
        expect(error.code).toBe('invalid-input');
        if (lines) {
          expect(error.issues.map((issue) => issue.path)).toContain(pathText(path));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('a stored present value is checked against its own figures', () => {
  // £1,000 in each of 2026 and 2027 at a flat 3.5%: 2027's factor is 1 ÷ 1.035.
  const result = presentValue({ 2026: 1000, 2027: 1000 }, { rate: '0.035' });
  const factor = '0.9661835748792270531400966183574879';
  const discounted = '966.1835748792270531400966183574879';

  it('reads back unchanged, and refuses each figure edited at its path', () => {
    expect(result.years[1]?.discountFactor.toString()).toBe(factor);
    expectSame(revive(JSON.parse(JSON.stringify(result)), 'present-value'), result);
    expect(refusal(edited(result, ['total'], '2000'))).toEqual([
      // 1000 + 1000 ÷ 1.035 = 1966.18357487922705314009661835748792…, to 34 digits.
      `json.total: ${own('"1966.183574879227053140096618357488"', '"2000"')}`,
    ]);
    expect(refusal(edited(result, ['nominal'], '1'))).toEqual([
      `json.nominal: ${own('"2000"', '"1"')}`,
    ]);
    expect(refusal(edited(result, ['years', 1, 'presentValue'], '966'))).toEqual([
      `json.years[1].presentValue: ${own(`"${discounted}"`, '"966"')}`,
    ]);
    expect(refusal(edited(result, ['years', 1, 'discountFactor'], '0.9'))).toEqual([
      `json.years[1].discountFactor: ${own(`"${factor}"`, '"0.9"')}`,
    ]);
    expect(refusal(edited(result, ['years', 0, 'rate'], '0.04'))).toEqual([
      `json.years[0].rate: ${own('"0.035"', '"0.04"')}`,
    ]);
    expect(refusal(edited(result, ['years', 1, 'year'], 2026))).toEqual([
      'json.years[1].year: expected 2027 or later (years in order from the base year on), received 2026',
    ]);
    expect(refusal(edited(result, ['baseYear'], 2027))).toEqual([
      'json.years[0].year: expected 2027 or later (years in order from the base year on), received 2026',
    ]);
  });

  it('reads back the total as earlier releases wrote it: the sum of the rounded years', () => {
    // 69 ÷ 1.035 and 71.415 ÷ 1.035² are each 200/3, 66.66666666666666666666666666666667 to 34
    // digits: the exact total 400/3 is …3333 to 34 digits; earlier releases added the rounded
    // years, …33334, and a total within half a unit in its 34th digit (5e-32) is read too.
    const thirds = presentValue({ 1: 69, 2: '71.415' }, { baseYear: 0, rate: '0.035' });
    const written = (total: string) => ({ ...JSON.parse(JSON.stringify(thirds)), total });
    expect(
      revive(written('133.3333333333333333333333333333333'), 'present-value').total.toString(),
    ).toBe('133.3333333333333333333333333333333');
    for (const total of [
      '133.33333333333333333333333333333334',
      '133.33333333333333333333333333333338',
    ]) {
      expect(revive(written(total), 'present-value').total.toString()).toBe(total);
    }
    // 6e-32 from the earlier figure, and not the exact one: refused.
    expect(refusal(written('133.3333333333333333333333333333334'))).toEqual([
      `json.total: ${own('"133.3333333333333333333333333333333"', '"133.3333333333333333333333333333334"')}`,
    ]);
  });

  it('reads back the nominal as earlier releases wrote it: the values added to 200 digits', () => {
    // 1e-250, 1 and -1 at a rate of 0: nominal and total 1e-250. Earlier releases added the
    // values in year order to 200 digits (1e-250 + 1 was 1): a nominal of 0, "£0.00 nominal".
    const tiny = presentValue(
      [
        { year: 0, value: '1e-250' },
        { year: 1, value: 1 },
        { year: 2, value: -1 },
      ],
      { rate: 0 },
    );
    const json = JSON.parse(JSON.stringify(tiny));
    const earlier = {
      ...json,
      nominal: '0',
      summary: '3 years from 0 to 2, £0.00 nominal, are worth less than £0.01 in 0 at 0% a year.',
    };
    const back = revive(earlier, 'present-value');
    expect(back.nominal.toString()).toBe('0');
    expect(back.summary).toBe(earlier.summary);
    expectSame(revive(json, 'present-value'), tiny);
    // Neither the exact sum nor the earlier one: refused.
    expect(refusal({ ...json, nominal: '1' })).toEqual([`json.nominal: ${own('"1e-250"', '"1"')}`]);
    // The earlier nominal with the sentence now written: refused at the summary.
    expect(refusal({ ...json, nominal: '0' })[0]).toMatch(/^json\.summary: /);
  });

  it('refuses a shipped schedule whose rates were edited', () => {
    const greenBook = presentValue({ 2026: 1000, 2030: 1000 });
    expect(refusal(edited(greenBook, ['schedule', 'bands', 0, 'rate'], '0.03'))[0]).toBe(
      `json.schedule.bands[0].rate: ${own('"0.035"', '"0.03"')}`,
    );
  });

  it('generated: read back unchanged, refused once a figure is changed', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.integer({ min: 2000, max: 2200 }).map(String), amount, {
          minKeys: 1,
          maxKeys: 5,
        }),
        fc.constantFrom({}, { rate: '0.035' }, { schedule: 'green-book-2003' as const }),
        fc.constantFrom('end-of-year' as const, 'mid-year' as const),
        fc.nat(),
        change,
        (series, options, timing, pick, by) => {
          const pv = presentValue(series, { ...options, timing });
          const json = JSON.parse(JSON.stringify(pv));
          expectSame(revive(json, 'present-value'), pv);
          const paths: Step[][] = [['total'], ['nominal']];
          pv.years.forEach((_, i) => {
            paths.push(['years', i, 'discountFactor'], ['years', i, 'presentValue']);
          });
          const path = paths[pick % paths.length]!;
          const parent = path.slice(0, -1).reduce((inner, key) => inner[key], json);
          parent[path.at(-1)!] = new Exact(parent[path.at(-1)!]).plus(by).toFixed();
          expect(refusal(json).map((issue) => issue.split(':')[0])).toContain(pathText(path));
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('a stored pledge-sheet reconciliation is checked against its own figures', () => {
  // Seed 004's two local-spend rows: NT18 states £6,264,776.71 for 650,000 × 0.963812 =
  // £626,477.80 (a slip by ten: corrected to £626,477.671), NT19 £240,952.95 for £240,953
  // (proxy rounding, kept). Computed 867,430.8, corrected 867,430.621, rows stated 6,505,729.66.
  const result = reconcilePledgeSheet(
    [
      { measure: 'NT18', proxyValue: '0.963812', quantity: 650000, statedValue: '6264776.71' },
      { measure: 'NT19', proxyValue: '0.963812', quantity: 250000, statedValue: '240952.95' },
    ],
    { statedTotal: '6505729.66' },
  );

  it('reads back unchanged, and refuses each total edited at its path', () => {
    expect(JSON.parse(JSON.stringify(result))).toMatchObject({
      computedTotal: '867430.8',
      correctedTotal: '867430.621',
      statedRowsTotal: '6505729.66',
      correction: '-5638299.039',
    });
    expectSame(revive(JSON.parse(JSON.stringify(result)), 'pledge-sheet-reconciliation'), result);
    for (const [key, value, expected] of [
      ['computedTotal', '1', '"867430.8"'],
      ['correctedTotal', '1', '"867430.621"'],
      ['statedRowsTotal', '1', '"6505729.66"'],
      ['correction', '0', '"-5638299.039"'],
      ['ok', true, 'false'],
      ['statedTotalMatchesRows', false, 'true'],
    ] as const) {
      expect(refusal(edited(result, [key], value))).toEqual([
        `json.${key}: ${own(expected, JSON.stringify(value))}`,
      ]);
    }
    // NT18's likely scale error (scale 1) counts 6264776.71 ÷ 10 = 626477.671: the row first.
    expect(refusal(edited(result, ['rows', 0, 'corrected'], '626477.8')).slice(0, 2)).toEqual([
      `json.rows[0].corrected: ${own('"626477.671"', '"626477.8"')}`,
      `json.correctedTotal: ${own('"867430.75"', '"867430.621"')}`,
    ]);
    expect(refusal(edited(result, ['summary'], 'Fine.'))).toEqual([
      `json.summary: ${own('"2 rows checked: 1 error, no warnings, 1 note; corrected total £867,430.62 against the stated £6,505,729.66."', '"Fine."')}`,
    ]);
  });

  it('refuses findings edited away from its rows, at the finding', () => {
    // NT18: computed 650,000 × 0.963812 = 626,477.8, stated 6,264,776.71, difference
    // 5,638,298.91, an error; NT19: 250,000 × 0.963812 = 240,953, stated 240,952.95, a note.
    expect(refusal(edited(result, ['findings', 0, 'severity'], 'info'))[0]).toBe(
      `json.findings[0].severity: ${own('"error"', '"info"')}`,
    );
    expect(refusal(edited(result, ['findings', 1, 'expected'], '1'))).toEqual([
      `json.findings[1].expected: ${own('"240953"', '"1"')}`,
    ]);
    expect(refusal(edited(result, ['findings', 0, 'difference'], '0'))).toEqual([
      `json.findings[0].difference: ${own('"5638298.91"', '"0"')}`,
    ]);
    expect(refusal(edited(result, ['findings', 1, 'stated'], '240953'))).toEqual([
      `json.findings[1].stated: ${own('"240952.95"', '"240953"')}`,
    ]);
    expect(refusal(edited(result, ['findings', 1, 'row'], 1))).toEqual([
      `json.findings[1].row: ${own('2', '1')}`,
    ]);
    expect(refusal(edited(result, ['findings', 1, 'measure'], 'NT18'))).toEqual([
      `json.findings[1].measure: ${own('"NT19"', '"NT18"')}`,
    ]);
    // A sentence about another row: the row it is about starts it.
    const message = result.findings[1]!.message.replace('Row 2 (NT19)', 'Row 1 (NT18)');
    expect(message).toMatch(/^Row 1 \(NT18\): /);
    expect(refusal(edited(result, ['findings', 1, 'message'], message))).toEqual([
      `json.findings[1].message: ${own('"Row 2 (NT19)"', '"Row 1 (NT18): 250,000 × £0.963812 is £240,953.00 but the she"... (226 characters)')}`,
    ]);
    // The slip by ten is what NT18 counts: 6,264,776.71 ÷ 10 = 626,477.671, not ÷ 100.
    expect(refusal(edited(result, ['findings', 0, 'scale'], 2))).toEqual([
      `json.rows[0].corrected: ${own('"62647.7671"', '"626477.671"')}`,
    ]);
    // A slip on NT19's proxy-rounding finding, which has none: refused at the finding.
    expect(refusal(edited(result, ['findings', 1, 'scale'], 3))[0]).toMatch(
      /^json\.findings\[1\]: expected \{/,
    );
    // NT19's code changed on its row, or its finding's code, or a finding dropped.
    expect(refusal(edited(result, ['rows', 1, 'findingCodes'], ['value-mismatch']))[0]).toBe(
      `json.rows[1].corrected: ${own('"240953"', '"240952.95"')}`,
    );
    expect(refusal(edited(result, ['findings', 1, 'code'], 'not-monetised'))[0]).toMatch(
      /^json\.findings\[1\]/,
    );
    const dropped = edited(result, ['findings'], [JSON.parse(JSON.stringify(result.findings[0]))]);
    expect(refusal(dropped)[0]).toMatch(/^json\.findings: expected \[/);
    // A row that has lost its one finding code counts its stated value: 6,264,776.71.
    expect(refusal(edited(result, ['rows', 0, 'findingCodes'], []))[0]).toBe(
      `json.rows[0].corrected: ${own('"6264776.71"', '"626477.671"')}`,
    );
  });

  it('refuses sheet findings edited away from its rows and totals', () => {
    // Stated rows 100 + 50 = 150 against a stated total of 200: total-mismatch, expected 150,
    // difference 50. Without a stated total: no-stated-total, expected the rows' 150.
    const rows = [
      { measure: 'A', proxyValue: '10', quantity: 10, statedValue: '100' },
      { measure: 'B', proxyValue: '5', quantity: 10, statedValue: '50' },
    ];
    const mismatch = reconcilePledgeSheet(rows, { statedTotal: '200' });
    expectSame(revive(JSON.parse(JSON.stringify(mismatch))), mismatch);
    expect(mismatch.findings.map((finding) => finding.code)).toEqual(['total-mismatch']);
    expect(refusal(edited(mismatch, ['findings', 0, 'expected'], '200'))).toEqual([
      `json.findings[0].expected: ${own('"150"', '"200"')}`,
    ]);
    expect(refusal(edited(mismatch, ['findings', 0, 'message'], 'Fine.'))).toEqual([
      `json.findings[0].message: ${own('"The sheet states a total of £200.00, but its rows add up to £150.00 (£50.00 difference)."', '"Fine."')}`,
    ]);
    const unstated = reconcilePledgeSheet(rows);
    expect(refusal(edited(unstated, ['findings', 0, 'expected'], '1'))).toEqual([
      `json.findings[0].expected: ${own('"150"', '"1"')}`,
    ]);
    // No row states a value: the answers × proxies, 10 × 10 + 10 × 5 = 150, are 10 times the
    // stated total of 15 (a slip the message names); read back unchanged, refused edited.
    const answers = rows.map(({ statedValue: _, ...row }) => row);
    const tenfold = reconcilePledgeSheet(answers, { statedTotal: '15' });
    expect(tenfold.findings.at(-1)?.message).toContain(', 10 times the stated total');
    expectSame(revive(JSON.parse(JSON.stringify(tenfold))), tenfold);
    const at = tenfold.findings.length - 1;
    expect(refusal(edited(tenfold, ['findings', at, 'expected'], '15'))).toEqual([
      `json.findings[${at}].expected: ${own('"150"', '"15"')}`,
    ]);
    // A header alone: no-rows, then no-stated-total of £0.
    const none = reconcilePledgeSheet([]);
    expectSame(revive(JSON.parse(JSON.stringify(none))), none);
    expect(refusal(edited(none, ['findings', 0, 'severity'], 'info'))[0]).toBe(
      `json.findings[0].severity: ${own('"warning"', '"info"')}`,
    );
  });

  it('reads back seed 004 (examples/pledge-sheet.csv) unchanged, and refuses it edited', () => {
    const sheet = parsePledgeSheet(
      readFileSync(new URL('../../examples/pledge-sheet.csv', import.meta.url), 'utf8'),
    );
    const seed = reconcilePledgeSheet(sheet.rows, { statedTotal: sheet.statedTotal });
    expectSame(revive(JSON.parse(JSON.stringify(seed))), seed);
    const at = seed.findings.findIndex((finding) => finding.severity === 'error');
    expect(refusal(edited(seed, ['findings', at, 'severity'], 'warning'))[0]).toBe(
      `json.findings[${at}].severity: ${own('"error"', '"warning"')}`,
    );
  });

  it('generated: a reconciliation reads back unchanged, and refuses a finding edited', () => {
    const figure = fc.option(
      fc.integer({ min: -20_000, max: 2_000_000 }).map((cents) => (cents / 100).toFixed(2)),
      { nil: undefined },
    );
    const row = fc.record(
      {
        measure: fc.constantFrom('NT1', 'NT18', 'NT29'),
        proxyValue: fc.option(fc.constantFrom('0', '16.09', '0.963812', '30782'), {
          nil: undefined,
        }),
        quantity: fc.option(fc.integer({ min: -3, max: 2000 }), { nil: undefined }),
        statedValue: figure,
        attributionShare: fc.constantFrom(undefined, '0.5'),
        effect: fc.constantFrom(undefined, 'disbenefit' as const),
      },
      { requiredKeys: ['measure'] },
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 6 }), figure, fc.nat(), (rows, statedTotal, pick) => {
        const reconciled = reconcilePledgeSheet(rows, { statedTotal });
        expectSame(revive(JSON.parse(JSON.stringify(reconciled))), reconciled);
        const at = pick % reconciled.findings.length;
        const finding = reconciled.findings[at]!;
        const severity = finding.severity === 'error' ? 'info' : 'error';
        expect(refusal(edited(reconciled, ['findings', at, 'severity'], severity))).toContain(
          `json.findings[${at}].severity: ${own(`"${finding.severity}"`, `"${severity}"`)}`,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('without a stated total, takes the rows’ as the stated total', () => {
    const unstated = reconcilePledgeSheet([
      { measure: 'NT19', proxyValue: '0.963812', quantity: 250000, statedValue: '240952.95' },
    ]);
    expectSame(revive(JSON.parse(JSON.stringify(unstated))), unstated);
    expect(refusal(edited(unstated, ['statedTotal'], '1'))).toEqual([
      `json.statedTotal: ${own('"240952.95"', '"1"')}`,
    ]);
    expect(refusal(edited(unstated, ['statedTotalMatchesRows'], true))).toEqual([
      `json.statedTotalMatchesRows: ${own('undefined', 'true')}`,
    ]);
  });
});
