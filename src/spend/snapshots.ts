import type * as z from 'zod/mini';
import { anySchema } from '../core/any-schema.js';
import { seal } from '../core/brand.js';
import { choiceSchema } from '../core/choice-schema.js';
import { describeReceived, describeValue } from '../core/describe-value.js';
import { expectKind } from '../core/expect-kind.js';
import { expectedSchema } from '../core/expected-schema.js';
import { checked } from '../core/figure-issues.js';
import { figureSchema } from '../core/figure-schema.js';
import { intSchema } from '../core/int-schema.js';
import { fieldError, issuesError } from '../core/issue.js';
import { readerSchema } from '../core/reader-schema.js';
import { isPlainRecord } from '../core/record.js';
import { recordSchema } from '../core/record-schema.js';
import {
  idSchema,
  isoDateSchema,
  numericSchema,
  strictObject,
  textSchema,
} from '../core/schemas.js';
import { type Severity, severities } from '../core/severity.js';
import { snapshotObject } from '../core/snapshot-object.js';
import { didYouMean } from '../core/suggest.js';
import { suggester } from '../core/suggester.js';
import { listSchema, nullableSchema, optionalSchema } from '../core/wrapper-schema.js';
import { parseInput } from '../core/zod-error.js';
import type { SpendLedger } from '../csv/spend-ledger-types.js';
import type { Measure } from '../toms/types.js';
import { locations } from './accumulate.js';
import { analysisFigureIssues } from './analysis-figures.js';
import { assessedImpactOf, assessmentOf, monetisedAs, type ReadImpact } from './assess-impact.js';
import { estimateOf, lineOf } from './estimate-figures.js';
import { findingSeverity } from './finding-severity.js';
import type {
  ImpactAssessment,
  ImpactDimension,
  ImpactFindingCode,
  ImpactPositionName,
  MitigationChange,
} from './impact-types.js';
import { impactDimensions, impactDirections, mitigationChanges } from './impact-vocabulary.js';
import type { LocalImpactEstimate, MultiplierBase, SpendMultiplier } from './multiplier-types.js';
import { buildMultiplier, multiplierBases } from './read-multiplier-input.js';
import { nonBlankText, paymentSchema } from './schemas.js';
import { type SupplierType, supplierTypes } from './supplier-types.js';
import type { SpendAnalysis } from './types.js';

// Snapshot readers: each validates the JSON form of a result (what JSON.stringify gives:
// Decimals as strings, records as objects), or a hand-made object of the same shape, and
// returns the live, sealed result, so that reading JSON.parse(JSON.stringify(x)) gives back an
// object deep-equal to x. Records keyed by user text come back without a prototype.

/** A figure the library produced: any Numeric below 1e60 (`out-of-range` beyond). */
const figure = /* @__PURE__ */ figureSchema();

const count = /* @__PURE__ */ intSchema(0);

const partSchema = /* @__PURE__ */ strictObject({
  amount: figure,
  paymentCount: count,
  share: /* @__PURE__ */ nullableSchema(figure),
  reason: textSchema,
});

const sliceSchema = /* @__PURE__ */ strictObject({
  amount: figure,
  paymentCount: count,
  share: /* @__PURE__ */ nullableSchema(figure),
  localSpend: figure,
  localShare: /* @__PURE__ */ nullableSchema(figure),
  reason: textSchema,
});

const findingSchema = /* @__PURE__ */ strictObject({
  code: /* @__PURE__ */ choiceSchema([
    'missing-postcode',
    'invalid-postcode',
    'outward-code-only',
    'undecided-postcode',
    'bfpo-address',
  ]),
  severity: /* @__PURE__ */ choiceSchema(['warning', 'info']),
  message: textSchema,
  row: /* @__PURE__ */ intSchema(1),
  supplier: textSchema,
  postcode: /* @__PURE__ */ nullableSchema(textSchema),
});

