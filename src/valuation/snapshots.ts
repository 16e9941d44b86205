import type * as z from 'zod/mini';
import { anySchema } from '../core/any-schema.js';
import { isSealed } from '../core/brand.js';
import { choiceSchema } from '../core/choice-schema.js';
import { Decimal } from '../core/decimal.js';
import type { SocialValueIssue } from '../core/errors.js';
import { expectKind } from '../core/expect-kind.js';
import { booleanSchema } from '../core/expected-schema.js';
import { figureIssues } from '../core/figure-issues.js';
import { figureSchema } from '../core/figure-schema.js';
import { intSchema } from '../core/int-schema.js';
import { issueAt, issuesError } from '../core/issue.js';
import { DIVISION_DIGITS } from '../core/numeric-domain.js';
import {
  type PledgeChannel,
  type PledgeEffect,
  type PledgerKind,
  pledgeChannels,
  pledgeEffects,
  pledgerKinds,
} from '../core/pledge-channel.js';
import { refineCheck } from '../core/reader-schema.js';
import { emptyRecord } from '../core/record.js';
import { recordSchema } from '../core/record-schema.js';
import { idSchema, isoDateSchema, strictObject, textSchema } from '../core/schemas.js';
import { type Severity, severities } from '../core/severity.js';
import { snapshotObject } from '../core/snapshot-object.js';
import { sumDecimals } from '../core/sum.js';
import { type ValueType, valueTypes } from '../core/value-types.js';
import { withChecks } from '../core/with-checks.js';
import { listSchema, nullableSchema, optionalSchema } from '../core/wrapper-schema.js';
import { parseInput, runSchema } from '../core/zod-error.js';
import { assembleReconciliation, findingOf, reconciledRowOf } from './assemble-reconciliation.js';
import { assembleValuation, DEFAULT_ORIGIN, lineOf, yearOf } from './assemble-valuation.js';
import type { DiscountScheduleId } from './data/discount-schedules.js';
import {
  bandOf,
  discountScheduleIds,
  flatSchedule,
  scheduleOf,
  shippedSchedule,
} from './discount-schedule.js';
import { leanLine, lineReading } from './lean-line.js';
import {
  assemblePresentValue,
  discountedYearOf,
  discountSeries,
  type PresentValue,
  type PresentValueWarningCode,
} from './present-value.js';
import { reconciliationFigures } from './reconcile-pledge-sheet.js';
import {
  correctedOf,
  findingSeverities,
  repeatFindings,
  rowFinding,
  rowText,
  SCALES,
  sheetFindings,
  statedSums,
} from './sheet-findings.js';
import type {
  PledgeSheetFinding,
  PledgeSheetFindingCode,
  PledgeSheetReconciliation,
} from './sheet-types.js';
import type { Valuation, ValuationLine, ValuationWarningCode } from './types.js';
import { valuationFigureIssues } from './valuation-figures.js';

// The JSON form of each result is what JSON.stringify gives: Decimals as exact strings, records
// as objects. These schemas read it back (strictly: an unknown key is an issue) and the
// builders shared with the functions rebuild the live, sealed result, keys in the same order.

const figure = /* @__PURE__ */ figureSchema();
/** A quantity, proxy value or benefit: never negative. */
const positive = /* @__PURE__ */ figureSchema({ min: 0 });
const text = textSchema;
const index = /* @__PURE__ */ intSchema(0);
const valueType = /* @__PURE__ */ choiceSchema(
  valueTypes as readonly ValueType[] as [ValueType, ...ValueType[]],
);
const figures = /* @__PURE__ */ recordSchema(figure);

const yearSchema = /* @__PURE__ */ strictObject({
  year: textSchema,
  quantity: positive,
  value: figure,
});

