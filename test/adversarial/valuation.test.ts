import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSealed } from '../../src/core/brand.js';
import { ownValue } from '../../src/core/record.js';
import {
  Decimal,
  defineFramework,
  isSocialValueError,
  type PledgeInput,
  presentValue,
  reconcilePledgeSheet,
  valuePledges,
} from '../../src/index.js';
import { caught } from '../errors.js';
import { expectSame } from '../expect-same.js';
import { seedFramework, seedInput } from '../toms/fixtures.js';
import { expectSane, frozenCopy, hostileNumbers, nothingFrozen, prototypeNames } from './sane.js';

// Adversarial inputs for every public function of valuation: valuePledges,
// reconcilePledgeSheet, presentValue.

const strings = (record: Readonly<Record<string, Decimal>>) =>
  Object.entries(record).map(([key, value]) => [key, value.toString()]);

describe('valuePledges: numbers', () => {
  it('refuses every malformed number at its path, with the right code', () => {
    const at = (pledge: Record<string, unknown>, options?: Record<string, unknown>) =>
      caught(() => valuePledges(seedFramework, [pledge as never], options as never));
    for (const value of hostileNumbers) {
      for (const [error, path] of [
        [at({ measure: 'NT1', quantity: value }), 'pledges[0].quantity'],
        [
          at({ measure: 'NT1', quantity: 1, attributionShare: value }),
          'pledges[0].attributionShare',
        ],
        [at({ measure: 'NT1', years: [1, value] }), 'pledges[0].years[1]'],
        [at({ measure: 'NT1', years: { '2025/26': value } }), 'pledges[0].years["2025/26"]'],
        [at({ measure: 'NT1', quantity: 1 }, { contractValue: value }), 'options.contractValue'],
      ] as const) {
        expect(['invalid-input', 'out-of-range']).toContain(error.code);
        expect(error.issues[0]?.path).toBe(path);
      }
    }
    const huge = at({ measure: 'NT1', quantity: '1e9000000000000001' });
    expect(huge.code).toBe('out-of-range');
    expect(huge.message).toBe(
      'Invalid pledge: 1 problem.\n  - pledges[0].quantity: expected a number below 1e15 in magnitude, received "1e9000000000000001"',
    );
    const share = at({ measure: 'NT1', quantity: 1, attributionShare: 50 });
    expect(share.issues[0]?.message).toBe(
      'expected a share from 0 to 1 (a fraction, not a percentage), received 50 (did you mean 0.5?)',
    );
  });

  it('is exact at the edges of the numeric domain', () => {
    const framework = defineFramework({
      ...seedInput,
      measures: [
        { ...seedInput.measures[0]!, code: 'BIG', proxyValue: '999999999999999.9' },
        { ...seedInput.measures[0]!, code: 'TINY', proxyValue: `0.${'0'.repeat(39)}3` },
      ],
    });
    const valuation = valuePledges(
      framework,
      [
        { measure: 'BIG', quantity: '999999999999999.9', attributionShare: `0.${'9'.repeat(40)}` },
        { measure: 'TINY', quantity: `0.${'0'.repeat(39)}7` },
      ],
      { contractValue: '0.01' },
    );
    // 999999999999999.9² = 999999999999999800000000000000.01; × (1 − 1e-40), with Python's
    // decimal module at 300 digits.
    expect(valuation.lines[0]?.value.toString()).toBe(
      '999999999999999800000000000000.009999999900000000000000019999999999999999',
    );
    expect(valuation.lines[1]?.value.toString()).toBe('2.1e-79');
    // The total ÷ £0.01 (the smallest contract value), to 34 significant digits.
    expect(valuation.socialValueAddedRatio?.toString()).toBe(
      '9.9999999999999980000000000000001e+31',
    );
    const penny = caught(() => valuePledges(framework, [], { contractValue: '0.009' }));
    expect(penny.issues[0]).toMatchObject({
      path: 'options.contractValue',
      message: 'expected a number at least 0.01, received "0.009"',
    });
    expectSane(valuation);
  });
});

