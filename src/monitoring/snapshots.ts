import type * as z from 'zod/mini';
import { isSealed, seal } from '../core/brand.js';
import { choiceSchema } from '../core/choice-schema.js';
import type { SocialValueIssue } from '../core/errors.js';
import { expectKind } from '../core/expect-kind.js';
import { booleanSchema, expectedSchema } from '../core/expected-schema.js';
import { figureSchema, ratioSchema } from '../core/figure-schema.js';
import { intSchema } from '../core/int-schema.js';
import { issuesError } from '../core/issue.js';
import { lazy } from '../core/lazy.js';
import { localMultiplierSchema } from '../core/local-multiplier.js';
import {
  type PledgeEffect,
  type PledgerKind,
  pledgeEffects,
  pledgerKinds,
} from '../core/pledge-channel.js';
import { isPlainRecord } from '../core/record.js';
import { recordSchema } from '../core/record-schema.js';
import { idSchema, isCalendarDay, strictObject, textSchema } from '../core/schemas.js';
import { snapshotObject } from '../core/snapshot-object.js';
import { listSchema, nullableSchema, optionalSchema } from '../core/wrapper-schema.js';
import { parseInput } from '../core/zod-error.js';
import type { BenchmarkPosition } from './benchmark-social-value-added.js';
import type { SvaBenchmark } from './benchmark-table.js';
import type { Breakeven } from './breakeven-period.js';
import { budgetIssues } from './budget-figures.js';
import { type DeliveryStatusResult, deliveryStatuses } from './delivery-status.js';
import type { FinancialYear } from './financial-year.js';
import type { LocalMultiplier } from './lm3.js';
import { portfolioIssues } from './portfolio-figures.js';
import { ratioIssues } from './ratio-figures.js';
import { readBenchmark } from './read-benchmark.js';
import { deliveryReportIssues } from './report-figures.js';
import { inputSchemas, numberSchema } from './schemas.js';
import type { SocialValueBudget } from './social-value-budget.js';
import type { SroiResult } from './sroi-ratio.js';
import type { PortfolioSummary } from './summarise-portfolio.js';
import type { DeliveryReport, DeliveryStatus } from './types.js';
import type { ValueForCostResult } from './value-for-cost-ratio.js';

// The JSON form of every kind monitoring returns is what JSON.stringify gives: Decimals as
// exact strings, records as objects. Each reader below checks a parsed snapshot (every key
// known, in the order the live result has them) and returns the live, sealed result, so that
// reading JSON.parse(JSON.stringify(x)) gives an object deep-equal to x.

/**
 * True for `YYYY-MM-DD` of a day of the calendar in years 0000 to 10000: the days a report can
 * name, financial years 0000/01 (from 0000-04-01) and 9999/00 (to 10000-03-31) included.
 */
function isCalendarDate(value: unknown): boolean {
  const match = typeof value === 'string' ? /^(\d{4,5})-(\d\d)-(\d\d)$/.exec(value) : null;
  if (match === null) return false;
  const year = Number(match[1]);
  return year <= 10000 && isCalendarDay(year, Number(match[2]), Number(match[3]));
}

