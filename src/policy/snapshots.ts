import { seal } from '../core/brand.js';
import { choiceSchema } from '../core/choice-schema.js';
import { Decimal } from '../core/decimal.js';
import { booleanSchema } from '../core/expected-schema.js';
import { checked } from '../core/figure-issues.js';
import { figureSchema } from '../core/figure-schema.js';
import { lazy } from '../core/lazy.js';
import { idSchema, isoDateSchema, strictObject as strict, textSchema } from '../core/schemas.js';
import { type Severity, severities } from '../core/severity.js';
import { snapshotObject } from '../core/snapshot-object.js';
import { thenSchema } from '../core/then-schema.js';
import { percentText } from '../core/wording.js';
import { listSchema, nullableSchema, optionalSchema } from '../core/wrapper-schema.js';
import { parseInput } from '../core/zod-error.js';
import { weightingCheckOf } from './check-weighting.js';
import { revivePolicy } from './define-policy.js';
import { positionText, requirementOf } from './requires-social-value.js';
import { base, regime, scope, vatBasis } from './schemas.js';
import type {
  Policy,
  ProcurementThreshold,
  SocialValueRequirement,
  StatutoryThresholdCheck,
  WeightingCheck,
} from './types.js';
import { thresholdResult, ukProcurementThreshold } from './uk-procurement-threshold.js';
import { authorityKinds, contractTypes } from './vocabulary.js';

// Snapshot schemas list their keys in the order the live results have them, so a revived result
// stringifies to the same bytes as the original.

/** Any figure the library produced (below 1e60), as JSON gives it (a string) or a Decimal. */
const figure = /* @__PURE__ */ lazy(() => figureSchema());

const text = textSchema;

const thresholdSchema = /* @__PURE__ */ lazy(() =>
  snapshotObject('procurement-threshold', {
    id: idSchema,
    amount: /* @__PURE__ */ figureSchema({ min: 0, minExclusive: true }),
    vatBasis: vatBasis(),
    effectiveFrom: isoDateSchema,
    effectiveTo: nullableSchema(isoDateSchema),
    regime: regime(),
    level: choiceSchema(['threshold', 'small-lot', 'notifiable-below-threshold']),
    source: text,
    contractType: choiceSchema(contractTypes),
    authority: choiceSchema(authorityKinds),
    // Absent from snapshots written before the caution was added: none.
    warnings: thenSchema(
      optionalSchema(
        listSchema(
          strict({
            code: choiceSchema(['figures-may-be-revised']),
            severity: choiceSchema(['warning']),
            message: text,
          }),
        ),
      ),
      (warnings) => warnings ?? [],
    ),
    summary: text,
  }),
);

const weightingRequirement = /* @__PURE__ */ lazy(() =>
  strict({
    percent: figureSchema({ min: 0, max: 100 }),
    of: base(),
    rule: idSchema,
    ruleName: text,
  }),
);

const scopeRequirement = /* @__PURE__ */ lazy(() =>
  strict({
    required: booleanSchema,
    recommended: booleanSchema,
    rules: listSchema(idSchema),
    undetermined: listSchema(idSchema),
    minimumWeightings: listSchema(weightingRequirement()),
  }),
);

const requirementSchema = /* @__PURE__ */ lazy(() =>
  snapshotObject('social-value-requirement', {
    policy: idSchema,
    policyName: text,
    required: booleanSchema,
    recommended: booleanSchema,
    minimumWeighting: nullableSchema(weightingRequirement()),
    minimumWeightings: listSchema(weightingRequirement()),
    maximumWeighting: nullableSchema(weightingRequirement()),
    maximumWeightings: listSchema(weightingRequirement()),
    fixedWeightings: listSchema(weightingRequirement()),
    environmentalWeightings: listSchema(weightingRequirement()),
    targetSocialValueAddedRatio: nullableSchema(figure()),
    rule: nullableSchema(idSchema),
    rules: listSchema(idSchema),
    statutory: scopeRequirement(),
    local: scopeRequirement(),
    statutoryThreshold: nullableSchema(
      strict({
        // A live requirement holds the threshold as ukProcurementThreshold returned it: sealed.
        threshold: thenSchema(thresholdSchema(), (threshold) =>
          seal(threshold, 'procurement-threshold'),
        ),
        value: nullableSchema(figure()),
        atOrAbove: nullableSchema(booleanSchema),
        shortfall: nullableSchema(figure()),
      }),
    ),
    evaluations: listSchema(
      strict({
        rule: idSchema,
        ruleName: text,
        scope: scope(),
        status: choiceSchema(['applies', 'does-not-apply', 'undetermined']),
        reasons: listSchema(text),
        summary: text,
      }),
    ),
    reasons: listSchema(text),
    summary: text,
  }),
);