describe('valuePledges: strict inputs', () => {
  it('refuses unknown and renamed keys with a did-you-mean', () => {
    const typo = caught(() =>
      valuePledges(seedFramework, [{ measure: 'NT1', quantity: 10, attributon: 0.5 } as never]),
    );
    expect(typo.code).toBe('invalid-input');
    expect(typo.issues).toEqual([
      {
        path: 'pledges[0].attributon',
        segments: ['pledges', 0, 'attributon'],
        message: 'unknown key (did you mean "attributionShare"?)',
      },
    ]);
    const old = caught(() =>
      valuePledges(seedFramework, [{ measure: 'NT1', quantity: 10, attribution: 0.5 } as never]),
    );
    expect(old.issues[0]?.message).toBe(
      'unknown key (renamed in 0.2: did you mean "attributionShare"?)',
    );
    // The measure's code, written as `code`, names `measure` (closeness alone said "note").
    const code = caught(() =>
      valuePledges(seedFramework, [{ code: 'NT1', quantity: 10 } as never]),
    );
    expect(code.issues).toEqual([
      expect.objectContaining({ path: 'pledges[0].measure', message: 'missing: expected text' }),
      expect.objectContaining({
        path: 'pledges[0].code',
        message: 'unknown key (did you mean "measure"?)',
      }),
    ]);
    const option = caught(() => valuePledges(seedFramework, [], { contractvalue: 5 } as never));
    expect(option.issues[0]).toMatchObject({
      path: 'options.contractvalue',
      message: 'unknown key (did you mean "contractValue"?)',
    });
    const proto = caught(() =>
      valuePledges(seedFramework, [JSON.parse('{"measure":"NT1","quantity":1,"__proto__":{}}')]),
    );
    expect(proto.issues[0]?.path).toBe('pledges[0].__proto__');
  });

  it('names the parameter for anything that is not a framework', () => {
    const valuation = valuePledges(seedFramework, []);
    for (const value of [
      null,
      undefined,
      {},
      [],
      42,
      'seed',
      valuation,
      JSON.parse(JSON.stringify(valuation)),
    ]) {
      const error = caught(() => valuePledges(value as never, []));
      expect(error.code).toBe('invalid-input');
      expect(error.issues[0]?.path).toBe('framework');
    }
    for (const pledges of [null, {}, 'NT1', 5]) {
      const error = caught(() => valuePledges(seedFramework, pledges as never));
      expect(error.issues[0]).toMatchObject({ path: 'pledges' });
    }
    for (const options of [null, [], 5, 'x']) {
      const error = caught(() => valuePledges(seedFramework, [], options as never));
      expect(error.issues[0]?.path).toBe('options');
    }
    const hole = caught(() =>
      valuePledges(seedFramework, new Array(2).fill(undefined, 1) as never),
    );
    expect(hole.issues[0]?.path).toBe('pledges[0]');
  });

  it('validates a hand-made or stored framework as defineFramework would', () => {
    const stored = JSON.parse(JSON.stringify(seedFramework));
    const pledges: PledgeInput[] = [{ measure: 'NT18', quantity: 650000 }];
    expectSame(valuePledges(stored, pledges), valuePledges(seedFramework, pledges));
    expect(valuePledges(seedInput as never, pledges).total.toString()).toBe('626477.8');
    const lost = structuredClone(seedInput) as unknown as {
      measures: { theme: string; valueType: string }[];
    };
    lost.measures[0]!.theme = 'nowhere';
    const theme = caught(() => valuePledges(lost as never, pledges));
    expect(theme.code).toBe('invalid-input');
    expect(theme.issues[0]).toMatchObject({
      path: 'framework.measures[0].theme',
      message: 'no theme "nowhere"',
    });
    const typed = structuredClone(seedInput) as unknown as {
      measures: { theme: string; valueType: string }[];
    };
    typed.measures[1]!.valueType = 'Social';
    const type = caught(() => valuePledges(typed as never, pledges));
    expect(type.issues[0]?.path).toBe('framework.measures[1].valueType');
    expect(type.issues[0]?.message).toContain('(did you mean "social"?)');
  });
});

