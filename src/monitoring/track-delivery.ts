import { seal } from '../core/brand.js';
import { Decimal } from '../core/decimal.js';
import { fieldError } from '../core/issue.js';
import { divide } from '../core/numeric-domain.js';
import { byCodeUnits, plural } from '../core/text.js';
import { moneyText, percentText } from '../core/wording.js';
import { parseInput } from '../core/zod-error.js';
import { dayNumber } from './calendar.js';
import {
  type ContractPeriod,
  checkInPeriod,
  contractPeriod,
  yearsBetween,
} from './contract-period.js';
import {
  deliveryStatuses,
  type ResolvedThresholds,
  resolveThresholds,
  statusOf,
} from './delivery-status.js';
import {
  type BreakdownEntry,
  breakdown,
  emptyYear,
  type FigureAmounts,
  socialValueAddedOf,
  toYearFigures,
  unpledgedAmounts,
  type YearSum,
} from './figures.js';
import type { YearSpan } from './financial-year.js';
import { describeInput } from './plain.js';
import { indexLines, pledgeHistories, segmentsOf } from './pledge-lines.js';
import {
  expectedBetween,
  linearProfile,
  type Profile,
  periodProfile,
  pledgedYearsProfile,
} from './profile.js';
import { readDelivery } from './read-delivery.js';
import { type MeasureRead, readFramework } from './read-framework.js';
import { type PledgeLineRead, readValuation, type ValuationRead } from './read-valuation.js';
import {
  type DeliveryRead,
  type TrackDeliveryOptionsRead,
  trackDeliveryOptionsSchema,
} from './schemas.js';
import { type Tally, tallyDeliveries } from './tally-deliveries.js';
import type {
  Delivery,
  DeliveryLine,
  DeliveryReport,
  DeliveryStatus,
  MonitoredValuation,
  PledgeVersion,
  TrackDeliveryOptions,
  UnpledgedDelivery,
} from './types.js';

const ZERO = new Decimal(0);

/** The inputs of trackDelivery, read and validated. */
interface Input {
  readonly valuation: ValuationRead;
  readonly deliveries: readonly DeliveryRead[];
  readonly options: TrackDeliveryOptionsRead;
  readonly measures: ReadonlyMap<string, MeasureRead> | undefined;
}

/** Phase 1: read every input (a sealed valuation or framework is trusted, the rest validated). */
function readInput(valuation: unknown, deliveries: unknown, options: unknown): Input {
  const read = readValuation(valuation);
  const opts = parseInput(trackDeliveryOptionsSchema, options, 'delivery tracking options', [
    'options',
  ]);
  if (!Array.isArray(deliveries)) {
    throw fieldError(
      'invalid-input',
      'Invalid deliveries: 1 problem.',
      ['deliveries'],
      `expected a list of deliveries, received ${describeInput(deliveries)}`,
    );
  }
  const list: DeliveryRead[] = new Array(deliveries.length);
  for (let position = 0; position < deliveries.length; position += 1) {
    list[position] = readDelivery(deliveries[position], position);
  }
  return {
    valuation: read,
    deliveries: list,
    options: opts,
    measures: opts.framework === undefined ? undefined : readFramework(opts.framework),
  };
}

/** What the report is measured against: dates, period, profile, thresholds, years. */
interface Plan {
  readonly asOf: string;
  readonly asOfDay: number;
  readonly period: ContractPeriod | undefined;
  /** Days of the contract elapsed by the report date (0 without a period). */
  readonly elapsed: number;
  readonly profile: Profile | undefined;
  readonly thresholds: ResolvedThresholds;
  readonly startMonth: number;
  readonly years: readonly YearSpan[];
  readonly countVerifiedOnly: boolean;
}

