import type * as z from 'zod/mini';
import { isSealed } from '../core/brand.js';
import { choiceSchema } from '../core/choice-schema.js';
import { Decimal } from '../core/decimal.js';
import { describeReceived } from '../core/describe-value.js';
import { booleanSchema, expectedSchema } from '../core/expected-schema.js';
import { figureSchema } from '../core/figure-schema.js';
import { fractionSchema } from '../core/fraction-schema.js';
import { hintJsonSchema } from '../core/json-schema-hints.js';
import { lazy } from '../core/lazy.js';
import { figureDomainProblem } from '../core/numeric-domain.js';
import { looseObject } from '../core/object-schema.js';
import { oneOf } from '../core/one-of.js';
import { parseInto } from '../core/parse-into.js';
import { readerSchema } from '../core/reader-schema.js';
import { isPlainRecord } from '../core/record.js';
import { mapSchema } from '../core/record-schema.js';
import { roundingModes } from '../core/round-money.js';
import { checkStoredValuation } from '../core/stored-valuation.js';
import { readNumber } from '../core/to-decimal.js';
import { withChecks } from '../core/with-checks.js';

type RoundingMode = (typeof roundingModes)[number];

import { defined } from '../core/defined.js';
import { idSchema, numericSchema, strictObject, textSchema } from '../core/schemas.js';
import { listSchema, optionalSchema } from '../core/wrapper-schema.js';
import { HUNDRED } from './constants.js';
import { PUBLISHED_SCALES } from './scales.js';
import type { ScaleScoring, Scoring, SvaScoring, TieBreakRule } from './types.js';

type Issues = z.core.$ZodRawIssue[];
type Path = readonly PropertyKey[];

function custom(issues: Issues, input: unknown, message: string, path: Path = []): void {
  issues.push({ code: 'custom', message, input, path: [...path] as PropertyKey[] });
}

/**
 * `schema`, then `read` on its output (which adds its issues to `issues`): zod's pipe into a
 * transform, in less code. As there, `read` also runs when the only issues are unknown keys (so
 * they are reported with its own). The JSON Schema build writes `schema`. Internal.
 */
function piped<S extends z.core.$ZodType, T>(
  schema: S,
  read: (value: z.output<S>, issues: Issues) => T | undefined,
) {
  const reader = readerSchema<T>((value, issues) => {
    const result = run(schema, value, issues);
    if (result.issues.some((issue) => issue.code !== 'unrecognized_keys')) return undefined;
    return read(result.value, issues);
  });
  /* @__PURE__ */ hintJsonSchema(reader, { kind: 'json', json: {}, schema });
  return reader;
}

/** Runs `schema` on `value` as zod runs a part of a schema, adding its issues to `issues`. */
function run<S extends z.core.$ZodType>(schema: S, value: unknown, issues: Issues) {
  const result = schema._zod.run({ value, issues: [] }, {}) as z.core.ParsePayload<z.output<S>>;
  for (const issue of result.issues) issues.push(issue);
  return result;
}

/**
 * `schema`, or `value` when none is given (`undefined`, or a key left out of an object, which
 * the library's objects, as zod's, read from `optin`; a list default is shared, and frozen with
 * the first model that takes it, which is safe: it is empty and never changed): zod's
 * `_default`, in less code. The JSON Schema build writes the default beside the schema.
 */
function withDefault<S extends z.core.$ZodType>(schema: S, value: z.output<S>) {
  const reader = readerSchema<z.output<S>>((given, issues) =>
    given === undefined ? value : run(schema, given, issues).value,
  );
  reader._zod.optin = 'optional';
  /* @__PURE__ */ hintJsonSchema(reader, { kind: 'default', schema, value });
  return reader;
}

/** A list `schema`, refusing an empty list (zod's `z.minLength(1)`, in less code). */
function nonEmpty<S extends z.core.$ZodArray>(schema: S): S {
  const checked = withChecks(schema, ({ value, issues }) => {
    if ((value as unknown[]).length === 0) {
      custom(issues, value, 'expected at least 1 entry, received []');
    }
  });
  /* @__PURE__ */ hintJsonSchema(checked, { kind: 'json', json: { minItems: 1 }, schema });
  return checked;
}

