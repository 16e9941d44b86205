import * as z from 'zod/mini';
import { seal } from '../core/brand.js';
import { describeReceived, describeValue } from '../core/describe-value.js';
import { expectKind } from '../core/expect-kind.js';
import { figureSchema } from '../core/figure-schema.js';
import { fieldError } from '../core/issue.js';
import { isPlainRecord } from '../core/record.js';
import { recordSchema } from '../core/record-schema.js';
import { isoDateSchema, numericSchema, strictObject } from '../core/schemas.js';
import { type Severity, severities } from '../core/severity.js';
import { didYouMean, suggest } from '../core/suggest.js';
import { parseInput } from '../core/zod-error.js';
import type { SpendLedger } from '../csv/spend-ledger-types.js';
import { buildMultiplier, multiplierBases } from './define-spend-multiplier.js';
import { positionOf } from './explain-impact.js';
import type {
  AssessedImpact,
  ImpactAssessment,
  ImpactDimension,
  ImpactFindingCode,
  ImpactPosition,
  ImpactPositionName,
  MitigationChange,
} from './impact-types.js';
import { impactDimensions, impactDirections, mitigationChanges } from './impact-vocabulary.js';
import type { LocalImpactEstimate, MultiplierBase, SpendMultiplier } from './multiplier-types.js';
import { paymentSchema } from './schemas.js';
import { type SupplierType, supplierTypes } from './supplier-types.js';
import type { SpendAnalysis, SpendLocation } from './types.js';

// Snapshot readers: each validates the JSON form of a result (what JSON.stringify gives:
// Decimals as strings, records as objects), or a hand-made object of the same shape, and
// returns the live, sealed result, so that reading JSON.parse(JSON.stringify(x)) gives back an
// object deep-equal to x. Records keyed by user text come back without a prototype.

/** A figure the library produced: any Numeric below 1e60 (`out-of-range` beyond). */
const figure = figureSchema();

const count = z.int().check(z.minimum(0));

const partSchema = strictObject({
  amount: figure,
  paymentCount: count,
  share: z.nullable(figure),
  reason: z.string(),
});

const sliceSchema = strictObject({
  amount: figure,
  paymentCount: count,
  share: z.nullable(figure),
  localSpend: figure,
  localShare: z.nullable(figure),
  reason: z.string(),
});

const locations: readonly SpendLocation[] = ['local', 'non-local', 'unknown'];

const findingSchema = strictObject({
  code: z.enum(['missing-postcode', 'invalid-postcode', 'outward-code-only', 'undecided-postcode']),
  severity: z.enum(['warning', 'info']),
  message: z.string(),
  row: z.int().check(z.minimum(1)),
  supplier: z.string(),
  postcode: z.nullable(z.string()),
});

const analysisSchema = strictObject({
  kind: z.literal('spend-analysis'),
  schemaVersion: z.literal(1),
  locality: z.nullable(z.array(z.string())),
  localityName: z.nullable(z.string()),
  paymentCount: count,
  total: figure,
  localSpend: figure,
  localShare: z.nullable(figure),
  byLocation: recordSchema(partSchema, { expected: 'an object', keys: locations }),
  bySupplierType: recordSchema(sliceSchema, { expected: 'an object', keys: supplierTypes }),
  byDepartment: recordSchema(sliceSchema, { expected: 'an object' }),
  withoutDepartment: sliceSchema,
  byFinancialYear: recordSchema(sliceSchema, { expected: 'an object' }),
  byWard: recordSchema(sliceSchema, { expected: 'an object' }),
  withoutWard: sliceSchema,
  findings: z.array(findingSchema),
  summary: z.string(),
});

const multiplierSchema = strictObject({
  kind: z.literal('spend-multiplier'),
  schemaVersion: z.literal(1),
  basis: z.enum(['additional', 'total']),
  additional: figure,
  total: figure,
  appliesTo: z.enum(multiplierBases as [MultiplierBase, ...MultiplierBase[]]),
  rounds: z.nullable(z.int().check(z.minimum(1))),
  source: z.string().check(z.minLength(1)),
  summary: z.string(),
});

const lineSchema = strictObject({
  supplierType: z.enum(supplierTypes as [SupplierType, ...SupplierType[]]),
  supplierTypeName: z.string(),
  spend: figure,
  multiplier: z.unknown(),
  additionalBenefit: figure,
  localEconomyTotal: figure,
  reason: z.string(),
});

const estimateSchema = strictObject({
  kind: z.literal('local-impact-estimate'),
  schemaVersion: z.literal(1),
  lines: z.array(lineSchema),
  spend: figure,
  additionalBenefit: figure,
  localEconomyTotal: figure,
  notEstimated: figure,
  findings: z.array(
    strictObject({
      code: z.enum(['no-multiplier', 'unknown-location-spend']),
      severity: z.enum(['warning', 'info']),
      message: z.string(),
      supplierType: z.optional(z.enum(supplierTypes as [SupplierType, ...SupplierType[]])),
    }),
  ),
  summary: z.string(),
});

