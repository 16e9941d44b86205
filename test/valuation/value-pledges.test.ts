import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { pledgeChannels, pledgeEffects, pledgerKinds } from '../../src/core/pledge-channel.js';
import {
  Decimal,
  defineFramework,
  extendFramework,
  isSocialValueError,
  type Numeric,
  type PledgeInput,
  revive,
  valuePledges,
} from '../../src/index.js';
import { readPledgeLean } from '../../src/valuation/read-pledge.js';
import { pledgeSchema } from '../../src/valuation/schemas.js';
import { caught } from '../errors.js';
import { seedFramework, seedInput } from '../toms/fixtures.js';

// Answers from seed 004's pledge sheet; values worked by hand:
// NT1 24 × 30782 = 738,768; NT3 1 × 20481 = 20,481; NT18 650,000 × 0.963812 = 626,477.8;
// NT19 250,000 × 0.963812 = 240,953; CBC5 RBC1 840,000 × 0 = 0; NT29 32 × 16.09 = 514.88;
// NT32 1,000 × 0.02223 = 22.23. Total 1,627,216.91.
const seedPledges: PledgeInput[] = [
  { measure: 'NT1', quantity: 24, tags: { cwb: 'Advancing Fairer Employment' } },
  { measure: 'NT3', quantity: '1', tags: { cwb: 'Advancing Fairer Employment' } },
  { measure: 'NT18', quantity: 650000, tags: { cwb: 'Progressive Procurement' } },
  { measure: 'NT19', quantity: '250000', tags: { cwb: 'Socially Just Use of Land' } },
  { measure: 'CBC5 RBC1', quantity: 840000, tags: { cwb: 'Progressive Procurement' } },
  { measure: 'NT29', quantity: 32, tags: { cwb: 'Plural Ownership of the Economy' } },
  { measure: 'NT32', quantity: new Decimal(1000), note: 'cycle to work' },
];

const strings = (record: Readonly<Record<string, Decimal>>) =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [key, value.toString()]));

