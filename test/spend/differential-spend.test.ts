import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseSpend, estimateLocalImpact, type SpendSlice } from '../../src/spend/index.js';
import { decimalTextArb } from '../decimal-texts.js';
import {
  add,
  cmp,
  disagreementList,
  div,
  mul,
  parse,
  type Rational,
  rat,
  significant,
  sub,
  sum,
  ZERO,
} from '../rational.js';

// analyseSpend and estimateLocalImpact against an exact reference of their own (BigInt
// rationals), from docs/council.md: each slice (location, supplier type, department, ward,
// financial year from 1 April) adds its payments exactly, credits included; a share is part ÷
// whole to 34 digits when a fraction 0–1, else null (a whole of 0 or less, a part below 0 or
// above its whole); local spend is the part with postcodes in the locality (PO1–PO6 here),
// unknown (missing or invalid) never local. An estimate's line is the type's local spend (all
// its spend for an all-spend multiplier) × the additional pence ÷ 100 and × the total; a type
// without a multiplier leaves its local spend out (`notEstimated`, net credits not taken off).

const amount = fc.oneof(
  decimalTextArb([1, 9], [0, 10]),
  decimalTextArb([1, 4], [0, 2]),
  fc.constantFrom('0', '1', '1250'),
);
// One payment in five a credit.
const signed = fc.tuple(fc.nat(4), amount).map(([n, t]) => (n === 0 && t !== '0' ? `-${t}` : t));
const POSTCODES = [
  ['PO1 2AB', 'local'],
  ['PO4 8LT', 'local'],
  ['PO5 3QR', 'local'],
  ['PO6 1AA', 'local'],
  ['M1 1AA', 'non-local'],
  ['SO23 8UJ', 'non-local'],
  ['EC1A 1BB', 'non-local'],
  [undefined, 'unknown'],
  ['P01 2AB', 'unknown'], // a zero for the letter O: invalid
] as const;
const TYPES = ['sme', 'micro', 'vcse', 'social-enterprise', 'large', 'public-body'] as const;
const paymentArb = fc.record({
  amount: signed,
  postcode: fc.nat(POSTCODES.length - 1),
  type: fc.option(fc.constantFrom(...TYPES), { nil: undefined }),
  department: fc.constantFrom(undefined, 'Education', 'Transport', '205', 'Care'),
  ward: fc.constantFrom(undefined, 'Fratton', 'Eastney', '12'),
  day: fc.integer({ min: 0, max: 1500 }),
});
const multiplierArb = fc.record({
  basis: fc.constantFrom('additional', 'total'),
  figure: fc.oneof(
    fc.constantFrom('63', '40', '0', '112', '1', '2.12'),
    decimalTextArb([1, 2], [0, 3]),
  ),
  appliesTo: fc.constantFrom('local-spend', 'all-spend'),
});
type MultiplierCase = typeof multiplierArb extends fc.Arbitrary<infer T> ? T : never;

const DAY = 86_400_000;
const first = Date.parse('2024-01-01T00:00:00Z') / DAY;
const isoOf = (day: number) => new Date((first + day) * DAY).toISOString().slice(0, 10);
const yearOf = (iso: string) => {
  const y = Number(iso.slice(0, 4));
  const start = iso.slice(5) >= '04-01' ? y : y - 1;
  return `${start}/${String(start + 1).slice(2)}`;
};
const shareOf = (part: Rational, whole: Rational) =>
  cmp(whole, ZERO) <= 0 || cmp(part, ZERO) < 0 || cmp(part, whole) > 0
    ? null
    : significant(div(part, whole));

