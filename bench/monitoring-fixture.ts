import DecimalJs from 'decimal.js';
import {
  type Delivery,
  type DeliveryReport,
  defineFramework,
  type PortfolioSummary,
  summarisePortfolio,
  trackDelivery,
  type Valuation,
  valuePledges,
} from '../src/index.js';

// The monitoring benchmark's portfolio and its three runs (bench/monitoring.bench.ts prints the
// ratios; bench/monitoring-cpu.ts runs the same rounds under a profiler).
//
// A portfolio of three-year contracts, each with 20 pledges (tagged with one of four priorities)
// and 8 deliveries per pledge, contracts tagged with one of seven departments, reported at the
// end of year 2 (two deliveries per pledge fall after the report date):
// - library: `trackDelivery` for every contract, then `summarisePortfolio`;
// - same figures: every figure the library returns, written directly with decimal.js (exact
//   sums and products, divisions to 34 significant digits as the library divides): per line
//   (unit value, quantities, values, ratios, status, shortfalls, per-year figures), per contract
//   (totals, by theme, value type, tag and financial year, status counts, social value added,
//   deliveries after the report date) and for the portfolio (the same breakdowns with the
//   contract tags, per-contract figures, social value added, the largest shortfalls). No
//   validation, no sentences, no freezing: the ratio is their cost;
// - bare: the sums of delivered, expected and shortfall only (the 0.1 bench's baseline).

/** Contracts in the full bench. `MONITORING_BENCH_CONTRACTS` sets fewer for a quick run. */
export const CONTRACTS = Number(process.env.MONITORING_BENCH_CONTRACTS ?? 5_000);
const PLEDGES = 20;
const DELIVERIES = 8;
const start = '2024-04-01';
const end = '2027-03-31';
const asOf = '2026-03-31';
const days = 1095;
const elapsed = 730;
/** The two financial years reported: [first day offset, day offset after the last]. */
const yearSpans = [
  { year: '2024/25', start: '2024-04-01', end: '2025-03-31', from: 0, to: 365 },
  { year: '2025/26', start: '2025-04-01', end: '2026-03-31', from: 365, to: 730 },
] as const;

const framework = defineFramework({
  id: 'bench',
  name: 'Benchmark TOMs',
  edition: '2024',
  priceYear: 2024,
  themes: [
    { id: 'jobs', name: 'Jobs' },
    { id: 'social', name: 'Social' },
  ],
  measures: Array.from({ length: PLEDGES }, (_, i) => ({
    code: `M${i}`,
    theme: i % 2 === 0 ? 'jobs' : 'social',
    title: `Measure ${i}`,
    unit: 'no.',
    proxyValue: `${(i * 7919) % 30000}.${i % 100}`,
    valueType: i % 2 === 0 ? ('local-economic' as const) : ('social' as const),
  })),
});

const dates = Array.from({ length: DELIVERIES }, (_, k) => {
  const date = new Date(Date.UTC(2024, 3, 1 + k * 130));
  return date.toISOString().slice(0, 10);
});

/** One contract of the bench: its valuation (sealed), deliveries and tags. */
export interface BenchContract {
  readonly id: string;
  readonly tags: { readonly department: string };
  readonly valuation: Valuation;
  readonly deliveries: readonly Delivery[];
}

/** Builds `count` contracts (the same ones every time). */
export function buildPortfolio(count = CONTRACTS): BenchContract[] {
  return Array.from({ length: count }, (_, c) => {
    const valuation = valuePledges(
      framework,
      Array.from({ length: PLEDGES }, (_, i) => ({
        measure: `M${i}`,
        quantity: `${((c + 1) * (i + 3)) % 500}.5`,
        tags: { priority: `P${i % 4}` },
      })),
      { contractValue: 1_000_000 + c },
    );
    const deliveries: Delivery[] = [];
    for (let i = 0; i < PLEDGES; i += 1) {
      dates.forEach((date, k) => {
        deliveries.push({
          measure: `M${i}`,
          date,
          quantity: `${(c + i + k) % 40}.25`,
          verification: (c + i + k) % 3 === 0 ? 'verified' : 'claimed',
        });
      });
    }
    return {
      id: `C${String(c).padStart(5, '0')}`,
      tags: { department: `D${c % 7}` },
      valuation,
      deliveries,
    };
  });
}