describe('valuePledges', () => {
  const valuation = valuePledges(seedFramework, seedPledges, { contractValue: '10000000' });

  it('values every line and totals by theme, value type and tag', () => {
    expect(valuation.lines.map((line) => line.value.toString())).toEqual([
      '738768',
      '20481',
      '626477.8',
      '240953',
      '0',
      '514.88',
      '22.23',
    ]);
    expect(valuation.total.toString()).toBe('1627216.91');
    expect(strings(valuation.byTheme)).toEqual({
      jobs: '759249',
      growth: '867430.8',
      social: '514.88',
      environment: '22.23',
    });
    expect(strings(valuation.byValueType)).toEqual({
      'local-economic': '1606198.8',
      social: '20995.88',
      environmental: '22.23',
      'record-only': '0',
    });
    expect(strings(valuation.byTag.cwb!)).toEqual({
      'Advancing Fairer Employment': '759249',
      'Plural Ownership of the Economy': '514.88',
      'Progressive Procurement': '626477.8',
      'Socially Just Use of Land': '240953',
    });
    // SVA: 1,627,216.91 / 10,000,000.
    expect(valuation.socialValueAddedRatio?.toString()).toBe('0.162721691');
    expect(valuation.byYear).toBeUndefined();
  });

  it('keeps the formula inputs on each line', () => {
    const line = valuation.lines[2]!;
    expect(line).toMatchObject({
      index: 2,
      measure: 'NT18',
      theme: 'growth',
      unit: '£',
      themeName: 'Supporting Growth of Responsible Regional Business',
      valueType: 'local-economic',
    });
    expect(line.attributionShare.toString()).toBe('1');
    expect(line.proxyValue.toString()).toBe('0.963812');
    expect(valuation.lines[6]?.note).toBe('cycle to work');
    expect(valuation.lines[6]?.tags).toEqual({});
    expect(Object.isFrozen(valuation)).toBe(true);
    expect(Object.isFrozen(valuation.lines[0])).toBe(true);
    expect(Object.isFrozen(valuation.byTag.cwb)).toBe(true);
  });

  it('warns about an exclusivity group pledged twice', () => {
    expect(valuation.warnings).toHaveLength(1);
    expect(valuation.warnings[0]).toEqual({
      code: 'exclusivity-group',
      severity: 'warning',
      message:
        'NT18 and NT19 are in exclusivity group "local spend": the same spend or person must not be counted in more than one of them.',
      measures: ['NT18', 'NT19'],
      lines: [2, 3],
    });
  });

  it('applies attribution and per-year quantities', () => {
    // 2 FTE at half time: 2 × 0.5 × 30782 = 30,782. Years 1-3 of NT29: (10 + 20 + 0) × 16.09.
    const result = valuePledges(seedFramework, [
      { measure: 'NT1', quantity: 2, attributionShare: '0.5' },
      { measure: 'NT29', years: [10, 20, 0] },
      { measure: 'NT29', years: { '2025/26': 5 } },
    ]);
    expect(result.lines[0]?.value.toString()).toBe('30782');
    expect(result.lines[0]?.attributionShare.toString()).toBe('0.5');
    expect(result.lines[1]?.quantity.toString()).toBe('30');
    expect(result.lines[1]?.value.toString()).toBe('482.7');
    expect(result.lines[1]?.years?.map((year) => [year.year, year.value.toString()])).toEqual([
      ['1', '160.9'],
      ['2', '321.8'],
      ['3', '0'],
    ]);
    expect(strings(result.byYear!)).toEqual({
      '1': '160.9',
      '2': '321.8',
      '3': '0',
      '2025/26': '80.45',
    });
    expect(result.warnings.map((warning) => warning.code)).toEqual(['duplicate-measure']);
  });

  it('warns about per-person measures over several years and mixed editions', () => {
    const multi = valuePledges(seedFramework, [{ measure: 'NT3', years: [1, 1] }]);
    expect(multi.warnings.map((warning) => warning.code)).toEqual(['max-years-per-person']);
    expect(multi.warnings[0]?.message).toBe(
      'NT3 counts a person for at most 1 year, but pledge 0 spreads it over 2 years: only count people new in each year.',
    );
    const mixed = extendFramework(seedFramework, {
      id: 'mixed',
      name: 'Mixed',
      measures: [{ ...seedInput.measures[6]!, proxyValue: '16.93', edition: '2022' }],
    });
    const result = valuePledges(mixed, [
      { measure: 'NT1', quantity: 1 },
      { measure: 'NT29', quantity: 1 },
    ]);
    expect(result.warnings[0]).toMatchObject({
      code: 'mixed-editions',
      measures: ['NT29'],
      lines: [1],
    });
  });

  it('rejects bad pledges with a code and the path of the bad field', () => {
    const unknown = caught(() =>
      valuePledges(seedFramework, [
        { measure: 'NT1', quantity: 1 },
        { measure: 'NT18a', quantity: 1 },
      ]),
    );
    expect(unknown.code).toBe('unknown-measure');
    expect(unknown.issues[0]?.path).toBe('pledges[1].measure');
    expect(unknown.details.suggestions).toContain('NT18');
    const negative = caught(() =>
      valuePledges(seedFramework, [{ measure: 'NT1', quantity: '-3' }]),
    );
    expect(negative.code).toBe('invalid-input');
    expect(negative.issues[0]?.path).toBe('pledges[0].quantity');
    // A negative quantity is most often a disbenefit written as a sign: the message says how.
    expect(negative.issues[0]?.message).toBe(
      'expected a number at least 0, received "-3" (a negative impact is a positive quantity with effect: \'disbenefit\')',
    );
    const text = caught(() => valuePledges(seedFramework, [{ measure: 'NT1', quantity: 'ten' }]));
    expect(text.issues[0]?.path).toBe('pledges[0].quantity');
    expect(text.message).toContain('"ten"');
    const both = caught(() =>
      valuePledges(seedFramework, [{ measure: 'NT1', quantity: 1, years: [1] }]),
    );
    expect(both.issues[0]?.path).toBe('pledges[0].quantity');
    const year = caught(() => valuePledges(seedFramework, [{ measure: 'NT1', years: [1, -1] }]));
    expect(year.issues[0]?.path).toBe('pledges[0].years[1]');
    const share = caught(() =>
      valuePledges(seedFramework, [{ measure: 'NT1', quantity: 1, attributionShare: 50 }]),
    );
    expect(share.issues[0]?.path).toBe('pledges[0].attributionShare');
    expect(share.issues[0]?.message).toBe(
      'expected a share from 0 to 1 (a fraction, not a percentage), received 50 (did you mean 0.5?)',
    );
    const proxy = caught(() => valuePledges(seedFramework, [{ measure: 'NTX', quantity: 1 }]));
    expect(proxy.code).toBe('missing-proxy');
    expect(proxy.issues[0]?.path).toBe('pledges[0].measure');
    const contract = caught(() => valuePledges(seedFramework, [], { contractValue: 0 }));
    expect(contract.issues[0]?.path).toBe('options.contractValue');
    const list = caught(() => valuePledges(seedFramework, 'NT1' as never));
    expect(list.code).toBe('invalid-input');
  });
});

