import type * as z from 'zod/mini';
import { choiceSchema } from '../core/choice-schema.js';
import { booleanSchema, expectedSchema } from '../core/expected-schema.js';
import { fractionSchema } from '../core/fraction-schema.js';
import { intSchema } from '../core/int-schema.js';
import { statedDomainProblem } from '../core/numeric-domain.js';
import { oneOf } from '../core/one-of.js';
import {
  type PledgeChannel,
  type PledgeEffect,
  type PledgerKind,
  pledgeChannels,
  pledgeEffects,
  pledgerKinds,
} from '../core/pledge-channel.js';
import { refineCheck } from '../core/reader-schema.js';
import { recordSchema } from '../core/record-schema.js';
import {
  idSchema,
  isoDateSchema,
  numericSchema,
  strictObject,
  textSchema,
  trimmedTextSchema,
} from '../core/schemas.js';
import { withChecks } from '../core/with-checks.js';
import { listSchema, nullableSchema, optionalSchema } from '../core/wrapper-schema.js';

const quantitySchema = /* @__PURE__ */ numericSchema({
  min: 0,
  belowMin: " (a negative impact is a positive quantity with effect: 'disbenefit')",
});

/**
 * A schema for "an array or a record": the shape is chosen by `Array.isArray`, so the issues of
 * the matching shape keep their own paths (`years[1]`) instead of one "no match" issue, as a
 * union would give. Internal.
 */
export function arrayOrRecord<A extends z.core.$ZodType, R extends z.core.$ZodType>(
  list: A,
  record: R,
) {
  return oneOf<z.output<A> | z.output<R>>((value) =>
    Array.isArray(value) ? list : typeof value === 'object' && value !== null ? record : notSeries,
  );
}

const notSeries = /* @__PURE__ */ expectedSchema<never>(
  () => false,
  () => 'a list or a plain object of values',
);

/** Where a pledge comes from, who made it, its follow-up, barriers and effect (all optional). */
const origin = {
  channel: /* @__PURE__ */ optionalSchema(
    /* @__PURE__ */ choiceSchema(pledgeChannels as [PledgeChannel, ...PledgeChannel[]]),
  ),
  pledgerKind: /* @__PURE__ */ optionalSchema(
    /* @__PURE__ */ choiceSchema(pledgerKinds as [PledgerKind, ...PledgerKind[]]),
  ),
  pledger: /* @__PURE__ */ optionalSchema(textSchema),
  followUpOn: /* @__PURE__ */ optionalSchema(isoDateSchema),
  barriers: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ listSchema(textSchema)),
  effect: /* @__PURE__ */ optionalSchema(
    /* @__PURE__ */ choiceSchema(pledgeEffects as [PledgeEffect, ...PledgeEffect[]]),
  ),
};

/** `shape` with the origin fields (a function, so that an unused schema leaves bundles). */
function withOrigin<S extends z.core.$ZodLooseShape>(shape: S): S & typeof origin {
  return { ...shape, ...origin };
}

/** The zod schema of one pledge. Internal: the public input type is documented instead. */
export const pledgeSchema = /* @__PURE__ */ withChecks(
  /* @__PURE__ */ strictObject(
    /* @__PURE__ */ withOrigin({
      measure: trimmedTextSchema,
      quantity: /* @__PURE__ */ optionalSchema(quantitySchema),
      years: /* @__PURE__ */ optionalSchema(
        /* @__PURE__ */ arrayOrRecord(
          /* @__PURE__ */ listSchema(quantitySchema),
          /* @__PURE__ */ recordSchema(quantitySchema, { nonEmptyKeys: true }),
        ),
      ),
      attributionShare: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ fractionSchema('share')),
      tags: /* @__PURE__ */ optionalSchema(
        /* @__PURE__ */ recordSchema(idSchema, { nonEmptyKeys: true }),
      ),
      note: /* @__PURE__ */ optionalSchema(textSchema),
    }),
    // A pledge names its measure by the measure's code: `code` is not a slip of `note`. The
    // contract value is the valuation's, not a pledge's.
    {
      attribution: 'attributionShare',
      code: () => 'did you mean "measure"?',
      contractValue: () => 'give the contract value in the options, not in a pledge',
    },
    'a pledge (an object)',
  ),
  /* @__PURE__ */ refineCheck(
    (pledge) => (pledge.quantity === undefined) !== (pledge.years === undefined),
    'expected exactly one of quantity or years',
    ['quantity'],
  ),
  // No years is no pledge, not a pledge of 0 (which is `quantity: 0`).
  /* @__PURE__ */ refineCheck(
    (pledge) => pledge.years === undefined || Object.keys(pledge.years).length > 0,
    "expected the quantity of at least one year ([12, 8] or { '2025/26': 12 }), received none (for a pledge of 0, give quantity: 0)",
    ['years'],
  ),
);

