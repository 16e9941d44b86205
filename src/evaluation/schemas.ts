import * as z from 'zod/mini';
import { Decimal } from '../core/decimal.js';
import { figureSchema } from '../core/figure-schema.js';
import { fractionSchema } from '../core/fraction-schema.js';
import { lazy } from '../core/lazy.js';
import { parseInto } from '../core/parse-into.js';
import { isPlainRecord } from '../core/record.js';
import { mapSchema } from '../core/record-schema.js';
import { roundingModes } from '../core/round-money.js';
import { idSchema, numericSchema, strictObject } from '../core/schemas.js';
import { PUBLISHED_SCALES } from './scales.js';
import type { ScaleScoring, Scoring, SvaScoring, TieBreakRule } from './types.js';

type Issues = z.core.$ZodRawIssue[];
type Path = readonly PropertyKey[];

function custom(issues: Issues, input: unknown, message: string, path: Path = []): void {
  issues.push({ code: 'custom', message, input, path: [...path] as PropertyKey[] });
}

const hundred = new Decimal(100);

/** A weight in percentage points, 0 to 100. */
const weightSchema = z.pipe(
  numericSchema({ min: 0 }),
  z.transform((value: Decimal, ctx) => {
    if (value.lte(hundred)) return value;
    custom(
      ctx.issues,
      value,
      `expected a weight in percentage points from 0 to 100, received ${value}`,
    );
    return z.NEVER;
  }),
);

const combineSchema = z.optional(z.enum(['mean', 'moderated']));
const markSchema = numericSchema({ min: 0 });

const scaleMethodSchema = z.pipe(
  strictObject({
    method: z.literal('scale'),
    scale: z.union([
      z.enum(['0-5', '0-4', '0-100', 'custom']),
      strictObject({ marks: z.array(markSchema) }),
    ]),
    // A checked model writes its scale as a name and the marks beside it.
    marks: z.optional(z.array(markSchema)),
    combine: combineSchema,
  }),
  z.transform((input, ctx): ScaleScoring => {
    let name: ScaleScoring['scale'] = 'custom';
    let marks: Decimal[] | undefined;
    let at: Path = ['marks'];
    if (typeof input.scale === 'object') {
      marks = input.scale.marks;
      at = ['scale', 'marks'];
      if (input.marks !== undefined) {
        custom(ctx.issues, input.marks, 'expected the marks inside `scale` only', ['marks']);
      }
    } else if (input.scale === 'custom') {
      marks = input.marks;
      if (marks === undefined)
        custom(ctx.issues, undefined, 'missing: expected the marks of a custom scale', ['marks']);
    } else {
      name = input.scale;
      const published = PUBLISHED_SCALES[input.scale].map((mark) => new Decimal(mark));
      const same =
        input.marks === undefined ||
        (input.marks.length === published.length &&
          input.marks.every((mark, index) => mark.eq(published[index]!)));
      if (!same) {
        custom(
          ctx.issues,
          input.marks,
          `expected the marks of the ${input.scale} scale (${published.join(', ')})`,
          ['marks'],
        );
      }
      marks = published;
    }
    if (marks === undefined) return z.NEVER;
    const sorted = [...marks].sort((a, b) => a.comparedTo(b));
    if (sorted.length < 2 || !sorted.at(-1)!.gt(0)) {
      custom(ctx.issues, marks, 'expected at least two marks, the highest above 0', at);
      return z.NEVER;
    }
    return {
      method: 'scale',
      scale: name,
      marks: sorted,
      ...(input.combine === undefined ? {} : { combine: input.combine }),
    };
  }),
);

const relativeToHighestSchema = strictObject({ method: z.literal('relative-to-highest') });

const svaSchema = z.pipe(
  strictObject({
    method: z.literal('sva'),
    targetRatio: fractionSchema('ratio', { positive: true }),
    contractValue: z.optional(numericSchema({ min: 0, minExclusive: true })),
  }),
  z.transform(
    ({ targetRatio, contractValue }): SvaScoring => ({
      method: 'sva',
      targetRatio,
      ...(contractValue === undefined ? {} : { contractValue }),
    }),
  ),
);