/** Phase 2: the report date, the contract period and profile, and the financial years covered. */
function plan(input: Input): Plan {
  const { options, deliveries } = input;
  const period = contractPeriod(options.start, options.end);
  let lastDelivery: string | undefined;
  deliveries.forEach((delivery, position) => {
    checkInPeriod(period, delivery.date, ['deliveries', position, 'date']);
    if (lastDelivery === undefined || delivery.date > lastDelivery) lastDelivery = delivery.date;
  });
  const asOf = options.asOf ?? options.end ?? lastDelivery;
  if (asOf === undefined) {
    throw fieldError(
      'invalid-input',
      'Invalid delivery tracking input: no report date.',
      ['options', 'asOf'],
      'expected a report date (or a contract end, or at least one delivery)',
    );
  }
  const asOfDay = dayNumber(asOf);
  if (period !== undefined && asOfDay < period.first) {
    throw fieldError(
      'date-out-of-range',
      `The report date ${asOf} is before the contract starts (${period.start}).`,
      ['options', 'asOf'],
      `expected a day on or after ${period.start}, received ${asOf}`,
    );
  }
  const thresholds = resolveThresholds(options.thresholds, ['options', 'thresholds']);
  if (period === undefined && options.profile !== undefined) {
    throw fieldError(
      'invalid-input',
      'Invalid delivery tracking input: a profile needs the contract period.',
      ['options', 'profile'],
      'expected options.start and options.end with a delivery profile',
    );
  }
  const profile =
    period === undefined
      ? undefined
      : options.profile === undefined || options.profile === 'linear'
        ? linearProfile(period.days)
        : periodProfile(options.profile, period.first, period.last, ['options', 'profile']);
  const startMonth = options.financialYearStartMonth ?? 4;
  let firstDay = period?.first ?? asOfDay;
  if (period === undefined) {
    for (const delivery of deliveries) {
      const day = dayNumber(delivery.date);
      if (day < firstDay) firstDay = day;
    }
  }
  const lastDay = period === undefined ? asOfDay : Math.min(asOfDay, period.last);
  return {
    asOf,
    asOfDay,
    period,
    elapsed: period === undefined ? 0 : Math.min(asOfDay - period.first + 1, period.days),
    profile,
    thresholds,
    startMonth,
    years: yearsBetween(firstDay, lastDay, startMonth),
    countVerifiedOnly: options.count === 'verified',
  };
}

/** A line's report and its contribution to the breakdowns. */
interface LineResult {
  readonly line: DeliveryLine;
  readonly entry: BreakdownEntry;
}

/** The profile a line follows: the option's, else its pledge by year, else linear. */
function lineProfile(
  line: PledgeLineRead,
  position: number,
  input: Input,
  schedule: Plan,
): Profile | undefined {
  const { period, profile } = schedule;
  if (period === undefined || input.options.profile !== undefined || line.years === undefined) {
    return profile;
  }
  const path = ['valuation', 'lines', position, 'years'];
  return (
    pledgedYearsProfile(line.years, period.first, period.last, schedule.startMonth, path) ?? profile
  );
}

