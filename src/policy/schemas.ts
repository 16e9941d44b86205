import { anySchema } from '../core/any-schema.js';
import { choiceSchema } from '../core/choice-schema.js';
import type { Decimal } from '../core/decimal.js';
import { quoteText } from '../core/describe-value.js';
import { booleanSchema } from '../core/expected-schema.js';
import { fractionSchema } from '../core/fraction-schema.js';
import { hintJsonSchema } from '../core/json-schema-hints.js';
import { lazy } from '../core/lazy.js';
import { minLength } from '../core/min-length.js';
import { looseObject } from '../core/object-schema.js';
import {
  idSchema,
  isoDateSchema,
  numericSchema,
  strictObject,
  textSchema,
} from '../core/schemas.js';
import { snapshotObject } from '../core/snapshot-object.js';
import { isNumericProblem, readNumeric } from '../core/to-decimal.js';
import { withChecks } from '../core/with-checks.js';
import { figureText } from '../core/wording.js';
import { listSchema, optionalSchema } from '../core/wrapper-schema.js';
import { authorityKinds, contractTypes } from './vocabulary.js';

/** `10` for a fraction `0.1` given where percentage points are expected, as text. */
function asPoints(value: unknown): string | undefined {
  const read = readNumeric(value);
  return isNumericProblem(read) ? undefined : figureText(read.times(100), 10);
}

/**
 * Percentage points from `0` (exclusive) to 100 for a policy weighting. A value under 1 is
 * refused as a fraction given by mistake, with the percentage it probably meant.
 */
const weightingPercent = /* @__PURE__ */ lazy(() => {
  // The check runs only on a number read (a failed read stops it, as a pipe would). `withChecks`
  // makes a copy of the schema: the copy's JSON Schema is that of the numbers it takes, 1 to 100.
  const checked = withChecks(numericSchema({ min: 0, minExclusive: true, max: 100 }), (payload) => {
    const percent = payload.value;
    if (percent.gte(1)) return;
    payload.issues.push({
      code: 'custom',
      input: percent,
      message: `expected percentage points from 1 to 100 (10 for 10%), received ${percent.toString()}: did you mean ${figureText(percent.times(100), 10)}?`,
    });
  });
  /* @__PURE__ */ hintJsonSchema(checked, { kind: 'numeric', bounds: { min: 1, max: 100 } });
  return checked;
});

// A threshold's VAT basis and regime, what a weighting is of and a rule's scope (the
// snapshots read them too). Internal.
export const vatBasis = /* @__PURE__ */ lazy(() => choiceSchema(['inclusive', 'exclusive']));
export const regime = /* @__PURE__ */ lazy(() =>
  choiceSchema(['pcr-2015', 'procurement-act-2023']),
);
export const base = /* @__PURE__ */ lazy(() => choiceSchema(['total', 'quality', 'non-price']));
export const scope = /* @__PURE__ */ lazy(() => choiceSchema(['statutory', 'local']));
const tags = /* @__PURE__ */ lazy(() => listSchema(idSchema));

/**
 * The hint for `contractPeriod`, OCDS's name for a contract's dates (`startDate`, `endDate`,
 * `durationInDays`), too far from the keys that hold them here for a did-you-mean.
 */
const contractPeriod = (keys: string) => () => `did you mean ${keys}?`;

/** Input of `ukProcurementThreshold`. Internal. */
export const thresholdQuerySchema = /* @__PURE__ */ lazy(() =>
  strictObject(
    {
      contractType: choiceSchema(contractTypes),
      authority: choiceSchema(authorityKinds),
      commencedOn: isoDateSchema,
      regime: optionalSchema(regime()),
      level: optionalSchema(choiceSchema(['threshold', 'small-lot', 'notifiable-below-threshold'])),
    },
    { type: 'contractType', contractPeriod: contractPeriod('"commencedOn"') },
    'a threshold query (an object)',
  ),
);

/** A contract as the policy functions read it. Internal. */
export const contractSchema = /* @__PURE__ */ lazy(() =>
  strictObject(
    {
      id: optionalSchema(idSchema),
      name: optionalSchema(textSchema),
      contractType: choiceSchema(contractTypes),
      authority: choiceSchema(authorityKinds),
      value: optionalSchema(numericSchema({ min: 0 })),
      vatBasis: vatBasis(),
      vatRate: optionalSchema(fractionSchema('rate')),
      durationMonths: optionalSchema(numericSchema({ min: 0, minExclusive: true })),
      commencedOn: isoDateSchema,
      regime: optionalSchema(regime()),
      tags: optionalSchema(tags()),
    },
    {
      type: 'contractType',
      title: 'name',
      contractPeriod: contractPeriod('"commencedOn" and "durationMonths"'),
    },
    'a contract (an object)',
  ),
);