const linearSchema = z.pipe(
  strictObject({
    method: z.literal('linear'),
    fullMarksAt: numericSchema({ min: 0 }),
    zeroAt: numericSchema({ min: 0 }),
  }),
  z.transform((linear, ctx) => {
    if (linear.zeroAt.gt(linear.fullMarksAt)) return linear;
    custom(
      ctx.issues,
      linear.zeroAt,
      `expected zeroAt above fullMarksAt (${linear.fullMarksAt}), received ${linear.zeroAt}`,
      ['zeroAt'],
    );
    return z.NEVER;
  }),
);

const meanBasedSchema = z.pipe(
  strictObject({
    method: z.literal('mean-based'),
    pointsAtMean: z.optional(numericSchema({ min: 0, max: 100 })),
    pointsPerPercent: z.optional(numericSchema({ min: 0, minExclusive: true })),
  }),
  z.transform((mean) => ({
    method: 'mean-based' as const,
    pointsAtMean: mean.pointsAtMean ?? new Decimal(50),
    pointsPerPercent: mean.pointsPerPercent ?? new Decimal(1),
  })),
);

const scoringSchema = z.pipe(
  z.discriminatedUnion('method', [
    strictObject({ method: z.literal('relative-to-lowest') }),
    linearSchema,
    meanBasedSchema,
    scaleMethodSchema,
    relativeToHighestSchema,
    svaSchema,
    strictObject({
      method: z.literal('blend'),
      quantitative: z.discriminatedUnion('method', [relativeToHighestSchema, svaSchema]),
      qualitative: scaleMethodSchema,
      quantitativeShare: fractionSchema('share'),
    }),
  ]),
  z.transform((scoring) => scoring as Scoring),
);

const kindSchema = z.enum(['price', 'quality', 'social-value', 'environmental', 'custom']);

const minimums = {
  minimumScoreShare: z.optional(fractionSchema('share')),
  minimumMark: z.optional(markSchema),
};

const subCriterionSchema = strictObject({
  id: idSchema,
  name: z.optional(z.string()),
  // A checked model repeats its parent's kind on each sub-criterion.
  kind: z.optional(kindSchema),
  weight: weightSchema,
  scoring: scoringSchema,
  ...minimums,
});

const criterionSchema = strictObject({
  id: idSchema,
  kind: kindSchema,
  name: z.optional(z.string()),
  weight: z.optional(weightSchema),
  scoring: z.optional(scoringSchema),
  subCriteria: z.optional(z.array(subCriterionSchema).check(z.minLength(1))),
  ...minimums,
}).check(
  z.superRefine((criterion, ctx) => {
    if (criterion.subCriteria === undefined) {
      if (criterion.weight === undefined) {
        custom(ctx.issues, undefined, 'missing: expected a weight in percentage points', [
          'weight',
        ]);
      }
      if (criterion.scoring === undefined) {
        custom(ctx.issues, undefined, 'missing: expected a scoring method or sub-criteria', [
          'scoring',
        ]);
      }
    } else if (criterion.scoring !== undefined) {
      custom(
        ctx.issues,
        criterion.scoring,
        'expected either a scoring method or sub-criteria, not both',
        ['scoring'],
      );
    }
    criterion.subCriteria?.forEach((sub, index) => {
      if (sub.kind !== undefined && sub.kind !== criterion.kind) {
        custom(
          ctx.issues,
          sub.kind,
          `expected the kind of its criterion ("${criterion.kind}"), received "${sub.kind}"`,
          ['subCriteria', index, 'kind'],
        );
      }
    });
  }),
);

const tieBreakSchema = z.union([
  z.enum(['higher-quality', 'higher-social-value', 'lower-price']),
  strictObject({ criterion: idSchema }),
]);