/** A stored valuation line. Internal: the reader below, and the lean reader's tests. */
export const lineSchema = /* @__PURE__ */ strictObject(
  {
    index,
    measure: text,
    title: text,
    unit: text,
    theme: text,
    themeName: text,
    valueType,
    quantity: positive,
    attributionShare: /* @__PURE__ */ figureSchema({ min: 0, max: 1 }),
    proxyValue: positive,
    value: figure,
    tags: /* @__PURE__ */ recordSchema(idSchema, { nonEmptyKeys: true }),
    channel: /* @__PURE__ */ choiceSchema(pledgeChannels as [PledgeChannel, ...PledgeChannel[]]),
    effect: /* @__PURE__ */ choiceSchema(pledgeEffects as [PledgeEffect, ...PledgeEffect[]]),
    pledgerKind: /* @__PURE__ */ optionalSchema(
      /* @__PURE__ */ choiceSchema(pledgerKinds as [PledgerKind, ...PledgerKind[]]),
    ),
    pledger: /* @__PURE__ */ optionalSchema(text),
    followUpOn: /* @__PURE__ */ optionalSchema(isoDateSchema),
    barriers: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ listSchema(text)),
    years: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ listSchema(yearSchema)),
    note: /* @__PURE__ */ optionalSchema(text),
  },
  { attribution: 'attributionShare', proxy: 'proxyValue' },
);

const warningCodes: readonly ValuationWarningCode[] = [
  'duplicate-measure',
  'exclusivity-group',
  'mixed-editions',
  'max-years-per-person',
  'tag-spelling',
  'year-spelling',
];

const valuationShape = {
  kind: /* @__PURE__ */ choiceSchema(['valuation']),
  schemaVersion: /* @__PURE__ */ choiceSchema([1]),
  framework: /* @__PURE__ */ strictObject({
    id: text,
    name: text,
    edition: text,
    priceYear: /* @__PURE__ */ intSchema(),
  }),
  lines: /* @__PURE__ */ listSchema(lineSchema),
  total: figure,
  benefitTotal: positive,
  disbenefitTotal: /* @__PURE__ */ figureSchema({ max: 0 }),
  byTheme: figures,
  byValueType: /* @__PURE__ */ strictObject({
    'local-economic': figure,
    social: figure,
    environmental: figure,
    'record-only': figure,
  }),
  byChannel: /* @__PURE__ */ withChecks(
    /* @__PURE__ */ recordSchema(figure),
    /* @__PURE__ */ refineCheck(
      (record) => Object.keys(record).every((key) => (pledgeChannels as string[]).includes(key)),
      `expected totals by channel (${/* @__PURE__ */ pledgeChannels.join(', ')})`,
    ),
  ),
  byTag: /* @__PURE__ */ recordSchema(figures),
  byYear: /* @__PURE__ */ optionalSchema(figures),
  contractValue: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ figureSchema({ min: '0.01' })),
  socialValueAddedRatio: /* @__PURE__ */ optionalSchema(figure),
  warnings: /* @__PURE__ */ listSchema(
    /* @__PURE__ */ strictObject(
      {
        code: /* @__PURE__ */ choiceSchema(
          warningCodes as [ValuationWarningCode, ...ValuationWarningCode[]],
        ),
        severity: /* @__PURE__ */ choiceSchema(['warning']),
        message: text,
        measures: /* @__PURE__ */ listSchema(text),
        lines: /* @__PURE__ */ listSchema(index),
      },
      { kind: 'code' },
    ),
  ),
  summary: text,
};
const renamedKeys = { socialValueAdded: 'socialValueAddedRatio' };
const valuationSchema = /* @__PURE__ */ strictObject(valuationShape, renamedKeys);
/** The valuation schema but for its lines, kept as they are for the lean reader. */
const shellSchema = /* @__PURE__ */ strictObject(
  { ...valuationShape, lines: anySchema },
  renamedKeys,
);

/** A record rebuilt key by key in the JSON's order (a null-prototype record, as live). */
function copied<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  const copy = emptyRecord<T>();
  for (const key of Object.keys(record)) copy[key] = record[key]!;
  return copy;
}

type ParsedValuation = z.output<typeof valuationSchema>;
type ParsedLine = ParsedValuation['lines'][number];