describe('valuePledges: keys named like Object.prototype members', () => {
  it('keeps every tag name, tag value and year label', () => {
    const pledges: PledgeInput[] = prototypeNames.map((name, index) => ({
      measure: 'NT29',
      years: JSON.parse(`{${JSON.stringify(name)}: ${index + 1}}`),
      tags: JSON.parse(
        `{${JSON.stringify(name)}: ${JSON.stringify(name)}, "priority": ${JSON.stringify(name)}}`,
      ),
    }));
    const valuation = valuePledges(seedFramework, pledges);
    expect(Object.getPrototypeOf(valuation.byTag)).toBeNull();
    expect(Object.keys(valuation.byTag)).toEqual([...prototypeNames, 'priority'].sort());
    // Year i has quantity i + 1: value (i + 1) × 16.09; labels in natural (collator) order.
    const natural = new Intl.Collator('en', { numeric: true }).compare;
    expect(strings(valuation.byYear!)).toEqual(
      prototypeNames
        .map((name, index) => [name, new Decimal(16.09).times(index + 1).toString()])
        .sort(([a], [b]) => natural(a!, b!)),
    );
    expect(ownValue(valuation.byTag.priority, '__proto__')?.toString()).toBe('16.09');
    expect(valuation.byTag.constructor?.constructor?.toString()).toBe('32.18');
    expect(Object.getPrototypeOf(valuation.lines[0]!.tags)).toBeNull();
    expect(Object.keys(valuation.lines[0]!.tags)).toEqual(['__proto__', 'priority']);
    expectSane(valuation);
  });
});

describe('valuePledges: caller data', () => {
  it('neither changes nor freezes what it is given', () => {
    const framework = JSON.parse(JSON.stringify(seedFramework));
    const pledges: PledgeInput[] = [
      { measure: 'NT1', quantity: 2, tags: { a: 'b' } },
      { measure: 'NT29', years: [1, 2], attributionShare: '0.5', note: 'n' },
      { measure: 'NT29', years: { y1: 3 } },
    ];
    const options = { contractValue: '1000' };
    const before = JSON.stringify([framework, pledges, options]);
    const valuation = valuePledges(framework, pledges, options);
    expect(JSON.stringify([framework, pledges, options])).toBe(before);
    expect(nothingFrozen([framework, pledges, options])).toBe(true);
    expect(isSealed(valuation, 'valuation')).toBe(true);
    expect(Object.isFrozen(valuation.lines[0]?.tags)).toBe(true);
    expect(valuation.lines[0]?.tags).not.toBe(pledges[0]?.tags);
    const frozen = valuePledges(frozenCopy(framework), frozenCopy(pledges), frozenCopy(options));
    expectSame(frozen, valuation);
  });
});