const abnormallyLowShape = {
  belowAverageShare: z._default(fractionSchema('share'), new Decimal('0.15')),
  proximityShare: z._default(fractionSchema('share'), new Decimal('0.01')),
  proximityMin: z._default(numericSchema({ min: 0 }), new Decimal(1000)),
  proximityMax: z._default(numericSchema({ min: 0 }), new Decimal(100000)),
};

function checkProximity(
  limits: { proximityMin: Decimal; proximityMax: Decimal },
  issues: Issues,
): void {
  if (limits.proximityMax.lt(limits.proximityMin)) {
    custom(
      issues,
      limits.proximityMax,
      `expected at least proximityMin (${limits.proximityMin}), received ${limits.proximityMax}`,
      ['proximityMax'],
    );
  }
}

/** The zod schema of the abnormally low limits (`flagAbnormallyLow`'s options). Internal. */
export const abnormallyLowOptionsSchema = /* @__PURE__ */ lazy(() =>
  strictObject(abnormallyLowShape).check(
    z.superRefine((limits, ctx) => checkProximity(limits, ctx.issues)),
  ),
);

const abnormallyLowRuleSchema = strictObject({
  ...abnormallyLowShape,
  action: z.enum(['flag', 'exclude']),
}).check(z.superRefine((limits, ctx) => checkProximity(limits, ctx.issues)));

/**
 * The zod schema of an evaluation model, before the weight and method checks. It reads the
 * buyer's input and the JSON (or any copy) of a checked model alike. Internal.
 */
export const evaluationModelSchema = strictObject({
  kind: z.optional(z.literal('evaluation-model')),
  schemaVersion: z.optional(z.literal(1)),
  name: z.optional(z.string()),
  method: z._default(
    z.enum(['weighted', 'price-per-quality-point', 'value-for-money']),
    'weighted',
  ),
  willingnessToPay: z.optional(numericSchema({ min: 0, minExclusive: true })),
  minimumQualityPoints: z.optional(numericSchema({ min: 0, max: 100 })),
  criteria: z.array(criterionSchema).check(z.minLength(1)),
  tieBreak: z._default(z.array(tieBreakSchema), []),
  rounding: z.optional(
    z.pipe(
      strictObject({
        places: z.int().check(z.minimum(0), z.maximum(10)),
        mode: z.optional(z.enum(roundingModes as [string, ...string[]])),
      }),
      z.transform((rounding) => ({
        places: rounding.places,
        mode: (rounding.mode ?? 'half-up') as (typeof roundingModes)[number],
      })),
    ),
  ),
  missingInput: z._default(z.enum(['error', 'disqualify']), 'error'),
  abnormallyLow: z.optional(abnormallyLowRuleSchema),
});

/** The parsed model, before the domain checks of `defineEvaluation`. Internal. */
export type ParsedModel = z.output<typeof evaluationModelSchema> & {
  readonly tieBreak: readonly TieBreakRule[];
};

/** A response as the scoring reads it: a bare figure, or marks and an offer. Internal. */
export type ParsedResponse =
  | Decimal
  | {
      /** The £ offer (from `offer`, `total` or a Valuation's total). */
      readonly offer?: Decimal;
      /** One mark. */
      readonly mark?: Decimal;
      /** Several evaluators' marks. */
      readonly marks?: readonly Decimal[];
      /** The moderated mark. */
      readonly moderated?: Decimal;
    };

/** A bid as the scoring reads it. Internal. */
export interface ParsedBid {
  /** The bid's id. */
  readonly id: string;
  /** Its price, when given. */
  readonly price?: Decimal;
  /** Its responses by criterion id. */
  readonly responses: ReadonlyMap<string, ParsedResponse>;
}

const offerAmount = numericSchema({ min: 0 });