/** A schema that refuses every value: `expected …, received …`, or `missing: expected …`. */
function refuse(expected: string) {
  return expectedSchema<never>(
    () => false,
    () => expected,
    describeReceived,
  );
}

/**
 * A name from `names`, or a plain object read by `object` (`objectWords` says what it holds):
 * a zod union of the two, in less code and with sharper issues (an unknown name is refused with
 * the names and a "did you mean"). The JSON Schema build writes it as the union. Internal.
 */
function nameOr<const N extends readonly [string, ...string[]], O extends z.core.$ZodType>(
  names: N,
  object: O,
  objectWords: string,
) {
  const name = choiceSchema(names);
  const other = refuse(
    `one of ${names.map((each) => JSON.stringify(each)).join(', ')} or ${objectWords}`,
  );
  const schema = oneOf<z.output<typeof name> | z.output<O>>((value) =>
    typeof value === 'string' ? name : isPlainRecord(value) ? object : other,
  );
  /* @__PURE__ */ hintJsonSchema(schema, { kind: 'union', options: [name, object] });
  return schema;
}

/**
 * `schema`, refusing a value given as `undefined` with `missing: expected …` in the words given
 * (which say how to do without it). The JSON Schema build writes `schema`. Internal.
 */
function given<S extends z.core.$ZodType>(schema: S, expected: string) {
  const missing = refuse(expected);
  const reader = oneOf<z.output<S>>((value) => (value === undefined ? missing : schema));
  /* @__PURE__ */ hintJsonSchema(reader, { kind: 'json', json: {}, schema });
  return reader;
}

/** A weight in percentage points, 0 to 100. */
const weightSchema = /* @__PURE__ */ piped(
  /* @__PURE__ */ numericSchema({ min: 0, points: true }),
  (value, issues) => {
    if (value.lte(HUNDRED)) return value;
    custom(
      issues,
      value,
      `expected a weight in percentage points from 0 to 100, received ${value}`,
    );
  },
);
/* @__PURE__ */ hintJsonSchema(weightSchema, { kind: 'numeric', bounds: { min: 0, max: 100 } });

const combineSchema = /* @__PURE__ */ optionalSchema(
  /* @__PURE__ */ choiceSchema(['mean', 'moderated']),
);
const markSchema = /* @__PURE__ */ numericSchema({ min: 0 });

const scaleMethodSchema = /* @__PURE__ */ piped(
  /* @__PURE__ */ strictObject({
    method: /* @__PURE__ */ choiceSchema(['scale']),
    scale: /* @__PURE__ */ nameOr(
      ['0-5', '0-4', '0-100', 'custom'],
      /* @__PURE__ */ strictObject({ marks: /* @__PURE__ */ listSchema(markSchema) }),
      'an object with the marks',
    ),
    // A checked model writes its scale as a name and the marks beside it.
    marks: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ listSchema(markSchema)),
    combine: combineSchema,
  }),
  (input, issues): ScaleScoring | undefined => {
    let name: ScaleScoring['scale'] = 'custom';
    let marks: Decimal[] | undefined;
    let at: Path = ['marks'];
    if (typeof input.scale === 'object') {
      marks = input.scale.marks;
      at = ['scale', 'marks'];
      if (input.marks !== undefined) {
        custom(issues, input.marks, 'expected the marks inside `scale` only', ['marks']);
      }
    } else if (input.scale === 'custom') {
      marks = input.marks;
      if (marks === undefined)
        custom(issues, undefined, 'missing: expected the marks of a custom scale', ['marks']);
    } else {
      name = input.scale;
      const published = PUBLISHED_SCALES[input.scale].map((mark) => new Decimal(mark));
      // Decimals write one text per value: equal lists of marks write the same text.
      if (input.marks !== undefined && String(input.marks) !== String(published)) {
        custom(
          issues,
          input.marks,
          `expected the marks of the ${input.scale} scale (${published.join(', ')})`,
          ['marks'],
        );
      }
      marks = published;
    }
    if (marks === undefined) return undefined;
    const sorted = [...marks].sort((a, b) => a.comparedTo(b));
    // `[0, 1, 1, 2]` is a slip for another scale: a mark given twice is refused.
    if (
      sorted.length < 2 ||
      !sorted.at(-1)!.gt(0) ||
      sorted.some((mark, index) => index > 0 && mark.eq(sorted[index - 1]!))
    ) {
      custom(issues, marks, 'expected at least two marks, each once, the highest above 0', at);
      return undefined;
    }
    return defined({
      method: 'scale',
      scale: name,
      marks: sorted,
      combine: input.combine,
    });
  },
);

