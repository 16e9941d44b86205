import { z } from 'zod';
import { Decimal } from '../core/decimal.js';
import { numericSchema } from '../core/legacy-schemas.js';
import { PUBLISHED_SCALES } from './scales.js';

const share = () => numericSchema({ min: 0, max: 1 });
const id = z.string().trim().min(1, 'expected a non-empty id');

const scaleSchema = z
  .union([
    z.enum(['0-5', '0-4', '0-100']),
    z.object({ marks: z.array(numericSchema({ min: 0 })).min(2, 'expected at least two marks') }),
  ])
  .transform((scale) => {
    if (typeof scale === 'string') {
      return { scale, marks: PUBLISHED_SCALES[scale].map((mark) => new Decimal(mark)) };
    }
    const marks = [...scale.marks].sort((a, b) => a.comparedTo(b));
    return { scale: 'custom', marks };
  })
  .refine((scale) => scale.marks.at(-1)!.gt(0), 'expected a highest mark above 0');

// A checked model is also valid input: its scale methods carry `scale: 'custom'` and `marks`.
const scaleMethodSchema = z
  .union([
    z.object({
      method: z.literal('scale'),
      scale: scaleSchema,
      combine: z.enum(['mean', 'moderated']).optional(),
    }),
    z.object({
      method: z.literal('scale'),
      scale: z.literal('custom'),
      marks: z.array(numericSchema({ min: 0 })),
      combine: z.enum(['mean', 'moderated']).optional(),
    }),
  ])
  .transform((input, ctx) => {
    let scale: { scale: string; marks: Decimal[] };
    if (input.scale === 'custom' && 'marks' in input) {
      const custom = scaleSchema.safeParse({ marks: input.marks });
      if (!custom.success) {
        ctx.issues.push({
          code: 'custom',
          message: 'expected at least two marks, the highest above 0',
          input: input.marks,
          path: ['marks'],
        });
        return z.NEVER;
      }
      scale = custom.data;
    } else scale = input.scale as { scale: string; marks: Decimal[] };
    return {
      method: 'scale' as const,
      scale: scale.scale,
      marks: scale.marks,
      ...(input.combine === undefined ? {} : { combine: input.combine }),
    };
  });

const relativeToHighestSchema = z.object({ method: z.literal('relative-to-highest') });

const svaSchema = z
  .object({
    method: z.literal('sva'),
    target: numericSchema({ min: 0, minExclusive: true }),
    contractValue: numericSchema({ min: 0, minExclusive: true }).optional(),
  })
  .transform(({ target, contractValue }) => ({
    method: 'sva' as const,
    target,
    ...(contractValue === undefined ? {} : { contractValue }),
  }));

const scoringSchema = z.union([
  z.object({ method: z.literal('relative-to-lowest') }),
  z
    .object({
      method: z.literal('linear'),
      fullMarksAt: numericSchema({ min: 0 }),
      zeroAt: numericSchema({ min: 0 }),
    })
    .refine((linear) => linear.zeroAt.gt(linear.fullMarksAt), {
      message: 'expected zeroAt above fullMarksAt',
      path: ['zeroAt'],
    }),
  z
    .object({
      method: z.literal('mean-based'),
      pointsAtMean: numericSchema({ min: 0, max: 100 }).optional(),
      pointsPerPercent: numericSchema({ min: 0, minExclusive: true }).optional(),
    })
    .transform((mean) => ({
      method: 'mean-based' as const,
      pointsAtMean: mean.pointsAtMean ?? new Decimal(50),
      pointsPerPercent: mean.pointsPerPercent ?? new Decimal(1),
    })),
  scaleMethodSchema,
  relativeToHighestSchema,
  svaSchema,
  z.object({
    method: z.literal('blend'),
    quantitative: z.union([relativeToHighestSchema, svaSchema]),
    qualitative: scaleMethodSchema,
    quantitativeShare: share(),
  }),
]);

const minimums = {
  minimumScore: share().optional(),
  minimumMark: numericSchema({ min: 0 }).optional(),
};

const subCriterionSchema = z.object({
  id,
  name: z.string().optional(),
  weight: numericSchema({ min: 0, max: 100 }),
  scoring: scoringSchema,
  ...minimums,
});