/** The library's reports alone, one per contract. */
export function trackAll(portfolio: readonly BenchContract[]): DeliveryReport[] {
  return portfolio.map((contract) =>
    trackDelivery(contract.valuation, contract.deliveries, { start, end, asOf }),
  );
}

/** The library: a report per contract, then the portfolio. */
export function runLibrary(portfolio: readonly BenchContract[]): {
  reports: DeliveryReport[];
  summary: PortfolioSummary;
} {
  const reports = trackAll(portfolio);
  const summary = summarisePortfolio(
    portfolio.map((contract, index) => ({
      id: contract.id,
      tags: contract.tags,
      report: reports[index]!,
    })),
  );
  return { reports, summary };
}

// ---- The baselines' input: the same figures as plain strings. ----

/** A contract as the baselines read it. */
export interface PlainContract {
  readonly id: string;
  readonly department: string;
  readonly contractValue: string;
  readonly lines: readonly {
    readonly index: number;
    readonly measure: string;
    readonly theme: string;
    readonly valueType: string;
    readonly priority: string;
    readonly quantity: string;
    readonly proxy: string;
    readonly attribution: string;
  }[];
  readonly deliveries: readonly {
    readonly measure: string;
    readonly date: string;
    readonly quantity: string;
    readonly verified: boolean;
  }[];
}

/** The portfolio as plain strings, for the baselines. */
export function plainPortfolio(portfolio: readonly BenchContract[]): PlainContract[] {
  return portfolio.map((contract) => ({
    id: contract.id,
    department: contract.tags.department,
    contractValue: contract.valuation.contractValue!.toString(),
    lines: contract.valuation.lines.map((line) => ({
      index: line.index,
      measure: line.measure,
      theme: line.theme,
      valueType: line.valueType,
      priority: line.tags.priority!,
      quantity: line.quantity.toString(),
      proxy: line.proxyValue.toString(),
      attribution: line.attributionShare.toString(),
    })),
    deliveries: contract.deliveries.map((delivery) => ({
      measure: delivery.measure,
      date: delivery.date as string,
      quantity: delivery.quantity as string,
      verified: delivery.verification === 'verified',
    })),
  }));
}

// ---- The bare baseline. ----

const Bare = DecimalJs.clone({ precision: 40 });

/** Delivered, expected and shortfall sums only, as the 0.1 bench's baseline. */
export function runBare(plain: readonly PlainContract[]): string {
  let delivered = new Bare(0);
  let expected = new Bare(0);
  let shortfall = new Bare(0);
  for (const contract of plain) {
    const quantities = new Map<string, DecimalJs>();
    for (const delivery of contract.deliveries) {
      if (delivery.date > asOf) continue;
      const before = quantities.get(delivery.measure) ?? new Bare(0);
      quantities.set(delivery.measure, before.plus(delivery.quantity));
    }
    for (const line of contract.lines) {
      const unit = new Bare(line.proxy).times(line.attribution);
      const done = (quantities.get(line.measure) ?? new Bare(0)).times(unit);
      const due = new Bare(line.quantity).times(unit).times(elapsed).div(days);
      delivered = delivered.plus(done);
      expected = expected.plus(due);
      shortfall = shortfall.plus(Bare.max(due.minus(done), 0));
    }
  }
  return `${delivered} ${expected} ${shortfall}`;
}

// ---- The same-figures baseline. ----

/** Exact sums and products, as the library's 200-digit Decimal. */
const Big = DecimalJs.clone({ precision: 200, rounding: DecimalJs.ROUND_HALF_UP });
/** Divisions to 34 significant digits, half-up, as the library's `divide`. */
const Q = DecimalJs.clone({ precision: 34, rounding: DecimalJs.ROUND_HALF_UP });
const ratioOf = (a: DecimalJs, b: DecimalJs) => (b.isZero() ? null : Q.div(a, b));
const ZERO = new Big(0);
const ON_TRACK = new Big('0.9');
const AT_RISK = new Big('0.75');