const relativeToHighestSchema = /* @__PURE__ */ strictObject({
  method: /* @__PURE__ */ choiceSchema(['relative-to-highest']),
});

const svaSchema = /* @__PURE__ */ piped(
  /* @__PURE__ */ strictObject({
    method: /* @__PURE__ */ choiceSchema(['sva']),
    targetRatio: /* @__PURE__ */ fractionSchema('ratio', { positive: true }),
    contractValue: /* @__PURE__ */ optionalSchema(
      /* @__PURE__ */ numericSchema({ min: 0, minExclusive: true }),
    ),
  }),
  ({ targetRatio, contractValue }): SvaScoring =>
    defined({ method: 'sva', targetRatio, contractValue }),
);

const linearSchema = /* @__PURE__ */ piped(
  /* @__PURE__ */ strictObject({
    method: /* @__PURE__ */ choiceSchema(['linear']),
    fullMarksAt: /* @__PURE__ */ numericSchema({ min: 0 }),
    zeroAt: /* @__PURE__ */ numericSchema({ min: 0 }),
  }),
  (linear, issues) => {
    if (linear.zeroAt.gt(linear.fullMarksAt)) return linear;
    custom(
      issues,
      linear.zeroAt,
      `expected zeroAt above fullMarksAt (${linear.fullMarksAt}), received ${linear.zeroAt}`,
      ['zeroAt'],
    );
  },
);

const meanBasedSchema = /* @__PURE__ */ strictObject({
  method: /* @__PURE__ */ choiceSchema(['mean-based']),
  pointsAtMean: /* @__PURE__ */ withDefault(
    /* @__PURE__ */ numericSchema({ min: 0, max: 100 }),
    /* @__PURE__ */ new Decimal(50),
  ),
  pointsPerPercent: /* @__PURE__ */ withDefault(
    /* @__PURE__ */ numericSchema({ min: 0, minExclusive: true }),
    /* @__PURE__ */ new Decimal(1),
  ),
});

const percentAboveLowestSchema = /* @__PURE__ */ strictObject({
  method: /* @__PURE__ */ choiceSchema(['percent-above-lowest']),
  pointsPerPercent: /* @__PURE__ */ withDefault(
    /* @__PURE__ */ numericSchema({ min: 0, minExclusive: true }),
    /* @__PURE__ */ new Decimal(1),
  ),
});

// The inflection uplift (2.5%) and the gentle rate (0.1 point per 1%) are the note's defaults;
// the steep rate, how it applies, the median of an even count and the floor are the buyer's.
const graduatedPricingSchema = /* @__PURE__ */ piped(
  /* @__PURE__ */ strictObject({
    method: /* @__PURE__ */ choiceSchema(['graduated-pricing']),
    inflectionUpliftRatio: /* @__PURE__ */ withDefault(
      /* @__PURE__ */ fractionSchema('ratio'),
      /* @__PURE__ */ new Decimal('0.025'),
    ),
    pointsPerPercent: /* @__PURE__ */ withDefault(
      /* @__PURE__ */ numericSchema({ min: 0 }),
      /* @__PURE__ */ new Decimal('0.1'),
    ),
    steepPointsPerPercent: /* @__PURE__ */ numericSchema({ min: 0 }),
    steepApplies: /* @__PURE__ */ choiceSchema(['beyond-inflection', 'whole-difference']),
    medianOfEven: /* @__PURE__ */ choiceSchema([
      'mean-of-middle-two',
      'lower-middle',
      'upper-middle',
    ]),
    floorAtZero: booleanSchema,
  }),
  // The steeper rate is at least the gentle one: below it, on the whole difference, a price
  // just above the inflection point would score more than one just below it.
  (graduated, issues) => {
    const { steepPointsPerPercent: steep, pointsPerPercent: gentle } = graduated;
    if (steep.gte(gentle)) return graduated;
    custom(issues, steep, `expected at least pointsPerPercent (${gentle}), received ${steep}`, [
      'steepPointsPerPercent',
    ]);
  },
);