// Random pledges over the seed framework's monetised measures.
const codes = seedFramework.measures.filter((m) => m.proxyValue !== null).map((m) => m.code);
const quantity = fc
  .tuple(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 99 }))
  .map(([units, hundredths]) => `${units}.${String(hundredths).padStart(2, '0')}`);
// A quantity, or (one pledge in four) quantities by year; sometimes an attribution share.
const pledge = fc
  .record(
    {
      measure: fc.constantFrom(...codes),
      quantity,
      years: fc.array(quantity, { minLength: 1, maxLength: 3 }),
      byYear: fc.constantFrom(false, false, false, true),
      attributionShare: fc.integer({ min: 0, max: 100 }).map((percent) => String(percent / 100)),
      tags: fc.record({ priority: fc.constantFrom('A', 'B', 'C') }),
      channel: fc.constantFrom(...pledgeChannels),
      effect: fc.constantFrom(...pledgeEffects),
    },
    { requiredKeys: ['measure', 'quantity', 'years', 'byYear', 'tags'] },
  )
  .map(({ quantity, years, byYear, ...rest }): PledgeInput & { tags: { priority: string } } =>
    byYear ? { ...rest, years } : { ...rest, quantity },
  );
const pledges = fc.array(pledge, { maxLength: 30 });
const sum = (values: Iterable<Decimal>) => [...values].reduce((a, b) => a.plus(b), new Decimal(0));