/** The snapshot schemas of every kind, built on first use. */
const snapshotSchemas = /* @__PURE__ */ lazy(() => {
  /** A figure of a snapshot: the exact decimal string JSON.stringify wrote (below 1e60). */
  const decimal = figureSchema();
  /**
   * A quantity or proxy value as trackDelivery reads it: 0 or more (a disbenefit's is too: its
   * unit value is negative whatever the proxy's sign, so its figures alone would not tell).
   */
  const quantity = figureSchema({ min: 0 });
  /** An attribution share: a fraction from 0 to 1, as trackDelivery reads it. */
  const share = figureSchema({ min: 0, max: 1 });
  /** A shortfall: each line's is max(0, …), so every sum of them is 0 or more too. */
  const shortfall = figureSchema({ min: 0 });
  const figureOrNull = nullableSchema(decimal);
  /** A ratio (below 1e180: a ratio of quantities may divide by far less than a penny), or null. */
  const ratio = nullableSchema(ratioSchema());
  const count = intSchema(0);
  const text = textSchema;
  const isoDate = expectedSchema<string>(
    isCalendarDate,
    () => 'a calendar date written YYYY-MM-DD',
  );
  const optional = optionalSchema;

  /** A strict object of a snapshot (an unknown key is named, with a did-you-mean). */
  const object = strictObject;

  const statusSchema = choiceSchema(deliveryStatuses as [DeliveryStatus, ...DeliveryStatus[]]);

  const figures = object({
    pledged: decimal,
    expected: decimal,
    delivered: decimal,
    verified: decimal,
    claimed: decimal,
    unpledged: decimal,
    shortfall,
    shortfallToDate: shortfall,
    deliveryRatio: ratio,
    progressRatio: ratio,
  });
  const figuresRecord = recordSchema(figures);
  const tags = recordSchema(idSchema, { nonEmptyKeys: true });
  // Tag names and values (departments, priorities) as tags are read: never blank.
  const named = { nonEmptyKeys: true };
  const byTag = <V extends Parameters<typeof recordSchema>[0]>(value: V) =>
    recordSchema(recordSchema(value, named), named);

  const yearTagFigures = object({ pledged: decimal, delivered: decimal, unpledged: decimal });
  const yearFigures = object({
    year: idSchema,
    start: isoDate,
    end: isoDate,
    pledged: decimal,
    expected: decimal,
    delivered: decimal,
    verified: decimal,
    claimed: decimal,
    unpledged: decimal,
    deliveryRatio: ratio,
    byTag: byTag(yearTagFigures),
  });
  const channel = inputSchemas().channel;
  const pledgerKind = choiceSchema(pledgerKinds as [PledgerKind, ...PledgerKind[]]);

  const statusCounts = object({
    'not-started': count,
    behind: count,
    'at-risk': count,
    'on-track': count,
    complete: count,
    'over-delivered': count,
  });

  const split = object({
    socialRatio: decimal,
    localEconomicRatio: decimal,
    combinedRatio: decimal,
  });
  const socialValueAdded = object({ contractValue: decimal, pledged: split, delivered: split });

  /** What a line or an unpledged delivery says of its measure, in the order results have it. */
  const measureFields = {
    measure: idSchema,
    title: optional(text),
    unit: optional(text),
    theme: idSchema,
    themeName: optional(text),
    valueType: inputSchemas().valueType,
  };

  const deliveryLine = object({
    index: count,
    origin: choiceSchema(['valuation', 'variation']),
    ...measureFields,
    effect: choiceSchema(pledgeEffects as [PledgeEffect, ...PledgeEffect[]]),
    channel,
    pledgerKind: optional(pledgerKind),
    pledger: optional(text),
    followUpOn: optional(isoDate),
    barriers: optional(listSchema(text)),
    tags,
    proxyValue: quantity,
    attributionShare: share,
    unitValue: decimal,
    pledged: quantity,
    history: listSchema(
      object({
        from: nullableSchema(isoDate),
        quantity,
        reason: optional(text),
        reference: optional(text),
      }),
    ),
    commitment: quantity,
    expected: quantity,
    delivered: quantity,
    verified: quantity,
    claimed: quantity,
    progressRatio: ratio,
    deliveryRatio: ratio,
    status: statusSchema,
    reason: text,
    value: figures,
    deliveryCount: count,
  });

  const { measure, ...measureDetails } = measureFields;
  const unpledgedDelivery = object({
    measure,
    channel,
    ...measureDetails,
    proxyValue: quantity,
    effect: optional(choiceSchema(['disbenefit'])),
    quantity,
    verified: quantity,
    claimed: quantity,
    value: decimal,
    deliveryCount: count,
  });

  const breakdowns = {
    totals: figures,
    byTheme: figuresRecord,
    byValueType: figuresRecord,
    byTag: byTag(figures),
    byChannel: figuresRecord,
    byEffect: optional(object({ benefit: figures, disbenefit: figures })),
    byFinancialYear: listSchema(yearFigures),
    statusCounts,
  };

  const followUp = {
    line: count,
    measure: idSchema,
    title: optional(text),
    channel,
    pledgerKind: optional(pledgerKind),
    pledger: optional(text),
    followUpOn: isoDate,
    barriers: listSchema(text),
    status: statusSchema,
    reason: text,
  };

  const deliveryReportSchema = snapshotObject('delivery-report', {
    framework: optional(
      object({
        id: idSchema,
        name: optional(text),
        edition: optional(text),
        priceYear: optional(intSchema()),
      }),
    ),
    asOf: isoDate,
    period: optional(object({ start: isoDate, end: isoDate })),
    count: choiceSchema(['all', 'verified']),
    lines: listSchema(deliveryLine),
    unpledged: listSchema(unpledgedDelivery),
    ...breakdowns,
    socialValueAdded: optional(socialValueAdded),
    followUps: listSchema(object(followUp)),
    financialYearStartMonth: inputSchemas().startMonth,
    laterDeliveryCount: count,
    warnings: optional(
      listSchema(
        object({
          code: choiceSchema(['tag-spelling']),
          severity: choiceSchema(['warning']),
          message: text,
          lines: listSchema(count),
        }),
      ),
    ),
    summary: text,
  });

  const portfolioSummarySchema = snapshotObject('portfolio-summary', {
    contracts: listSchema(
      object({
        id: idSchema,
        name: optional(text),
        tags,
        asOf: isoDate,
        totals: figures,
        statusCounts,
        socialValueAdded: optional(socialValueAdded),
      }),
    ),
    ...breakdowns,
    socialValueAdded: optional(
      object({
        contractValue: decimal,
        pledged: split,
        delivered: split,
        contractsWithoutValue: listSchema(idSchema),
      }),
    ),
    largestShortfalls: listSchema(
      object({
        contract: idSchema,
        contractName: optional(text),
        line: count,
        measure: idSchema,
        title: optional(text),
        status: statusSchema,
        shortfallToDate: shortfall,
        shortfall,
      }),
    ),
    followUps: listSchema(
      object({ contract: idSchema, contractName: optional(text), ...followUp }),
    ),
    warnings: listSchema(
      object({
        code: choiceSchema(['mixed-editions', 'mixed-count', 'same-report']),
        severity: choiceSchema(['warning']),
        message: text,
        contracts: listSchema(idSchema),
      }),
    ),
    summary: text,
  });

  const budgetEntry = object({
    delivered: decimal,
    pledged: decimal,
    target: figureOrNull,
    baseline: figureOrNull,
    previous: figureOrNull,
    change: figureOrNull,
    changeRatio: ratio,
    targetRatio: ratio,
    status: choiceSchema(['met', 'pledged-to-meet', 'below-target', 'no-target']),
    reason: text,
  });
  const socialValueBudgetSchema = snapshotObject('social-value-budget', {
    asOf: isoDate,
    departmentTag: idSchema,
    priorityTag: idSchema,
    baselineYear: nullableSchema(idSchema),
    years: listSchema(
      object({
        year: idSchema,
        start: isoDate,
        end: isoDate,
        closed: booleanSchema,
        total: budgetEntry,
        byDepartment: recordSchema(budgetEntry, named),
        byPriority: recordSchema(budgetEntry, named),
      }),
    ),
    findings: listSchema(
      object({
        code: choiceSchema(['target-outside-budget', 'part-not-in-portfolio']),
        severity: choiceSchema(['info', 'warning']),
        message: text,
        target: nullableSchema(count),
      }),
    ),
    summary: text,
  });

  const percentilePoint = object({ percentile: numberSchema(), ratio: decimal });

  const benchmarkPositionSchema = snapshotObject('benchmark-position', {
    ratio: decimal,
    valueType: idSchema,
    benchmark: idSchema,
    benchmarkName: idSchema,
    benchmarkSource: idSchema,
    position: choiceSchema(['below', 'between', 'above']),
    lower: nullableSchema(percentilePoint),
    upper: nullableSchema(percentilePoint),
    nearest: percentilePoint,
    atPercentile: nullableSchema(percentilePoint),
    band: text,
    averageRatio: optional(decimal),
    comparedWithAverage: optional(choiceSchema(['above', 'below', 'level'])),
    reason: text,
  });

  const sroiSchema = snapshotObject('sroi', {
    ratio: decimal,
    value: decimal,
    investment: decimal,
    reason: text,
  });

  const valueForCostSchema = snapshotObject('value-for-cost', {
    ratio: decimal,
    netBenefit: decimal,
    benefits: decimal,
    costs: decimal,
    reason: text,
  });

  const breakevenSchema = snapshotObject('breakeven', {
    reached: booleanSchema,
    period: figureOrNull,
    wholePeriods: nullableSchema(intSchema(1)),
    cumulative: listSchema(decimal),
    cost: decimal,
    reason: text,
  });

  const deliveryStatusSchema = snapshotObject('delivery-status', {
    status: statusSchema,
    deliveryRatio: ratio,
    reason: text,
  });

  const financialYearSchema = snapshotObject('financial-year', {
    label: idSchema,
    startYear: intSchema(),
    start: isoDate,
    end: isoDate,
  });
  return {
    'delivery-report': deliveryReportSchema,
    'portfolio-summary': portfolioSummarySchema,
    'social-value-budget': socialValueBudgetSchema,
    'benchmark-position': benchmarkPositionSchema,
    'local-multiplier': localMultiplierSchema(),
    sroi: sroiSchema,
    'value-for-cost': valueForCostSchema,
    breakeven: breakevenSchema,
    'delivery-status': deliveryStatusSchema,
    'financial-year': financialYearSchema,
  };
});

