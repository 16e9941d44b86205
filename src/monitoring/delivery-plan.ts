import { fieldError } from '../core/issue.js';
import { parseInput } from '../core/zod-error.js';
import { dayNumber } from './calendar.js';
import {
  type ContractPeriod,
  checkInPeriod,
  contractPeriod,
  yearsBetween,
} from './contract-period.js';
import { type ResolvedThresholds, resolveThresholds } from './delivery-status.js';
import type { YearSpan } from './financial-year.js';
import { type Profile, profileOf } from './profile.js';
import { readDeliveries } from './read-delivery.js';
import { type MeasureRead, readFramework } from './read-framework.js';
import { readValuation, type ValuationRead } from './read-valuation.js';
import { type DeliveryRead, inputSchemas, type TrackDeliveryOptionsRead } from './schemas.js';

/** The inputs of trackDelivery, read and validated. Internal. */
export interface Input {
  readonly valuation: ValuationRead;
  readonly deliveries: readonly DeliveryRead[];
  /** The day number of each delivery. */
  readonly deliveryDays: readonly number[];
  readonly options: TrackDeliveryOptionsRead;
  readonly measures: ReadonlyMap<string, MeasureRead> | undefined;
}

/** Phase 1: read every input (a sealed valuation or framework is trusted, the rest validated). */
export function readInput(valuation: unknown, deliveries: unknown, options: unknown): Input {
  const read = readValuation(valuation);
  const opts = parseInput(
    inputSchemas().trackDeliveryOptions,
    options,
    'delivery tracking options',
    ['options'],
  );
  const { list, days } = readDeliveries(deliveries);
  return {
    valuation: read,
    deliveries: list,
    deliveryDays: days,
    options: opts,
    measures: opts.framework === undefined ? undefined : readFramework(opts.framework),
  };
}

/** What the report is measured against: dates, period, profile, thresholds, years. Internal. */
export interface Plan {
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
export function plan(input: Input): Plan {
  const { options, deliveries, deliveryDays } = input;
  const period = contractPeriod(options.start, options.end);
  let lastDelivery: string | undefined;
  deliveries.forEach((delivery, position) => {
    if (period !== undefined) {
      const day = deliveryDays[position]!;
      if (day < period.first || day > period.last) {
        checkInPeriod(period, delivery.date, ['deliveries', position, 'date']);
      }
    }
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
  const profile = profileOf(options.profile, period, period?.first ?? 0, ['options', 'profile']);
  const startMonth = options.financialYearStartMonth ?? 4;
  let firstDay = period?.first ?? asOfDay;
  if (period === undefined) {
    for (const day of deliveryDays) if (day < firstDay) firstDay = day;
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