/**
 * Reads a scoring method by its `method`, with the issues a zod discriminated union gives (an
 * unknown or missing `method` at its own path, with a "did you mean"), in less code than zod's
 * own: a plain object is read by the form its `method` names. The JSON Schema build writes the
 * forms as the union they are (`oneOf`). Internal.
 */
function byMethod<T>(forms: Readonly<Record<string, z.core.$ZodType>>) {
  const anObject = refuse('an object');
  // An unknown or missing method: the issue at `method`, with the methods.
  const methods = looseObject({ method: choiceSchema(Object.keys(forms) as [string]) });
  const schema = oneOf<T>((value) => {
    if (!isPlainRecord(value)) return anObject;
    const method = Object.hasOwn(value, 'method') ? value.method : undefined;
    return typeof method === 'string' && Object.hasOwn(forms, method) ? forms[method]! : methods;
  });
  /* @__PURE__ */ hintJsonSchema(schema, {
    kind: 'union',
    options: /* @__PURE__ */ Object.values(forms),
    exclusive: true,
  });
  return schema;
}

/** The forms of a blend's quantitative part, by method (also read by the JSON Schema build). Internal. */
export const quantitativeForms = {
  'relative-to-highest': relativeToHighestSchema,
  sva: svaSchema,
};

/** The forms of a scoring method, by method (also read by the JSON Schema build). Internal. */
export const scoringForms = {
  'relative-to-lowest': /* @__PURE__ */ strictObject({
    method: /* @__PURE__ */ choiceSchema(['relative-to-lowest']),
  }),
  linear: linearSchema,
  'mean-based': meanBasedSchema,
  'percent-above-lowest': percentAboveLowestSchema,
  'graduated-pricing': graduatedPricingSchema,
  scale: scaleMethodSchema,
  'relative-to-highest': relativeToHighestSchema,
  sva: svaSchema,
  blend: /* @__PURE__ */ strictObject({
    method: /* @__PURE__ */ choiceSchema(['blend']),
    quantitative: /* @__PURE__ */ byMethod(quantitativeForms),
    qualitative: scaleMethodSchema,
    quantitativeShare: /* @__PURE__ */ fractionSchema('share'),
  }),
};

const scoringSchema = /* @__PURE__ */ byMethod<Scoring>(scoringForms);

/** A criterion's kind. Internal (the snapshots read it too). */
export const kindSchema = /* @__PURE__ */ choiceSchema([
  'price',
  'quality',
  'social-value',
  'environmental',
  'custom',
]);

const minimums = {
  minimumScoreShare: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ fractionSchema('share')),
  minimumMark: /* @__PURE__ */ optionalSchema(markSchema),
};

/** A scoring method written on the criterion itself names where it goes. */
const methodInScoring = { method: () => 'did you mean "scoring.method"?' };

const subCriterionSchema = /* @__PURE__ */ strictObject(
  {
    id: idSchema,
    name: /* @__PURE__ */ optionalSchema(textSchema),
    // A checked model repeats its parent's kind on each sub-criterion.
    kind: /* @__PURE__ */ optionalSchema(kindSchema),
    weight: weightSchema,
    scoring: scoringSchema,
    ...minimums,
  },
  methodInScoring,
);

