import { Decimal } from '../core/decimal.js';
import { SocialValueError, type SocialValueIssue } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { formatPath, pathSegments } from '../core/path.js';
import { sumDecimals } from '../core/sum.js';
import { parseInput } from '../core/zod-error.js';
import { evaluationModelSchema, type ParsedModel } from './schemas.js';
import type { Criterion, EvaluationModel, EvaluationModelInput, Scoring } from './types.js';

const PRICE_METHODS: ReadonlySet<Scoring['method']> = new Set([
  'relative-to-lowest',
  'linear',
  'mean-based',
]);
const defined = Symbol.for('social-value.evaluation-model');
const HUNDRED = new Decimal(100);

/** Builds one issue at a path. Internal. */
export function issueAt(segments: readonly PropertyKey[], message: string): SocialValueIssue {
  return { path: formatPath(segments), segments: pathSegments(segments), message };
}

/** True when a scoring method reads the bid's price. Internal. */
export function isPriceMethod(method: Scoring['method'] | 'group'): boolean {
  return PRICE_METHODS.has(method as Scoring['method']);
}

function checkMethods(model: ParsedModel): SocialValueIssue[] {
  const issues: SocialValueIssue[] = [];
  const seen = new Set<string>();
  const checkId = (value: string, at: PropertyKey[]) => {
    if (seen.has(value)) issues.push(issueAt(at, `expected a unique id, "${value}" is used twice`));
    seen.add(value);
  };
  model.criteria.forEach((criterion, index) => {
    checkId(criterion.id, ['criteria', index, 'id']);
    if (model.method !== 'weighted' && criterion.kind === 'price') {
      issues.push(
        issueAt(
          ['criteria', index, 'kind'],
          `a ${model.method} model takes the price from each bid: expected no price criterion`,
        ),
      );
    }
    const leaves = criterion.subCriteria?.map((sub, subIndex) => ({
      scoring: sub.scoring,
      minimumMark: sub.minimumMark,
      at: ['criteria', index, 'subCriteria', subIndex] as PropertyKey[],
      id: sub.id,
    })) ?? [
      {
        scoring: criterion.scoring!,
        minimumMark: criterion.minimumMark,
        at: ['criteria', index] as PropertyKey[],
        id: undefined,
      },
    ];
    if (criterion.subCriteria !== undefined && criterion.minimumMark !== undefined) {
      issues.push(
        issueAt(['criteria', index, 'minimumMark'], 'expected minimum marks on the sub-criteria'),
      );
    }
    for (const leaf of leaves) {
      if (leaf.id !== undefined) checkId(leaf.id, [...leaf.at, 'id']);
      const price = isPriceMethod(leaf.scoring.method);
      if (price !== (criterion.kind === 'price')) {
        issues.push(
          issueAt(
            [...leaf.at, 'scoring', 'method'],
            price
              ? `expected a method for a ${criterion.kind} criterion, received price method "${leaf.scoring.method}"`
              : `expected a price method (relative-to-lowest, linear, mean-based), received "${leaf.scoring.method}"`,
          ),
        );
      }
      if (
        leaf.minimumMark !== undefined &&
        leaf.scoring.method !== 'scale' &&
        leaf.scoring.method !== 'blend'
      ) {
        issues.push(
          issueAt([...leaf.at, 'minimumMark'], 'expected a minimum mark only with marks'),
        );
      }
    }
  });
  if (model.method === 'value-for-money' && model.willingnessToPay === undefined) {
    issues.push(
      issueAt(['willingnessToPay'], 'expected the £ a buyer would pay per quality point'),
    );
  }
  model.tieBreak.forEach((rule, index) => {
    if (typeof rule === 'object' && !seen.has(rule.criterion)) {
      issues.push(
        issueAt(
          ['tieBreak', index, 'criterion'],
          `expected a criterion id, received "${rule.criterion}"`,
        ),
      );
    }
  });
  return issues;
}

function checkWeights(criteria: readonly Criterion[], model: ParsedModel): void {
  model.criteria.forEach((criterion, index) => {
    const sum = criteria[index]!.weight;
    if (
      criterion.subCriteria !== undefined &&
      criterion.weight !== undefined &&
      !criterion.weight.eq(sum)
    ) {
      throw new SocialValueError({
        code: 'weights-do-not-sum',
        message: `The sub-criteria of "${criterion.id}" weigh ${sum.toString()}, not its weight ${criterion.weight.toString()}.`,
        issues: [
          issueAt(
            ['criteria', index, 'weight'],
            `expected ${sum.toString()} (the sum of its sub-criteria)`,
          ),
        ],
        details: { criterion: criterion.id, sum: sum.toString() },
      });
    }
  });
  checkTotalWeight(criteria);
}