const weighting = /* @__PURE__ */ lazy(() =>
  strictObject(
    { percent: weightingPercent(), of: base() },
    {
      fraction: (input) => {
        const points = asPoints(input.fraction);
        return `weightings are percentage points since 0.2: did you mean "percent"${points === undefined ? '' : `: ${points}`}?`;
      },
      base: 'of',
    },
  ),
);

/**
 * A list of at least one of `kinds`, each once: the conditions' own check names a kind listed
 * twice; the JSON Schema says it as `uniqueItems`, so that other languages refuse it too.
 */
function kindList<const K extends readonly [string, ...string[]]>(kinds: K) {
  const list = withChecks(listSchema(choiceSchema(kinds)), minLength(1));
  const once = withChecks(list);
  /* @__PURE__ */ hintJsonSchema(once, { kind: 'json', json: { uniqueItems: true }, schema: list });
  return once;
}

const conditions = /* @__PURE__ */ lazy(() =>
  withChecks(
    strictObject({
      contractTypes: optionalSchema(kindList(contractTypes)),
      authorities: optionalSchema(kindList(authorityKinds)),
      minimumValue: optionalSchema(
        strictObject({ amount: numericSchema({ min: 0 }), vatBasis: vatBasis() }),
      ),
      minimumDurationMonths: optionalSchema(numericSchema({ min: 0 })),
      commencedFrom: optionalSchema(isoDateSchema),
      commencedTo: optionalSchema(isoDateSchema),
      atOrAboveStatutoryThreshold: optionalSchema(booleanSchema),
      tags: optionalSchema(tags()),
      withoutTags: optionalSchema(tags()),
    }),
    ({ value: when, issues }) => {
      if (when.commencedFrom && when.commencedTo && when.commencedTo < when.commencedFrom) {
        issues.push({
          code: 'custom',
          input: when.commencedTo,
          path: ['commencedTo'],
          message: `expected a date on or after commencedFrom (${when.commencedFrom}), received ${quoteText(when.commencedTo)}`,
        });
      }
      // A contract type or authority kind listed twice is a slip (for another, most often).
      for (const [key, what] of [
        ['contractTypes', 'contract type'],
        ['authorities', 'authority kind'],
      ] as const) {
        when[key]?.forEach((kind: string, index: number, kinds: readonly string[]) => {
          const first = kinds.indexOf(kind);
          if (first < index) {
            issues.push({
              code: 'custom',
              input: kind,
              path: [key, index],
              message: `expected each ${what} once, received ${quoteText(kind)} again (as ${key}[${first}])`,
            });
          }
        });
      }
      // Tags are compared without surrounding spaces: one both required and refused never holds.
      const required = new Set(when.tags?.map((tag) => tag.trim()));
      when.withoutTags?.forEach((tag, index) => {
        if (required.has(tag.trim())) {
          issues.push({
            code: 'custom',
            input: tag,
            path: ['withoutTags', index],
            message: `expected a tag the rule does not also require in tags, received ${quoteText(tag)}: the rule could never apply`,
          });
        }
      });
    },
  ),
);

interface ReadWeighting {
  readonly percent: Decimal;
  readonly of: string;
}

/** Issues for a minimum above a maximum, or a fixed weight outside them, on one base. */
function weightingConflicts(
  outcome: {
    readonly minimumWeighting?: ReadWeighting | undefined;
    readonly maximumWeighting?: ReadWeighting | undefined;
    readonly fixedWeighting?: ReadWeighting | undefined;
  },
  push: (path: string, message: string, input: unknown) => void,
): void {
  const { minimumWeighting: min, maximumWeighting: max, fixedWeighting: fixed } = outcome;
  if (min && max && min.of === max.of && min.percent.gt(max.percent)) {
    push(
      'maximumWeighting',
      `expected a maximum of at least the minimum (${min.percent.toString()} points of ${min.of}), received ${max.percent.toString()}`,
      max,
    );
  }
  if (fixed && min && fixed.of === min.of && fixed.percent.lt(min.percent)) {
    push(
      'fixedWeighting',
      `expected a fixed weight of at least the minimum (${min.percent.toString()} points of ${min.of}), received ${fixed.percent.toString()}`,
      fixed,
    );
  }
  if (fixed && max && fixed.of === max.of && fixed.percent.gt(max.percent)) {
    push(
      'fixedWeighting',
      `expected a fixed weight of at most the maximum (${max.percent.toString()} points of ${max.of}), received ${fixed.percent.toString()}`,
      fixed,
    );
  }
}