/** Phase 3: one pledge line, against its history, profile and deliveries; years summed in. */
function reportLine(
  line: PledgeLineRead,
  position: number,
  history: readonly PledgeVersion[],
  tally: Tally,
  input: Input,
  schedule: Plan,
  yearSums: YearSum[],
): LineResult {
  const { period, elapsed, years, countVerifiedOnly } = schedule;
  const unitValue = line.proxyValue.times(line.attributionShare);
  const pledged = history.at(-1)!.quantity;
  const profile = lineProfile(line, position, input, schedule);
  let commitment = pledged;
  let expected = pledged;
  let pledgedValue = pledged.times(unitValue);
  let expectedValue = pledgedValue;
  if (period !== undefined && profile !== undefined) {
    const segments = segmentsOf(history, period);
    // Values are worked out from value segments (quantity × unit value), dividing last, so a
    // whole period's value is exact even when its quantity is a recurring decimal.
    const valueSegments = segments.map((segment) => ({
      from: segment.from,
      to: segment.to,
      quantity: segment.quantity.times(unitValue),
    }));
    commitment = expectedBetween(segments, profile, 0, period.days);
    expected = expectedBetween(segments, profile, 0, elapsed);
    pledgedValue = expectedBetween(valueSegments, profile, 0, period.days);
    expectedValue = expectedBetween(valueSegments, profile, 0, elapsed);
    years.forEach((year, index) => {
      const from = Math.max(year.firstDay - period.first, 0);
      const to = Math.min(year.lastDay - period.first + 1, elapsed);
      if (to <= from) return;
      const sum = yearSums[index]!;
      sum.expected = sum.expected.plus(expectedBetween(valueSegments, profile, from, to));
    });
  }
  for (const [index, quantities] of tally.byYear) {
    const sum = yearSums[index]!;
    const verified = quantities.verified.times(unitValue);
    const claimed = quantities.claimed.times(unitValue);
    sum.verified = sum.verified.plus(verified);
    sum.claimed = sum.claimed.plus(claimed);
    sum.delivered = sum.delivered.plus(countVerifiedOnly ? verified : verified.plus(claimed));
  }
  const delivered = countVerifiedOnly ? tally.verified : tally.verified.plus(tally.claimed);
  const deliveredValue = delivered.times(unitValue);
  const amounts: FigureAmounts = {
    pledged: pledgedValue,
    expected: expectedValue,
    delivered: deliveredValue,
    verified: tally.verified.times(unitValue),
    claimed: tally.claimed.times(unitValue),
    unpledged: ZERO,
    shortfall: Decimal.max(pledgedValue.minus(deliveredValue), 0),
    shortfallToDate: Decimal.max(expectedValue.minus(deliveredValue), 0),
  };
  const status = statusOf(delivered, expected, commitment, schedule.thresholds);
  const progressRatio = commitment.isZero() ? null : divide(delivered, commitment);
  const valued = !unitValue.isZero();
  return {
    entry: { theme: line.theme, valueType: line.valueType, tags: line.tags, amounts },
    line: {
      index: line.index,
      measure: line.measure,
      ...(line.title === undefined ? {} : { title: line.title }),
      ...(line.unit === undefined ? {} : { unit: line.unit }),
      theme: line.theme,
      ...(line.themeName === undefined ? {} : { themeName: line.themeName }),
      valueType: line.valueType,
      tags: line.tags,
      proxyValue: line.proxyValue,
      attributionShare: line.attributionShare,
      unitValue,
      pledged,
      history,
      commitment,
      expected,
      delivered,
      verified: tally.verified,
      claimed: tally.claimed,
      progressRatio,
      deliveryRatio: status.deliveryRatio,
      status: status.status,
      reason: status.reason,
      // Value ratios equal the quantity ratios (both sides × the same unit value).
      value: {
        ...amounts,
        deliveryRatio: valued ? status.deliveryRatio : null,
        progressRatio: valued ? progressRatio : null,
      },
      deliveryCount: tally.count,
    },
  };
}

/** Phase 4: deliveries nobody pledged, by code, valued at the framework's proxy; years summed in. */
function reportUnpledged(
  tallies: ReturnType<typeof tallyDeliveries>['unpledged'],
  schedule: Plan,
  yearSums: YearSum[],
  entries: BreakdownEntry[],
): UnpledgedDelivery[] {
  const { countVerifiedOnly } = schedule;
  return [...tallies.keys()].sort(byCodeUnits).map((code) => {
    const { measure, tally } = tallies.get(code)!;
    const proxyValue = measure.proxyValue!;
    const quantity = countVerifiedOnly ? tally.verified : tally.verified.plus(tally.claimed);
    for (const [index, quantities] of tally.byYear) {
      const inYear = countVerifiedOnly
        ? quantities.verified
        : quantities.verified.plus(quantities.claimed);
      const sum = yearSums[index]!;
      sum.unpledged = sum.unpledged.plus(inYear.times(proxyValue));
    }
    const value = quantity.times(proxyValue);
    entries.push({
      theme: measure.theme,
      valueType: measure.valueType,
      tags: NO_TAGS,
      amounts: unpledgedAmounts(value),
    });
    return {
      measure: measure.code,
      ...(measure.title === undefined ? {} : { title: measure.title }),
      ...(measure.unit === undefined ? {} : { unit: measure.unit }),
      theme: measure.theme,
      ...(measure.themeName === undefined ? {} : { themeName: measure.themeName }),
      valueType: measure.valueType,
      proxyValue,
      quantity,
      verified: tally.verified,
      claimed: tally.claimed,
      value,
      deliveryCount: tally.count,
    };
  });
}

