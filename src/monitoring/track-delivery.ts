import { seal } from '../core/brand.js';
import { plan, readInput } from './delivery-plan.js';
import { reportLine } from './line-report.js';
import { pledgeLines } from './pledge-lines.js';
import { reportFigures } from './report-figures.js';
import { ReportGroups } from './report-groups.js';
import { tallyDeliveries } from './tally-deliveries.js';
import type {
  Delivery,
  DeliveryReport,
  MonitoredValuation,
  TrackDeliveryOptions,
} from './types.js';
import { reportUnpledged } from './unpledged-report.js';

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
 * they had. Variations dated after the report date are not yet in force. A variation with
 * `newPledge` adds a line from its date: a delivery of its measure dated before then counts
 * as one nobody pledged (at the framework's proxy value, else the new pledge's; negative before a
 * disbenefit was added), not against it.
 *
 * **Value.** A line's unit value is its proxy value × attribution share, as `valuePledges`
 * values the pledge, so delivered value = delivered quantity × proxy value × attribution share,
 * at the pledge's own proxy value (record-only measures have a proxy value of 0). Deliveries
 * nobody pledged are valued at `options.framework`'s proxy value. Ratios are divisions rounded
 * to 34 significant digits.
 *
 * **Warnings.** A tag value written more than one way on the lines (`Housing`, `housing `: alike
 * as ids are read) is two entries of `byTag`: the report then has `warnings` (code
 * `tag-spelling`, naming the tag, each spelling and its lines, as `valuePledges` warns of the
 * same) and its summary counts them. Without one, a report has no `warnings`.
 *
 * **Inputs.** The valuation is what `valuePledges` returned (trusted as it is), its JSON
 * snapshot, or a hand-made object with its lines; the framework likewise. Both are validated
 * when they were not made by the library, and a stored valuation's figures checked against its
 * lines (a line's value, a year's, the total, the ratio): one edited by hand is refused at its
 * path. Nothing passed in is changed or frozen.
 *
 * @param valuation - What `valuePledges` returned, its JSON snapshot, or an object with its lines.
 * @param deliveries - The delivery records, in any order.
 * @param options - Report date, contract period, profile, variations, thresholds, framework.
 * @returns The report (kind `'delivery-report'`), explained.
 * @throws SocialValueError `invalid-input` (a malformed input, unknown keys, negative
 * quantities, an ambiguous line, a stored valuation's figure that its lines do not give), `out-of-range` (a number outside the numeric domain),
 * `date-out-of-range` (a delivery or variation outside the contract, a report date before the
 * start, a delivery naming an added line before it was added), `invalid-period` (a bad contract period, profile or pledge years), `unknown-measure`
 * (a delivery against a measure that neither the pledges nor the framework know),
 * `missing-proxy` (an unpledged measure without a proxy value), `duplicate-code` (a hand-made
 * framework with two measures of one code). Deliveries that are not valid are named in one
 * error, every one of them (`Invalid deliveries: 3 problems.`).
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
 *
 * @example
 * ```ts
 * import { trackDelivery } from 'social-value';
 *
 * // One department written two ways: two entries of byTag, and a warning.
 * const job = { measure: 'NT1', theme: 'jobs', valueType: 'local-economic' as const, quantity: 1, proxyValue: 100 };
 * const report = trackDelivery(
 *   { lines: [{ ...job, tags: { department: 'Housing' } }, { ...job, tags: { department: 'housing ' } }] },
 *   [],
 *   { asOf: '2025-03-31' },
 * );
 * Object.keys(report.byTag.department!); // => ['Housing', 'housing ']
 * report.warnings?.[0]?.message; // => 'Tag "department" has one value written 2 ways, totalled apart in byTag: "Housing" (line 0) and "housing " (line 1).'
 * report.warnings?.[0]?.lines; // => [0, 1]
 * report.summary.endsWith('; 1 warning to check.'); // => true
 * ```
 */
export function trackDelivery(
  valuation: MonitoredValuation,
  deliveries: readonly Delivery[],
  options: TrackDeliveryOptions = {},
): DeliveryReport {
  // Phase 1: read the inputs; phase 2: the dates, period, profile and years reported.
  const input = readInput(valuation, deliveries, options);
  const schedule = plan(input);
  // Phase 3: the pledge lines in force, with their histories (variations, added measures).
  const pledges = pledgeLines(
    input.valuation.lines,
    input.options.variations ?? [],
    input.measures,
    schedule.period,
    schedule.asOfDay,
  );
  const tallies = tallyDeliveries(input, schedule, pledges);
  // Phases 4 and 5: each line, then deliveries nobody pledged, summed as they are made.
  const sums = new ReportGroups();
  const lines = pledges.tracked.map((tracked, position) =>
    reportLine(tracked, position, tallies.lines[position]!, input, schedule, sums),
  );
  const unpledged = reportUnpledged(tallies.unpledged, schedule, sums);

  // Phase 6: the breakdowns, then the report, explained, sealed once.
  const groups = sums.finish(schedule.years);
  const contractValue = input.options.contractValue ?? input.valuation.contractValue;
  const framework = input.valuation.framework;
  const { period } = schedule;
  const figures = reportFigures(schedule.asOf, lines, groups, contractValue);
  return seal(
    {
      kind: 'delivery-report' as const,
      schemaVersion: 1 as const,
      ...(framework === undefined ? {} : { framework }),
      asOf: schedule.asOf,
      ...(period === undefined ? {} : { period: { start: period.start, end: period.end } }),
      count: schedule.countVerifiedOnly ? ('verified' as const) : ('all' as const),
      lines,
      unpledged,
      totals: groups.totals,
      byTheme: groups.byTheme,
      byValueType: groups.byValueType,
      byTag: groups.byTag,
      byChannel: groups.byChannel,
      ...(groups.byEffect === undefined ? {} : { byEffect: groups.byEffect }),
      byFinancialYear: groups.byFinancialYear,
      statusCounts: figures.statusCounts,
      ...(figures.socialValueAdded && { socialValueAdded: figures.socialValueAdded }),
      followUps: figures.followUps,
      financialYearStartMonth: schedule.startMonth,
      laterDeliveryCount: tallies.later,
      ...(figures.warnings && { warnings: figures.warnings }),
      summary: figures.summary,
    },
    'delivery-report',
  );
}