describe('analyseSpend and estimateLocalImpact against an exact reference', () => {
  it('adds every slice exactly, shares divided once, and estimates each type', () => {
    fc.assert(
      fc.property(
        fc.array(paymentArb, { minLength: 1, maxLength: 12 }),
        fc.option(multiplierArb, { nil: undefined }),
        fc.array(fc.tuple(fc.constantFrom(...TYPES, 'unknown' as const), multiplierArb), {
          maxLength: 4,
        }),
        (drawn, all, perType) => {
          const payments = drawn.map((p, i) => {
            const postcode = POSTCODES[p.postcode]![0];
            return {
              supplier: `Supplier ${i}`,
              amount: p.amount,
              date: isoOf(p.day),
              ...(postcode ? { postcode } : {}),
              ...(p.type ? { supplierType: p.type } : {}),
              ...(p.department ? { department: p.department } : {}),
              ...(p.ward ? { ward: p.ward } : {}),
            };
          });
          const analysis = analyseSpend(payments, { locality: ['PO1-PO6'] });
          const { out, check } = disagreementList();
          type Drawn = (typeof drawn)[number];
          const amountOf = (xs: readonly Drawn[]) => sum(xs.map((p) => parse(p.amount)));
          const where = (p: Drawn) => POSTCODES[p.postcode]![1];
          const localOf = (xs: readonly Drawn[]) =>
            amountOf(xs.filter((p) => where(p) === 'local'));
          const total = amountOf(drawn);
          check('total', analysis.total, total);
          check('localSpend', analysis.localSpend, localOf(drawn));
          check('localShare', analysis.localShare, shareOf(localOf(drawn), total));
          for (const location of ['local', 'non-local', 'unknown'] as const) {
            const theirs = drawn.filter((p) => where(p) === location);
            const part = analysis.byLocation[location];
            check(`byLocation.${location}.amount`, part.amount, amountOf(theirs));
            check(`byLocation.${location}.share`, part.share, shareOf(amountOf(theirs), total));
            expect(part.paymentCount).toBe(theirs.length);
          }
          const slice = (what: string, got: SpendSlice | undefined, theirs: readonly Drawn[]) => {
            if (got === undefined) return void out.push(`${what}: missing`);
            const [spend, local] = [amountOf(theirs), localOf(theirs)];
            check(`${what}.amount`, got.amount, spend);
            check(`${what}.share`, got.share, shareOf(spend, total));
            check(`${what}.localSpend`, got.localSpend, local);
            check(`${what}.localShare`, got.localShare, shareOf(local, spend));
            if (got.paymentCount !== theirs.length) out.push(`${what}.paymentCount`);
          };
          for (const type of [...TYPES, 'unknown' as const]) {
            slice(
              `bySupplierType.${type}`,
              analysis.bySupplierType[type],
              drawn.filter((p) => (p.type ?? 'unknown') === type),
            );
          }
          const named = (
            key: 'department' | 'ward',
            record: Readonly<Record<string, SpendSlice>>,
            without: SpendSlice,
          ) => {
            const names = [...new Set(drawn.flatMap((p) => (p[key] ? [p[key]] : [])))];
            expect(Object.keys(record).sort()).toEqual(names.sort());
            for (const name of names)
              slice(
                `${key}.${name}`,
                record[name],
                drawn.filter((p) => p[key] === name),
              );
            slice(
              `without ${key}`,
              without,
              drawn.filter((p) => !p[key]),
            );
          };
          named('department', analysis.byDepartment, analysis.withoutDepartment);
          named('ward', analysis.byWard, analysis.withoutWard);
          const years = [...new Set(payments.map((p) => yearOf(p.date)))];
          expect(Object.keys(analysis.byFinancialYear).sort()).toEqual(years.sort());
          for (const year of years) {
            slice(
              `byFinancialYear.${year}`,
              analysis.byFinancialYear[year],
              drawn.filter((_, i) => yearOf(payments[i]!.date) === year),
            );
          }

          // The estimate: a type's own multiplier, else the one for all types.
          const multiplierOf = (m: MultiplierCase) => ({
            [m.basis]: m.figure,
            appliesTo: m.appliesTo,
            source: 'Test survey',
          });
          const byType = new Map<string, MultiplierCase>();
          for (const [type, m] of perType) if (!byType.has(type)) byType.set(type, m);
          if (all !== undefined || byType.size > 0) {
            let estimate: ReturnType<typeof estimateLocalImpact>;
            try {
              estimate = estimateLocalImpact(analysis, {
                ...(all === undefined ? {} : { multiplier: multiplierOf(all) }),
                ...(byType.size === 0
                  ? {}
                  : {
                      bySupplierType: Object.fromEntries(
                        [...byType].map(([t, m]) => [t, multiplierOf(m)]),
                      ),
                    }),
              });
            } catch (error) {
              // A total below £1 per £1 is refused (its own tests).
              if ((error as { code?: string }).code === 'invalid-input') return;
              throw error;
            }
            let [benefit, economy, spent, left] = [ZERO, ZERO, ZERO, ZERO];
            for (const type of [...TYPES, 'unknown' as const]) {
              const theirs = drawn.filter((p) => (p.type ?? 'unknown') === type);
              const m = byType.get(type) ?? all;
              const line = estimate.lines.find((l) => l.supplierType === type);
              if (m === undefined) {
                const local = localOf(theirs);
                if (cmp(local, ZERO) > 0) left = add(left, local);
                if (line) out.push(`lines.${type}: a line without a multiplier`);
                continue;
              }
              const spend = m.appliesTo === 'all-spend' ? amountOf(theirs) : localOf(theirs);
              if (line === undefined) {
                if (spend[0] !== 0n) out.push(`lines.${type}: missing`);
                continue;
              }
              const figure = parse(m.figure);
              const additional =
                m.basis === 'additional' ? figure : mul(sub(figure, rat(1)), rat(100));
              const totalPerPound =
                m.basis === 'total' ? figure : add(rat(1), div(figure, rat(100)));
              check(`lines.${type}.spend`, line.spend, spend);
              check(
                `lines.${type}.additionalBenefit`,
                line.additionalBenefit,
                mul(spend, div(additional, rat(100))),
              );
              check(
                `lines.${type}.localEconomyTotal`,
                line.localEconomyTotal,
                mul(spend, totalPerPound),
              );
              benefit = add(benefit, mul(spend, div(additional, rat(100))));
              economy = add(economy, mul(spend, totalPerPound));
              spent = add(spent, spend);
            }
            check('estimate.spend', estimate.spend, spent);
            check('estimate.additionalBenefit', estimate.additionalBenefit, benefit);
            check('estimate.localEconomyTotal', estimate.localEconomyTotal, economy);
            check('estimate.notEstimated', estimate.notEstimated, left);
          }
          expect(out).toEqual([]);
        },
      ),
      { numRuns: Number(process.env.DIFFERENTIAL_RUNS ?? 200) },
    );
  });
});
