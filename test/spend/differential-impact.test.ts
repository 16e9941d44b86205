import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineFramework, revive } from '../../src/index.js';
import { assessImpact, type MitigationInput } from '../../src/spend/index.js';
import { decimalTextArb, fractionTextArb } from '../decimal-texts.js';
import {
  add,
  cmp,
  disagreementList,
  div,
  isZero,
  mul,
  parse,
  type Rational,
  rat,
  significant,
  sub,
  sum,
  ZERO,
} from '../rational.js';

// assessImpact against an exact reference of its own (BigInt rationals): an impact's value is
// quantity × proxy (negative for a harm); a mitigation avoids its share × the impact's size, or
// its quantity × the proxy (its share then quantity ÷ the impact's, one division); an impact's
// mitigated share is the exact sum of its mitigations' shares, given or quantity ÷ the impact's,
// divided once (34 digits); mitigated, net, and each dimension's and the whole procurement's
// gross positive, gross negative, mitigated and net are exact sums, with the position by the
// net's sign (not-monetised when nothing has a £ figure).

const amount = fc.oneof(
  decimalTextArb([1, 5], [0, 6]),
  fc.constantFrom('0', '1', '3', '7', '40', '0.3', '2.1'),
);
const proxies = ['30782', '70', '16.09', '0.333', '1'];
const framework = defineFramework({
  id: 'demo',
  name: 'Demo TOMs',
  edition: '2024',
  priceYear: 2024,
  themes: [{ id: 'jobs', name: 'Jobs' }],
  measures: proxies.map((proxyValue, i) => ({
    code: `M${i}`,
    theme: 'jobs',
    title: `Measure ${i}`,
    unit: 'units',
    proxyValue,
    valueType: (['local-economic', 'environmental', 'social', 'social', 'local-economic'] as const)[
      i
    ]!,
  })),
});
const DIMENSIONS = ['social', 'economic', 'environmental'] as const;
const impactArb = fc.record({
  dimension: fc.constantFrom(...DIMENSIONS),
  negative: fc.boolean(),
  measure: fc.nat(5), // 5: not monetised
  quantity: amount,
  mitigations: fc.array(
    fc.record({
      byShare: fc.boolean(),
      share: fc.oneof(fc.constantFrom('0.25', '0.5', '0', '0.1'), fractionTextArb(8)),
      quantity: fc.constantFrom('1', '0.1', '2', '0.7', '1.3', '0'),
    }),
    { maxLength: 4 },
  ),
});