const analysisSchema = /* @__PURE__ */ snapshotObject('spend-analysis', {
  locality: /* @__PURE__ */ nullableSchema(/* @__PURE__ */ listSchema(textSchema)),
  localityName: /* @__PURE__ */ nullableSchema(textSchema),
  paymentCount: count,
  total: figure,
  localSpend: figure,
  localShare: /* @__PURE__ */ nullableSchema(figure),
  byLocation: /* @__PURE__ */ recordSchema(partSchema, { expected: 'an object', keys: locations }),
  bySupplierType: /* @__PURE__ */ recordSchema(sliceSchema, {
    expected: 'an object',
    keys: supplierTypes,
  }),
  byDepartment: /* @__PURE__ */ recordSchema(sliceSchema, { expected: 'an object' }),
  withoutDepartment: sliceSchema,
  byFinancialYear: /* @__PURE__ */ recordSchema(sliceSchema, { expected: 'an object' }),
  byWard: /* @__PURE__ */ recordSchema(sliceSchema, { expected: 'an object' }),
  withoutWard: sliceSchema,
  findings: /* @__PURE__ */ listSchema(findingSchema),
  summary: textSchema,
});

const multiplierSchema = /* @__PURE__ */ snapshotObject('spend-multiplier', {
  basis: /* @__PURE__ */ choiceSchema(['additional', 'total']),
  additional: figure,
  total: figure,
  appliesTo: /* @__PURE__ */ choiceSchema(multiplierBases as [MultiplierBase, ...MultiplierBase[]]),
  rounds: /* @__PURE__ */ nullableSchema(/* @__PURE__ */ intSchema(1)),
  source: /* @__PURE__ */ nonBlankText('the source of the figure (a publication, survey or study)'),
  summary: textSchema,
});

const lineSchema = /* @__PURE__ */ strictObject({
  supplierType: /* @__PURE__ */ choiceSchema(supplierTypes as [SupplierType, ...SupplierType[]]),
  supplierTypeName: textSchema,
  spend: figure,
  multiplier: anySchema,
  additionalBenefit: figure,
  localEconomyTotal: figure,
  reason: textSchema,
});

const estimateSchema = /* @__PURE__ */ snapshotObject('local-impact-estimate', {
  lines: /* @__PURE__ */ listSchema(lineSchema),
  spend: figure,
  additionalBenefit: figure,
  localEconomyTotal: figure,
  // Local spend above 0 left out: never below 0.
  notEstimated: /* @__PURE__ */ figureSchema({ min: 0 }),
  findings: /* @__PURE__ */ listSchema(
    /* @__PURE__ */ strictObject({
      code: /* @__PURE__ */ choiceSchema(['no-multiplier', 'unknown-location-spend', 'net-credit']),
      severity: /* @__PURE__ */ choiceSchema(['warning', 'info']),
      message: textSchema,
      supplierType: /* @__PURE__ */ optionalSchema(
        /* @__PURE__ */ choiceSchema(supplierTypes as [SupplierType, ...SupplierType[]]),
      ),
    }),
  ),
  summary: textSchema,
});

// The columns parseSpendLedger knows: a payment's fields but its line.
const ledgerColumns = /* @__PURE__ */ Object.keys(paymentSchema.shape).filter(
  (key) => key !== 'line',
);

/** The columns found, in the order the snapshot lists them (the order the parser found them). */
const columnsSchema = /* @__PURE__ */ readerSchema<Readonly<Record<string, string>>>(
  (input, issues) => {
    if (!isPlainRecord(input)) {
      issues.push({
        code: 'custom',
        input,
        message: `expected an object, received ${describeReceived(input)}`,
      });
      return undefined;
    }
    const columns: Record<string, string> = {};
    const closest = suggester(ledgerColumns);
    for (const key of Object.keys(input)) {
      if (!ledgerColumns.includes(key)) {
        issues.push({
          code: 'custom',
          input: input[key],
          path: [key],
          message: `unknown key${didYouMean(closest(key))}`,
        });
      } else if (typeof input[key] !== 'string') {
        issues.push({
          code: 'custom',
          input: input[key],
          path: [key],
          message: `expected text, received ${describeValue(input[key])}`,
        });
      } else {
        columns[key] = input[key];
      }
    }
    return columns;
  },
);

