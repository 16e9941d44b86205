import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineFramework, type PledgeInput, valuePledges } from '../../src/index.js';
import { decimalTextArb, fractionTextArb } from '../decimal-texts.js';
import {
  add,
  disagreementList,
  div,
  mul,
  ONE,
  parse,
  type Rational,
  rat,
  significant,
  sum,
  ZERO,
} from '../rational.js';
import { recordOnlyAtZero } from '../record-only.js';

// valuePledges against an exact reference of its own (BigInt rationals): each line is quantity
// × attribution share × proxy value (the years' quantities added, each year valued alike;
// negative for a disbenefit), every total and breakdown is the exact sum of its lines, and social
// value added is the net total ÷ contract value, one division to 34 significant digits.

// Within the input domain: below 1e15, at most 40 places; also numbers and bigints.
const amount = fc.oneof(
  {
    weight: 6,
    arbitrary: decimalTextArb([1, 15], [0, 40]),
  },
  { weight: 2, arbitrary: fractionTextArb(40) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '0',
      '1',
      '999999999999999.9999999999999999999999999999999999999999',
      '1e-40',
    ),
  },
  {
    weight: 1,
    arbitrary: fc.double({ min: 0, max: 1e14, noNaN: true }).filter((x) => x === 0 || x >= 1e-24),
  },
  { weight: 1, arbitrary: fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }) },
);
const share = fc.oneof(fc.constantFrom('0', '1', '0.5'), fractionTextArb(40));
const valueTypes = ['local-economic', 'social', 'environmental', 'record-only'] as const;
const channels = [
  'tender',
  'grant',
  'asset-transfer',
  'section-106',
  'planning',
  'partnership',
  'internal',
] as const;
const themeIds = ['t0', '__proto__', '10'];