type Amounts = {
  pledged: DecimalJs;
  expected: DecimalJs;
  delivered: DecimalJs;
  verified: DecimalJs;
  claimed: DecimalJs;
  unpledged: DecimalJs;
  shortfall: DecimalJs;
  shortfallToDate: DecimalJs;
};
type Figures = Amounts & { deliveryRatio: DecimalJs | null; progressRatio: DecimalJs | null };
type TagYear = { pledged: DecimalJs; delivered: DecimalJs; unpledged: DecimalJs };
type YearAmounts = {
  pledged: DecimalJs;
  expected: DecimalJs;
  delivered: DecimalJs;
  verified: DecimalJs;
  claimed: DecimalJs;
  unpledged: DecimalJs;
};
const KEYS = [
  'pledged',
  'expected',
  'delivered',
  'verified',
  'claimed',
  'unpledged',
  'shortfall',
  'shortfallToDate',
] as const;
const STATUSES = ['not-started', 'behind', 'at-risk', 'on-track', 'complete', 'over-delivered'];

const zeroAmounts = (): Amounts => ({
  pledged: ZERO,
  expected: ZERO,
  delivered: ZERO,
  verified: ZERO,
  claimed: ZERO,
  unpledged: ZERO,
  shortfall: ZERO,
  shortfallToDate: ZERO,
});
const zeroYear = (): YearAmounts => ({
  pledged: ZERO,
  expected: ZERO,
  delivered: ZERO,
  verified: ZERO,
  claimed: ZERO,
  unpledged: ZERO,
});
function tagYear(tags: Map<string, TagYear>, value: string): TagYear {
  let sum = tags.get(value);
  if (sum === undefined) {
    sum = { pledged: ZERO, delivered: ZERO, unpledged: ZERO };
    tags.set(value, sum);
  }
  return sum;
}
/** A year's figures in the library's order, its tag figures by name then value. */
function yearFigures(year: YearAmounts, tags: Record<string, Map<string, TagYear>>) {
  const byTag: Record<string, Record<string, TagYear>> = {};
  for (const name of Object.keys(tags).sort()) {
    const values = tags[name]!;
    byTag[name] = Object.fromEntries(
      [...values.keys()].sort().map((key) => [key, values.get(key)!]),
    );
  }
  return { ...year, deliveryRatio: ratioOf(year.delivered, year.expected), byTag };
}
function add(sum: Amounts, amounts: Amounts): void {
  for (const key of KEYS) sum[key] = sum[key].plus(amounts[key]);
}
function addTo(groups: Map<string, Amounts>, key: string, amounts: Amounts): void {
  let sum = groups.get(key);
  if (sum === undefined) {
    sum = zeroAmounts();
    groups.set(key, sum);
  }
  add(sum, amounts);
}
const figures = (sum: Amounts): Figures => ({
  ...sum,
  deliveryRatio: ratioOf(sum.delivered, sum.expected),
  progressRatio: ratioOf(sum.delivered, sum.pledged),
});
const sortedFigures = (groups: Map<string, Amounts>) =>
  [...groups.keys()].sort().map((key) => [key, figures(groups.get(key)!)] as const);
function split(social: DecimalJs, local: DecimalJs, contractValue: DecimalJs) {
  return {
    socialRatio: Q.div(social, contractValue),
    localEconomicRatio: Q.div(local, contractValue),
    combinedRatio: Q.div(social.plus(local), contractValue),
  };
}
/** `deliveryRatio` is delivered ÷ expected from their exact parts, as the library divides once. */
function statusOf(delivered: DecimalJs, deliveryRatio: DecimalJs | null, commitment: DecimalJs) {
  if (delivered.gt(commitment)) return { status: 'over-delivered', deliveryRatio };
  if (delivered.eq(commitment)) return { status: 'complete', deliveryRatio };
  if (delivered.isZero()) return { status: 'not-started', deliveryRatio };
  if (deliveryRatio === null) return { status: 'on-track', deliveryRatio };
  if (deliveryRatio.gte(ON_TRACK)) return { status: 'on-track', deliveryRatio };
  if (deliveryRatio.gte(AT_RISK)) return { status: 'at-risk', deliveryRatio };
  return { status: 'behind', deliveryRatio };
}