const criterionSchema = /* @__PURE__ */ withChecks(
  /* @__PURE__ */ strictObject(
    {
      id: idSchema,
      kind: kindSchema,
      name: /* @__PURE__ */ optionalSchema(textSchema),
      weight: /* @__PURE__ */ optionalSchema(weightSchema),
      scoring: /* @__PURE__ */ optionalSchema(scoringSchema),
      subCriteria: /* @__PURE__ */ optionalSchema(
        /* @__PURE__ */ nonEmpty(/* @__PURE__ */ listSchema(subCriterionSchema)),
      ),
      ...minimums,
    },
    methodInScoring,
  ),
  ({ value: criterion, issues }) => {
    if (criterion.subCriteria === undefined) {
      if (criterion.weight === undefined) {
        custom(issues, undefined, 'missing: expected a weight in percentage points', ['weight']);
      }
      if (criterion.scoring === undefined) {
        custom(issues, undefined, 'missing: expected a scoring method or sub-criteria', [
          'scoring',
        ]);
      }
    } else if (criterion.scoring !== undefined) {
      custom(
        issues,
        criterion.scoring,
        'expected either a scoring method or sub-criteria, not both',
        ['scoring'],
      );
    }
    criterion.subCriteria?.forEach((sub, index) => {
      if (sub.kind !== undefined && sub.kind !== criterion.kind) {
        custom(
          issues,
          sub.kind,
          `expected the kind of its criterion ("${criterion.kind}"), received "${sub.kind}"`,
          ['subCriteria', index, 'kind'],
        );
      }
    });
  },
);

const tieBreakSchema = /* @__PURE__ */ nameOr(
  ['higher-quality', 'higher-social-value', 'lower-price'],
  /* @__PURE__ */ strictObject({ criterion: idSchema }),
  'an object with a criterion id',
);

