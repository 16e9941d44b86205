import { isSealed, seal } from '../core/brand.js';
import type { Decimal } from '../core/decimal.js';
import { defined } from '../core/defined.js';
import { quoteText } from '../core/describe-value.js';
import type { SocialValueIssue } from '../core/errors.js';
import { expectKind } from '../core/expect-kind.js';
import { repeatCheck } from '../core/first-id.js';
import { fieldError, issueAt, issuesError } from '../core/issue.js';
import { listed } from '../core/listing.js';
import { didYouMean } from '../core/suggest.js';
import { suggester } from '../core/suggester.js';
import { sumDecimals } from '../core/sum.js';
import { figureText } from '../core/wording.js';
import { parseInput } from '../core/zod-error.js';
import { HUNDRED } from './constants.js';
import { evaluationModelSchema, type ParsedModel } from './schemas.js';
import type {
  Criterion,
  EvaluationModel,
  EvaluationModelInput,
  Scoring,
  SubCriterion,
} from './types.js';

type Path = readonly PropertyKey[];

const PRICE_METHODS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'relative-to-lowest',
  'linear',
  'mean-based',
  'percent-above-lowest',
  'graduated-pricing',
]);

/** True when a scoring method reads the bid's price. Internal. */
export function isPriceMethod(method: Scoring['method'] | 'group'): boolean {
  return PRICE_METHODS.has(method);
}

type Leaf =
  | ParsedModel['criteria'][number]
  | NonNullable<ParsedModel['criteria'][number]['subCriteria']>[number];

function checkMethods(model: ParsedModel, root: Path): SocialValueIssue[] {
  const issues: SocialValueIssue[] = [];
  const seen = new Set<string>();
  // Ids as a person reads them (as bids are read): `quality` and `Quality ` would be one column
  // of a bids sheet and one name in every sentence.
  const repeat = repeatCheck('id');
  const checkId = (value: string, at: Path) => {
    const issue = repeat(value, at);
    if (issue !== undefined) issues.push(issue);
    seen.add(value);
  };
  model.criteria.forEach((criterion, index) => {
    const at = [...root, 'criteria', index];
    checkId(criterion.id, [...at, 'id']);
    if (model.method !== 'weighted' && criterion.kind === 'price') {
      issues.push(
        issueAt(
          [...at, 'kind'],
          `a ${model.method} model takes the price from each bid: expected no price criterion`,
        ),
      );
    }
    if (criterion.subCriteria !== undefined && criterion.minimumMark !== undefined) {
      issues.push(issueAt([...at, 'minimumMark'], 'expected minimum marks on the sub-criteria'));
    }
    // Its leaves: itself, or its sub-criteria (each with its own id).
    const leaves: [Leaf, Path][] = criterion.subCriteria?.map((sub, subIndex) => [
      sub,
      [...at, 'subCriteria', subIndex],
    ]) ?? [[criterion, at]];
    for (const [leaf, leafAt] of leaves) {
      if (leaf !== criterion) checkId(leaf.id, [...leafAt, 'id']);
      const { scoring, minimumMark } = leaf as { scoring: Scoring; minimumMark?: Decimal };
      const price = isPriceMethod(scoring.method);
      if (price !== (criterion.kind === 'price')) {
        issues.push(
          issueAt(
            [...leafAt, 'scoring', 'method'],
            price
              ? `expected a method for a ${criterion.kind} criterion, received price method ${quoteText(scoring.method)}`
              : `expected a price method (${listed([...PRICE_METHODS].map(quoteText), { and: 'or' })}), received ${quoteText(scoring.method)}`,
          ),
        );
      }
      if (minimumMark !== undefined) {
        const scale =
          scoring.method === 'scale'
            ? scoring
            : scoring.method === 'blend'
              ? scoring.qualitative
              : undefined;
        // A minimum above the highest mark would disqualify every bid.
        const highest = scale?.marks.at(-1);
        if (highest === undefined) {
          issues.push(
            issueAt([...leafAt, 'minimumMark'], 'expected a minimum mark only with marks'),
          );
        } else if (minimumMark.gt(highest)) {
          issues.push(
            issueAt(
              [...leafAt, 'minimumMark'],
              `expected a minimum mark from 0 to ${highest} (the highest mark of the scale), received ${minimumMark}`,
            ),
          );
        }
      }
    }
  });
  if ((model.method === 'value-for-money') === (model.willingnessToPay === undefined)) {
    issues.push(
      issueAt(
        [...root, 'willingnessToPay'],
        model.willingnessToPay === undefined
          ? 'missing: expected the £ a buyer would pay per quality point'
          : `expected none: only the value-for-money method reads it (this model's method is "${model.method}")`,
      ),
    );
  }
  const closest = suggester(seen);
  // A rule for a kind of criterion the model has none of would settle no tie: refused, not read
  // as no rule.
  model.tieBreak.forEach((rule, index) => {
    const at = [...root, 'tieBreak', index];
    if (typeof rule === 'object') {
      if (!seen.has(rule.criterion)) {
        issues.push(
          issueAt(
            [...at, 'criterion'],
            `expected a criterion id, received ${quoteText(rule.criterion)}${didYouMean(closest(rule.criterion))}`,
          ),
        );
      }
      // `higher-quality` reads the quality criteria, `higher-social-value` the social-value ones.
    } else if (
      rule !== 'lower-price' &&
      !model.criteria.some((criterion) => rule === `higher-${criterion.kind}`)
    ) {
      issues.push(
        issueAt(
          at,
          `expected a rule this model can apply (it has no ${rule.slice(7)} criterion), received "${rule}"`,
        ),
      );
    }
  });
  return issues;
}

