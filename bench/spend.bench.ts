import DecimalJs from 'decimal.js';
import { parse } from 'postcode';
import { bench, describe } from 'vitest';
import { analyseSpend, type PaymentInput, type SupplierType, supplierTypes } from '../src/index.js';

// A council ledger of 1,000,000 payments to 5,000 suppliers over three financial years,
// analysed for local spend in PO1-PO6 with every breakdown (location; supplier type,
// department, financial year and ward, each with its local part), against a baseline that
// computes the same totals directly with decimal.js and the same postcode package (each
// distinct postcode parsed once, as any hand-written loop would). The library also checks
// every payment, writes a finding for each of the 50,000 payments without a usable postcode,
// divides 34-digit shares, writes the sentences and freezes the result: the ratio is the price
// of all that.
//
// The library adds each payment once, into the cell of its department, ward, year, location and
// supplier type, and adds the cells up into the breakdowns afterwards (exact sums make the two
// orders equal). Two baselines: decimal.js adding every payment into every breakdown, as a
// hand-written loop would, and decimal.js with the library's grouping, so the ratio to the
// second is the cost of the checks, findings, shares and sentences alone.
//
// The figures reported are CPU time (process.cpuUsage, user + system), measured in interleaved
// rounds (plain baseline, grouped baseline, library, and again) so that a busy machine slows all
// alike, and the median over the rounds of each ratio. Run:
//   npx vitest bench --run bench/spend.bench.ts
const PAYMENTS = 1_000_000;
const SUPPLIERS = 5_000;
const ROUNDS = 5;

const local = ['PO1 2AB', 'PO2 8QJ', 'PO3 5LZ', 'PO4 8LT', 'PO5 3QR', 'PO6 3AB'];
const elsewhere = ['M1 1AA', 'SO23 8UJ', 'EC1A 1BB', 'B33 8TH', 'CR2 6XH', 'DN55 1PT'];
const departments = [
  'Adult Social Care',
  'Children',
  'Education',
  'Housing',
  'Transport',
  'Waste',
  'Parks',
  'Libraries',
  'Planning',
  'Finance',
  'Legal',
  'Culture',
];
const wards = Array.from({ length: 20 }, (_, i) => `Ward ${i + 1}`);
const days = [
  '2023-04-01',
  '2023-09-15',
  '2024-02-29',
  '2024-03-31',
  '2024-04-01',
  '2024-11-30',
  '2025-01-06',
  '2025-06-18',
  '2026-03-31',
];

interface Supplier {
  readonly name: string;
  readonly postcode: string | undefined;
  readonly supplierType: SupplierType;
}
const suppliers: Supplier[] = Array.from({ length: SUPPLIERS }, (_, i) => {
  const pick = i % 20;
  const postcode =
    pick === 0
      ? undefined
      : pick === 1
        ? 'NOT KNOWN'
        : pick < 15
          ? local[i % local.length]
          : elsewhere[i % elsewhere.length];
  return {
    name: `Supplier ${i}`,
    postcode,
    supplierType: supplierTypes[i % supplierTypes.length]!,
  };
});

const ledger: PaymentInput[] = Array.from({ length: PAYMENTS }, (_, i) => {
  const supplier = suppliers[(i * 7919) % SUPPLIERS]!;
  const pence = (i * 104_729) % 2_500_000;
  const payment: Record<string, unknown> = {
    supplier: supplier.name,
    amount:
      i % 10 === 0
        ? pence / 100
        : `${Math.floor(pence / 100)}.${String(pence % 100).padStart(2, '0')}`,
    date: days[i % days.length]!,
    supplierType: supplier.supplierType,
    department: departments[i % departments.length]!,
  };
  if (supplier.postcode !== undefined) payment.postcode = supplier.postcode;
  if (i % 5 !== 0) payment.ward = wards[i % wards.length]!;
  return payment as unknown as PaymentInput;
});

const Baseline = DecimalJs.clone({ precision: 40 });
interface Sum {
  amount: DecimalJs;
  local: DecimalJs;
}
const districts = new Set(['PO1', 'PO2', 'PO3', 'PO4', 'PO5', 'PO6']);

/** Where a postcode is (each distinct text parsed once, with the same postcode package). */
function placeOf(text: string, places: Map<string, string>): string {
  let place = places.get(text);
  if (place === undefined) {
    const parsed = parse(text.trim());
    place = parsed.valid ? (districts.has(parsed.district) ? 'local' : 'non-local') : 'unknown';
    places.set(text, place);
  }
  return place;
}