const proximityShape = {
  proximityShare: /* @__PURE__ */ withDefault(
    /* @__PURE__ */ fractionSchema('share'),
    /* @__PURE__ */ new Decimal('0.01'),
  ),
  proximityMin: /* @__PURE__ */ withDefault(
    /* @__PURE__ */ numericSchema({ min: 0 }),
    /* @__PURE__ */ new Decimal(1000),
  ),
  proximityMax: /* @__PURE__ */ withDefault(
    /* @__PURE__ */ numericSchema({ min: 0 }),
    /* @__PURE__ */ new Decimal(100000),
  ),
};
const averageShape = {
  belowAverageShare: /* @__PURE__ */ withDefault(
    /* @__PURE__ */ fractionSchema('share'),
    /* @__PURE__ */ new Decimal('0.15'),
  ),
  ...proximityShape,
};
const medianShape = {
  basis: /* @__PURE__ */ choiceSchema(['median']),
  belowMedianShare: /* @__PURE__ */ withDefault(
    /* @__PURE__ */ fractionSchema('share'),
    /* @__PURE__ */ new Decimal('0.15'),
  ),
  ...proximityShape,
};
// The share of one test given with the other's basis is named as the test expects.
const averageKeys = {
  belowMedianShare: () =>
    "belowMedianShare is the median test's: set basis: 'median', or give belowAverageShare",
};
const medianKeys = {
  belowAverageShare: () =>
    "with basis 'median' the share below is belowMedianShare; belowAverageShare is the average test's",
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

/**
 * Picks the average or the median schema of abnormally low limits (or findings, or checks) by
 * the input's `basis`: `'median'`, or absent (`'average'`, the default, and `undefined` are read
 * as absent). Internal.
 */
export function byBasis<A extends z.core.$ZodType, M extends z.core.$ZodType>(
  average: A,
  median: M,
) {
  // Any other basis: the issue at `basis`, with the two tests.
  const bases = looseObject({ basis: choiceSchema(['average', 'median']) });
  return readerSchema<z.output<A> | z.output<M>>((value, issues) => {
    const given = isPlainRecord(value) && Object.hasOwn(value, 'basis');
    const basis = given ? value.basis : undefined;
    // `basis: 'average'` is the default test, and `basis: undefined` is no basis: read without it.
    const dropped = given && (basis === 'average' || basis === undefined);
    const { basis: _average, ...withoutBasis } = dropped ? (value as Record<string, unknown>) : {};
    const input = dropped ? withoutBasis : value;
    const form =
      basis === 'median' ? median : basis === undefined || basis === 'average' ? average : bases;
    return parseInto(form, input, issues) as z.output<A> | z.output<M> | undefined;
  });
}

const limitsCheck = (payload: {
  readonly value: { readonly proximityMin: Decimal; readonly proximityMax: Decimal };
  readonly issues: Issues;
}) => checkProximity(payload.value, payload.issues);

/**
 * The two forms of `flagAbnormallyLow`'s options, by test (also read by the JSON Schema build),
 * built on first use so that a bundle without `flagAbnormallyLow` leaves them out. Internal.
 */
export const abnormallyLowOptionForms = /* @__PURE__ */ lazy(() => ({
  average: withChecks(strictObject(averageShape, averageKeys), limitsCheck),
  median: withChecks(strictObject(medianShape, medianKeys), limitsCheck),
}));

/** The zod schema of the abnormally low limits (`flagAbnormallyLow`'s options). Internal. */
export const abnormallyLowOptionsSchema = /* @__PURE__ */ lazy(() =>
  byBasis(abnormallyLowOptionForms().average, abnormallyLowOptionForms().median),
);

const action = /* @__PURE__ */ choiceSchema(['flag', 'exclude']);
/** The two forms of a model's abnormally low rule, by test (also read by the JSON Schema build). Internal. */
export const abnormallyLowRuleForms = {
  average: /* @__PURE__ */ withChecks(
    /* @__PURE__ */ strictObject({ ...averageShape, action }, averageKeys),
    limitsCheck,
  ),
  median: /* @__PURE__ */ withChecks(
    /* @__PURE__ */ strictObject({ ...medianShape, action }, medianKeys),
    limitsCheck,
  ),
};
const abnormallyLowRuleSchema = /* @__PURE__ */ byBasis(
  abnormallyLowRuleForms.average,
  abnormallyLowRuleForms.median,
);

/**
 * The decimal places of published scores: a whole number from 0 to 10, with zod's issues for
 * `z.int()` between those bounds (the JSON Schema build writes it as such), in less code. Internal.
 */
const placesSchema = /* @__PURE__ */ expectedSchema<number>(
  (value) => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 10,
  (input) =>
    typeof input !== 'number' || !Number.isFinite(input)
      ? 'a number'
      : !Number.isInteger(input)
        ? 'a whole number'
        : `a number ${input < 0 ? 'at least 0' : 'at most 10'}`,
);
/* @__PURE__ */ hintJsonSchema(placesSchema, {
  kind: 'json',
  json: { type: 'integer', minimum: 0, maximum: 10 },
});

/**
 * The zod schema of an evaluation model, before the weight and method checks. It reads the
 * buyer's input and the JSON (or any copy) of a checked model alike. Internal.
 */
export const evaluationModelSchema = /* @__PURE__ */ strictObject({
  kind: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ choiceSchema(['evaluation-model'])),
  schemaVersion: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ choiceSchema([1])),
  name: /* @__PURE__ */ optionalSchema(textSchema),
  method: /* @__PURE__ */ withDefault(
    /* @__PURE__ */ choiceSchema(['weighted', 'price-per-quality-point', 'value-for-money']),
    'weighted',
  ),
  willingnessToPay: /* @__PURE__ */ optionalSchema(
    /* @__PURE__ */ numericSchema({ min: 0, minExclusive: true }),
  ),
  minimumQualityPoints: /* @__PURE__ */ optionalSchema(
    /* @__PURE__ */ numericSchema({ min: 0, max: 100 }),
  ),
  criteria: /* @__PURE__ */ nonEmpty(/* @__PURE__ */ listSchema(criterionSchema)),
  tieBreak: /* @__PURE__ */ withDefault(/* @__PURE__ */ listSchema(tieBreakSchema), []),
  rounding: /* @__PURE__ */ optionalSchema(
    /* @__PURE__ */ strictObject({
      places: placesSchema,
      mode: /* @__PURE__ */ withDefault(
        /* @__PURE__ */ choiceSchema(
          roundingModes as readonly RoundingMode[] as [RoundingMode, ...RoundingMode[]],
        ),
        'half-up',
      ),
    }),
  ),
  missingInput: /* @__PURE__ */ withDefault(
    /* @__PURE__ */ choiceSchema(['error', 'disqualify']),
    'error',
  ),
  abnormallyLow: /* @__PURE__ */ optionalSchema(abnormallyLowRuleSchema),
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
  /** Its responses by criterion id (`undefined`: given as `undefined`, read as missing). */
  readonly responses: ReadonlyMap<string, ParsedResponse | undefined>;
}