describe('valuePledges: order and scale', () => {
  it('gives the same totals, tag order and warnings whatever the order of the pledges', () => {
    const pledge = fc.record({
      measure: fc.constantFrom('NT1', 'NT18', 'NT19', 'NT29', 'NT3'),
      quantity: fc.integer({ min: 0, max: 1000 }).map(String),
      tags: fc.dictionary(
        fc.constantFrom(...prototypeNames, 'p'),
        fc.constantFrom('x', '__proto__'),
      ),
    });
    fc.assert(
      fc.property(fc.array(pledge, { maxLength: 20 }), fc.func(fc.integer()), (input, key) => {
        const shuffled = input
          .map((p, i) => ({ p, k: key(i) }))
          .sort((a, b) => a.k - b.k)
          .map(({ p }) => p);
        const a = valuePledges(seedFramework, input);
        const b = valuePledges(seedFramework, shuffled);
        expect(b.total.toString()).toBe(a.total.toString());
        expect(strings(b.byTheme)).toEqual(strings(a.byTheme));
        expect(Object.keys(b.byTag)).toEqual(Object.keys(a.byTag));
        for (const name of Object.keys(a.byTag)) {
          expect(strings(b.byTag[name]!)).toEqual(strings(a.byTag[name]!));
        }
        expect(b.warnings.map((w) => [w.code, w.measures])).toEqual(
          a.warnings.map((w) => [w.code, w.measures]),
        );
        expect(b.summary).toBe(a.summary);
      }),
      { numRuns: 100 },
    );
  });

  it('caps the sentence about 100,000 duplicate pledges and keeps every index', () => {
    const pledges = Array.from({ length: 100_000 }, () => ({ measure: 'NT1', quantity: 1 }));
    const valuation = valuePledges(seedFramework, pledges);
    expect(valuation.warnings).toHaveLength(1);
    const warning = valuation.warnings[0]!;
    expect(warning.message).toBe(
      'NT1 is pledged 100,000 times (pledges 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 and 99,990 more): check that nothing is counted twice.',
    );
    expect(warning.lines).toHaveLength(100_000);
    expect(warning.lines.at(-1)).toBe(99_999);
    expect(valuation.total.toString()).toBe('3078200000');
    expect(valuation.summary).toBe(
      '100,000 pledges valued at £3,078,200,000.00 with Seed 004 council sheet (edition 2021, 2021 prices); 1 warning to check.',
    );
  });

  it('caps the other warnings too', () => {
    const many = defineFramework({
      ...seedInput,
      measures: Array.from({ length: 12 }, (_, i) => ({
        ...seedInput.measures[0]!,
        code: `G${i}`,
        exclusivityGroup: 'spend',
        maxYearsPerPerson: 1,
        edition: `e${i}`,
      })),
    });
    const valuation = valuePledges(
      many,
      Array.from({ length: 12 }, (_, i) => ({ measure: `G${i}`, years: [1, 1] })),
    );
    expect(valuation.warnings.map((w) => w.code)).toEqual([
      'exclusivity-group',
      'mixed-editions',
      ...Array.from({ length: 12 }, () => 'max-years-per-person'),
    ]);
    expect(valuation.warnings[0]?.message).toBe(
      'G0, G1, G10, G11, G2, G3, G4, G5, G6, G7 and 2 more are in exclusivity group "spend": the same spend or person must not be counted in more than one of them.',
    );
    expect(valuation.warnings[0]?.measures).toHaveLength(12);
    expect(valuation.warnings[1]?.message).toBe(
      'The total adds proxy values of more than one edition: e0 (G0), e1 (G1), e10 (G10), e11 (G11), e2 (G2), e3 (G3), e4 (G4), e5 (G5), e6 (G6), e7 (G7) and 2 more. Re-index them to one price year before comparing totals.',
    );
    expectSane(valuation);
  });

  it('keeps year labels as written: 0025 is not 1925', () => {
    const valuation = valuePledges(seedFramework, [
      { measure: 'NT29', years: { '0025': 1, '25': 2, '1925': 4 } },
    ]);
    expect(Object.keys(valuation.byYear!)).toEqual(['25', '1925', '0025']);
    expect(valuation.lines[0]?.years?.map((year) => year.year)).toEqual(['25', '1925', '0025']);
  });
});