const NO_TAGS: Readonly<Record<string, string>> = Object.freeze(Object.create(null));

/** How many lines have each status, in the order of {@link deliveryStatuses}. */
function countStatuses(lines: readonly DeliveryLine[]): Record<DeliveryStatus, number> {
  const counts = {} as Record<DeliveryStatus, number>;
  for (const status of deliveryStatuses) counts[status] = 0;
  for (const line of lines) counts[line.status] += 1;
  return counts;
}

/**
 * Tracks delivery against the pledges of a valuation: for each pledge line, what was pledged
 * (with any variations agreed since), what was delivered by the report date, what was expected
 * by then, progress, a status and the value delivered and still short; deliveries against
 * measures nobody pledged, valued separately; totals by theme, value type, tag and financial
 * year, verified and claimed shown apart; and social value added when the contract value is
 * known.
 *
 * **Expected to date.** With the contract's `start` and `end`, each pledge is expected evenly
 * over the contract (`profile: 'linear'`), or by the shares of a per-period profile, whole days
 * counted, both ends included. By default a pledge given by year (`years` on the valuation
 * line) follows its years and the others are linear. Without a contract period every pledge is
 * expected in full.
 *
 * **Variations.** A variation sets the pledge from its date on; the history is kept, and each
 * day of the contract is expected at the pledge in force that day, so the commitment over the
 * whole contract is `Σ pledge in force × profile share` and earlier periods keep the pledge
 * they had. Variations dated after the report date are not yet in force.
 *
 * **Value.** A line's unit value is its proxy value × attribution share, as `valuePledges`
 * values the pledge, so delivered value = delivered quantity × proxy value × attribution share,
 * at the pledge's own proxy value (record-only measures have a proxy value of 0). Deliveries
 * nobody pledged are valued at `options.framework`'s proxy value. Ratios are divisions rounded
 * to 34 significant digits.
 *
 * **Inputs.** The valuation is what `valuePledges` returned (trusted as it is), its JSON
 * snapshot, or a hand-made object with its lines; the framework likewise. Both are validated
 * when they were not made by the library; nothing passed in is changed or frozen.
 *
 * @param valuation - What `valuePledges` returned, its JSON snapshot, or an object with its lines.
 * @param deliveries - The delivery records, in any order.
 * @param options - Report date, contract period, profile, variations, thresholds, framework.
 * @returns The report (kind `'delivery-report'`), explained.
 * @throws SocialValueError `invalid-input` (a malformed input, unknown keys, negative
 * quantities, an ambiguous line), `out-of-range` (a number outside the numeric domain),
 * `date-out-of-range` (a delivery or variation outside the contract, a report date before the
 * start), `invalid-period` (a bad contract period, profile or pledge years), `unknown-measure`
 * (a delivery against a measure that neither the pledges nor the framework know),
 * `missing-proxy` (an unpledged measure without a proxy value), `duplicate-code` (a hand-made
 * framework with two measures of one code).
 *
 * @example
 * ```ts
 * import { trackDelivery } from 'social-value';
 *
 * // Seed 004's NT1 pledge (24 local FTE at £30,782) over a three-year contract.
 * const valuation = {
 *   lines: [{ measure: 'NT1', theme: 'jobs', valueType: 'local-economic' as const, quantity: 24, proxyValue: 30782 }],
 * };
 * const report = trackDelivery(valuation, [{ measure: 'NT1', date: '2025-03-31', quantity: 6 }], {
 *   start: '2024-04-01',
 *   end: '2027-03-31',
 *   asOf: '2025-03-31',
 * });
 * const nt1 = report.lines[0]!;
 * nt1.expected.toString(); // => '8'
 * nt1.status; // => 'at-risk'
 * nt1.deliveryRatio?.toString(); // => '0.75'
 * nt1.value.delivered.toString(); // => '184692'
 * nt1.value.shortfallToDate.toString(); // => '61564'
 * ```
 */