describe('valuePledges properties', () => {
  it('total = Σ lines = Σ byTheme = Σ byValueType = Σ byChannel = Σ byTag = benefits − |disbenefits|', () => {
    let attributed = 0;
    let byYear = 0;
    fc.assert(
      fc.property(pledges, (input) => {
        const result = valuePledges(seedFramework, input);
        const total = result.total.toString();
        expect(sum(result.lines.map((line) => line.value)).toString()).toBe(total);
        expect(sum(Object.values(result.byTheme)).toString()).toBe(total);
        expect(sum(Object.values(result.byValueType)).toString()).toBe(total);
        expect(sum(Object.values(result.byChannel)).toString()).toBe(total);
        expect(result.benefitTotal.minus(result.disbenefitTotal.abs()).toString()).toBe(total);
        // Each side is the sum of its lines: benefits 0 or more, disbenefits 0 or less.
        const of = (effect: string) =>
          sum(result.lines.filter((l) => l.effect === effect).map((l) => l.value)).toString();
        expect(result.benefitTotal.toString()).toBe(of('benefit'));
        expect(result.disbenefitTotal.toString()).toBe(of('disbenefit'));
        expect(result.benefitTotal.isNegative()).toBe(false);
        expect(result.disbenefitTotal.isPositive() && !result.disbenefitTotal.isZero()).toBe(false);
        // Each line is quantity × attribution share × proxy (its years' quantities and values
        // add up to it); the years add up to byYear.
        const proxyOf = new Map(seedFramework.measures.map((m) => [m.code, m.proxyValue!]));
        const years = new Map<string, Decimal>();
        for (const line of result.lines) {
          const given = input[line.index]!;
          const share = new Decimal(given.attributionShare ?? 1);
          const unsigned = new Decimal(proxyOf.get(given.measure)!).times(share);
          expect(line.value.eq(line.quantity.times(unsigned).times(line.value.s))).toBe(true);
          expect(line.value.abs().eq(line.quantity.times(unsigned))).toBe(true);
          expect(line.attributionShare.eq(share)).toBe(true);
          if (given.years === undefined) {
            expect(line.quantity.eq(given.quantity!)).toBe(true);
            if (!share.eq(1) && !line.value.isZero()) attributed += 1;
            continue;
          }
          byYear += 1;
          expect(sum(line.years!.map((year) => year.quantity)).eq(line.quantity)).toBe(true);
          expect(sum(line.years!.map((year) => year.value)).eq(line.value)).toBe(true);
          for (const year of line.years!) {
            years.set(year.year, (years.get(year.year) ?? new Decimal(0)).plus(year.value));
          }
        }
        expect(strings(result.byYear ?? {})).toEqual(
          Object.fromEntries([...years].map(([year, value]) => [year, value.toString()])),
        );
        // Quantity and proxy stay positive; the effect gives the sign, and a zero is +0.
        for (const line of result.lines) {
          expect(line.quantity.isNegative()).toBe(false);
          expect(line.proxyValue.isNegative()).toBe(false);
          expect(line.value.isNegative()).toBe(
            line.effect === 'disbenefit' && !line.value.isZero(),
          );
          expect(Object.is(line.value.s, -1)).toBe(line.value.isNegative());
          expect(line.channel).toBe(input[line.index]!.channel ?? 'tender');
        }
        expect(Object.keys(result.byChannel)).toEqual(
          [...new Set(input.map((p) => p.channel ?? 'tender'))].sort(),
        );
        if (input.length > 0)
          expect(sum(Object.values(result.byTag.priority!)).toString()).toBe(total);
      }),
    );
    // Not vacuous: lines valued with a share below 1 (228 to 305 in 100 runs, seeds 1 to 10) and
    // lines by year (100 to 146).
    expect([attributed >= 10, byYear >= 5]).toEqual([true, true]);
  });

  it('is linear in the quantities', () => {
    fc.assert(
      fc.property(pledges, fc.integer({ min: 0, max: 1000 }), (input, factor) => {
        const times = (value: Numeric) => new Decimal(value).times(factor);
        const scaled = input.map((p) =>
          Array.isArray(p.years)
            ? { ...p, years: p.years.map(times) }
            : { ...p, quantity: times(p.quantity!) },
        );
        expect(valuePledges(seedFramework, scaled).total.toString()).toBe(
          valuePledges(seedFramework, input).total.times(factor).toString(),
        );
      }),
    );
  });

  it('does not depend on the order of the pledges', () => {
    fc.assert(
      fc.property(pledges, fc.infiniteStream(fc.nat()), (input, stream) => {
        const keys = [...stream.take(input.length)];
        const shuffled = input
          .map((p, i) => ({ p, key: keys[i]! }))
          .sort((a, b) => a.key - b.key)
          .map(({ p }) => p);
        const a = valuePledges(seedFramework, input);
        const b = valuePledges(seedFramework, shuffled);
        expect(b.total.toString()).toBe(a.total.toString());
        expect(strings(b.byTheme)).toEqual(strings(a.byTheme));
        expect(strings(b.byValueType)).toEqual(strings(a.byValueType));
        expect(Object.keys(b.byTag.priority ?? {})).toEqual(Object.keys(a.byTag.priority ?? {}));
        expect(b.warnings.map((w) => w.code)).toEqual(a.warnings.map((w) => w.code));
      }),
    );
  });

  it('reads a pledge on the lean path exactly as the zod schema does, whatever the value', () => {
    class Tagged {
      readonly priority = 'A';
    }
    class Pledge {
      constructor(
        readonly measure: string,
        readonly quantity: number,
      ) {}
    }
    const exotic = fc.oneof(
      fc.anything(),
      fc.object(),
      fc.constantFrom<unknown>(
        new Map([['priority', 'A']]),
        new Set(['A']),
        new Date(0),
        new Tagged(),
        new Pledge('NT1', 1),
        Object.assign(['NT1', 1], { measure: 'NT1', quantity: 1 }),
        Object.create(null),
        Object.assign(Object.create(null), { measure: 'NT1', quantity: 2 }),
        JSON.parse('{"__proto__": "x", "constructor": "y"}'),
        [],
        null,
        () => 1,
        new Decimal(3),
      ),
    );
    const anyQuantity = fc.oneof(
      quantity,
      fc.double(),
      fc.constantFrom(
        ' 12 ',
        '-0',
        '1e3',
        '',
        'abc',
        '-1',
        '0x10',
        'Infinity',
        5n,
        '1e9000000000000001',
      ),
      exotic,
    );
    const anyPledge = fc.oneof(
      exotic,
      fc.record(
        {
          measure: fc.oneof(
            fc.constantFrom(...codes),
            fc.constantFrom('', ' NT1', 'NT1 ', '\u00a0NT1'),
            exotic,
          ),
          quantity: anyQuantity,
          tags: fc.oneof(
            fc.dictionary(fc.string(), fc.string()),
            fc.dictionary(fc.constantFrom('', ' ', '\u00a0', 'a', ' a '), fc.string()),
            fc.constant({ a: 1 }),
            exotic,
          ),
          note: fc.oneof(fc.string(), fc.constant(3), exotic),
          attributon: fc.constant(0.5),
          attributionShare: fc.oneof(
            anyQuantity,
            fc.constantFrom('1', '1.0', '0.35', 1, 0, 1.5, '50', '1.0000000001', '0.000'),
          ),
          years: fc.oneof(
            fc.constant([1]),
            fc.array(anyQuantity, { maxLength: 4 }),
            fc.dictionary(fc.constantFrom('', ' ', '1', '2025/26', '__proto__', 'x'), anyQuantity),
            exotic,
          ),
          channel: fc.oneof(fc.constantFrom(...pledgeChannels, 'Tender', 'section 106'), exotic),
          pledgerKind: fc.oneof(fc.constantFrom(...pledgerKinds, 'council'), exotic),
          pledger: fc.oneof(fc.string(), exotic),
          followUpOn: fc.oneof(
            fc.constantFrom('2026-05-01', '2024-02-29', '2025-02-29', '2026-5-1', ''),
            fc.date({ noInvalidDate: false }),
            exotic,
          ),
          barriers: fc.oneof(
            fc.array(fc.string(), { maxLength: 3 }),
            fc.constant(['a', 1]),
            // A list with a hole.
            fc.constant(Object.assign(new Array<string>(2), { 1: 'a' })),
            exotic,
          ),
          effect: fc.oneof(fc.constantFrom(...pledgeEffects, 'negative'), exotic),
          chanel: fc.constant('grant'),
        },
        { requiredKeys: [] },
      ),
    );
    // Valid pledges, and valid pledges with one field given any value: in the records above
    // every field may be hostile and a misspelt key is present in three runs in four, so about
    // 1 run in 80 gave a pledge both readings accept.
    const validPledge = fc.record(
      {
        measure: fc.constantFrom(...codes),
        quantity,
        tags: fc.dictionary(fc.constantFrom('priority', 'ward', '__proto__', ' a '), fc.string()),
        note: fc.string(),
        attributionShare: fc.constantFrom('1', '0.35', 0, 1, '1.0', '0.000'),
        channel: fc.constantFrom(...pledgeChannels),
        pledgerKind: fc.constantFrom(...pledgerKinds),
        pledger: fc.string(),
        followUpOn: fc.constantFrom('2026-05-01', '2024-02-29'),
        barriers: fc.array(fc.string(), { maxLength: 3 }),
        effect: fc.constantFrom(...pledgeEffects),
      },
      { requiredKeys: ['measure', 'quantity'] },
    );
    const byYear = fc
      .tuple(validPledge, fc.array(quantity, { minLength: 1, maxLength: 3 }))
      .map(([{ quantity: _, ...rest }, years]) => ({ ...rest, years }));
    const edited = fc
      .tuple(
        fc.oneof(validPledge, byYear),
        fc.constantFrom('measure', 'quantity', 'years', 'tags', 'attributionShare', 'effect'),
        fc.oneof(anyQuantity, fc.string()),
      )
      .map(([pledge, key, value]) => ({ ...pledge, [key]: value }));
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(anyPledge, validPledge, byYear, edited), (input) => {
        const lean = readPledgeLean(input);
        if (lean !== undefined) accepted += 1;
        const parsed = z.safeParse(pledgeSchema, input);
        if (lean !== undefined) {
          expect(parsed.success).toBe(true);
          if (!parsed.success) return;
          // The same Decimals, word for word (sign, exponent and digits as decimal.js keeps them).
          const parts = (value: Decimal | undefined) =>
            value === undefined ? undefined : [value.s, value.e, [...value.d]];
          expect(lean.measure).toBe(parsed.data.measure);
          expect(parts(lean.quantity)).toEqual(parts(parsed.data.quantity));
          expect(parts(lean.attributionShare)).toEqual(parts(parsed.data.attributionShare));
          const years = parsed.data.years;
          expect(lean.years?.map(([year, value]) => [year, parts(value)])).toEqual(
            years === undefined
              ? undefined
              : Array.isArray(years)
                ? years.map((value, year) => [String(year + 1), parts(value)])
                : Object.entries(years).map(([year, value]) => [year, parts(value)]),
          );
          expect(lean.note).toBe(parsed.data.note);
          expect([
            lean.channel,
            lean.pledgerKind,
            lean.pledger,
            lean.followUpOn,
            lean.barriers,
            lean.effect,
          ]).toEqual([
            parsed.data.channel,
            parsed.data.pledgerKind,
            parsed.data.pledger,
            parsed.data.followUpOn,
            parsed.data.barriers,
            parsed.data.effect,
          ]);
          if (lean.barriers !== undefined)
            expect(lean.barriers).not.toBe((input as { barriers: unknown }).barriers);
          if (lean.tagNames === undefined) expect(parsed.data.tags).toBeUndefined();
          else {
            expect(Object.getPrototypeOf(parsed.data.tags)).toBeNull();
            expect(lean.tagNames).toEqual(Object.keys(parsed.data.tags!));
            expect(lean.tagNames.map((name, i) => [name, lean.tagValues![i]])).toEqual(
              Object.entries(parsed.data.tags!),
            );
          }
        }
        // Whatever the value, valuing it gives a valuation or the library's own error.
        let outcome: unknown;
        try {
          outcome = valuePledges(seedFramework, [input as PledgeInput]);
        } catch (error) {
          outcome = error;
        }
        if (parsed.success && codes.includes(parsed.data.measure)) {
          expect((outcome as { kind?: unknown }).kind).toBe('valuation');
        } else {
          expect(isSocialValueError(outcome)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
    // Not vacuous: both readings accept 399 to 431 of 1000 values (seeds 1 to 10).
    expect(accepted).toBeGreaterThanOrEqual(20);
  });

  it('refuses a tag name with no character one can see, at the tag', () => {
    // formatValuationCsv would write such a tag under a blank header, which reads back as no
    // tag at all: refused here, where it is typed.
    for (const [name, path] of [
      ['', 'pledges[1].tags[""]'],
      [' ', 'pledges[1].tags[" "]'],
      ['\u00a0\t', 'pledges[1].tags["\\u00a0\\t"]'],
    ] as const) {
      const error = caught(() =>
        valuePledges(seedFramework, [
          { measure: 'NT1', quantity: 1, tags: { cwb: 'A' } },
          { measure: 'NT1', quantity: 1, tags: { cwb: 'A', [name]: 'x' } },
        ]),
      );
      expect(error.code).toBe('invalid-input');
      expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
        [path, 'expected a name with a character one can see'],
      ]);
    }
    // A name with a character one can see is kept as written, spaces and all.
    const valuation = valuePledges(seedFramework, [
      { measure: 'NT1', quantity: 1, tags: { ' cwb ': 'A' } },
    ]);
    expect(Object.keys(valuation.byTag)).toEqual([' cwb ']);
  });

  it('refuses tags and pledges that are not plain objects, as the schema does', () => {
    const map = caught(() =>
      valuePledges(seedFramework, [{ measure: 'NT1', quantity: 1, tags: new Map() as never }]),
    );
    expect(map.code).toBe('invalid-input');
    expect(map.issues[0]?.path).toBe('pledges[0].tags');
    expect(map.issues[0]?.message).toBe(
      'expected a plain object of names and values, received a Map',
    );
    for (const tags of [new Date(0), new (class Priority {})(), ['A']]) {
      const error = caught(() =>
        valuePledges(seedFramework, [{ measure: 'NT1', quantity: 1, tags: tags as never }]),
      );
      expect(error.issues[0]?.path).toBe('pledges[0].tags');
    }
    const list = caught(() =>
      valuePledges(seedFramework, [
        Object.assign(['NT1'], { measure: 'NT1', quantity: 1 }) as never,
      ]),
    );
    expect(list.issues[0]).toMatchObject({ path: 'pledges[0]' });
    expect(list.issues[0]?.message).toMatch(/^expected a pledge \(an object\), received/);
    // A Date is not a plain object: refused as a whole, as the lean reader refuses it.
    const date = caught(() => valuePledges(seedFramework, [new Date(0) as never]));
    expect(date.issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['pledges[0]', 'expected a pledge (an object), received a Date (1970-01-01T00:00:00.000Z)'],
    ]);
  });
});