const outcome = /* @__PURE__ */ lazy(() =>
  withChecks(
    strictObject(
      {
        socialValue: optionalSchema(choiceSchema(['required', 'recommended'])),
        minimumWeighting: optionalSchema(weighting()),
        maximumWeighting: optionalSchema(weighting()),
        fixedWeighting: optionalSchema(weighting()),
        environmentalWeighting: optionalSchema(weighting()),
        targetSocialValueAddedRatio: optionalSchema(fractionSchema('ratio')),
      },
      { targetSocialValueAdded: 'targetSocialValueAddedRatio' },
    ),
    ({ value: read, issues }) => {
      if (!Object.values(read).some((value) => value !== undefined)) {
        issues.push({
          code: 'custom',
          input: read,
          message:
            'expected at least one outcome (socialValue, a weighting or a target social value added ratio)',
        });
      }
      weightingConflicts(read, (path, message, input) =>
        issues.push({ code: 'custom', input, path: [path, 'percent'], message }),
      );
    },
  ),
);

function ruleShape() {
  return {
    id: idSchema,
    name: idSchema,
    scope: optionalSchema(scope()),
    source: optionalSchema(textSchema),
    note: optionalSchema(textSchema),
    when: optionalSchema(conditions()),
    outcome: outcome(),
  };
}

/** One rule of a policy input. Internal. */
export const ruleSchema = /* @__PURE__ */ lazy(() => strictObject(ruleShape(), { title: 'name' }));

/** One rule of a policy snapshot (scope and conditions written out). Internal. */
const snapshotRuleSchema = /* @__PURE__ */ lazy(() =>
  strictObject({ ...ruleShape(), scope: scope(), when: conditions() }),
);

/** A policy input; included policies are read one by one. Internal. */
export const policyInputSchema = /* @__PURE__ */ lazy(() =>
  strictObject(
    {
      id: idSchema,
      name: idSchema,
      source: optionalSchema(textSchema),
      include: optionalSchema(listSchema(anySchema)),
      rules: listSchema(ruleSchema()),
    },
    { title: 'name', includes: 'include' },
  ),
);

/** A policy snapshot (what `JSON.stringify` gives of a `Policy`). Internal. */
export const policySnapshotSchema = /* @__PURE__ */ lazy(() =>
  snapshotObject('policy', {
    id: idSchema,
    name: idSchema,
    source: optionalSchema(textSchema),
    includes: listSchema(idSchema),
    rules: listSchema(snapshotRuleSchema()),
  }),
);

const points = /* @__PURE__ */ lazy(() => numericSchema({ min: 0, max: 100 }));

/** Weights of the award criteria by group, in percentage points. Internal. */
export const weightsSchema = /* @__PURE__ */ lazy(() =>
  strictObject({
    price: points(),
    quality: optionalSchema(points()),
    socialValue: optionalSchema(points()),
    environmental: optionalSchema(points()),
    other: optionalSchema(points()),
  }),
);

/** The criterion kinds of an evaluation model, as the evaluation area names them. Internal. */
const modelCriterionKinds = [
  'price',
  'quality',
  'social-value',
  'environmental',
  'custom',
] as const;

/**
 * An evaluation model read structurally: only its method (a price per quality point is an
 * absolute price method) and the criteria's kinds and weights matter; every other field of the
 * model (scoring methods, names, tie-breaks) is allowed and ignored. Internal.
 */
export const modelSchema = /* @__PURE__ */ lazy(() =>
  looseObject({
    kind: optionalSchema(choiceSchema(['evaluation-model'])),
    method: optionalSchema(
      choiceSchema(['weighted', 'price-per-quality-point', 'value-for-money']),
    ),
    criteria: withChecks(
      listSchema(
        looseObject({
          kind: choiceSchema(modelCriterionKinds),
          weight: optionalSchema(points()),
          subCriteria: optionalSchema(
            withChecks(listSchema(looseObject({ weight: points() })), minLength(1)),
          ),
        }),
      ),
      minLength(1),
    ),
  }),
);