/** The live line of a line the schema read. Internal: the reader below, and the lean reader's tests. */
export function liveLine(line: ParsedLine): ValuationLine {
  return lineOf(
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
    line.channel === 'tender' &&
      line.effect === 'benefit' &&
      line.pledgerKind === undefined &&
      line.pledger === undefined &&
      line.followUpOn === undefined &&
      line.barriers === undefined
      ? DEFAULT_ORIGIN
      : {
          channel: line.channel,
          effect: line.effect,
          pledgerKind: line.pledgerKind,
          pledger: line.pledger,
          followUpOn: line.followUpOn,
          barriers: line.barriers,
        },
  );
}

/**
 * A valuation's JSON read as the schema reads it, its lines already live, when every field is
 * one the schema accepts: the lines read leanly (see lean-line.ts), any other line by the line
 * schema; `undefined` when anything is refused (the caller then parses the whole with the
 * schema, which words every problem, as it always has).
 */
function leanValuation(
  json: Readonly<Record<string, unknown>>,
): (Omit<ParsedValuation, 'lines'> & { lines: ValuationLine[] }) | undefined {
  const stored = json.lines;
  if (!Array.isArray(stored)) return undefined;
  const shell = runSchema(shellSchema, json);
  if (shell.issues.length > 0) return undefined;
  const lines: ValuationLine[] = new Array(stored.length);
  const shape = lineSchema.shape as Readonly<Record<string, z.core.$ZodType>>;
  const reading = lineReading(Object.keys(shape).filter((key) => !shape[key]!._zod.optin));
  for (let i = 0; i < stored.length; i += 1) {
    let line = leanLine(reading, stored[i]);
    if (line === undefined) {
      const read = runSchema(lineSchema, stored[i]);
      if (read.issues.length > 0) return undefined;
      line = liveLine(read.value);
    }
    lines[i] = line;
  }
  return { ...shell.value, lines };
}