export function trackDelivery(
  valuation: MonitoredValuation,
  deliveries: readonly Delivery[],
  options: TrackDeliveryOptions = {},
): DeliveryReport {
  const input = readInput(valuation, deliveries, options);
  const schedule = plan(input);
  const { lines } = input.valuation;
  const index = indexLines(lines);
  const histories = pledgeHistories(
    lines,
    input.options.variations ?? [],
    index,
    schedule.period,
    schedule.asOfDay,
  );
  const tallies = tallyDeliveries(
    input.deliveries,
    lines,
    index,
    input.measures,
    schedule.years,
    schedule.asOfDay,
  );

  const yearSums = schedule.years.map(emptyYear);
  const entries: BreakdownEntry[] = [];
  const reportLines = lines.map((line, position) => {
    const result = reportLine(
      line,
      position,
      histories[position]!,
      tallies.lines[position]!,
      input,
      schedule,
      yearSums,
    );
    entries.push(result.entry);
    return result.line;
  });
  const unpledged = reportUnpledged(tallies.unpledged, schedule, yearSums, entries);

  const groups = breakdown(entries);
  const statusCounts = countStatuses(reportLines);
  const contractValue = input.options.contractValue ?? input.valuation.contractValue;
  const socialValueAdded =
    contractValue === undefined ? undefined : socialValueAddedOf(entries, contractValue);
  const laterDeliveryCount = input.deliveries.reduce(
    (count, delivery) => (dayNumber(delivery.date) > schedule.asOfDay ? count + 1 : count),
    0,
  );
  const framework = input.valuation.framework;
  const { period } = schedule;
  return seal(
    {
      kind: 'delivery-report' as const,
      schemaVersion: 1 as const,
      ...(framework === undefined ? {} : { framework }),
      asOf: schedule.asOf,
      ...(period === undefined ? {} : { period: { start: period.start, end: period.end } }),
      count: schedule.countVerifiedOnly ? ('verified' as const) : ('all' as const),
      lines: reportLines,
      unpledged,
      totals: groups.totals,
      byTheme: groups.byTheme,
      byValueType: groups.byValueType,
      byTag: groups.byTag,
      byFinancialYear: schedule.years.map((year, position) =>
        toYearFigures(year, yearSums[position]!),
      ),
      statusCounts,
      ...(socialValueAdded === undefined ? {} : { socialValueAdded }),
      financialYearStartMonth: schedule.startMonth,
      laterDeliveryCount,
      summary: summaryOf(schedule.asOf, groups.totals, reportLines),
    },
    'delivery-report',
  );
}

/** Phase 5: one sentence about the whole report. */
function summaryOf(
  asOf: string,
  totals: DeliveryReport['totals'],
  lines: readonly DeliveryLine[],
): string {
  const onTrack = lines.filter(
    (line) =>
      line.status === 'on-track' || line.status === 'complete' || line.status === 'over-delivered',
  ).length;
  const ratio = totals.deliveryRatio === null ? '' : ` (${percentText(totals.deliveryRatio, 1)})`;
  const unpledged = totals.unpledged.isZero()
    ? ''
    : `, plus ${moneyText(totals.unpledged)} nobody pledged`;
  return `By ${asOf}: ${moneyText(totals.delivered)} delivered of ${moneyText(totals.expected)} expected${ratio}, against ${moneyText(totals.pledged)} pledged over the contract${unpledged}; ${onTrack} of ${plural(lines.length, 'pledge')} on track or better.`;
}