// The columns parseSpendLedger knows: a payment's fields but its line.
const ledgerColumns = Object.keys(paymentSchema.shape).filter((key) => key !== 'line');

/** The columns found, in the order the snapshot lists them (the order the parser found them). */
const columnsSchema = z.pipe(
  z.custom<Readonly<Record<string, unknown>>>(isPlainRecord, {
    error: (issue) => `expected an object, received ${describeReceived(issue.input)}`,
  }),
  z.transform((input: Record<string, unknown>, ctx) => {
    const columns: Record<string, string> = {};
    for (const key of Object.keys(input)) {
      if (!ledgerColumns.includes(key)) {
        ctx.issues.push({
          code: 'custom',
          input: input[key],
          path: [key],
          message: `unknown key${didYouMean(suggest(key, ledgerColumns))}`,
        });
      } else if (typeof input[key] !== 'string') {
        ctx.issues.push({
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
  }),
);

const ledgerSchema = strictObject({
  kind: z.literal('spend-ledger'),
  schemaVersion: z.literal(1),
  payments: z.array(
    strictObject({
      supplier: z.string().check(z.minLength(1)),
      amount: numericSchema(),
      date: isoDateSchema,
      postcode: z.nullable(z.string()),
      supplierType: z.optional(z.enum(supplierTypes as [SupplierType, ...SupplierType[]])),
      department: z.optional(z.string()),
      ward: z.optional(z.string()),
      line: z.int().check(z.minimum(1)),
    }),
  ),
  problems: z.array(
    strictObject({
      code: z.enum([
        'missing-supplier',
        'missing-amount',
        'not-a-number',
        'not-a-date',
        'unknown-supplier-type',
        'no-postcode-column',
        'total-row',
      ]),
      severity: z.enum(severities as [Severity, ...Severity[]]),
      message: z.string(),
      line: z.int().check(z.minimum(1)),
      column: z.nullable(z.string()),
      value: z.string(),
    }),
  ),
  columns: columnsSchema,
  delimiter: z.string().check(z.length(1)),
  headerLine: z.int().check(z.minimum(1)),
});

const nullableFigure = z.nullable(figure);
const dimensionSchema = z.enum(impactDimensions as [ImpactDimension, ...ImpactDimension[]]);
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

const positionSchema = strictObject({
  grossPositive: figure,
  grossNegative: figure,
  mitigated: figure,
  net: figure,
  position: z.enum(positionNames as [ImpactPositionName, ...ImpactPositionName[]]),
  impactCount: count,
  positiveCount: count,
  negativeCount: count,
  notMonetisedCount: count,
  unmitigatedCount: count,
  reasons: z.array(z.string()),
});

const assessmentSchema = strictObject({
  kind: z.literal('impact-assessment'),
  schemaVersion: z.literal(1),
  name: z.string(),
  framework: z.nullable(
    strictObject({ id: z.string(), name: z.string(), edition: z.string(), priceYear: z.int() }),
  ),
  impacts: z.array(
    strictObject({
      id: z.string(),
      dimension: dimensionSchema,
      direction: z.enum(impactDirections as ['positive', 'negative']),
      description: z.string(),
      measure: z.nullable(z.string()),
      title: z.nullable(z.string()),
      unit: z.nullable(z.string()),
      quantity: nullableFigure,
      proxyValue: nullableFigure,
      value: nullableFigure,
      mitigatedShare: nullableFigure,
      mitigated: nullableFigure,
      net: nullableFigure,
      mitigations: z.array(
        strictObject({
          change: z.enum(mitigationChanges as [MitigationChange, ...MitigationChange[]]),
          changeName: z.string(),
          description: z.string(),
          mitigatedShare: nullableFigure,
          quantity: nullableFigure,
          mitigated: nullableFigure,
          reason: z.string(),
        }),
      ),
      reason: z.string(),
    }),
  ),
  byDimension: strictObject({
    social: positionSchema,
    economic: positionSchema,
    environmental: positionSchema,
  }),
  overall: positionSchema,
  findings: z.array(
    strictObject({
      code: z.enum(impactFindingCodes as [ImpactFindingCode, ...ImpactFindingCode[]]),
      severity: z.enum(['warning', 'info']),
      message: z.string(),
      impact: z.optional(z.string()),
      dimension: z.optional(dimensionSchema),
      mitigation: z.optional(count),
    }),
  ),
  summary: z.string(),
});

/** The figures of a stored position that must agree with its impacts. */
const positionFigures = ['grossPositive', 'grossNegative', 'mitigated', 'net'] as const;
const positionCounts = [
  'impactCount',
  'positiveCount',
  'negativeCount',
  'notMonetisedCount',
  'unmitigatedCount',
] as const;

/** Fails unless a stored position states what its impacts add up to. */
function checkPosition(
  stored: ImpactPosition,
  impacts: readonly AssessedImpact[],
  dimension: ImpactDimension | null,
  path: readonly PropertyKey[],
): void {
  const worked = positionOf(impacts, dimension);
  const wrong = (key: string, expected: string, received: string) =>
    fieldError(
      'invalid-input',
      'Invalid impact assessment: 1 problem.',
      [...path, key],
      `expected ${expected} (what the impacts add up to), received ${received}`,
    );
  for (const key of positionFigures) {
    if (!worked[key].eq(stored[key])) {
      throw wrong(key, worked[key].toString(), stored[key].toString());
    }
  }
  for (const key of [...positionCounts, 'position'] as const) {
    if (worked[key] !== stored[key]) throw wrong(key, String(worked[key]), String(stored[key]));
  }
}

/** Reads an impact assessment's JSON, checking that each net is what its figures add up to. */
function readAssessment(json: unknown, path: readonly PropertyKey[]): ImpactAssessment {
  expectSpendKind(json, 'impact-assessment', path);
  const read = parseInput(assessmentSchema, json, 'impact assessment', path) as ImpactAssessment;
  read.impacts.forEach((impact, index) => {
    const expected = impact.value === null ? null : impact.value.plus(impact.mitigated ?? 0);
    const received = impact.net;
    if (expected === null ? received !== null : received === null || !expected.eq(received)) {
      throw fieldError(
        'invalid-input',
        'Invalid impact assessment: 1 problem.',
        [...path, 'impacts', index, 'net'],
        `expected ${expected?.toString() ?? 'null'} (value + mitigated), received ${received?.toString() ?? 'null'}`,
      );
    }
  });
  for (const dimension of impactDimensions) {
    checkPosition(
      read.byDimension[dimension],
      read.impacts.filter((impact) => impact.dimension === dimension),
      dimension,
      [...path, 'byDimension', dimension],
    );
  }
  checkPosition(read.overall, read.impacts, null, [...path, 'overall']);
  return seal(read, 'impact-assessment');
}

const WHAT: Readonly<Record<string, string>> = {
  'spend-ledger': 'a spend ledger (the result of parseSpendLedger, or its JSON)',
  'spend-analysis': 'a spend analysis (the result of analyseSpend, or its JSON)',
  'spend-multiplier': 'a spend multiplier (made by defineSpendMultiplier, or its JSON)',
  'local-impact-estimate':
    'a local impact estimate (the result of estimateLocalImpact, or its JSON)',
  'impact-assessment': 'an impact assessment (the result of assessImpact, or its JSON)',
};

/** Fails unless `json` is an object of the kind expected, naming the kind received. */
function expectSpendKind(json: unknown, kind: string, path: readonly PropertyKey[]): void {
  expectKind(json, kind, WHAT[kind]!, path, ['kind']);
}

/** Reads a spend multiplier's JSON: rebuilt from the figure its basis states, then compared. */
function readMultiplier(json: unknown, path: readonly PropertyKey[]): SpendMultiplier {
  expectSpendKind(json, 'spend-multiplier', path);
  const read = parseInput(multiplierSchema, json, 'spend multiplier', path);
  const built = buildMultiplier(
    read.basis,
    read.basis === 'additional' ? read.additional : read.total,
    read.appliesTo,
    read.rounds,
    read.source,
  );
  for (const key of ['additional', 'total'] as const) {
    if (!built[key].eq(read[key])) {
      throw fieldError(
        'invalid-input',
        'Invalid spend multiplier: 1 problem.',
        [...path, key],
        `expected ${built[key].toString()} (from the ${read.basis} figure), received ${read[key].toString()}`,
      );
    }
  }
  return seal(built, 'spend-multiplier');
}

function readAnalysis(json: unknown, path: readonly PropertyKey[]): SpendAnalysis {
  expectSpendKind(json, 'spend-analysis', path);
  const read = parseInput(analysisSchema, json, 'spend analysis', path);
  return seal(read as unknown as SpendAnalysis, 'spend-analysis');
}

function readEstimate(json: unknown, path: readonly PropertyKey[]): LocalImpactEstimate {
  expectSpendKind(json, 'local-impact-estimate', path);
  const read = parseInput(estimateSchema, json, 'local impact estimate', path);
  const lines = read.lines.map((line, index) => ({
    ...line,
    multiplier: readMultiplier(line.multiplier, [...path, 'lines', index, 'multiplier']),
  }));
  return seal({ ...read, lines } as LocalImpactEstimate, 'local-impact-estimate');
}

/** Reads a parsed ledger's JSON (`parseSpendLedger` of `social-value/csv` makes the kind). */
function readLedger(json: unknown, path: readonly PropertyKey[]): SpendLedger {
  expectSpendKind(json, 'spend-ledger', path);
  const read = parseInput(ledgerSchema, json, 'spend ledger', path);
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