/** The same totals as analyseSpend, written directly with decimal.js. */
function baseline(payments: readonly PaymentInput[]) {
  const zero = new Baseline(0);
  const sum = (): Sum => ({ amount: zero, local: zero });
  const total = sum();
  const byLocation = new Map<string, Sum>();
  const byType = new Map<string, Sum>();
  const byDepartment = new Map<string, Sum>();
  const byYear = new Map<string, Sum>();
  const byWard = new Map<string, Sum>();
  const places = new Map<string, string>();
  const add = (map: Map<string, Sum>, key: string, amount: DecimalJs, isLocal: boolean) => {
    const entry = map.get(key) ?? sum();
    entry.amount = entry.amount.plus(amount);
    if (isLocal) entry.local = entry.local.plus(amount);
    map.set(key, entry);
  };
  for (const payment of payments) {
    const amount = new Baseline(payment.amount as string | number);
    const place = placeOf(payment.postcode ?? '', places);
    const isLocal = place === 'local';
    total.amount = total.amount.plus(amount);
    if (isLocal) total.local = total.local.plus(amount);
    add(byLocation, place, amount, isLocal);
    add(byType, payment.supplierType ?? 'unknown', amount, isLocal);
    add(byDepartment, payment.department ?? '', amount, isLocal);
    add(byWard, payment.ward ?? '', amount, isLocal);
    const date = payment.date as string;
    const year = Number(date.slice(0, 4)) - (date.slice(5, 7) < '04' ? 1 : 0);
    add(byYear, `${year}/${String((year + 1) % 100).padStart(2, '0')}`, amount, isLocal);
  }
  return { total, byLocation, byType, byDepartment, byYear, byWard };
}

/**
 * The same totals with the library's own plan: each payment added once, into the cell of its
 * department, ward, year, location and type; the cells then added up into each breakdown.
 */
function groupedBaseline(payments: readonly PaymentInput[]) {
  const zero = new Baseline(0);
  const cells = new Map<string, DecimalJs>();
  const places = new Map<string, string>();
  for (const payment of payments) {
    const amount = new Baseline(payment.amount as string | number);
    const place = placeOf(payment.postcode ?? '', places);
    const date = payment.date as string;
    const year = Number(date.slice(0, 4)) - (date.slice(5, 7) < '04' ? 1 : 0);
    const key = `${place}\u0000${payment.supplierType ?? 'unknown'}\u0000${payment.department ?? ''}\u0000${payment.ward ?? ''}\u0000${year}`;
    cells.set(key, (cells.get(key) ?? zero).plus(amount));
  }
  const sums = new Map<string, Sum>();
  for (const [key, amount] of cells) {
    const [place, type, department, ward, year] = key.split('\u0000');
    const isLocal = place === 'local';
    for (const name of [
      'total',
      `l${place}`,
      `t${type}`,
      `d${department}`,
      `w${ward}`,
      `y${year}`,
    ]) {
      const sum = sums.get(name) ?? { amount: zero, local: zero };
      sum.amount = sum.amount.plus(amount);
      if (isLocal) sum.local = sum.local.plus(amount);
      sums.set(name, sum);
    }
  }
  return sums;
}

const library = () => analyseSpend(ledger, { locality: ['PO1-PO6'], localityName: 'Portsmouth' });

// The two must agree before they are timed.
const expected = baseline(ledger);
const result = library();
const same =
  result.total.eq(expected.total.amount.toString()) &&
  result.localSpend.eq(expected.total.local.toString()) &&
  result.byLocation.unknown.amount.eq(expected.byLocation.get('unknown')!.amount.toString()) &&
  [...expected.byYear].every(([year, sum]) =>
    result.byFinancialYear[year]?.localSpend.eq(sum.local.toString()),
  ) &&
  [...expected.byType].every(([type, sum]) =>
    result.bySupplierType[type as SupplierType].amount.eq(sum.amount.toString()),
  );
if (!same) throw new Error('the library and the baseline disagree');

function cpu(run: () => unknown): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

describe(`analyse a ledger of ${PAYMENTS.toLocaleString('en-GB')} payments`, () => {
  const times = { plain: [] as number[], grouped: [] as number[], library: [] as number[] };
  for (let round = 0; round < ROUNDS; round += 1) {
    times.plain.push(cpu(() => baseline(ledger)));
    times.grouped.push(cpu(() => groupedBaseline(ledger)));
    times.library.push(cpu(library));
  }
  const median = (values: number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const ratio = (base: number[]) =>
    median(times.library.map((time, round) => time / base[round]!)).toFixed(2);
  const ms = (values: number[]) => `${median(values).toFixed(0)} ms`;
  console.log(
    [
      `spend: CPU time, median of ${ROUNDS} interleaved rounds:`,
      `  analyseSpend ${ms(times.library)}; decimal.js adding each payment into every breakdown ${ms(times.plain)}; decimal.js with the library's grouping ${ms(times.grouped)}`,
      `  ratio to the plain baseline ${ratio(times.plain)}x; to the grouped baseline ${ratio(times.grouped)}x`,
    ].join('\n'),
  );
  const once = { iterations: 1, warmupIterations: 0, time: 0 };
  bench(
    'baseline: decimal.js, each payment into every breakdown',
    () => void baseline(ledger),
    once,
  );
  bench(
    'baseline: decimal.js, grouped as the library does',
    () => void groupedBaseline(ledger),
    once,
  );
  bench('social-value: analyseSpend', () => void library(), once);
});