/** A contract's figures, as the baseline computes them. */
interface BaselineReport {
  readonly id: string;
  readonly department: string;
  readonly lines: {
    readonly index: number;
    readonly measure: string;
    readonly theme: string;
    readonly valueType: string;
    readonly priority: string;
    readonly unitValue: DecimalJs;
    readonly commitment: DecimalJs;
    readonly expected: DecimalJs;
    readonly delivered: DecimalJs;
    readonly verified: DecimalJs;
    readonly claimed: DecimalJs;
    readonly progressRatio: DecimalJs | null;
    readonly deliveryRatio: DecimalJs | null;
    readonly status: string;
    readonly value: Figures;
    readonly deliveryCount: number;
  }[];
  readonly totals: Figures;
  readonly byTheme: (readonly [string, Figures])[];
  readonly byValueType: (readonly [string, Figures])[];
  readonly byTag: (readonly [string, Figures])[];
  readonly byChannel: (readonly [string, Figures])[];
  readonly byYear: ReturnType<typeof yearFigures>[];
  readonly yearTags: Map<string, TagYear>[];
  readonly statusCounts: Record<string, number>;
  readonly contractValue: DecimalJs;
  readonly socialValueAdded: { pledged: unknown; delivered: unknown };
  readonly social: { pledged: DecimalJs; delivered: DecimalJs };
  readonly local: { pledged: DecimalJs; delivered: DecimalJs };
  readonly laterDeliveryCount: number;
}

function baselineReport(contract: PlainContract): BaselineReport {
  // Tallies by line and financial year, verified and claimed apart.
  const positions = new Map(contract.lines.map((line, position) => [line.measure, position]));
  const tallies = contract.lines.map(() => ({
    verified: ZERO,
    claimed: ZERO,
    years: yearSpans.map(() => ({ verified: ZERO, claimed: ZERO })),
    count: 0,
  }));
  let laterDeliveryCount = 0;
  for (const delivery of contract.deliveries) {
    if (delivery.date > asOf) {
      laterDeliveryCount += 1;
      continue;
    }
    const tally = tallies[positions.get(delivery.measure)!]!;
    const year = tally.years[delivery.date <= yearSpans[0].end ? 0 : 1]!;
    if (delivery.verified) {
      tally.verified = tally.verified.plus(delivery.quantity);
      year.verified = year.verified.plus(delivery.quantity);
    } else {
      tally.claimed = tally.claimed.plus(delivery.quantity);
      year.claimed = year.claimed.plus(delivery.quantity);
    }
    tally.count += 1;
  }
  const total = zeroAmounts();
  const themes = new Map<string, Amounts>();
  const valueTypes = new Map<string, Amounts>();
  const tags = new Map<string, Amounts>();
  const channels = new Map<string, Amounts>();
  const years = yearSpans.map(zeroYear);
  const yearTags = yearSpans.map(() => new Map<string, TagYear>());
  const statusCounts: Record<string, number> = {};
  for (const status of STATUSES) statusCounts[status] = 0;
  const social = { pledged: ZERO, delivered: ZERO };
  const local = { pledged: ZERO, delivered: ZERO };
  const lines = contract.lines.map((line, position) => {
    const tally = tallies[position]!;
    const unitValue = new Big(line.proxy).times(line.attribution);
    const quantity = new Big(line.quantity);
    const expected = Q.div(quantity.times(elapsed), days);
    const delivered = tally.verified.plus(tally.claimed);
    const pledgedValue = quantity.times(unitValue);
    const expectedValue = Q.div(pledgedValue.times(elapsed), days);
    yearSpans.forEach((span, index) => {
      const year = years[index]!;
      const inYear = tally.years[index]!;
      // Both years are over at the report date: due within the year = expected.
      const due = Q.div(pledgedValue.times(span.to - span.from), days);
      year.pledged = year.pledged.plus(due);
      year.expected = year.expected.plus(due);
      const verified = inYear.verified.times(unitValue);
      const claimed = inYear.claimed.times(unitValue);
      const delivered = verified.plus(claimed);
      year.verified = year.verified.plus(verified);
      year.claimed = year.claimed.plus(claimed);
      year.delivered = year.delivered.plus(delivered);
      const tagged = tagYear(yearTags[index]!, line.priority);
      tagged.pledged = tagged.pledged.plus(due);
      tagged.delivered = tagged.delivered.plus(delivered);
    });
    const deliveredValue = delivered.times(unitValue);
    const amounts: Amounts = {
      pledged: pledgedValue,
      expected: expectedValue,
      delivered: deliveredValue,
      verified: tally.verified.times(unitValue),
      claimed: tally.claimed.times(unitValue),
      unpledged: ZERO,
      shortfall: Big.max(pledgedValue.minus(deliveredValue), 0),
      shortfallToDate: Big.max(expectedValue.minus(deliveredValue), 0),
    };
    add(total, amounts);
    addTo(themes, line.theme, amounts);
    addTo(valueTypes, line.valueType, amounts);
    addTo(tags, line.priority, amounts);
    addTo(channels, 'tender', amounts);
    if (line.valueType === 'local-economic') {
      local.pledged = local.pledged.plus(pledgedValue);
      local.delivered = local.delivered.plus(deliveredValue);
    } else if (line.valueType !== 'record-only') {
      social.pledged = social.pledged.plus(pledgedValue);
      social.delivered = social.delivered.plus(deliveredValue);
    }
    // Delivered ÷ (quantity × elapsed ÷ days), divided once: not by `expected`, rounded to 34 digits.
    const exactRatio = expected.isZero()
      ? null
      : Q.div(delivered.times(days), quantity.times(elapsed));
    const status = statusOf(delivered, exactRatio, quantity);
    statusCounts[status.status]! += 1;
    const progressRatio = ratioOf(delivered, quantity);
    const valued = !unitValue.isZero();
    return {
      index: line.index,
      measure: line.measure,
      theme: line.theme,
      valueType: line.valueType,
      priority: line.priority,
      unitValue,
      commitment: quantity,
      expected,
      delivered,
      verified: tally.verified,
      claimed: tally.claimed,
      progressRatio,
      deliveryRatio: status.deliveryRatio,
      status: status.status,
      value: {
        ...amounts,
        deliveryRatio: valued ? status.deliveryRatio : null,
        progressRatio: valued ? progressRatio : null,
      },
      deliveryCount: tally.count,
    };
  });
  const contractValue = new Big(contract.contractValue);
  return {
    id: contract.id,
    department: contract.department,
    lines,
    totals: figures(total),
    byTheme: sortedFigures(themes),
    byValueType: sortedFigures(valueTypes),
    byTag: sortedFigures(tags),
    byChannel: sortedFigures(channels),
    byYear: years.map((year, index) => yearFigures(year, { priority: yearTags[index]! })),
    yearTags,
    statusCounts,
    contractValue,
    socialValueAdded: {
      pledged: split(social.pledged, local.pledged, contractValue),
      delivered: split(social.delivered, local.delivered, contractValue),
    },
    social,
    local,
    laterDeliveryCount,
  };
}

