import { Decimal } from '../core/decimal.js';
import { parseInput } from '../core/zod-error.js';
import { plan, readInput } from './delivery-plan.js';
import { plus, product } from './figures.js';
import { lineProfile, unitValueOf } from './line-report.js';
import { pledgeLines, segmentsOf } from './pledge-lines.js';
import { expectedBetween } from './profile.js';
import { inputSchemas } from './schemas.js';
import { tallyDeliveries } from './tally-deliveries.js';
import type { Delivery, MonitoredValuation, TrackDeliveryOptions } from './types.js';

const ZERO = /* @__PURE__ */ new Decimal(0);

/** The value expected and delivered by one report date. Internal. */
export interface TotalsAt {
  /** The report date. */
  readonly asOf: string;
  /** `totals.expected` of `trackDelivery` as of the date. */
  readonly expected: Decimal;
  /** `totals.delivered` of `trackDelivery` as of the date. */
  readonly delivered: Decimal;
}

/**
 * The value expected and delivered as of each of `dates`: the `totals.expected` and
 * `totals.delivered` that `trackDelivery(valuation, deliveries, { ...options, asOf })` gives
 * for each, with the inputs read and validated once and without writing each line's report
 * (its status, ratios, sentences and breakdowns). Each date has its own plan, lines in force
 * and tallies, as `trackDelivery` makes them, so the figures (and any error) are its own.
 * Internal: the command's delivery chart.
 */
export function deliveryTotalsAt(
  valuation: MonitoredValuation,
  deliveries: readonly Delivery[],
  options: TrackDeliveryOptions,
  dates: readonly string[],
): TotalsAt[] {
  const input = readInput(valuation, deliveries, options);
  const schema = inputSchemas().trackDeliveryOptions;
  const variations = input.options.variations ?? [];
  // Without variations the lines in force are the same at every date.
  let fixed: ReturnType<typeof pledgeLines> | undefined;
  const units = new WeakMap<object, Decimal>();
  return dates.map((date) => {
    const { asOf } = parseInput(schema, { asOf: date }, 'delivery tracking options', ['options']);
    const dated = { ...input, options: { ...input.options, asOf } };
    const schedule = plan(dated);
    const { period, elapsed } = schedule;
    const pledges =
      fixed ??
      pledgeLines(input.valuation.lines, variations, input.measures, period, schedule.asOfDay);
    if (variations.length === 0) fixed = pledges;
    const tallies = tallyDeliveries(input, schedule, pledges);
    let expected = ZERO;
    let delivered = ZERO;
    pledges.tracked.forEach((tracked, position) => {
      const { line, history } = tracked;
      const unitValue = units.get(line) ?? unitValueOf(line);
      units.set(line, unitValue);
      // As line-report's expectedOf works out a line's value expected to date.
      const profile = tracked.ownProfile ?? lineProfile(line, position, dated, schedule);
      const value =
        period === undefined || profile === undefined
          ? product(history.at(-1)!.quantity, unitValue)
          : expectedBetween(
              segmentsOf(history, period).map((segment) => ({
                ...segment,
                quantity: product(segment.quantity, unitValue),
              })),
              profile,
              0,
              elapsed,
            );
      expected = plus(expected, value);
      const tally = tallies.lines[position]!;
      const counted = schedule.countVerifiedOnly
        ? tally.verified
        : plus(tally.verified, tally.claimed);
      delivered = plus(delivered, product(counted, unitValue));
    });
    return { asOf: schedule.asOf, expected, delivered };
  });
}