describe('reconcilePledgeSheet', () => {
  it('refuses malformed numbers, unknown keys and wrong objects at their paths', () => {
    for (const value of hostileNumbers.filter((value) => value !== null)) {
      const error = caught(() =>
        reconcilePledgeSheet([{ measure: 'A', quantity: value as never }]),
      );
      expect(['invalid-input', 'out-of-range']).toContain(error.code);
      expect(error.issues[0]?.path).toBe('rows[0].quantity');
      // A stated total may be a figure the library computed (below 1e60): 1e15 is one.
      if (value === '1e15') continue;
      const total = caught(() => reconcilePledgeSheet([], { statedTotal: value as never }));
      expect(total.issues[0]?.path).toBe('options.statedTotal');
    }
    const fine = '0.'.padEnd(122, '1');
    expect(
      reconcilePledgeSheet([{ measure: 'A', statedValue: '1e59' }], {
        statedTotal: fine,
      }).statedTotal.toFixed(),
    ).toBe(fine);
    for (const [statedValue, message] of [
      ['1e60', 'expected a figure below 1e60 in magnitude, received "1e60"'],
      [`${fine}1`, `expected at most 120 digits after the decimal point, received "${fine}1"`],
    ]) {
      const stated = caught(() => reconcilePledgeSheet([{ measure: 'A', statedValue }]));
      expect(stated.code).toBe('out-of-range');
      expect(stated.issues[0]).toMatchObject({ path: 'rows[0].statedValue', message });
    }
    const key = caught(() => reconcilePledgeSheet([{ measure: 'A', statedvalue: 1 } as never]));
    expect(key.issues[0]).toMatchObject({
      path: 'rows[0].statedvalue',
      message: 'unknown key (did you mean "statedValue"?)',
    });
    const option = caught(() => reconcilePledgeSheet([], { tolerence: 1 } as never));
    expect(option.issues[0]?.message).toBe('unknown key (did you mean "tolerance"?)');
    for (const rows of [null, {}, 'A', 5]) {
      expect(caught(() => reconcilePledgeSheet(rows as never)).issues[0]?.path).toBe('rows');
    }
  });

  it('takes prototype-named measures and tags, leaves its input alone and does not depend on row order', () => {
    const rows = prototypeNames.map((measure, index) => ({
      measure,
      proxyValue: '2',
      quantity: index,
      statedValue: String(index * 20),
      tags: JSON.parse(`{${JSON.stringify(measure)}: "x"}`),
    }));
    const result = reconcilePledgeSheet(rows);
    expect(nothingFrozen(rows)).toBe(true);
    expect(isSealed(result, 'pledge-sheet-reconciliation')).toBe(true);
    expect(result.findings.map((f) => [f.measure, f.code, f.scale ?? null])).toEqual([
      ['constructor', 'likely-scale-error', 1],
      ['toString', 'likely-scale-error', 1],
      ['hasOwnProperty', 'likely-scale-error', 1],
      ['valueOf', 'likely-scale-error', 1],
      ['__defineGetter__', 'likely-scale-error', 1],
      [undefined, 'no-stated-total', null],
    ]);
    expect(result.summary).toBe(
      '6 rows checked: 5 errors, no warnings, 1 note; corrected total £30.00 against the rows’ stated £300.00 (no stated total).',
    );
    expectSane(result);
    const reversed = reconcilePledgeSheet(frozenCopy([...rows].reverse()));
    expect(reversed.correctedTotal.toString()).toBe(result.correctedTotal.toString());
    expect(reversed.computedTotal.toString()).toBe(result.computedTotal.toString());
  });
});