/** The same figures as the library, with decimal.js: reports, then the portfolio. */
export function runSameFigures(plain: readonly PlainContract[]) {
  const reports = plain.map(baselineReport);
  const ordered = [...reports].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const totals = zeroAmounts();
  const themes = new Map<string, Amounts>();
  const valueTypes = new Map<string, Amounts>();
  const priorities = new Map<string, Amounts>();
  const departments = new Map<string, Amounts>();
  const channels = new Map<string, Amounts>();
  const years = yearSpans.map(zeroYear);
  const yearPriorities = yearSpans.map(() => new Map<string, TagYear>());
  const yearDepartments = yearSpans.map(() => new Map<string, TagYear>());
  const statusCounts: Record<string, number> = {};
  for (const status of STATUSES) statusCounts[status] = 0;
  const shortfalls: {
    contract: string;
    line: number;
    measure: string;
    status: string;
    shortfallToDate: DecimalJs;
    shortfall: DecimalJs;
  }[] = [];
  let social = { pledged: ZERO, delivered: ZERO };
  let local = { pledged: ZERO, delivered: ZERO };
  let valueTotal = ZERO;
  const contracts = ordered.map((report) => {
    // The portfolio's breakdowns are sums of the contracts' own (exact sums in any order).
    add(totals, report.totals);
    for (const [theme, sum] of report.byTheme) addTo(themes, theme, sum);
    for (const [valueType, sum] of report.byValueType) addTo(valueTypes, valueType, sum);
    for (const [priority, sum] of report.byTag) addTo(priorities, priority, sum);
    addTo(departments, report.department, report.totals);
    for (const [channel, sum] of report.byChannel) addTo(channels, channel, sum);
    for (const status of STATUSES) statusCounts[status]! += report.statusCounts[status]!;
    for (const line of report.lines) {
      if (!line.value.shortfallToDate.isZero()) {
        shortfalls.push({
          contract: report.id,
          line: line.index,
          measure: line.measure,
          status: line.status,
          shortfallToDate: line.value.shortfallToDate,
          shortfall: line.value.shortfall,
        });
      }
    }
    report.byYear.forEach((year, index) => {
      const sum = years[index]!;
      sum.pledged = sum.pledged.plus(year.pledged);
      for (const [priority, tagged] of report.yearTags[index]!) {
        const into = tagYear(yearPriorities[index]!, priority);
        into.pledged = into.pledged.plus(tagged.pledged);
        into.delivered = into.delivered.plus(tagged.delivered);
      }
      const department = tagYear(yearDepartments[index]!, report.department);
      department.pledged = department.pledged.plus(year.pledged);
      department.delivered = department.delivered.plus(year.delivered);
      sum.expected = sum.expected.plus(year.expected);
      sum.delivered = sum.delivered.plus(year.delivered);
      sum.verified = sum.verified.plus(year.verified);
      sum.claimed = sum.claimed.plus(year.claimed);
      sum.unpledged = sum.unpledged.plus(year.unpledged);
    });
    social = {
      pledged: social.pledged.plus(report.social.pledged),
      delivered: social.delivered.plus(report.social.delivered),
    };
    local = {
      pledged: local.pledged.plus(report.local.pledged),
      delivered: local.delivered.plus(report.local.delivered),
    };
    valueTotal = valueTotal.plus(report.contractValue);
    return {
      id: report.id,
      totals: report.totals,
      statusCounts: report.statusCounts,
      socialValueAdded: report.socialValueAdded,
    };
  });
  shortfalls.sort(
    (a, b) =>
      b.shortfallToDate.comparedTo(a.shortfallToDate) ||
      b.shortfall.comparedTo(a.shortfall) ||
      (a.contract < b.contract ? -1 : a.contract > b.contract ? 1 : 0) ||
      a.line - b.line,
  );
  return {
    reports,
    summary: {
      contracts,
      totals: figures(totals),
      byTheme: sortedFigures(themes),
      byValueType: sortedFigures(valueTypes),
      byTag: { department: sortedFigures(departments), priority: sortedFigures(priorities) },
      byChannel: sortedFigures(channels),
      byYear: years.map((year, index) =>
        yearFigures(year, {
          department: yearDepartments[index]!,
          priority: yearPriorities[index]!,
        }),
      ),
      statusCounts,
      socialValueAdded: {
        contractValue: valueTotal,
        pledged: split(social.pledged, local.pledged, valueTotal),
        delivered: split(social.delivered, local.delivered, valueTotal),
      },
      largestShortfalls: shortfalls.slice(0, 10),
    },
  };
}