/** Throws `weights-do-not-sum` unless the criteria weights sum to exactly 100. Internal. */
export function checkTotalWeight(criteria: readonly { readonly weight: Decimal }[]): void {
  const total = sumDecimals(criteria.map((criterion) => criterion.weight));
  if (!total.eq(HUNDRED)) {
    throw new SocialValueError({
      code: 'weights-do-not-sum',
      message: `The criteria weights sum to ${total.toString()}, not 100.`,
      issues: [
        issueAt(
          ['criteria'],
          `expected weights summing to exactly 100, received ${total.toString()}`,
        ),
      ],
      details: { sum: total.toString() },
    });
  }
}

/** Builds the checked model from parsed input. */
function buildModel(model: ParsedModel): EvaluationModel {
  const issues = checkMethods(model);
  if (issues.length > 0) {
    throw new SocialValueError({
      code: 'invalid-input',
      message: `Invalid evaluation model: ${issues.length === 1 ? '1 problem' : `${issues.length} problems`}.`,
      issues,
    });
  }
  const criteria: Criterion[] = model.criteria.map((criterion) => {
    const minimums = {
      ...(criterion.minimumScore === undefined ? {} : { minimumScore: criterion.minimumScore }),
      ...(criterion.minimumMark === undefined ? {} : { minimumMark: criterion.minimumMark }),
    };
    const base = { id: criterion.id, kind: criterion.kind, name: criterion.name ?? criterion.id };
    if (criterion.subCriteria === undefined) {
      return { ...base, weight: criterion.weight!, scoring: criterion.scoring!, ...minimums };
    }
    const subCriteria = criterion.subCriteria.map((sub) => ({
      id: sub.id,
      name: sub.name ?? sub.id,
      kind: criterion.kind,
      weight: sub.weight,
      scoring: sub.scoring,
      ...(sub.minimumScore === undefined ? {} : { minimumScore: sub.minimumScore }),
      ...(sub.minimumMark === undefined ? {} : { minimumMark: sub.minimumMark }),
    }));
    const weight = sumDecimals(subCriteria.map((sub) => sub.weight));
    return { ...base, weight, subCriteria, ...minimums };
  });
  checkWeights(criteria, model);
  const result: EvaluationModel = {
    ...(model.name === undefined ? {} : { name: model.name }),
    method: model.method,
    ...(model.willingnessToPay === undefined ? {} : { willingnessToPay: model.willingnessToPay }),
    ...(model.minimumQualityPoints === undefined
      ? {}
      : { minimumQualityPoints: model.minimumQualityPoints }),
    criteria,
    tieBreak: model.tieBreak,
    ...(model.rounding === undefined ? {} : { rounding: model.rounding }),
    missingInput: model.missingInput,
    ...(model.abnormallyLow === undefined ? {} : { abnormallyLow: model.abnormallyLow }),
  };
  return brandModel(result);
}

/** Marks a checked model as such (so it is not checked again) and freezes it. Internal. */
export function brandModel(model: EvaluationModel): EvaluationModel {
  Object.defineProperty(model, defined, { value: true });
  return deepFreeze(model);
}

/** The checked model: the same object when it came from `defineEvaluation`. Internal. */
export function modelOf(model: EvaluationModel | EvaluationModelInput): EvaluationModel {
  if ((model as unknown as Record<symbol, unknown>)[defined] === true)
    return model as EvaluationModel;
  return defineEvaluation(model as EvaluationModelInput);
}

/**
 * Checks and normalises a tender evaluation model: criteria with a kind, a weight in percent
 * and a scoring method (or sub-criteria with their own weights), optional minimum scores that
 * disqualify, tie-break rules, rounding of published scores, the treatment of missing input
 * and of abnormally low prices. Weights are checked exactly: they must sum to 100.
 *
 * Price criteria read each bid's `price` and use `relative-to-lowest`, `linear` or
 * `mean-based`; other criteria read the bid's response under their id and use `scale`,
 * `relative-to-highest`, `sva` or `blend`. For price per quality point or value for money, set
 * `method` and give only the quality criteria.
 *
 * @param model - The model as the buyer writes it.
 * @returns The checked model (frozen), to pass to {@link evaluateTenders} and friends.
 * @throws SocialValueError `invalid-input` (bad field, duplicate criterion id, a method that
 * does not fit the criterion's kind) or `weights-do-not-sum` (path `criteria`, or
 * `criteria[i].weight` when sub-criteria disagree with their parent).
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
 * model.criteria.map((criterion) => criterion.weight.toString()); // => ['60', '30', '10']
 *
 * const unbalanced = safe(defineEvaluation)({
 *   criteria: [{ id: 'price', kind: 'price', weight: 90, scoring: { method: 'relative-to-lowest' } }],
 * });
 * unbalanced.success ? '' : unbalanced.error.code; // => 'weights-do-not-sum'
 * ```
 */
export function defineEvaluation(model: EvaluationModelInput): EvaluationModel {
  const parsed = parseInput(evaluationModelSchema, model, 'evaluation model');
  return buildModel(parsed);
}
