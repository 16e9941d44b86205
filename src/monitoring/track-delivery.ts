import { Decimal } from '../core/decimal.js';
import { formatGBP } from '../core/format-gbp.js';
import { formatPercent } from '../core/format-percent.js';
import { deepFreeze } from '../core/freeze.js';
import { parseInput } from '../core/zod-error.js';
import { suggestCodes } from '../toms/suggest-codes.js';
import { dayNumber } from './calendar.js';
import { checkInPeriod, contractPeriod, yearsBetween } from './contract-period.js';
import { resolveThresholds, statusOf } from './delivery-status.js';
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
import { fieldError } from './input-error.js';
import { findLine, indexLines, normalise, pledgeHistories, segmentsOf } from './pledge-lines.js';
import {
  expectedBetween,
  linearProfile,
  type PledgeSegment,
  periodProfile,
  pledgedYearsProfile,
} from './profile.js';
import { readDelivery } from './read-delivery.js';
import { type TrackDeliveryInput, trackDeliveryInputSchema } from './schemas.js';
import type {
  Delivery,
  DeliveryLine,
  DeliveryReport,
  DeliveryStatus,
  MonitoredValuation,
  TrackDeliveryOptions,
  UnpledgedDelivery,
} from './types.js';

const ZERO = new Decimal(0);

/** Quantities delivered against one line or unpledged measure, per financial year. */
interface Tally {
  verified: Decimal[];
  claimed: Decimal[];
  deliveries: number;
}

const newTally = (years: number): Tally => ({
  verified: Array.from({ length: years }, () => ZERO),
  claimed: Array.from({ length: years }, () => ZERO),
  deliveries: 0,
});

const sum = (values: readonly Decimal[]) =>
  values.reduce((total, value) => total.plus(value), ZERO);

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
 * **Value.** A line's unit value is its proxy × attribution, as `valuePledges` values the
 * pledge, so delivered value = delivered quantity × proxy × attribution, at the pledge's own
 * proxy (record-only measures have a proxy of 0).
 * Deliveries nobody pledged are valued at `options.framework`'s proxy.
 *
 * @param valuation - What `valuePledges` returned (or any object with its lines).
 * @param deliveries - The delivery records, in any order.
 * @param options - Report date, contract period, profile, variations, thresholds, framework.
 * @returns The report, explained.
 * @throws SocialValueError `invalid-input` (bad or negative quantities, an ambiguous line),
 * `date-out-of-range` (a delivery or variation outside the contract, a report date before the
 * start), `invalid-period` (a bad contract period or profile), `unknown-measure` (a delivery
 * against a measure that neither the pledges nor the framework know), `missing-proxy` (an
 * unpledged measure without a proxy).
 *
 * @example
 * ```ts
 * import { trackDelivery } from 'social-value';
 *
 * // Seed 004's NT1 pledge (24 local FTE at £30,782) over a three-year contract.
 * const valuation = {
 *   lines: [{ index: 0, measure: 'NT1', theme: 'jobs', valueType: 'local-economic' as const, quantity: 24, proxy: 30782 }],
 * };
 * const report = trackDelivery(valuation, [{ measure: 'NT1', date: '2025-03-31', quantity: 6 }], {
 *   start: '2024-04-01',
 *   end: '2027-03-31',
 *   asOf: '2025-03-31',
 * });
 * const nt1 = report.lines[0]!;
 * nt1.expected.toString(); // => '8'
 * nt1.status; // => 'at-risk'
 * nt1.value.delivered.toString(); // => '184692'
 * nt1.value.shortfallToDate.toString(); // => '61564'
 * ```
 */