function valuationFromJson(json: unknown, path: readonly PropertyKey[]): Valuation {
  expectKind(json, 'valuation', EXPECTED_VALUATION, path, ['lines']);
  const parsed = leanValuation(json) ?? readWhole(json, path);
  const byTag = emptyRecord<Record<string, Decimal>>();
  for (const name of Object.keys(parsed.byTag)) byTag[name] = copied(parsed.byTag[name]!);
  const valuation = assembleValuation({
    framework: parsed.framework,
    lines: parsed.lines,
    total: parsed.total,
    benefitTotal: parsed.benefitTotal,
    disbenefitTotal: parsed.disbenefitTotal,
    byTheme: copied(parsed.byTheme),
    byValueType: parsed.byValueType,
    byChannel: copied(parsed.byChannel),
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
  const issues = valuationFigureIssues(valuation, path);
  if (issues.length > 0) throw issuesError('valuation', issues);
  return valuation;
}

/** A valuation's JSON read by the schema (which throws for anything it refuses), lines live. */
function readWhole(json: unknown, path: readonly PropertyKey[]) {
  const parsed = parseInput(valuationSchema, json, 'valuation', path);
  return { ...parsed, lines: parsed.lines.map(liveLine) };
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

const findingCode = /* @__PURE__ */ choiceSchema(
  /* @__PURE__ */ Object.keys(findingSeverities) as [
    PledgeSheetFindingCode,
    ...PledgeSheetFindingCode[],
  ],
);
const optionalFigure = /* @__PURE__ */ nullableSchema(figure);

const reconciliationSchema = /* @__PURE__ */ snapshotObject('pledge-sheet-reconciliation', {
  ok: booleanSchema,
  findings: /* @__PURE__ */ listSchema(
    /* @__PURE__ */ strictObject(
      {
        code: findingCode,
        severity: /* @__PURE__ */ choiceSchema(severities as [Severity, ...Severity[]]),
        message: text,
        row: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ intSchema(1)),
        measure: /* @__PURE__ */ optionalSchema(text),
        expected: optionalFigure,
        stated: optionalFigure,
        difference: optionalFigure,
        impliedProxy: /* @__PURE__ */ optionalSchema(figure),
        scale: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ intSchema()),
      },
      { kind: 'code' },
    ),
  ),
  rows: /* @__PURE__ */ listSchema(
    /* @__PURE__ */ strictObject(
      {
        row: /* @__PURE__ */ intSchema(1),
        measure: text,
        computed: optionalFigure,
        stated: optionalFigure,
        corrected: figure,
        findingCodes: /* @__PURE__ */ listSchema(findingCode),
      },
      { findings: 'findingCodes' },
    ),
  ),
  statedTotal: figure,
  statedRowsTotal: figure,
  statedTotalMatchesRows: /* @__PURE__ */ optionalSchema(booleanSchema),
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
  const result = assembleReconciliation({
    ...parsed,
    findings: parsed.findings.map(findingOf),
    rows: parsed.rows.map(reconciledRowOf),
    statedTotalMatchesRows: parsed.statedTotalMatchesRows,
  });
  // The totals, correction, verdict and summary follow from the rows and findings (a stated
  // total was given unless a finding says there was none; it matched unless one says not).
  const { findings } = result;
  const given = findings.some((finding) => finding.code === 'no-stated-total')
    ? undefined
    : result.statedTotal;
  const again = {
    ...reconciliationFigures(result.rows, findings, given),
    statedTotalMatchesRows: given && !findings.some((finding) => finding.code === 'total-mismatch'),
  };
  const issues: SocialValueIssue[] = [];
  figureIssues(issues, [...path, 'findings'], findingsAgain(issues, path, result, given), findings);
  for (const key of Object.keys(again) as (keyof typeof again)[]) {
    figureIssues(issues, [...path, key], again[key], result[key]);
  }
  if (issues.length > 0) throw issuesError('pledge-sheet reconciliation', issues);
  return result;
}

/**
 * The findings of a stored reconciliation worked out again from its rows (and the issues of
 * what its rows count, at `rows[i].corrected`): one per code a row lists, in row order, with the
 * code's severity and the row's number, measure, computed (expected) and stated values and
 * their difference; then those about the whole sheet, written from the rows' sums: `no-rows`,
 * `no-stated-total`, or a `total-mismatch` when the stored findings have one (whether the total
 * matched depends on the tolerance, which is not stored). What the rows cannot give is taken
 * from the stored finding: a row finding's sentence after `Row 3 (NT18)` (the row's answer and
 * proxy are not stored), its implied proxy and its slip (checked through what the row counts),
 * and the power of ten a total-mismatch sentence names.
 */
function findingsAgain(
  issues: SocialValueIssue[],
  path: readonly PropertyKey[],
  { rows, findings }: PledgeSheetReconciliation,
  given: Decimal | undefined,
): PledgeSheetFinding[] {
  const again: PledgeSheetFinding[] = [];
  rows.forEach((row, i) => {
    const code = row.findingCodes[0];
    const was = findings[again.length];
    const where = rowText(row);
    // The implied proxy and slip of a finding of its code that has them (the slip is checked by
    // what the row counts).
    const its =
      was?.code === code && (code === 'proxy-rounding' || code === 'likely-scale-error')
        ? was
        : undefined;
    const scale = code === 'likely-scale-error' ? its?.scale : undefined;
    if (code !== undefined) {
      again.push(
        rowFinding(
          row,
          code,
          was?.message.startsWith(where) ? was.message : where,
          its?.impliedProxy,
          scale,
        ),
      );
    }
    figureIssues(
      issues,
      [...path, 'rows', i, 'corrected'],
      correctedOf(code, row.computed, row.stated, scale ?? 0),
      row.corrected,
    );
  });
  const sums = statedSums(rows);
  const mismatch = findings.some((finding) => finding.code === 'total-mismatch');
  const written = [undefined, ...SCALES].map((scale) =>
    sheetFindings(sums, given, mismatch, scale),
  );
  const was = findings.at(-1)?.message;
  return [
    ...again,
    ...repeatFindings(rows),
    ...(written.find((list) => list.at(-1)?.message === was) ?? written[0]!),
  ];
}

const presentValueWarningCodes: readonly PresentValueWarningCode[] = [
  'beyond-schedule',
  'flat-rate-long-series',
  'historic-schedule',
  'mid-year-timing',
];
const scheduleIds = ['flat', ...discountScheduleIds] as const;
const yearNumber = /* @__PURE__ */ intSchema(-9999, 9999);

const presentValueSchema = /* @__PURE__ */ snapshotObject('present-value', {
  total: figure,
  nominal: figure,
  rate: /* @__PURE__ */ nullableSchema(figure),
  schedule: /* @__PURE__ */ strictObject({
    id: /* @__PURE__ */ choiceSchema(
      scheduleIds as unknown as [DiscountScheduleId | 'flat', ...DiscountScheduleId[]],
    ),
    name: text,
    edition: /* @__PURE__ */ nullableSchema(text),
    source: /* @__PURE__ */ nullableSchema(text),
    bands: /* @__PURE__ */ listSchema(
      /* @__PURE__ */ strictObject({
        fromYear: index,
        toYear: /* @__PURE__ */ nullableSchema(index),
        rate: /* @__PURE__ */ figureSchema({ min: 0, max: 1 }),
      }),
    ),
    coversToYear: /* @__PURE__ */ nullableSchema(index),
  }),
  timing: /* @__PURE__ */ choiceSchema(['end-of-year', 'mid-year']),
  baseYear: yearNumber,
  years: /* @__PURE__ */ listSchema(
    /* @__PURE__ */ strictObject({
      year: yearNumber,
      value: figure,
      rate: figure,
      discountFactor: figure,
      presentValue: figure,
    }),
  ),
  warnings: /* @__PURE__ */ listSchema(
    /* @__PURE__ */ strictObject({
      code: /* @__PURE__ */ choiceSchema(
        presentValueWarningCodes as [PresentValueWarningCode, ...PresentValueWarningCode[]],
      ),
      severity: /* @__PURE__ */ choiceSchema(['warning', 'info']),
      message: text,
      years: /* @__PURE__ */ listSchema(yearNumber),
    }),
  ),
  summary: text,
});

function presentValueFromJson(json: unknown, path: readonly PropertyKey[]): PresentValue {
  expectKind(json, 'present-value', 'a present value (from presentValue) or its JSON form', path, [
    'years',
  ]);
  const parsed = parseInput(presentValueSchema, json, 'present value', path);
  const result = assemblePresentValue({
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
  // Discounted again, as `presentValue` discounts, under the schedule its id names (or its flat
  // rate), once its years are in order from the base year on.
  const issues: SocialValueIssue[] = [];
  const { years, baseYear, schedule } = result;
  let { summary } = result;
  years.forEach(({ year }, i) => {
    const from = i === 0 ? baseYear : years[i - 1]!.year + 1;
    if (year < from) {
      issues.push(
        issueAt(
          [...path, 'years', i, 'year'],
          `expected ${from} or later (years in order from the base year on), received ${year}`,
        ),
      );
    }
  });
  if (issues.length === 0) {
    // Earlier releases added the values to 200 digits (1 + 1e-250 was 1): such a nominal is read
    // too.
    const nominal = sumDecimals(years.map((year) => year.value));
    const again = (stored?: Decimal) =>
      discountSeries(
        years,
        schedule.id === 'flat'
          ? flatSchedule(schedule.bands[0]?.rate ?? new Decimal(0))
          : shippedSchedule(schedule.id),
        result.timing,
        baseYear,
        stored,
        result.nominal.eq(nominal) ? nominal : undefined,
      );
    let expected = again();
    // Earlier releases added the years' rounded present values: such a total is read too.
    const earlier = sumDecimals(years.map((year) => year.presentValue));
    const slack = new Decimal(`5e${earlier.e - DIVISION_DIGITS}`);
    if (!expected.total.eq(result.total) && result.total.minus(earlier).abs().lte(slack)) {
      expected = again(result.total);
    }
    // No years: read with the summary as now written (earlier releases named a base year of 0).
    if (years.length === 0) {
      summary = expected.summary;
      expected = { ...expected, summary: result.summary };
    }
    for (const key of Object.keys({ ...expected, ...result }) as (keyof PresentValue)[]) {
      figureIssues(issues, [...path, key], expected[key], result[key]);
    }
  }
  if (issues.length > 0) throw issuesError('present value', issues);
  return summary === result.summary ? result : assemblePresentValue({ ...result, summary });
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