describe('presentValue', () => {
  it('refuses malformed values, years and options at their paths', () => {
    // Values are figures (below 1e60, any number of places): 1e15 and 5e-324 are fine there.
    expect(presentValue([{ year: 2025, value: '1e15' }]).total.toString()).toBe('1000000000000000');
    expect(presentValue([{ year: 2025, value: 5e-324 }]).total.toString()).toBe('5e-324');
    for (const value of hostileNumbers) {
      if (value !== '1e15' && value !== 5e-324) {
        const error = caught(() => presentValue([{ year: 2025, value: value as never }]));
        expect(['invalid-input', 'out-of-range']).toContain(error.code);
        expect(error.issues[0]?.path).toBe('series[0].value');
      }
      const rate = caught(() => presentValue({ 2025: 1 }, { rate: value as never }));
      expect(rate.issues[0]?.path).toBe('options.rate');
    }
    for (const year of [2025.5, 10000, -10000, Number.NaN, '2025']) {
      const error = caught(() => presentValue([{ year: year as never, value: 1 }]));
      expect(error.issues[0]?.path).toBe('series[0].year');
    }
    expect(caught(() => presentValue({ '': 1 })).issues[0]?.path).toBe('series[""]');
    const key = caught(() => presentValue({ 2025: 1 }, { baseyear: 2025 } as never));
    expect(key.issues[0]?.message).toBe('unknown key (did you mean "baseYear"?)');
    // A list of bare values: each entry says what an entry is (it said "expected an object").
    expect(caught(() => presentValue([100, 100] as never)).issues[1]).toMatchObject({
      path: 'series[1]',
      message: 'expected a year and its value ({ year, value }), received 100',
    });
    const entry = caught(() => presentValue([{ yaer: 2025, value: 1 } as never]));
    expect(entry.issues.map((issue) => issue.path)).toContain('series[0].yaer');
    for (const series of [null, 5, 'x', new Map()]) {
      expect(caught(() => presentValue(series as never)).issues[0]?.path).toBe('series');
    }
    const proto = caught(() => presentValue(JSON.parse('{"__proto__": 1}')));
    expect(proto.issues[0]?.path).toBe('series.__proto__');
  });

  it('reads two-digit and boundary years as written', () => {
    const early = presentValue({ '0025': 100, '0026': '103.5' });
    expect(early.baseYear).toBe(25);
    expect(early.years.map((year) => year.year)).toEqual([25, 26]);
    expect(early.total.toString()).toBe('200');
    const span = presentValue([
      { year: 9999, value: 1 },
      { year: -9999, value: 1 },
    ]);
    expect(span.baseYear).toBe(-9999);
    expect(span.years[1]?.discountFactor.isZero()).toBe(false);
    expectSane(span);
    const frozen = frozenCopy([{ year: 2026, value: 5 }]);
    expect(presentValue(frozen).total.toString()).toBe('5');
  });

  it('never returns anything but a sane result or the library error', () => {
    // Any values, and series and options of the right shape with hostile numbers among them:
    // any values alone gave a result in 0 to 4 runs of 300, so the result was hardly checked.
    const number = fc.oneof(
      { weight: 9, arbitrary: fc.integer({ min: -1_000_000, max: 1_000_000 }) },
      { weight: 1, arbitrary: fc.constantFrom('0.035', '0.0000000001', ...hostileNumbers) },
    );
    const series = fc.array(
      fc.record({ year: fc.integer({ min: -9999, max: 9999 }), value: number }),
      { maxLength: 5 },
    );
    // One option at a time, or three with values of the wrong kind among them.
    const options = fc.oneof(
      fc.record({ rate: fc.constantFrom('0.035', '0', '1', 0.1) }),
      fc.record({
        schedule: fc.constantFrom('green-book-2022', 'green-book-2022-health', 'green-book-2003'),
      }),
      fc.record({ baseYear: fc.integer({ min: -9999, max: 9999 }) }),
      fc.record({ timing: fc.constantFrom('end-of-year', 'mid-year') }),
      fc.record({
        rate: number,
        baseYear: fc.constantFrom(...hostileNumbers),
        timing: fc.constantFrom('start', 'mid-year'),
      }),
    );
    let results = 0;
    fc.assert(
      fc.property(
        fc.oneof(fc.tuple(fc.anything(), fc.anything()), fc.tuple(series, fc.option(options))),
        ([series, options]) => {
          try {
            expectSane(presentValue(series as never, (options ?? undefined) as never));
            results += 1;
          } catch (error) {
            expect(isSocialValueError(error)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
    // Not vacuous: a result was checked in 83 to 109 of 300 runs (seeds 1 to 10).
    expect(results).toBeGreaterThanOrEqual(4);
  });
});