/**
 * Throws `weights-do-not-sum` unless the weights sum to exactly 100 percentage points; when
 * they sum to 1 (fractions) the message offers them in points; otherwise `why` (from `: `), the
 * caller's reason, is added to the message, or, without one, floating-point rounding is named
 * when the sum is within 1e-9 of 100. Internal.
 */
export function checkTotalWeight(
  criteria: readonly { readonly id: string; readonly weight: Decimal }[],
  path: Path,
  why = '',
): void {
  const total = sumDecimals(criteria.map((criterion) => criterion.weight));
  if (total.eq(HUNDRED)) return;
  // Fractions summing to 1 (`0.6, 0.3, 0.1`), not points summing to something else (`1, 1, 1`).
  const fractions = total.eq(1);
  const meant = fractions
    ? criteria.map((criterion) => figureText(criterion.weight.times(HUNDRED), 10))
    : [];
  // 100 / 3 as a JavaScript number is 33.333333333333336: three of them are 100.000000000000008.
  const noise = total.minus(HUNDRED).abs().lt('1e-9');
  const hint = fractions
    ? `: weights are percentage points, not fractions (did you mean ${listed(meant, { and: 'and' })}?)`
    : why ||
      (noise
        ? ': floating-point rounding (as in 100 / 3), so give the weights as decimal text summing to exactly 100 (thirds as "33.3333", "33.3333" and "33.3334")'
        : '');
  throw fieldError(
    'weights-do-not-sum',
    `The criteria weights sum to ${total}, not 100 percentage points${hint}.`,
    path,
    `expected weights summing to exactly 100 percentage points, received ${total}${hint}`,
    { sum: total.toString(), ...(fractions ? { suggestedWeights: meant } : {}) },
  );
}

/** Builds the checked, sealed model from parsed input. */
function buildModel(model: ParsedModel, root: Path): EvaluationModel {
  const issues = checkMethods(model, root);
  if (issues.length > 0) {
    throw issuesError('evaluation model', issues);
  }
  const criteria: Criterion[] = model.criteria.map((criterion, index) => {
    const base = { id: criterion.id, kind: criterion.kind, name: criterion.name ?? criterion.id };
    const minimums = {
      minimumScoreShare: criterion.minimumScoreShare,
      minimumMark: criterion.minimumMark,
    };
    if (criterion.subCriteria === undefined) {
      return defined({
        ...base,
        weight: criterion.weight!,
        scoring: criterion.scoring!,
        ...minimums,
      });
    }
    const subCriteria: SubCriterion[] = criterion.subCriteria.map((sub) =>
      defined({
        id: sub.id,
        name: sub.name ?? sub.id,
        kind: criterion.kind,
        weight: sub.weight,
        scoring: sub.scoring,
        minimumScoreShare: sub.minimumScoreShare,
        minimumMark: sub.minimumMark,
      }),
    );
    const weight = sumDecimals(subCriteria.map((sub) => sub.weight));
    // A group's own weight, when given, is the sum of its sub-criteria's.
    if (criterion.weight !== undefined && !criterion.weight.eq(weight)) {
      throw fieldError(
        'weights-do-not-sum',
        `The sub-criteria of ${quoteText(criterion.id)} weigh ${weight}, not its weight ${criterion.weight}.`,
        [...root, 'criteria', index, 'weight'],
        `expected ${weight} (the sum of its sub-criteria), received ${criterion.weight}`,
        { criterion: criterion.id, sum: weight.toString() },
      );
    }
    return defined({ ...base, weight, subCriteria, ...minimums });
  });
  checkTotalWeight(criteria, [...root, 'criteria']);
  return seal(
    defined({
      kind: 'evaluation-model',
      schemaVersion: 1,
      name: model.name,
      method: model.method,
      willingnessToPay: model.willingnessToPay,
      minimumQualityPoints: model.minimumQualityPoints,
      criteria,
      tieBreak: model.tieBreak,
      rounding: model.rounding,
      missingInput: model.missingInput,
      abnormallyLow: model.abnormallyLow,
    }),
    'evaluation-model',
  );
}