const ledgerSchema = /* @__PURE__ */ snapshotObject('spend-ledger', {
  payments: /* @__PURE__ */ listSchema(
    /* @__PURE__ */ strictObject({
      supplier: idSchema,
      amount: /* @__PURE__ */ numericSchema(),
      date: isoDateSchema,
      postcode: /* @__PURE__ */ nullableSchema(textSchema),
      supplierType: /* @__PURE__ */ optionalSchema(
        /* @__PURE__ */ choiceSchema(supplierTypes as [SupplierType, ...SupplierType[]]),
      ),
      department: /* @__PURE__ */ optionalSchema(textSchema),
      ward: /* @__PURE__ */ optionalSchema(textSchema),
      line: /* @__PURE__ */ intSchema(1),
    }),
  ),
  problems: /* @__PURE__ */ listSchema(
    /* @__PURE__ */ strictObject({
      code: /* @__PURE__ */ choiceSchema([
        'missing-supplier',
        'missing-amount',
        'not-a-number',
        'out-of-range',
        'not-a-date',
        'unknown-supplier-type',
        'no-postcode-column',
        'total-row',
        'extra-cells',
        'unnamed-columns',
        'unbalanced-quote',
        'repeated-header',
        'repeated-column',
        'other-known-column',
      ]),
      severity: /* @__PURE__ */ choiceSchema(severities as [Severity, ...Severity[]]),
      message: textSchema,
      line: /* @__PURE__ */ intSchema(1),
      column: /* @__PURE__ */ nullableSchema(textSchema),
      value: textSchema,
    }),
  ),
  columns: columnsSchema,
  // One character (a code point, as zod's `z.length(1)` counts).
  delimiter: /* @__PURE__ */ expectedSchema<string>(
    (value) => typeof value === 'string' && [...value].length === 1,
    (input) => (typeof input === 'string' ? 'text of exactly 1 character' : 'text'),
  ),
  headerLine: /* @__PURE__ */ intSchema(1),
});

const nullableFigure = /* @__PURE__ */ nullableSchema(figure);
const dimensionSchema = /* @__PURE__ */ choiceSchema(
  impactDimensions as [ImpactDimension, ...ImpactDimension[]],
);
const positionNames: readonly ImpactPositionName[] = [
  'net-positive',
  'net-negative',
  'balanced',
  'not-monetised',
];
const impactFindingCodes: readonly ImpactFindingCode[] = [
  'unmitigated-negative',
  'not-monetised',
  'unquantified-mitigation',
  'dimension-differs',
  'net-negative',
];

const positionSchema = /* @__PURE__ */ strictObject({
  grossPositive: figure,
  grossNegative: figure,
  mitigated: figure,
  net: figure,
  position: /* @__PURE__ */ choiceSchema(
    positionNames as [ImpactPositionName, ...ImpactPositionName[]],
  ),
  impactCount: count,
  positiveCount: count,
  negativeCount: count,
  notMonetisedCount: count,
  unmitigatedCount: count,
  reasons: /* @__PURE__ */ listSchema(textSchema),
});

