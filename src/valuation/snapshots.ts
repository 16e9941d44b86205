import * as z from 'zod/mini';
import { isSealed } from '../core/brand.js';
import type { Decimal } from '../core/decimal.js';
import { expectKind } from '../core/expect-kind.js';
import { figureSchema } from '../core/figure-schema.js';
import { emptyRecord } from '../core/record.js';
import { recordSchema } from '../core/record-schema.js';
import { strictObject } from '../core/schemas.js';
import { type Severity, severities } from '../core/severity.js';
import { type ValueType, valueTypes } from '../core/value-types.js';
import { parseInput } from '../core/zod-error.js';
import { assembleReconciliation, findingOf, reconciledRowOf } from './assemble-reconciliation.js';
import { assembleValuation, lineOf, yearOf } from './assemble-valuation.js';
import type { DiscountScheduleId } from './data/discount-schedules.js';
import { bandOf, discountScheduleIds, scheduleOf } from './discount-schedule.js';
import {
  assemblePresentValue,
  discountedYearOf,
  type PresentValue,
  type PresentValueWarningCode,
} from './present-value.js';
import type { PledgeSheetFindingCode, PledgeSheetReconciliation } from './sheet-types.js';
import type { Valuation, ValuationWarningCode } from './types.js';

// The JSON form of each result is what JSON.stringify gives: Decimals as exact strings, records
// as objects. These schemas read it back (strictly: an unknown key is an issue) and the
// builders shared with the functions rebuild the live, sealed result, keys in the same order.

const figure = figureSchema();
const text = z.string();
const index = z.int().check(z.gte(0));
const valueType = z.enum(valueTypes as readonly ValueType[] as [ValueType, ...ValueType[]]);
const figures = recordSchema(figure);

const yearSchema = strictObject({ year: z.string(), quantity: figure, value: figure });

const lineSchema = strictObject(
  {
    index,
    measure: text,
    title: text,
    unit: text,
    theme: text,
    themeName: text,
    valueType,
    quantity: figure,
    attributionShare: figure,
    proxyValue: figure,
    value: figure,
    tags: recordSchema(z.string()),
    years: z.optional(z.array(yearSchema)),
    note: z.optional(text),
  },
  { attribution: 'attributionShare', proxy: 'proxyValue' },
);

const warningCodes: readonly ValuationWarningCode[] = [
  'duplicate-measure',
  'exclusivity-group',
  'mixed-editions',
  'max-years-per-person',
];

const valuationSchema = strictObject(
  {
    kind: z.literal('valuation'),
    schemaVersion: z.literal(1),
    framework: strictObject({ id: text, name: text, edition: text, priceYear: z.int() }),
    lines: z.array(lineSchema),
    total: figure,
    byTheme: figures,
    byValueType: strictObject({
      'local-economic': figure,
      social: figure,
      environmental: figure,
      'record-only': figure,
    }),
    byTag: recordSchema(figures),
    byYear: z.optional(figures),
    contractValue: z.optional(figure),
    socialValueAddedRatio: z.optional(figure),
    warnings: z.array(
      strictObject(
        {
          code: z.enum(warningCodes as [ValuationWarningCode, ...ValuationWarningCode[]]),
          severity: z.literal('warning'),
          message: text,
          measures: z.array(text),
          lines: z.array(index),
        },
        { kind: 'code' },
      ),
    ),
    summary: text,
  },
  { socialValueAdded: 'socialValueAddedRatio' },
);

/** A record rebuilt key by key in the JSON's order (a null-prototype record, as live). */
function copied<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  const copy = emptyRecord<T>();
  for (const key of Object.keys(record)) copy[key] = record[key]!;
  return copy;
}

function valuationFromJson(json: unknown, path: readonly PropertyKey[]): Valuation {
  expectKind(json, 'valuation', EXPECTED_VALUATION, path, ['lines']);
  const parsed = parseInput(valuationSchema, json, 'valuation', path);
  const byTag = emptyRecord<Record<string, Decimal>>();
  for (const name of Object.keys(parsed.byTag)) byTag[name] = copied(parsed.byTag[name]!);
  return assembleValuation({
    framework: parsed.framework,
    lines: parsed.lines.map((line) =>
      lineOf(
        line.index,
        line.measure,
        line.title,
        line.unit,
        line.theme,
        line.themeName,
        line.valueType,
        line.quantity,
        line.attributionShare,
        line.proxyValue,
        line.value,
        Object.freeze(copied(line.tags)),
        line.years?.map((year) => yearOf(year.year, year.quantity, year.value)),
        line.note,
      ),
    ),
    total: parsed.total,
    byTheme: copied(parsed.byTheme),
    byValueType: parsed.byValueType,
    byTag,
    byYear: parsed.byYear === undefined ? undefined : copied(parsed.byYear),
    contractValue: parsed.contractValue,
    socialValueAddedRatio: parsed.socialValueAddedRatio,
    warnings: parsed.warnings.map((warning) => ({
      code: warning.code,
      severity: warning.severity,
      message: warning.message,
      measures: warning.measures,
      lines: warning.lines,
    })),
    summary: parsed.summary,
  });
}

const EXPECTED_VALUATION = 'a valuation (from valuePledges) or its JSON form';