/**
 * The checked model behind a `model` parameter: a model from {@link defineEvaluation} as it
 * is; anything else (the buyer's input, a copy, a parsed JSON snapshot) checked exactly as
 * `defineEvaluation` checks it, with issue paths starting at `root`. Internal.
 */
export function readModel(value: unknown, root: Path = ['model']): EvaluationModel {
  if (isSealed(value, 'evaluation-model')) return value as EvaluationModel;
  expectKind(
    value,
    'evaluation-model',
    'an evaluation model (from defineEvaluation, or its JSON)',
    root,
  );
  return buildModel(parseInput(evaluationModelSchema, value, 'evaluation model', root), root);
}

/**
 * Checks and normalises a tender evaluation model: criteria with a kind, a weight in
 * percentage points and a scoring method (or sub-criteria with their own weights), optional
 * minimums that disqualify, tie-break rules, rounding of published scores, the treatment of
 * missing input and of abnormally low prices. Weights are checked exactly: they must sum to
 * 100 percentage points (weights given as fractions, such as 0.6 / 0.3 / 0.1, are refused with
 * the points they probably meant).
 *
 * Price criteria read each bid's `price` and use `relative-to-lowest`, `linear` or
 * `mean-based`; other criteria read the bid's response under their id and use `scale`,
 * `relative-to-highest`, `sva` or `blend`. For price per quality point or value for money, set
 * `method` and give only the quality criteria.
 *
 * A checked model (or its JSON, or a copy) is accepted again: it is returned as it is, or
 * checked again.
 *
 * @param model - The model as the buyer writes it.
 * @returns The checked model (frozen, `kind: 'evaluation-model'`), to pass to
 * {@link evaluateTenders} and friends.
 * @throws SocialValueError `invalid-input` (a bad or unknown field, a duplicate criterion id,
 * surrounding spaces not counted, with the path of the first, a
 * method that does not fit the criterion's kind), `out-of-range` (a number outside the numeric
 * domain) or `weights-do-not-sum` (path `model.criteria`, or `model.criteria[i].weight` when
 * sub-criteria disagree with their parent).
 *
 * @example
 * ```ts
 * import { defineEvaluation, safe } from 'social-value';
 *
 * const model = defineEvaluation({
 *   criteria: [
 *     { id: 'quality', kind: 'quality', weight: 60, scoring: { method: 'scale', scale: '0-5' } },
 *     { id: 'price', kind: 'price', weight: 30, scoring: { method: 'relative-to-lowest' } },
 *     { id: 'sv', kind: 'social-value', weight: 10, scoring: { method: 'relative-to-highest' } },
 *   ],
 *   tieBreak: ['higher-quality'],
 * });
 * model.kind; // => 'evaluation-model'
 * model.criteria.map((criterion) => criterion.weight.toString()); // => ['60', '30', '10']
 *
 * const fractions = safe(defineEvaluation)({
 *   criteria: [
 *     { id: 'quality', kind: 'quality', weight: 0.7, scoring: { method: 'scale', scale: '0-5' } },
 *     { id: 'price', kind: 'price', weight: 0.3, scoring: { method: 'relative-to-lowest' } },
 *   ],
 * });
 * fractions.success ? '' : fractions.error.code; // => 'weights-do-not-sum'
 * fractions.success ? '' : fractions.error.details.suggestedWeights; // => ['70', '30']
 * ```
 */
export function defineEvaluation(model: EvaluationModelInput | EvaluationModel): EvaluationModel {
  return readModel(model, ['model']);
}