describe('defineFramework with a tiny table', () => {
  it('values a zero proxy to zero and keeps it', () => {
    const framework = defineFramework({
      ...seedInput,
      measures: [seedInput.measures[5]!],
    });
    const result = valuePledges(framework, [{ measure: 'CBC5 RBC1', quantity: 840000 }]);
    expect(result.total.toString()).toBe('0');
    expect(result.byValueType['record-only'].toString()).toBe('0');
  });
});

describe('valuePledges: hostile input', () => {
  const tiny = defineFramework({
    ...seedInput,
    measures: [
      { ...seedInput.measures[0]!, code: 'T1', proxyValue: '0.001' },
      { ...seedInput.measures[0]!, code: 'T2', proxyValue: '10' },
    ],
  });

  it('never writes a value or share that is not 0 as £0.00 or 0%', () => {
    const result = valuePledges(tiny, [{ measure: 'T1', quantity: 1 }], {
      contractValue: 1000000,
    });
    expect(result.total.toString()).toBe('0.001');
    expect(result.summary).toContain('valued at less than £0.01 with');
    expect(result.summary).toContain(': less than 0.01% of the contract value of £1,000,000.00.');
    expect(result.summary).not.toMatch(/£0\.00|\b0%/);
  });

  it('reads a tag once: a getter giving another value later changes nothing', () => {
    // The tag was checked on its first read and used on later ones: a number there was a
    // TypeError (id.normalize is not a function), text the valuation's tag unchecked.
    for (const later of [-1, null, 'other']) {
      let reads = 0;
      const tags = {};
      Object.defineProperty(tags, 'site', {
        get: () => (reads++ === 0 ? 'A' : later),
        enumerable: true,
      });
      const result = valuePledges(tiny, [{ measure: 'T2', quantity: 3, tags }]);
      expect(reads).toBe(1);
      expect({ ...result.lines[0]!.tags }).toEqual({ site: 'A' });
      expect(strings(result.byTag.site!)).toEqual({ A: '30' });
    }
  });

  it('refuses a pledge by year with no years, rather than read it as a pledge of 0', () => {
    for (const years of [[], {}]) {
      const error = caught(() => valuePledges(tiny, [{ measure: 'T1', years }]));
      expect(error.code).toBe('invalid-input');
      expect(error.issues.map((issue) => issue.path)).toEqual(['pledges[0].years']);
      expect(error.issues[0]?.message).toBe(
        "expected the quantity of at least one year ([12, 8] or { '2025/26': 12 }), received none (for a pledge of 0, give quantity: 0)",
      );
    }
    expect(readPledgeLean({ measure: 'T1', years: [] })).toBeUndefined();
    expect(valuePledges(tiny, [{ measure: 'T1', quantity: 0 }]).total.toString()).toBe('0');
  });

  it('warns of a year label written two ways, as of a tag value', () => {
    const result = valuePledges(tiny, [
      { measure: 'T2', years: { 'Year 1': 1, 'Year 2': 1 } },
      { measure: 'T2', years: { 'year 1': 2 } },
    ]);
    expect(Object.keys(result.byYear!)).toEqual(['year 1', 'Year 1', 'Year 2']);
    const spelling = result.warnings.find((warning) => warning.code === 'year-spelling');
    expect(spelling).toEqual({
      code: 'year-spelling',
      severity: 'warning',
      message:
        'One year is written 2 ways, totalled apart in byYear: "Year 1" (pledge 0) and "year 1" (pledge 1).',
      measures: [],
      lines: [0, 1],
    });
    expect(revive(JSON.parse(JSON.stringify(result)))).toEqual(result);
    const edited = JSON.parse(JSON.stringify(result));
    edited.warnings = edited.warnings.filter(
      (warning: { code: string }) => warning.code !== 'year-spelling',
    );
    expect(caught(() => revive(edited)).code).toBe('invalid-input');
  });
});
