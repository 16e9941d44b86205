import { z } from 'zod';
import { isoDateSchema, numericSchema } from '../core/legacy-schemas.js';
import { authorityKinds, contractTypes } from './vocabulary.js';

const contractType = z.enum(contractTypes);
const authority = z.enum(authorityKinds);
const vatBasis = z.enum(['inclusive', 'exclusive']);
const regime = z.enum(['pcr-2015', 'procurement-act-2023']);
const base = z.enum(['total', 'quality', 'non-price']);
const tag = z.string().min(1);

/** Input of `ukProcurementThreshold`. Internal. */
export const thresholdQuerySchema = z.strictObject({
  contractType,
  authority,
  commencedOn: isoDateSchema,
  regime: regime.optional(),
  level: z.enum(['threshold', 'notifiable-below-threshold']).optional(),
});

/** A contract as the policy functions read it. Internal. */
export const contractSchema = z.strictObject({
  id: z.string().min(1).optional(),
  title: z.string().optional(),
  type: contractType,
  authority,
  value: numericSchema({ min: 0 }).optional(),
  vatBasis,
  vatRate: numericSchema({ min: 0, max: 1 }).optional(),
  durationMonths: numericSchema({ min: 0, minExclusive: true }).optional(),
  commencedOn: isoDateSchema,
  regime: regime.optional(),
  tags: z.array(tag).optional(),
});

const weighting = z.strictObject({
  fraction: numericSchema({ min: 0, max: 1, minExclusive: true }),
  base,
});

const conditions = z
  .strictObject({
    contractTypes: z.array(contractType).min(1).optional(),
    authorities: z.array(authority).min(1).optional(),
    minimumValue: z.strictObject({ amount: numericSchema({ min: 0 }), vatBasis }).optional(),
    minimumDurationMonths: numericSchema({ min: 0 }).optional(),
    commencedFrom: isoDateSchema.optional(),
    commencedTo: isoDateSchema.optional(),
    atOrAboveStatutoryThreshold: z.boolean().optional(),
    tags: z.array(tag).optional(),
    withoutTags: z.array(tag).optional(),
  })
  .superRefine((when, ctx) => {
    if (when.commencedFrom && when.commencedTo && when.commencedTo < when.commencedFrom) {
      ctx.addIssue({
        code: 'custom',
        path: ['commencedTo'],
        message: `expected a date on or after commencedFrom (${when.commencedFrom}), received "${when.commencedTo}"`,
      });
    }
  });

const outcome = z
  .strictObject({
    socialValue: z.enum(['required', 'recommended']).optional(),
    minimumWeighting: weighting.optional(),
    fixedWeighting: weighting.optional(),
    environmentalWeighting: weighting.optional(),
    targetSocialValueAdded: numericSchema({ min: 0 }).optional(),
  })
  .refine((outcome) => Object.values(outcome).some((value) => value !== undefined), {
    message: 'expected at least one outcome (socialValue, a weighting or a target)',
  });

/** One rule of a policy. Internal. */
export const ruleSchema = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  scope: z.enum(['statutory', 'local']).optional(),
  source: z.string().optional(),
  note: z.string().optional(),
  when: conditions.optional(),
  outcome: outcome,
});

/** A policy's own fields (its rules are read one by one). Internal. */
export const policyHeadSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  source: z.string().optional(),
  include: z.array(z.unknown()).optional(),
  rules: z.array(z.unknown()),
});

/** Weights of the award criteria, as fractions of the total. Internal. */
export const weightsSchema = z.strictObject({
  price: numericSchema({ min: 0, max: 1 }),
  quality: numericSchema({ min: 0, max: 1 }).optional(),
  socialValue: numericSchema({ min: 0, max: 1 }).optional(),
  environmental: numericSchema({ min: 0, max: 1 }).optional(),
  other: numericSchema({ min: 0, max: 1 }).optional(),
});