/**
 * The valuation a function was given: one the library made is trusted; its JSON form (or a
 * copy) is validated and rebuilt; anything else is `invalid-input` at `path`. Internal: the CSV
 * writer and any reader of valuations in this area.
 */
export function readValuation(value: unknown, path: readonly PropertyKey[]): Valuation {
  return isSealed(value, 'valuation') ? (value as Valuation) : valuationFromJson(value, path);
}

const findingCodes: readonly PledgeSheetFindingCode[] = [
  'proxy-rounding',
  'likely-scale-error',
  'value-mismatch',
  'missing-quantity',
  'missing-proxy',
  'missing-value',
  'unanswered',
  'not-monetised',
  'total-mismatch',
];
const findingCode = z.enum(findingCodes as [PledgeSheetFindingCode, ...PledgeSheetFindingCode[]]);
const optionalFigure = z.nullable(figure);

const reconciliationSchema = strictObject({
  kind: z.literal('pledge-sheet-reconciliation'),
  schemaVersion: z.literal(1),
  ok: z.boolean(),
  findings: z.array(
    strictObject(
      {
        code: findingCode,
        severity: z.enum(severities as [Severity, ...Severity[]]),
        message: text,
        row: z.optional(z.int().check(z.gte(1))),
        measure: z.optional(text),
        expected: optionalFigure,
        stated: optionalFigure,
        difference: optionalFigure,
        impliedProxy: z.optional(figure),
        scale: z.optional(z.int()),
      },
      { kind: 'code' },
    ),
  ),
  rows: z.array(
    strictObject(
      {
        row: z.int().check(z.gte(1)),
        measure: text,
        computed: optionalFigure,
        stated: optionalFigure,
        corrected: figure,
        findingCodes: z.array(findingCode),
      },
      { findings: 'findingCodes' },
    ),
  ),
  statedTotal: figure,
  statedRowsTotal: figure,
  statedTotalMatchesRows: z.optional(z.boolean()),
  computedTotal: figure,
  correctedTotal: figure,
  correction: figure,
  summary: text,
});

function reconciliationFromJson(
  json: unknown,
  path: readonly PropertyKey[],
): PledgeSheetReconciliation {
  expectKind(
    json,
    'pledge-sheet-reconciliation',
    'a pledge-sheet reconciliation (from reconcilePledgeSheet) or its JSON form',
    path,
    ['findings'],
  );
  const parsed = parseInput(reconciliationSchema, json, 'pledge-sheet reconciliation', path);
  return assembleReconciliation({
    ...parsed,
    findings: parsed.findings.map(findingOf),
    rows: parsed.rows.map(reconciledRowOf),
    statedTotalMatchesRows: parsed.statedTotalMatchesRows,
  });
}

const presentValueWarningCodes: readonly PresentValueWarningCode[] = [
  'beyond-schedule',
  'flat-rate-long-series',
  'historic-schedule',
  'mid-year-timing',
];
const scheduleIds = ['flat', ...discountScheduleIds] as const;
const yearNumber = z.int();

const presentValueSchema = strictObject({
  kind: z.literal('present-value'),
  schemaVersion: z.literal(1),
  total: figure,
  nominal: figure,
  rate: z.nullable(figure),
  schedule: strictObject({
    id: z.enum(scheduleIds as unknown as [DiscountScheduleId | 'flat', ...DiscountScheduleId[]]),
    name: text,
    edition: z.nullable(text),
    source: z.nullable(text),
    bands: z.array(strictObject({ fromYear: index, toYear: z.nullable(index), rate: figure })),
    coversToYear: z.nullable(index),
  }),
  timing: z.enum(['end-of-year', 'mid-year']),
  baseYear: yearNumber,
  years: z.array(
    strictObject({
      year: yearNumber,
      value: figure,
      rate: figure,
      discountFactor: figure,
      presentValue: figure,
    }),
  ),
  warnings: z.array(
    strictObject({
      code: z.enum(
        presentValueWarningCodes as [PresentValueWarningCode, ...PresentValueWarningCode[]],
      ),
      severity: z.enum(['warning', 'info']),
      message: text,
      years: z.array(yearNumber),
    }),
  ),
  summary: text,
});

function presentValueFromJson(json: unknown, path: readonly PropertyKey[]): PresentValue {
  expectKind(json, 'present-value', 'a present value (from presentValue) or its JSON form', path, [
    'years',
  ]);
  const parsed = parseInput(presentValueSchema, json, 'present value', path);
  return assemblePresentValue({
    ...parsed,
    schedule: scheduleOf({
      ...parsed.schedule,
      bands: parsed.schedule.bands.map((band) => bandOf(band.fromYear, band.toYear, band.rate)),
    }),
    years: parsed.years.map((year) =>
      discountedYearOf(year.year, year.value, year.rate, year.discountFactor, year.presentValue),
    ),
    warnings: parsed.warnings.map((warning) =>
      Object.freeze({ ...warning, years: Object.freeze(warning.years) }),
    ),
  });
}

/**
 * Readers of the JSON forms of the results of this area, by kind: each validates a parsed
 * snapshot (issues at `path`) and returns the live, sealed result, equal to the one stored.
 * Internal: `revive` dispatches here.
 */
export const valuationSnapshots = {
  valuation: valuationFromJson,
  'pledge-sheet-reconciliation': reconciliationFromJson,
  'present-value': presentValueFromJson,
} as const;