const caseArb = fc.record({
  themes: fc.integer({ min: 1, max: 3 }),
  measures: fc.array(
    fc
      .record({ theme: fc.nat(2), proxyValue: amount, valueType: fc.constantFrom(...valueTypes) })
      .map(recordOnlyAtZero),
    {
      minLength: 1,
      maxLength: 5,
    },
  ),
  pledges: fc.array(
    fc.record({
      measure: fc.nat(4),
      quantity: amount,
      years: fc.option(
        fc.oneof(
          fc.array(amount, { minLength: 1, maxLength: 4 }),
          fc.dictionary(fc.constantFrom('2025/26', '2026/27', '1', '10', 'Year 2'), amount, {
            minKeys: 1,
            maxKeys: 3,
          }),
        ),
        { nil: undefined },
      ),
      attributionShare: fc.option(share, { nil: undefined }),
      disbenefit: fc.boolean(),
      channel: fc.option(fc.constantFrom(...channels), { nil: undefined }),
      tags: fc.option(
        fc.dictionary(
          fc.constantFrom('dept', '__proto__', 'constructor'),
          fc.constantFrom('Housing', 'toString', '10', '2'),
          {
            maxKeys: 2,
          },
        ),
        { nil: undefined },
      ),
    }),
    { maxLength: 8 },
  ),
  contractValue: fc.option(fc.constantFrom('0.01', '3', '7', '12000000', '999999999999999.99'), {
    nil: undefined,
  }),
});

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function disagreements(c: Case): string[] {
  const themes = themeIds.slice(0, c.themes).map((id) => ({ id, name: `Theme ${id}` }));
  const measures = c.measures.map((m, i) => ({
    code: `M${i}`,
    theme: themes[m.theme % c.themes]!.id,
    title: `Measure ${i}`,
    unit: 'u',
    proxyValue: m.proxyValue,
    valueType: m.valueType,
  }));
  const framework = defineFramework({
    id: 'f',
    name: 'F',
    edition: '1',
    priceYear: 2024,
    themes,
    measures,
  });
  const pledges: PledgeInput[] = c.pledges.map((p) => ({
    measure: `M${p.measure % measures.length}`,
    ...(p.years === undefined ? { quantity: p.quantity } : { years: p.years }),
    ...(p.attributionShare === undefined ? {} : { attributionShare: p.attributionShare }),
    ...(p.disbenefit ? { effect: 'disbenefit' as const } : {}),
    ...(p.channel === undefined ? {} : { channel: p.channel }),
    ...(p.tags === undefined ? {} : { tags: p.tags }),
  }));
  const valuation = valuePledges(
    framework,
    pledges,
    c.contractValue === undefined ? undefined : { contractValue: c.contractValue },
  );
  const { out, check } = disagreementList();
  const lines = pledges.map((pledge, i) => {
    const measure = measures[Number(pledge.measure.slice(1))]!;
    const unit = mul(
      mul(
        pledge.attributionShare === undefined ? ONE : parse(pledge.attributionShare),
        parse(measure.proxyValue),
      ),
      rat(pledge.effect ? -1 : 1),
    );
    const years =
      pledge.years === undefined
        ? undefined
        : (Array.isArray(pledge.years)
            ? pledge.years.map((q, k) => [String(k + 1), q] as const)
            : Object.entries(pledge.years)
          ).map(([label, q]) => ({ label, quantity: parse(q), value: mul(parse(q), unit) }));
    const quantity = years ? sum(years.map((y) => y.quantity)) : parse(pledge.quantity!);
    const value = mul(quantity, unit);
    const got = valuation.lines[i]!;
    check(`lines[${i}].quantity`, got.quantity, quantity);
    check(`lines[${i}].value`, got.value, value);
    years?.forEach((year, k) => {
      check(`lines[${i}].years[${k}].quantity`, got.years?.[k]?.quantity, year.quantity);
      check(`lines[${i}].years[${k}].value`, got.years?.[k]?.value, year.value);
    });
    return { measure, value, years, pledge };
  });
  const total = sum(lines.map((l) => l.value));
  check('total', valuation.total, total);
  check(
    'benefitTotal',
    valuation.benefitTotal,
    sum(lines.filter((l) => !l.pledge.effect).map((l) => l.value)),
  );
  check(
    'disbenefitTotal',
    valuation.disbenefitTotal,
    sum(lines.filter((l) => l.pledge.effect).map((l) => l.value)),
  );
  for (const { id } of themes) {
    check(
      `byTheme.${id}`,
      valuation.byTheme[id],
      sum(lines.filter((l) => l.measure.theme === id).map((l) => l.value)),
    );
  }
  for (const type of valueTypes) {
    check(
      `byValueType.${type}`,
      valuation.byValueType[type],
      sum(lines.filter((l) => l.measure.valueType === type).map((l) => l.value)),
    );
  }
  const groups = (keyOf: (l: (typeof lines)[number]) => [string, string, Rational][]) => {
    const map = new Map<string, Rational>();
    for (const line of lines)
      for (const [a, b, v] of keyOf(line))
        map.set(JSON.stringify([a, b]), add(map.get(JSON.stringify([a, b])) ?? ZERO, v));
    return [...map].map(
      ([key, value]) => [...(JSON.parse(key) as [string, string]), value] as const,
    );
  };
  const channelsUsed = groups((l) => [['channel', l.pledge.channel ?? 'tender', l.value]]);
  expect(Object.keys(valuation.byChannel).sort()).toEqual(channelsUsed.map(([, c]) => c).sort());
  for (const [, channel, value] of channelsUsed)
    check(`byChannel.${channel}`, valuation.byChannel[channel as 'tender'], value);
  const tags = groups((l) => Object.entries(l.pledge.tags ?? {}).map(([n, v]) => [n, v, l.value]));
  expect(
    Object.values(valuation.byTag).reduce((n, values) => n + Object.keys(values).length, 0),
  ).toBe(tags.length);
  for (const [name, value, figure] of tags)
    check(`byTag.${name}.${value}`, valuation.byTag[name]?.[value], figure);
  const years = groups((l) => (l.years ?? []).map((y) => ['year', y.label, y.value]));
  expect(Object.keys(valuation.byYear ?? {}).length).toBe(years.length);
  for (const [, label, value] of years) check(`byYear.${label}`, valuation.byYear?.[label], value);
  check(
    'socialValueAddedRatio',
    valuation.socialValueAddedRatio,
    c.contractValue === undefined ? null : significant(div(total, parse(c.contractValue))),
  );
  return out;
}

describe('valuePledges against an exact reference', () => {
  it('gives every line, total and breakdown exactly, and social value added to 34 digits', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        expect(disagreements(c)).toEqual([]);
      }),
      { numRuns: Number(process.env.DIFFERENTIAL_RUNS ?? 200) },
    );
  });
});