// ---- The check that the same-figures baseline computes what the library returns. ----

/** Every figure as text, decimals as their exact strings, records as sorted entries. */
function text(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (DecimalJs.isDecimal(item)) return (item as DecimalJs).toString();
    if (item instanceof Map) return [...item.entries()];
    return item;
  });
}

const entries = (record: Readonly<Record<string, unknown>>) =>
  Object.keys(record)
    .sort()
    .map((key) => [key, record[key]]);
const pick = (figures: object) =>
  Object.fromEntries(
    [...KEYS, 'deliveryRatio', 'progressRatio'].map((key) => [
      key,
      (figures as Record<string, unknown>)[key],
    ]),
  );
const pickEach = (record: Readonly<Record<string, object>>) =>
  entries(record).map(([key, figures]) => [key, pick(figures as object)]);

/**
 * Throws unless the baseline's figures equal the library's on `count` contracts: every line,
 * breakdown, year, status count, social value added and shortfall.
 */
export function checkSameFigures(count = 200): void {
  const portfolio = buildPortfolio(count);
  const library = runLibrary(portfolio);
  const baseline = runSameFigures(plainPortfolio(portfolio));
  const problems: string[] = [];
  const same = (what: string, actual: unknown, expected: unknown) => {
    if (text(actual) !== text(expected))
      problems.push(`${what}: ${text(actual)} ≠ ${text(expected)}`);
  };
  library.reports.forEach((report, c) => {
    const own = baseline.reports[c]!;
    report.lines.forEach((line, i) => {
      const other = own.lines[i]!;
      same(
        `contract ${c} line ${i}`,
        {
          unitValue: line.unitValue,
          commitment: line.commitment,
          expected: line.expected,
          delivered: line.delivered,
          verified: line.verified,
          claimed: line.claimed,
          progressRatio: line.progressRatio,
          deliveryRatio: line.deliveryRatio,
          status: line.status,
          value: pick(line.value),
          deliveryCount: line.deliveryCount,
        },
        {
          unitValue: other.unitValue,
          commitment: other.commitment,
          expected: other.expected,
          delivered: other.delivered,
          verified: other.verified,
          claimed: other.claimed,
          progressRatio: other.progressRatio,
          deliveryRatio: other.deliveryRatio,
          status: other.status,
          value: pick(other.value),
          deliveryCount: other.deliveryCount,
        },
      );
    });
    same(`contract ${c} totals`, pick(report.totals), pick(own.totals));
    same(
      `contract ${c} by theme`,
      pickEach(report.byTheme),
      own.byTheme.map(([k, f]) => [k, pick(f)]),
    );
    same(
      `contract ${c} by value type`,
      pickEach(report.byValueType),
      own.byValueType.map(([k, f]) => [k, pick(f)]),
    );
    same(
      `contract ${c} by tag`,
      pickEach(report.byTag.priority!),
      own.byTag.map(([k, f]) => [k, pick(f)]),
    );
    same(
      `contract ${c} by year`,
      report.byFinancialYear.map(({ year: _, start: __, end: ___, ...rest }) => rest),
      own.byYear,
    );
    same(
      `contract ${c} by channel`,
      pickEach(report.byChannel),
      own.byChannel.map(([k, f]) => [k, pick(f)]),
    );
    same(`contract ${c} statuses`, report.statusCounts, own.statusCounts);
    same(
      `contract ${c} SVA`,
      {
        pledged: report.socialValueAdded!.pledged,
        delivered: report.socialValueAdded!.delivered,
      },
      own.socialValueAdded,
    );
    same(`contract ${c} later`, report.laterDeliveryCount, own.laterDeliveryCount);
  });
  const { summary } = library;
  const other = baseline.summary;
  same('portfolio totals', pick(summary.totals), pick(other.totals));
  same(
    'portfolio by theme',
    pickEach(summary.byTheme),
    other.byTheme.map(([k, f]) => [k, pick(f)]),
  );
  same(
    'portfolio by value type',
    pickEach(summary.byValueType),
    other.byValueType.map(([k, f]) => [k, pick(f)]),
  );
  same(
    'portfolio by tag',
    entries(summary.byTag).map(([name, values]) => [
      name,
      pickEach(values as Record<string, object>),
    ]),
    entries(other.byTag).map(([name, values]) => [
      name,
      (values as [string, Figures][]).map(([k, f]) => [k, pick(f)]),
    ]),
  );
  same(
    'portfolio by year',
    summary.byFinancialYear.map(({ year: _, start: __, end: ___, ...rest }) => rest),
    other.byYear,
  );
  same(
    'portfolio by channel',
    pickEach(summary.byChannel),
    other.byChannel.map(([k, f]) => [k, pick(f)]),
  );
  same('portfolio statuses', summary.statusCounts, other.statusCounts);
  same(
    'portfolio SVA',
    {
      contractValue: summary.socialValueAdded!.contractValue,
      pledged: summary.socialValueAdded!.pledged,
      delivered: summary.socialValueAdded!.delivered,
    },
    other.socialValueAdded,
  );
  same(
    'portfolio contracts',
    summary.contracts.map((entry) => [
      entry.id,
      pick(entry.totals),
      entry.statusCounts,
      { pledged: entry.socialValueAdded!.pledged, delivered: entry.socialValueAdded!.delivered },
    ]),
    other.contracts.map((entry) => [
      entry.id,
      pick(entry.totals),
      entry.statusCounts,
      entry.socialValueAdded,
    ]),
  );
  same(
    'largest shortfalls',
    summary.largestShortfalls.map((entry) => [
      entry.contract,
      entry.line,
      entry.measure,
      entry.status,
      entry.shortfallToDate,
      entry.shortfall,
    ]),
    other.largestShortfalls.map((entry) => [
      entry.contract,
      entry.line,
      entry.measure,
      entry.status,
      entry.shortfallToDate,
      entry.shortfall,
    ]),
  );
  if (problems.length > 0) {
    throw new Error(
      `The same-figures baseline differs from the library in ${problems.length} places:\n${problems.slice(0, 5).join('\n')}`,
    );
  }
}