/** Drops keys whose value is `undefined` (absent in JSON), in plain objects and arrays. */
function withoutUndefined<T>(value: T): T {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) withoutUndefined(value[i]);
  } else if (isPlainRecord(value)) {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (record[key] === undefined) delete record[key];
      else withoutUndefined(record[key]);
    }
  }
  return value;
}

/** A reader of one kind's snapshot: validates at `path`, returns the live sealed result. */
type Reader<T> = (json: unknown, path: readonly PropertyKey[]) => T;

type SnapshotKind = keyof ReturnType<typeof snapshotSchemas>;

/**
 * The reader of `kind`, a result `named` (`'a delivery report'`) that `maker` returns: the name
 * without its article titles its error (`Invalid delivery report: …`).
 */
function reader<T>(
  kind: SnapshotKind,
  named: string,
  maker: string,
  issuesOf?: (live: T, path: readonly PropertyKey[]) => SocialValueIssue[],
): Reader<T> {
  return (json, path) => {
    if (isSealed(json, kind)) return json as T;
    expectKind(json, kind, `${named} (from ${maker}, or its JSON snapshot)`, path, ['kind']);
    const schema: z.core.$ZodType = snapshotSchemas()[kind];
    const title = named.slice(named.indexOf(' ') + 1);
    const live = withoutUndefined(parseInput(schema, json, title, path)) as T & object;
    // Its figures must agree with its own contents (see docs/snapshots.md).
    const issues = issuesOf?.(live, path) ?? [];
    if (issues.length > 0) throw issuesError(title, issues);
    return seal(live, kind) as T;
  };
}