describe('assessImpact against an exact reference', () => {
  it('values, mitigates and nets every impact, dimension and the whole exactly', () => {
    let assessed = 0;
    fc.assert(
      fc.property(fc.array(impactArb, { minLength: 1, maxLength: 5 }), (drawn) => {
        const impacts = drawn.map((d, i) => {
          const monetised = d.measure < proxies.length;
          const mitigations = d.negative
            ? d.mitigations.map((m, j) => ({
                change: 'specification' as const,
                description: `Mitigation ${j}`,
                ...(m.byShare || !monetised
                  ? { mitigatedShare: m.share }
                  : { quantity: m.quantity }),
              }))
            : [];
          return {
            id: `i${i}`,
            dimension: d.dimension,
            direction: d.negative ? ('negative' as const) : ('positive' as const),
            description: `Impact ${i}`,
            ...(monetised ? { measure: `M${d.measure}`, quantity: d.quantity } : {}),
            ...(mitigations.length > 0 ? { mitigations } : {}),
          };
        });
        // Mitigations avoiding more than the whole impact are refused (tested elsewhere).
        const over = impacts.some((impact) => {
          const q = impact.quantity === undefined ? null : parse(impact.quantity);
          const avoided = (impact.mitigations ?? []).map((m) =>
            'quantity' in m
              ? isZero(q!)
                ? isZero(parse(m.quantity))
                  ? ZERO
                  : rat(2) // any unit of nothing is too much
                : div(parse(m.quantity), q!)
              : parse(m.mitigatedShare),
          );
          return cmp(sum(avoided), rat(1)) > 0;
        });
        if (over) return;
        const result = assessImpact({ name: 'Test', framework, impacts });
        assessed += 1;
        const { out, check } = disagreementList();
        const parts: { dimension: string; value: Rational | null; mitigated: Rational | null }[] =
          [];
        impacts.forEach((impact, i) => {
          const got = result.impacts[i]!;
          const proxy =
            impact.measure === undefined ? null : parse(proxies[Number(impact.measure.slice(1))]!);
          const size = proxy === null ? null : mul(parse(impact.quantity!), proxy);
          const negative = impact.direction === 'negative';
          const value = size === null ? null : negative ? sub(ZERO, size) : size;
          check(`impacts[${i}].value`, got.value, value);
          let mitigated: Rational | null = null;
          if (negative) {
            let share = ZERO;
            (impact.mitigations ?? []).forEach((m, j) => {
              const whole = parse(impact.quantity ?? '0');
              // A quantity of an impact of 0 units avoids a share of 0 (the library's too).
              const own =
                'quantity' in m
                  ? isZero(whole)
                    ? ZERO
                    : div(parse(m.quantity), whole)
                  : parse(m.mitigatedShare);
              const avoided =
                size === null
                  ? null
                  : 'quantity' in m
                    ? mul(parse(m.quantity), proxy!)
                    : mul(size, own);
              check(
                `impacts[${i}].mitigations[${j}].mitigatedShare`,
                got.mitigations[j]!.mitigatedShare,
                'quantity' in m ? significant(own) : own,
              );
              check(
                `impacts[${i}].mitigations[${j}].mitigated`,
                got.mitigations[j]!.mitigated,
                avoided,
              );
              share = add(share, own);
              if (avoided !== null) mitigated = add(mitigated ?? ZERO, avoided);
            });
            if (size !== null) mitigated ??= ZERO;
            check(`impacts[${i}].mitigatedShare`, got.mitigatedShare, significant(share));
            check(`impacts[${i}].mitigated`, got.mitigated, mitigated);
          }
          check(
            `impacts[${i}].net`,
            got.net,
            value === null ? null : add(value, mitigated ?? ZERO),
          );
          parts.push({ dimension: impact.dimension, value, mitigated });
        });
        for (const name of ['overall', ...DIMENSIONS] as const) {
          const figures = name === 'overall' ? result.overall : result.byDimension[name];
          const theirs = parts.filter((p) => name === 'overall' || p.dimension === name);
          const values = theirs.flatMap((p) => (p.value === null ? [] : [p.value]));
          const grossPositive = sum(values.filter((v) => v[0] > 0n));
          const grossNegative = sum(values.filter((v) => v[0] < 0n));
          const mitigated = sum(theirs.flatMap((p) => (p.mitigated === null ? [] : [p.mitigated])));
          const net = add(add(grossPositive, grossNegative), mitigated);
          check(`${name}.grossPositive`, figures.grossPositive, grossPositive);
          check(`${name}.grossNegative`, figures.grossNegative, grossNegative);
          check(`${name}.mitigated`, figures.mitigated, mitigated);
          check(`${name}.net`, figures.net, net);
          const position =
            values.length === 0
              ? 'not-monetised'
              : net[0] > 0n
                ? 'net-positive'
                : net[0] < 0n
                  ? 'net-negative'
                  : 'balanced';
          if (figures.position !== position)
            out.push(`${name}.position: ${figures.position} is not ${position}`);
        }
        expect(out).toEqual([]);
      }),
      { numRuns: Number(process.env.DIFFERENTIAL_RUNS ?? 300) },
    );
    expect(assessed).toBeGreaterThan(50);
  });

  // Worked by hand: three mitigations of 1 unit each avoid 3 of 3 units, the whole impact: a
  // share of 1 (its mitigations' shares were added rounded, 3 × 0.3333…33 = 0.9999…99); 0.1
  // unit of 7 and a quarter avoid 0.25 + 1/70 = 0.2642857142857142857142857142857142857…, one
  // division to 34 digits (it had 35: 0.25 + 0.01428571428571428571428571428571429).
  const harm = (quantity: string, mitigations: readonly MitigationInput[]) =>
    assessImpact({
      name: 'Test',
      framework,
      impacts: [
        {
          id: 'h',
          dimension: 'environmental',
          direction: 'negative',
          description: 'Harm',
          measure: 'M1',
          quantity,
          mitigations,
        },
      ],
    });
  const unit = (quantity: string): MitigationInput => ({
    change: 'specification',
    description: 'Less',
    quantity,
  });
  it("gives an impact's mitigated share as one division of the exact sum", () => {
    const whole = harm('3', [unit('1'), unit('1'), unit('1')]);
    expect([
      whole.impacts[0]!.mitigatedShare?.toString(),
      whole.impacts[0]!.net?.toString(),
    ]).toEqual(['1', '0']);
    const mixed = harm('7', [
      unit('0.1'),
      { change: 'specification', description: 'Quarter', mitigatedShare: '0.25' },
    ]);
    expect(mixed.impacts[0]!.mitigatedShare?.toString()).toBe(
      '0.2642857142857142857142857142857143',
    );
  });

  it('revives an assessment an earlier release stored, with the rounded shares added', () => {
    const whole = harm('3', [unit('1'), unit('1'), unit('1')]);
    const stored = JSON.parse(JSON.stringify(whole));
    // As an earlier release wrote it: the three shares of 0.3333333333333333333333333333333333 added.
    stored.impacts[0].mitigatedShare = '0.9999999999999999999999999999999999';
    expect((revive(stored) as typeof whole).impacts[0]!.mitigatedShare?.toString()).toBe(
      '0.9999999999999999999999999999999999',
    );
    expect(JSON.stringify(revive(JSON.parse(JSON.stringify(whole))))).toBe(JSON.stringify(whole));
  });
});