const offerAmount = /* @__PURE__ */ numericSchema({ min: 0 });

/**
 * A price: above 0, with any number of decimal places the numeric domain allows, so a unit rate
 * below a penny (£0.004 a transaction) is a price. Scores divide by prices; the one score that
 * could then pass what a result holds (a graduated price without a floor against a far lower
 * lowest price) is refused when scored (`out-of-range`).
 */
const priceSchema = /* @__PURE__ */ numericSchema({ min: 0, minExclusive: true });

// A Valuation (live or its JSON) read structurally: its kind and total (a stored one's total
// checked against its lines); other keys are not read.
const valuationOfferSchema = /* @__PURE__ */ looseObject({
  kind: /* @__PURE__ */ choiceSchema(['valuation']),
  schemaVersion: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ choiceSchema([1])),
  // A figure the valuation computed (sums of products), so it may carry many decimal places.
  total: /* @__PURE__ */ figureSchema({ min: 0 }),
});

/**
 * A Valuation's total as an offer. A valuation whose disbenefits outweigh its benefits has a
 * negative total, which no offer-scoring method can score: it is refused with the reason, where
 * the schema alone would only say "at least 0". Written as the valuation schema in JSON Schema.
 */
const valuationTotal = /* @__PURE__ */ readerSchema<Decimal>((value, issues) => {
  const given = isPlainRecord(value) ? value.total : undefined;
  const total = readNumber(given, figureDomainProblem);
  if (total instanceof Decimal && total.lt(0)) {
    const message = `expected a £ offer of at least 0, received a valuation with a net total of ${total.toString()}: its disbenefits outweigh its benefits, so it cannot be scored as an offer (give { total: 0 } to score it as nothing)`;
    custom(issues, given, message, ['total']);
    return undefined;
  }
  const offer = parseInto(valuationOfferSchema, value, issues)?.total;
  // A live valuation is trusted; a stored one's total, once read, must be what its lines give.
  return offer &&
    (isSealed(value, 'valuation') ||
      checkStoredValuation(value as Record<string, unknown>, (message, at) =>
        custom(issues, value, message, at),
      ))
    ? offer
    : undefined;
});
/* @__PURE__ */ hintJsonSchema(valuationTotal, {
  kind: 'json',
  json: {},
  schema: valuationOfferSchema,
});
const isValuation = (value: unknown) => isPlainRecord(value) && Object.hasOwn(value, 'kind');
const isObject = (value: unknown) =>
  typeof value === 'object' && value !== null && !Decimal.isDecimal(value);

/** `{ total }`: its total. */
const totalSchema = /* @__PURE__ */ piped(
  /* @__PURE__ */ strictObject({ total: offerAmount }),
  (value) => value.total,
);

/** An offer: an amount, `{ total }` or a Valuation. */
const offerSchema = /* @__PURE__ */ oneOf<Decimal>((value) =>
  isValuation(value) ? valuationTotal : isObject(value) ? totalSchema : offerAmount,
);