/**
 * Reads a delivery report: one sealed by `trackDelivery` is trusted; anything else is read as a
 * report's JSON snapshot at `path` (`invalid-input` when it is not one). Internal.
 */
export const readDeliveryReport: Reader<DeliveryReport> = /* @__PURE__ */ reader(
  'delivery-report',
  'a delivery report',
  'trackDelivery',
  deliveryReportIssues,
);

/**
 * The snapshot readers of the monitoring area, by kind: each validates a parsed snapshot at
 * `path` and returns the live, sealed result (Decimals, null-prototype records), deep-equal to
 * the result that was stored. Internal: the public `revive(json)` dispatches to these.
 */
export const monitoringSnapshots = {
  'delivery-report': readDeliveryReport,
  'portfolio-summary': /* @__PURE__ */ reader<PortfolioSummary>(
    'portfolio-summary',
    'a portfolio summary',
    'summarisePortfolio',
    portfolioIssues,
  ),
  'social-value-budget': /* @__PURE__ */ reader<SocialValueBudget>(
    'social-value-budget',
    'a social value budget',
    'socialValueBudget',
    budgetIssues,
  ),
  'benchmark-position': /* @__PURE__ */ reader<BenchmarkPosition>(
    'benchmark-position',
    'a benchmark position',
    'benchmarkSocialValueAdded',
  ),
  'sva-benchmark': ((json, path) => readBenchmark(json, path)) as Reader<SvaBenchmark>,
  'local-multiplier': /* @__PURE__ */ reader<LocalMultiplier>(
    'local-multiplier',
    'a local multiplier',
    'lm3',
    ratioIssues['local-multiplier'],
  ),
  sroi: /* @__PURE__ */ reader<SroiResult>('sroi', 'an SROI result', 'sroiRatio', ratioIssues.sroi),
  'value-for-cost': /* @__PURE__ */ reader<ValueForCostResult>(
    'value-for-cost',
    'a value for cost result',
    'valueForCostRatio',
    ratioIssues['value-for-cost'],
  ),
  breakeven: /* @__PURE__ */ reader<Breakeven>(
    'breakeven',
    'a breakeven result',
    'breakevenPeriod',
    ratioIssues.breakeven,
  ),
  'delivery-status': /* @__PURE__ */ reader<DeliveryStatusResult>(
    'delivery-status',
    'a delivery status',
    'deliveryStatus',
  ),
  'financial-year': /* @__PURE__ */ reader<FinancialYear>(
    'financial-year',
    'a financial year',
    'financialYear',
    ratioIssues['financial-year'],
  ),
} as const satisfies Record<string, Reader<unknown>>;