const weightingCheckSchema = /* @__PURE__ */ lazy(() =>
  snapshotObject('weighting-check', {
    ok: booleanSchema,
    weights: strict({
      price: figure(),
      quality: figure(),
      socialValue: figure(),
      environmental: figure(),
      other: figure(),
    }),
    total: figure(),
    socialValueShare: strict({
      total: nullableSchema(figure()),
      quality: nullableSchema(figure()),
      'non-price': nullableSchema(figure()),
    }),
    findings: listSchema(
      strict({
        code: choiceSchema([
          'weights-do-not-sum',
          'social-value-minimum',
          'social-value-maximum',
          'social-value-fixed',
          'environmental-minimum',
        ]),
        severity: choiceSchema(severities as [Severity, ...Severity[]]),
        ok: booleanSchema,
        rule: nullableSchema(idSchema),
        ruleName: nullableSchema(text),
        of: base(),
        requiredPercent: figure(),
        actualPercent: figure(),
        message: text,
      }),
    ),
    // A live check holds the requirement as requiresSocialValue returned it: sealed.
    requirement: thenSchema(requirementSchema(), (requirement) =>
      seal(requirement, 'social-value-requirement'),
    ),
    summary: text,
  }),
);

/**
 * A stored threshold written again: from the shipped table's row when the table gives the row of
 * its id for its contract type, authority, level and regime on its first day; else (a row of
 * another version's table) from its own figures. Its warnings depend on the day the procurement
 * commenced, which it does not store: taken as stored.
 */
function thresholdAgain(stored: ProcurementThreshold): ProcurementThreshold {
  let row = stored;
  try {
    const { contractType, authority, level, regime } = stored;
    const query = { contractType, authority, level, regime, commencedOn: stored.effectiveFrom };
    const shipped = ukProcurementThreshold(query);
    if (shipped.id === stored.id) row = shipped;
  } catch {
    // No row for it in this version's table: its figures are taken as stored.
  }
  return thresholdResult(row, stored.contractType, stored.authority, stored.warnings);
}

/**
 * A stored threshold check written again from its threshold and the contract's value on the
 * threshold's VAT basis (the value itself needs the VAT rate: taken as stored): at or above, or
 * short by the difference. A value below an ex-VAT threshold may have been divided from an
 * inc-VAT one, and the live shortfall is divided apart (see `shortfallOf`): a stored shortfall
 * within the two divisions' rounding (1e-33 of the amount) of the difference is taken, so that
 * a value that rounds to the threshold may still fall short.
 */
function checkAgain(stored: StatutoryThresholdCheck): StatutoryThresholdCheck {
  const threshold = thresholdAgain(stored.threshold);
  const { value, shortfall } = stored;
  if (value === null) return { threshold, value, atOrAbove: null, shortfall: null };
  const { amount } = threshold;
  let gap = value.gte(amount) ? new Decimal(0) : amount.minus(value);
  if (
    threshold.vatBasis === 'exclusive' &&
    shortfall?.gt(0) &&
    shortfall.minus(gap).abs().lte(amount.times('1e-33'))
  ) {
    gap = shortfall;
  }
  return { threshold, value, atOrAbove: gap.isZero(), shortfall: gap };
}

/**
 * A stored requirement written again from what it takes as given (the weightings, deciding rule
 * and flags of the policy's rules, the contract's value on the threshold's basis, the threshold's
 * sentence up to that value, the evaluations), its threshold from the table. Its target is the
 * largest an applying rule's sentence ends by stating, to the hundredth of a percent it is
 * written to: the stored target when it writes so.
 */