const markedResponseSchema = /* @__PURE__ */ piped(
  /* @__PURE__ */ strictObject({
    offer: /* @__PURE__ */ optionalSchema(offerSchema),
    total: /* @__PURE__ */ optionalSchema(offerAmount),
    mark: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ numericSchema()),
    marks: /* @__PURE__ */ optionalSchema(
      /* @__PURE__ */ listSchema(/* @__PURE__ */ numericSchema()),
    ),
    moderated: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ numericSchema()),
  }),
  (response, issues): ParsedResponse | undefined => {
    if (response.offer !== undefined && response.total !== undefined) {
      custom(issues, response.total, 'expected either offer or total, not both', ['total']);
      return undefined;
    }
    // One mark and several marks at once: which the buyer meant cannot be told, so no pooling.
    if (response.mark !== undefined && response.marks !== undefined) {
      const message =
        "expected either mark (one mark) or marks (several evaluators' marks), not both";
      custom(issues, response.mark, message, ['mark']);
      return undefined;
    }
    const offer = response.offer ?? response.total;
    return defined({
      offer,
      mark: response.mark,
      marks: response.marks,
      moderated: response.moderated,
    });
  },
);

const figureResponse = /* @__PURE__ */ numericSchema();
const valuationResponse = /* @__PURE__ */ piped(
  valuationTotal,
  (offer): ParsedResponse => ({ offer }),
);
// `undefined` is no response (read as missing, under the model's missingInput), as an optional
// key given as `undefined` is absent; the key itself is still checked against the model.
const noResponse = /* @__PURE__ */ readerSchema<undefined>(() => undefined);
const responseSchema = /* @__PURE__ */ oneOf<ParsedResponse | undefined>((value) =>
  value === undefined
    ? noResponse
    : isValuation(value)
      ? valuationResponse
      : isObject(value)
        ? markedResponseSchema
        : figureResponse,
);

/** A bid's responses keyed by criterion id (the ids are checked against the model later). */
const responsesSchema = /* @__PURE__ */ mapSchema(responseSchema, {
  expected: 'an object keyed by id',
});

const bidSchema = /* @__PURE__ */ piped(
  /* @__PURE__ */ strictObject({
    id: idSchema,
    price: /* @__PURE__ */ optionalSchema(priceSchema),
    responses: /* @__PURE__ */ optionalSchema(responsesSchema),
  }),
  (bid): ParsedBid =>
    defined({ id: bid.id, price: bid.price, responses: bid.responses ?? new Map() }),
);

/** The zod schema of the bids. Internal. */
export const bidsSchema = /* @__PURE__ */ listSchema(bidSchema);

// The two schemas below serve one function each (flagAbnormallyLow, whatIf): built on first use,
// so that a bundle without that function leaves them out.

/**
 * The zod schema of the abnormally low check's bids: the bids of an evaluation, whose price is
 * required here. Their responses are read as `evaluateTenders` reads them (their criterion ids
 * need a model, so are not checked) and left out: the check reads the id and the price. Internal.
 */
export const pricedBidsSchema = /* @__PURE__ */ lazy(() =>
  listSchema(
    piped(
      strictObject({
        id: idSchema,
        price: given(priceSchema, "a price above 0 (the check compares the bids' prices)"),
        responses: optionalSchema(responsesSchema),
      }),
      ({ id, price }) => ({ id, price }),
    ),
  ),
);

/** The zod schema of `whatIf` changes; weights are checked against the model later. Internal. */
export const changesSchema = /* @__PURE__ */ lazy(() =>
  strictObject({
    // `undefined` is refused, not read as no change: a weight left out is rescaled.
    weights: optionalSchema(
      mapSchema(
        given(
          weightSchema,
          'a weight in percentage points from 0 to 100 (leave the id out to keep the weight, rescaled with the others)',
        ),
        { expected: 'an object keyed by id' },
      ),
    ),
    prices: optionalSchema(
      mapSchema(given(priceSchema, 'a price above 0 (leave the id out to keep the price)'), {
        expected: 'an object keyed by id',
      }),
    ),
    rescale: withDefault(booleanSchema, true),
  }),
);