// A Valuation (live or its JSON) read structurally: its kind and total; other keys ignored.
const valuationOfferSchema = z.looseObject({
  kind: z.literal('valuation'),
  schemaVersion: z.optional(z.literal(1)),
  // A figure the valuation computed (sums of products), so it may carry many decimal places.
  total: figureSchema({ min: 0 }),
});

const totalOfferSchema = strictObject({ total: offerAmount });

/** An offer: an amount, `{ total }` or a Valuation. */
const offerSchema = z.pipe(
  z.unknown(),
  z.transform((value: unknown, ctx): Decimal => {
    let offer: Decimal | undefined;
    if (isPlainRecord(value) && Object.hasOwn(value, 'kind')) {
      offer = parseInto(valuationOfferSchema, value, ctx.issues)?.total;
    } else if (typeof value === 'object' && value !== null && !Decimal.isDecimal(value)) {
      offer = parseInto(totalOfferSchema, value, ctx.issues)?.total;
    } else offer = parseInto(offerAmount, value, ctx.issues);
    return offer ?? z.NEVER;
  }),
);

const markedResponseSchema = z.pipe(
  strictObject({
    offer: z.optional(offerSchema),
    total: z.optional(offerAmount),
    mark: z.optional(numericSchema()),
    marks: z.optional(z.array(numericSchema())),
    moderated: z.optional(numericSchema()),
  }),
  z.transform((response, ctx): ParsedResponse => {
    if (response.offer !== undefined && response.total !== undefined) {
      custom(ctx.issues, response.total, 'expected either offer or total, not both', ['total']);
      return z.NEVER;
    }
    const offer = response.offer ?? response.total;
    return {
      ...(offer === undefined ? {} : { offer }),
      ...(response.mark === undefined ? {} : { mark: response.mark }),
      ...(response.marks === undefined ? {} : { marks: response.marks }),
      ...(response.moderated === undefined ? {} : { moderated: response.moderated }),
    };
  }),
);

const responseSchema = z.pipe(
  z.unknown(),
  z.transform((value: unknown, ctx): ParsedResponse => {
    let response: ParsedResponse | undefined;
    if (isPlainRecord(value) && Object.hasOwn(value, 'kind')) {
      const offer = parseInto(valuationOfferSchema, value, ctx.issues)?.total;
      response = offer === undefined ? undefined : { offer };
    } else if (typeof value === 'object' && value !== null && !Decimal.isDecimal(value)) {
      response = parseInto(markedResponseSchema, value, ctx.issues);
    } else response = parseInto(numericSchema(), value, ctx.issues);
    return response ?? z.NEVER;
  }),
);

const bidSchema = z.pipe(
  strictObject({
    id: idSchema,
    price: z.optional(numericSchema({ min: 0, minExclusive: true })),
    responses: z.optional(mapSchema(responseSchema, { expected: 'an object keyed by id' })),
  }),
  z.transform(
    (bid): ParsedBid => ({
      id: bid.id,
      ...(bid.price === undefined ? {} : { price: bid.price }),
      responses: bid.responses ?? new Map(),
    }),
  ),
);

/** The zod schema of the bids. Internal. */
export const bidsSchema = z.array(bidSchema);

// The two schemas below serve one function each (flagAbnormallyLow, whatIf): built on first use,
// so that a bundle without that function leaves them out.

/** The zod schema of the abnormally low check's bids. Internal. */
export const pricedBidsSchema = /* @__PURE__ */ lazy(() =>
  z.array(strictObject({ id: idSchema, price: numericSchema({ min: 0, minExclusive: true }) })),
);

/** The zod schema of `whatIf` changes; weights are checked against the model later. Internal. */
export const changesSchema = /* @__PURE__ */ lazy(() =>
  strictObject({
    weights: z.optional(mapSchema(weightSchema, { expected: 'an object keyed by id' })),
    prices: z.optional(
      mapSchema(numericSchema({ min: 0, minExclusive: true }), {
        expected: 'an object keyed by id',
      }),
    ),
    rescale: z._default(z.boolean(), true),
  }),
);