function requirementAgain(stored: SocialValueRequirement): SocialValueRequirement {
  const check = stored.statutoryThreshold && checkAgain(stored.statutoryThreshold);
  const [sentence = ''] = stored.reasons;
  // The targets as the summaries write them: `12.5%`, or `less than 0.01%` (read as 0 to order).
  const stated = stored.evaluations.flatMap((evaluation) => {
    const match =
      evaluation.status === 'applies' &&
      /arget social value added is ((?:less than )?[\d,.]+%) of the contract value\.$/.exec(
        evaluation.summary,
      );
    return match ? [match[1]!] : [];
  });
  const figureOf = (text: string) =>
    text.startsWith('less')
      ? new Decimal(0)
      : new Decimal(text.slice(0, -1).replaceAll(',', '')).times('0.01');
  const mostText = stated.reduce<string | undefined>(
    (a, b) => (a === undefined || figureOf(b).gt(figureOf(a)) ? b : a),
    undefined,
  );
  const most = mostText === undefined ? null : figureOf(mostText);
  const target = stored.targetSocialValueAddedRatio;
  return requirementOf({
    ...stored,
    targetSocialValueAddedRatio: most && target && percentText(target) === mostText ? target : most,
    statutoryThreshold: check,
    reasons: check
      ? [sentence.slice(0, sentence.lastIndexOf(" The contract's value")) + positionText(check)]
      : [],
  });
}

/** Reads a threshold snapshot. */
function reviveThreshold(json: unknown, path: readonly PropertyKey[]): ProcurementThreshold {
  const read = parseInput(
    thresholdSchema(),
    json,
    'procurement threshold',
    path,
  ) as ProcurementThreshold;
  return seal(
    checked('procurement threshold', path, thresholdAgain(read), read),
    'procurement-threshold',
  );
}

/** Reads a requirement snapshot. */
function reviveRequirement(json: unknown, path: readonly PropertyKey[]): SocialValueRequirement {
  const read = parseInput(
    requirementSchema(),
    json,
    'social value requirement',
    path,
  ) as SocialValueRequirement;
  return seal(
    checked('social value requirement', path, requirementAgain(read), read),
    'social-value-requirement',
  );
}

/**
 * Reads a weighting check snapshot. Whether a rule advises rather than asks for its weighting
 * (it recommends social value) is stored only in its findings' wording: read from there.
 */
function reviveWeightingCheck(json: unknown, path: readonly PropertyKey[]): WeightingCheck {
  const read = parseInput(weightingCheckSchema(), json, 'weighting check', path) as WeightingCheck;
  const advised = new Set(
    read.findings
      .filter((finding) => finding.message.startsWith(`Rule ${finding.rule} advises `))
      .map((finding) => finding.rule!),
  );
  const again = weightingCheckOf(read.weights, requirementAgain(read.requirement), advised);
  return seal(checked('weighting check', path, again, read), 'weighting-check');
}

/**
 * The snapshot readers of the policy area, by kind: each validates a parsed JSON snapshot (what
 * `JSON.stringify` gives of the result) and returns the live, sealed object, so that
 * `revive(JSON.parse(JSON.stringify(x)))` deep-equals `x`. Internal: the public `revive`
 * dispatches to them.
 */
export const policySnapshots: {
  readonly policy: (json: unknown, path: readonly PropertyKey[]) => Policy;
  readonly 'procurement-threshold': (
    json: unknown,
    path: readonly PropertyKey[],
  ) => ProcurementThreshold;
  readonly 'social-value-requirement': (
    json: unknown,
    path: readonly PropertyKey[],
  ) => SocialValueRequirement;
  readonly 'weighting-check': (json: unknown, path: readonly PropertyKey[]) => WeightingCheck;
} = {
  policy: revivePolicy,
  'procurement-threshold': reviveThreshold,
  'social-value-requirement': reviveRequirement,
  'weighting-check': reviveWeightingCheck,
};