const criterionSchema = z
  .object({
    id,
    kind: z.enum(['price', 'quality', 'social-value', 'environmental', 'custom']),
    name: z.string().optional(),
    weight: numericSchema({ min: 0, max: 100 }).optional(),
    scoring: scoringSchema.optional(),
    subCriteria: z.array(subCriterionSchema).min(1).optional(),
    ...minimums,
  })
  .superRefine((criterion, ctx) => {
    if (criterion.subCriteria === undefined) {
      if (criterion.weight === undefined)
        ctx.addIssue({ code: 'custom', message: 'expected a weight', path: ['weight'] });
      if (criterion.scoring === undefined)
        ctx.addIssue({
          code: 'custom',
          message: 'expected a scoring method or sub-criteria',
          path: ['scoring'],
        });
    } else if (criterion.scoring !== undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'expected either a scoring method or sub-criteria, not both',
        path: ['scoring'],
      });
    }
  });

const tieBreakSchema = z.union([
  z.enum(['higher-quality', 'higher-social-value', 'lower-price']),
  z.object({ criterion: id }),
]);

/** The zod schema of the abnormally low options. Internal. */
export const abnormallyLowOptionsSchema = z.object({
  belowAverage: share().default(new Decimal('0.15')),
  proximityShare: share().default(new Decimal('0.01')),
  proximityMin: numericSchema({ min: 0 }).default(new Decimal(1000)),
  proximityMax: numericSchema({ min: 0 }).default(new Decimal(100000)),
});

/** The zod schema of an evaluation model (before the weight and method checks). Internal. */
export const evaluationModelSchema = z.object({
  name: z.string().optional(),
  method: z.enum(['weighted', 'price-per-quality-point', 'value-for-money']).default('weighted'),
  willingnessToPay: numericSchema({ min: 0, minExclusive: true }).optional(),
  minimumQualityPoints: numericSchema({ min: 0, max: 100 }).optional(),
  criteria: z.array(criterionSchema).min(1, 'expected at least one criterion'),
  tieBreak: z.array(tieBreakSchema).default([]),
  rounding: z
    .object({
      places: z.number().int().min(0).max(10),
      mode: z.enum(['half-up', 'half-even', 'half-down', 'up', 'down', 'ceil', 'floor']).optional(),
    })
    .transform((rounding) => ({ places: rounding.places, mode: rounding.mode ?? 'half-up' }))
    .optional(),
  missingInput: z.enum(['error', 'disqualify']).default('error'),
  abnormallyLow: abnormallyLowOptionsSchema
    .extend({ action: z.enum(['flag', 'exclude']) })
    .optional(),
});

/** The parsed model, before the domain checks of `defineEvaluation`. Internal. */
export type ParsedModel = z.output<typeof evaluationModelSchema>;

const offerSchema = z.union([
  numericSchema({ min: 0 }),
  z.object({ total: numericSchema({ min: 0 }) }),
]);

const responseSchema = z.union([
  numericSchema(),
  z.object({
    offer: offerSchema.optional(),
    total: numericSchema({ min: 0 }).optional(),
    mark: numericSchema().optional(),
    marks: z.array(numericSchema()).optional(),
    moderated: numericSchema().optional(),
  }),
]);

/** The zod schema of the bids. Internal. */
export const bidsSchema = z.array(
  z.object({
    id,
    price: numericSchema({ min: 0, minExclusive: true }).optional(),
    responses: z.record(z.string(), responseSchema).default({}),
  }),
);

/** A parsed bid. Internal. */
export type ParsedBid = z.output<typeof bidsSchema>[number];

/** A parsed response. Internal. */
export type ParsedResponse = z.output<typeof responseSchema>;

/** The zod schema of the abnormally low check's input. Internal. */
export const pricedBidsSchema = z.array(
  z.object({ id, price: numericSchema({ min: 0, minExclusive: true }) }),
);

/** The zod schema of `whatIf` changes. Internal. */
export const changesSchema = z.object({
  weights: z.record(z.string(), numericSchema({ min: 0, max: 100 })).optional(),
  prices: z.record(z.string(), numericSchema({ min: 0, minExclusive: true })).optional(),
  rescale: z.boolean().default(true),
});