const assessmentSchema = /* @__PURE__ */ snapshotObject('impact-assessment', {
  name: textSchema,
  framework: /* @__PURE__ */ nullableSchema(
    /* @__PURE__ */ strictObject({
      id: textSchema,
      name: textSchema,
      edition: textSchema,
      priceYear: /* @__PURE__ */ intSchema(),
    }),
  ),
  impacts: /* @__PURE__ */ listSchema(
    /* @__PURE__ */ strictObject({
      id: textSchema,
      dimension: dimensionSchema,
      direction: /* @__PURE__ */ choiceSchema(impactDirections as ['positive', 'negative']),
      description: textSchema,
      measure: /* @__PURE__ */ nullableSchema(textSchema),
      title: /* @__PURE__ */ nullableSchema(textSchema),
      unit: /* @__PURE__ */ nullableSchema(textSchema),
      quantity: nullableFigure,
      proxyValue: nullableFigure,
      value: nullableFigure,
      mitigatedShare: nullableFigure,
      mitigated: nullableFigure,
      net: nullableFigure,
      mitigations: /* @__PURE__ */ listSchema(
        /* @__PURE__ */ strictObject({
          change: /* @__PURE__ */ choiceSchema(
            mitigationChanges as [MitigationChange, ...MitigationChange[]],
          ),
          changeName: textSchema,
          description: textSchema,
          mitigatedShare: nullableFigure,
          quantity: nullableFigure,
          mitigated: nullableFigure,
          reason: textSchema,
        }),
      ),
      reason: textSchema,
    }),
  ),
  byDimension: /* @__PURE__ */ strictObject({
    social: positionSchema,
    economic: positionSchema,
    environmental: positionSchema,
  }),
  overall: positionSchema,
  findings: /* @__PURE__ */ listSchema(
    /* @__PURE__ */ strictObject({
      code: /* @__PURE__ */ choiceSchema(
        impactFindingCodes as [ImpactFindingCode, ...ImpactFindingCode[]],
      ),
      severity: /* @__PURE__ */ choiceSchema(['warning', 'info']),
      message: textSchema,
      impact: /* @__PURE__ */ optionalSchema(textSchema),
      dimension: /* @__PURE__ */ optionalSchema(dimensionSchema),
      mitigation: /* @__PURE__ */ optionalSchema(count),
    }),
  ),
  summary: textSchema,
});

/**
 * Fails unless `json` is an object of the kind expected (naming what was received), then reads it
 * with the kind's schema, issues named after the kind (`spend multiplier`).
 */
function parseKind<S extends z.core.$ZodType>(
  schema: S,
  json: unknown,
  kind: string,
  expected: string,
  path: readonly PropertyKey[],
): z.output<S> {
  expectKind(json, kind, expected, path, ['kind']);
  return parseInput(schema, json, kind.replaceAll('-', ' '), path);
}

/** The error of a snapshot whose figures disagree: `invalid-input` at `path`. */
function disagrees(what: string, path: readonly PropertyKey[], message: string) {
  return fieldError('invalid-input', `Invalid ${what}: 1 problem.`, path, message);
}

/**
 * Reads an impact assessment's JSON: each impact assessed again from the measure, quantity,
 * proxy value and mitigations it records, then the positions, findings and summary.
 */
function readAssessment(json: unknown, path: readonly PropertyKey[]): ImpactAssessment {
  const read = parseKind(
    assessmentSchema,
    json,
    'impact-assessment',
    'an impact assessment (the result of assessImpact, or its JSON)',
    path,
  ) as ImpactAssessment;
  const impacts = read.impacts.map((impact, index) => {
    const at = [...path, 'impacts', index];
    const { measure, quantity, proxyValue } = impact;
    const mitigations = impact.mitigations.map((mitigation) => ({
      change: mitigation.change,
      description: mitigation.description,
      ...(mitigation.quantity !== null
        ? { quantity: mitigation.quantity }
        : mitigation.mitigatedShare === null
          ? {}
          : { mitigatedShare: mitigation.mitigatedShare }),
    }));
    return assessedImpactOf(
      { ...impact, mitigations } as unknown as ReadImpact,
      measure === null || quantity === null || proxyValue === null
        ? null
        : monetisedAs({ ...impact, code: measure } as unknown as Measure, quantity, at),
      at,
      impact.mitigatedShare,
    );
  });
  const again = assessmentOf(read.name, read.framework, impacts, read.findings);
  return seal(checked('impact assessment', path, again, read), 'impact-assessment');
}