// At least a penny: the ratio then stays inside the figures the library can print and store.
const contractValueSchema = /* @__PURE__ */ optionalSchema(
  /* @__PURE__ */ numericSchema({ min: '0.01' }),
);

/** The zod schema of the options of `valuePledges`. Internal. */
export const valuePledgesOptionsSchema = /* @__PURE__ */ strictObject({
  contractValue: contractValueSchema,
});

/** The zod schema of the options of `createValuationAccumulator`. Internal. */
export const valuationAccumulatorOptionsSchema = /* @__PURE__ */ strictObject({
  contractValue: contractValueSchema,
  lines: /* @__PURE__ */ optionalSchema(booleanSchema),
});

const optionalAmount = /* @__PURE__ */ optionalSchema(
  /* @__PURE__ */ nullableSchema(/* @__PURE__ */ numericSchema()),
);
// A stated value or total may be a figure the library computed (a line value of
// formatValuationCsv: below 1e60, at most 120 decimals); answers and proxies are inputs.
const optionalStated = /* @__PURE__ */ optionalSchema(
  /* @__PURE__ */ nullableSchema(/* @__PURE__ */ numericSchema({ domain: statedDomainProblem })),
);
const optionalText = /* @__PURE__ */ optionalSchema(textSchema);

/** The zod schema of one pledge-sheet row (blank cells are `null` or absent). Internal. */
export const pledgeSheetRowSchema = /* @__PURE__ */ strictObject(
  /* @__PURE__ */ withOrigin({
    line: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ intSchema(1)),
    theme: optionalText,
    measure: trimmedTextSchema,
    question: optionalText,
    unit: optionalText,
    proxyValue: optionalAmount,
    quantity: optionalAmount,
    statedValue: optionalStated,
    tags: /* @__PURE__ */ optionalSchema(
      /* @__PURE__ */ recordSchema(idSchema, { nonEmptyKeys: true }),
    ),
    attributionShare: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ fractionSchema('share')),
  }),
  // The pledge sheet's headings that are no slip of the key they are read as, written with a
  // trailing `-`: the "did you mean" ignores case, spaces, `_` and `-` in names, so that a key
  // written as the heading in any spelling (`Reference`, `answer`, `Pledged Social Value (£)`)
  // suggests the key meant, for each of several such keys; only a key typed with the `-` would
  // read as renamed in 0.2. The sheet's other headings (`Proxy Value`, `Units`) are slips already.
  {
    'reference-': 'measure',
    'code-': 'measure',
    'answer-': 'quantity',
    'pledged social value-': 'statedValue',
    'social value-': 'statedValue',
  },
);

/** The zod schema of a list of pledge-sheet rows. Internal. */
export const pledgeSheetRowsSchema = /* @__PURE__ */ listSchema(pledgeSheetRowSchema);

/** The zod schema of the options of `reconcilePledgeSheet`. Internal. */
export const reconcileOptionsSchema = /* @__PURE__ */ strictObject({
  statedTotal: optionalStated,
  tolerance: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ numericSchema({ min: 0 })),
});