export function trackDelivery(
  valuation: MonitoredValuation,
  deliveries: readonly Delivery[],
  options: TrackDeliveryOptions = {},
): DeliveryReport {
  const parsed = parseInput(
    trackDeliveryInputSchema,
    { valuation, deliveries, options },
    'delivery tracking input',
  );
  const input: TrackDeliveryInput = {
    ...parsed,
    deliveries: parsed.deliveries.map(readDelivery),
  };
  const opts = input.options;
  const lines = input.valuation.lines;
  const period = contractPeriod(opts);
  input.deliveries.forEach((delivery, position) => {
    checkInPeriod(period, delivery.date, ['deliveries', position, 'date']);
  });

  const lastDelivery = input.deliveries.reduce<string | undefined>(
    (latest, delivery) => (latest === undefined || delivery.date > latest ? delivery.date : latest),
    undefined,
  );
  const asOf = opts.asOf ?? opts.end ?? lastDelivery;
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
  const thresholds = resolveThresholds(opts.thresholds, ['options', 'thresholds']);
  const weights =
    period === undefined
      ? undefined
      : opts.profile === undefined || opts.profile === 'linear'
        ? linearProfile(period.days)
        : periodProfile(opts.profile, period.first, period.last, ['options', 'profile']);
  if (period === undefined && opts.profile !== undefined) {
    throw fieldError(
      'invalid-input',
      'Invalid delivery tracking input: a profile needs the contract period.',
      ['options', 'profile'],
      'expected options.start and options.end with a delivery profile',
    );
  }

  const index = indexLines(lines);
  const histories = pledgeHistories(input, index, period, asOfDay);
  const startMonth = opts.financialYearStartMonth ?? 4;
  const counted = input.deliveries.filter((delivery) => dayNumber(delivery.date) <= asOfDay);
  const firstDay =
    period?.first ??
    counted.reduce((first, delivery) => Math.min(first, dayNumber(delivery.date)), asOfDay);
  const lastDay = period === undefined ? asOfDay : Math.min(asOfDay, period.last);
  const years = yearsBetween(firstDay, lastDay, startMonth);
  const yearStarts = years.map((year) => dayNumber(year.start));
  const yearOf = (day: number) => {
    let position = 0;
    while (position + 1 < yearStarts.length && yearStarts[position + 1]! <= day) position += 1;
    return position;
  };

  const measures = new Map(
    (opts.framework?.measures ?? []).map((measure) => [normalise(measure.code), measure]),
  );
  const tallies = lines.map(() => newTally(years.length));
  const unpledgedTallies = new Map<string, Tally>();
  input.deliveries.forEach((delivery, position) => {
    const day = dayNumber(delivery.date);
    if (day > asOfDay) return;
    const path = ['deliveries', position];
    let tally: Tally | undefined;
    const linePosition = findLine(lines, index, delivery, path);
    if (linePosition !== undefined) tally = tallies[linePosition];
    else {
      const code = normalise(delivery.measure);
      const measure = measures.get(code);
      if (measure === undefined) {
        const suggestions = suggestCodes(delivery.measure, [
          ...index.byCode.keys(),
          ...measures.keys(),
        ]);
        const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.join(', ')}?` : '';
        throw fieldError(
          'unknown-measure',
          `No pledge or framework measure ${JSON.stringify(delivery.measure)}.${hint}`,
          [...path, 'measure'],
          opts.framework === undefined
            ? `expected a pledged measure (pass options.framework to value measures nobody pledged), received ${JSON.stringify(delivery.measure)}`
            : `expected a pledged measure or a measure of the framework, received ${JSON.stringify(delivery.measure)}`,
          { measure: delivery.measure, suggestions },
        );
      }
      if (measure.proxyValue === null) {
        throw fieldError(
          'missing-proxy',
          `Measure ${measure.code} has no proxy value to value its delivery.`,
          [...path, 'measure'],
          `expected a measure with a proxy value (0 for record-only), received ${measure.code}`,
          { measure: measure.code },
        );
      }
      tally = unpledgedTallies.get(measure.code) ?? newTally(years.length);
      unpledgedTallies.set(measure.code, tally);
    }
    const year = yearOf(day);
    if (delivery.verification === 'verified') {
      tally!.verified[year] = tally!.verified[year]!.plus(delivery.quantity);
    } else tally!.claimed[year] = tally!.claimed[year]!.plus(delivery.quantity);
    tally!.deliveries += 1;
  });

  const countVerifiedOnly = opts.count === 'verified';
  const yearSums: YearSum[] = years.map(() => emptyYear());
  const entries: BreakdownEntry[] = [];
  const reportLines: DeliveryLine[] = lines.map((line, position) => {
    const history = histories[position]!;
    const tally = tallies[position]!;
    const unitValue = line.proxy.times(line.attribution ?? 1);
    const pledged = history.at(-1)!.quantity;
    const segments = period === undefined ? undefined : segmentsOf(history, period);
    const lineWeights =
      period === undefined || opts.profile !== undefined || line.years === undefined
        ? weights
        : (pledgedYearsProfile(line.years, period.first, period.last, startMonth, [
            'valuation',
            'lines',
            position,
            'years',
          ]) ?? weights);
    // Values are worked out from value segments (quantity × unit value), dividing last, so a
    // whole period's value is exact even when its quantity is a recurring decimal.
    const valueSegments = segments?.map((segment) => ({
      ...segment,
      quantity: segment.quantity.times(unitValue),
    }));
    const elapsed = period === undefined ? 0 : Math.min(asOfDay - period.first + 1, period.days);
    const expectedOver = (over: readonly PledgeSegment[] | undefined, to: number) =>
      over === undefined ? undefined : expectedBetween(over, lineWeights!, 0, to);
    const commitment = expectedOver(segments, period?.days ?? 0) ?? pledged;
    const expected = expectedOver(segments, elapsed) ?? pledged;
    const pledgedValue = expectedOver(valueSegments, period?.days ?? 0) ?? pledged.times(unitValue);
    const expectedValue = expectedOver(valueSegments, elapsed) ?? pledged.times(unitValue);
    const verified = sum(tally.verified);
    const claimed = sum(tally.claimed);
    const delivered = countVerifiedOnly ? verified : verified.plus(claimed);
    const deliveredValue = delivered.times(unitValue);
    years.forEach((year, position) => {
      const yearSum = yearSums[position]!;
      if (period !== undefined) {
        const from = Math.max(yearStarts[position]! - period.first, 0);
        const to = Math.min(dayNumber(year.end) - period.first + 1, elapsed);
        yearSum.expected = yearSum.expected.plus(
          expectedBetween(valueSegments!, lineWeights!, from, to),
        );
      }
      const yearVerified = tally.verified[position]!.times(unitValue);
      const yearClaimed = tally.claimed[position]!.times(unitValue);
      yearSum.verified = yearSum.verified.plus(yearVerified);
      yearSum.claimed = yearSum.claimed.plus(yearClaimed);
      yearSum.delivered = yearSum.delivered.plus(
        countVerifiedOnly ? yearVerified : yearVerified.plus(yearClaimed),
      );
    });
    const amounts: FigureAmounts = {
      pledged: pledgedValue,
      expected: expectedValue,
      delivered: deliveredValue,
      verified: verified.times(unitValue),
      claimed: claimed.times(unitValue),
      unpledged: ZERO,
      shortfall: Decimal.max(pledgedValue.minus(deliveredValue), 0),
      shortfallToDate: Decimal.max(expectedValue.minus(deliveredValue), 0),
    };
    const tags = line.tags ?? {};
    entries.push({ theme: line.theme, valueType: line.valueType, tags, amounts });
    const status = statusOf(delivered, expected, commitment, thresholds);
    const progress = commitment.isZero() ? null : delivered.div(commitment);
    return {
      index: line.index,
      measure: line.measure,
      ...(line.title === undefined ? {} : { title: line.title }),
      ...(line.unit === undefined ? {} : { unit: line.unit }),
      theme: line.theme,
      valueType: line.valueType,
      tags,
      unitValue,
      pledged,
      history,
      commitment,
      expected,
      delivered,
      verified,
      claimed,
      progress,
      pace: status.pace,
      status: status.status,
      reason: status.reason,
      // Value ratios equal the quantity ratios (both sides × the same unit value).
      value: {
        ...amounts,
        deliveryRatio: unitValue.isZero() ? null : status.pace,
        progress: unitValue.isZero() ? null : progress,
      },
      deliveries: tally.deliveries,
    };
  });

  const unpledged: UnpledgedDelivery[] = [...unpledgedTallies.keys()].sort().map((code) => {
    const measure = measures.get(normalise(code))!;
    const tally = unpledgedTallies.get(code)!;
    const proxy = measure.proxyValue!;
    const verified = sum(tally.verified);
    const claimed = sum(tally.claimed);
    const quantity = countVerifiedOnly ? verified : verified.plus(claimed);
    years.forEach((_, position) => {
      const yearSum = yearSums[position]!;
      const yearQuantity = countVerifiedOnly
        ? tally.verified[position]!
        : tally.verified[position]!.plus(tally.claimed[position]!);
      yearSum.unpledged = yearSum.unpledged.plus(yearQuantity.times(proxy));
    });
    const value = quantity.times(proxy);
    entries.push({
      theme: measure.theme,
      valueType: measure.valueType,
      tags: {},
      amounts: unpledgedAmounts(value),
    });
    return {
      measure: measure.code,
      ...(measure.title === undefined ? {} : { title: measure.title }),
      ...(measure.unit === undefined ? {} : { unit: measure.unit }),
      theme: measure.theme,
      valueType: measure.valueType,
      proxy,
      quantity,
      verified,
      claimed,
      value,
      deliveries: tally.deliveries,
    };
  });

  const groups = breakdown(entries);
  const statusCounts = Object.fromEntries(
    (['not-started', 'behind', 'at-risk', 'on-track', 'complete', 'over-delivered'] as const).map(
      (status) => [status, reportLines.filter((line) => line.status === status).length],
    ),
  ) as Record<DeliveryStatus, number>;
  const contractValue = opts.contractValue ?? input.valuation.contractValue;
  const socialValueAdded =
    contractValue === undefined ? undefined : socialValueAddedOf(entries, contractValue);
  const totals = groups.totals;
  const framework = input.valuation.framework;
  const onTrack = statusCounts['on-track'] + statusCounts.complete + statusCounts['over-delivered'];
  const ratioText =
    totals.deliveryRatio === null ? '' : ` (${formatPercent(totals.deliveryRatio)})`;
  const unpledgedText = totals.unpledged.isZero()
    ? ''
    : `, plus ${formatGBP(totals.unpledged)} nobody pledged`;
  return deepFreeze({
    kind: 'delivery-report' as const,
    ...(framework === undefined
      ? {}
      : {
          framework: {
            id: framework.id,
            ...(framework.name === undefined ? {} : { name: framework.name }),
            ...(framework.edition === undefined ? {} : { edition: framework.edition }),
            ...(framework.priceYear === undefined ? {} : { priceYear: framework.priceYear }),
          },
        }),
    asOf,
    ...(period === undefined ? {} : { period: { start: period.start, end: period.end } }),
    count: opts.count ?? 'all',
    lines: reportLines,
    unpledged,
    ...groups,
    byFinancialYear: years.map((year, position) => toYearFigures(year, yearSums[position]!)),
    statusCounts,
    ...(socialValueAdded === undefined ? {} : { socialValueAdded }),
    financialYearStartMonth: startMonth,
    laterDeliveries: input.deliveries.length - counted.length,
    summary: `By ${asOf}: ${formatGBP(totals.delivered)} delivered of ${formatGBP(totals.expected)} expected${ratioText}, against ${formatGBP(totals.pledged)} pledged over the contract${unpledgedText}; ${onTrack} of ${reportLines.length} pledges on track or better.`,
  });
}