/** Reads a spend multiplier's JSON: rebuilt from the figure its basis states, then compared. Internal. */
export function readMultiplier(json: unknown, path: readonly PropertyKey[]): SpendMultiplier {
  const read = parseKind(
    multiplierSchema,
    json,
    'spend-multiplier',
    'a spend multiplier (made by defineSpendMultiplier, or its JSON)',
    path,
  );
  // As defineSpendMultiplier: no negative benefit, so at least £1 in all per £1 spent.
  if (read.basis === 'additional' ? read.additional.lt(0) : read.total.lt(1)) {
    throw disagrees(
      'spend multiplier',
      [...path, read.basis],
      read.basis === 'additional'
        ? `expected pence of additional benefit per £1, at least 0, received ${read.additional.toString()}`
        : `expected £ in the local economy per £1 spent, at least 1 since the £1 itself counts, received ${read.total.toString()}`,
    );
  }
  const built = buildMultiplier(
    read.basis,
    read.basis === 'additional' ? read.additional : read.total,
    read.appliesTo,
    read.rounds,
    read.source,
    [...path, read.basis],
  );
  for (const key of ['additional', 'total'] as const) {
    if (!built[key].eq(read[key])) {
      throw disagrees(
        'spend multiplier',
        [...path, key],
        `expected ${built[key].toString()} (from the ${read.basis} figure), received ${read[key].toString()}`,
      );
    }
  }
  // Its summary too, written from its figures and source.
  checked('spend multiplier', [...path, 'summary'], built.summary, read.summary);
  return seal(built, 'spend-multiplier');
}

/** Reads a spend analysis's JSON. Internal. */
export function readAnalysis(json: unknown, path: readonly PropertyKey[]): SpendAnalysis {
  const read = parseKind(
    analysisSchema,
    json,
    'spend-analysis',
    'a spend analysis (the result of analyseSpend, or its JSON)',
    path,
  ) as unknown as SpendAnalysis;
  const issues = analysisFigureIssues(read, path);
  if (issues.length > 0) throw issuesError('spend analysis', issues);
  return seal(read, 'spend-analysis');
}

function readEstimate(json: unknown, path: readonly PropertyKey[]): LocalImpactEstimate {
  const read = parseKind(
    estimateSchema,
    json,
    'local-impact-estimate',
    'a local impact estimate (the result of estimateLocalImpact, or its JSON)',
    path,
  );
  // One line per supplier type, in the order reports list the types.
  read.lines.forEach(({ supplierType }, index) => {
    const before = read.lines[index - 1]?.supplierType;
    if (before && supplierTypes.indexOf(supplierType) <= supplierTypes.indexOf(before)) {
      throw disagrees(
        'local impact estimate',
        [...path, 'lines', index, 'supplierType'],
        `expected a supplier type listed after ${describeValue(before)} (one line each, in the order of supplierTypes), received ${describeValue(supplierType)}`,
      );
    }
  });
  const lines = read.lines.map((line, index) => ({
    ...line,
    multiplier: readMultiplier(line.multiplier, [...path, 'lines', index, 'multiplier']),
  }));
  const estimate = { ...read, lines } as LocalImpactEstimate;
  // Each line's benefit and total from its spend and multiplier; the totals and summary from
  // the lines and the spend left out.
  const again = estimateOf(
    lines.map((line) => lineOf(line.supplierType, line.multiplier, line.spend)),
    read.notEstimated,
    // Each finding with the severity its code always has.
    read.findings.map((finding) => ({ ...finding, severity: findingSeverity[finding.code] })),
  );
  return seal(checked('local impact estimate', path, again, estimate), 'local-impact-estimate');
}

/** Reads a parsed ledger's JSON (`parseSpendLedger` of `social-value/csv` makes the kind). */
function readLedger(json: unknown, path: readonly PropertyKey[]): SpendLedger {
  const read = parseKind(
    ledgerSchema,
    json,
    'spend-ledger',
    'a spend ledger (the result of parseSpendLedger, or its JSON)',
    path,
  );
  return seal(read as unknown as SpendLedger, 'spend-ledger');
}

/**
 * The snapshot readers of the spend area, by kind: each takes a parsed JSON snapshot (or a
 * hand-made object of the same shape) and the parameter path for errors, and returns the live,
 * sealed result. Internal: the public `revive` dispatches to these.
 */
export const spendSnapshots = {
  'spend-analysis': readAnalysis,
  'spend-multiplier': readMultiplier,
  'local-impact-estimate': readEstimate,
  'spend-ledger': readLedger,
  'impact-assessment': readAssessment,
} as const;
