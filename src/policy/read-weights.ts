import { Decimal } from '../core/decimal.js';
import { describeReceived } from '../core/describe-value.js';
import { expectedText } from '../core/expected-text.js';
import { fieldError } from '../core/issue.js';
import { sumDecimals } from '../core/sum.js';
import { figureText } from '../core/wording.js';
import { parseInput } from '../core/zod-error.js';
import { modelSchema, weightsSchema } from './schemas.js';
import type { CriterionWeights, EvaluationModelLike, WeightsByGroup } from './types.js';

const GROUP_OF_KIND = {
  price: 'price',
  quality: 'quality',
  'social-value': 'socialValue',
  environmental: 'environmental',
  custom: 'other',
} as const satisfies Record<string, keyof WeightsByGroup>;

const GROUP_WORDS: Readonly<Record<keyof WeightsByGroup, string>> = {
  price: 'price',
  quality: 'quality',
  socialValue: 'social value',
  environmental: 'environmental',
  other: 'other',
};

function fromModel(input: unknown, path: readonly PropertyKey[]): WeightsByGroup {
  const model = parseInput(modelSchema(), input, 'evaluation model', path);
  const sums: Record<keyof WeightsByGroup, Decimal> = {
    price: new Decimal(0),
    quality: new Decimal(0),
    socialValue: new Decimal(0),
    environmental: new Decimal(0),
    other: new Decimal(0),
  };
  model.criteria.forEach((criterion, index) => {
    const parts =
      criterion.subCriteria === undefined
        ? undefined
        : sumDecimals(criterion.subCriteria.map((sub) => sub.weight));
    // Both given and disagreeing: which is meant cannot be told (defineEvaluation refuses it).
    if (parts !== undefined && criterion.weight !== undefined && !parts.eq(criterion.weight)) {
      throw fieldError(
        'invalid-input',
        'Invalid evaluation model: 1 problem.',
        [...path, 'criteria', index, 'weight'],
        `expected ${parts} (the sum of its sub-criteria), received ${criterion.weight}`,
      );
    }
    const weight = criterion.weight ?? parts;
    if (weight === undefined) {
      throw fieldError(
        'invalid-input',
        'Invalid evaluation model: 1 problem.',
        [...path, 'criteria', index, 'weight'],
        'missing: expected a weight in percentage points, or sub-criteria with weights',
      );
    }
    const group = GROUP_OF_KIND[criterion.kind];
    sums[group] = sums[group].plus(weight);
  });
  return sums;
}

function fromWeights(input: unknown, path: readonly PropertyKey[]): WeightsByGroup {
  const weights = parseInput(weightsSchema(), input, 'weights', path);
  const zero = new Decimal(0);
  return {
    price: weights.price,
    quality: weights.quality ?? zero,
    socialValue: weights.socialValue ?? zero,
    environmental: weights.environmental ?? zero,
    other: weights.other ?? zero,
  };
}

/**
 * Refuses weights that look like fractions (a positive sum of at most 1): weights are percentage
 * points, and the message gives the points the caller probably meant.
 */
function refuseFractions(weights: WeightsByGroup, path: readonly PropertyKey[]): void {
  const total = sumDecimals(Object.values(weights));
  if (total.isZero() || total.gt(1)) return;
  const meant = (Object.keys(weights) as (keyof WeightsByGroup)[])
    .filter((group) => !weights[group].isZero())
    .map((group) => `${GROUP_WORDS[group]} ${figureText(weights[group].times(100), 10)}`)
    .join(', ');
  throw fieldError(
    'invalid-input',
    'Invalid weights: 1 problem.',
    path,
    `expected weights in percentage points that sum to 100, received weights that sum to ${total.toString()} (fractions?): did you mean ${meant}?`,
    { expectedUnit: 'percentage points' },
  );
}

/**
 * The weights by group, from criterion weights or an evaluation model (a sealed
 * `defineEvaluation` result, its snapshot or a hand-made model: read by the criteria's kinds and
 * weights only). Internal.
 */
export function readWeights(
  input: CriterionWeights | EvaluationModelLike,
  path: readonly PropertyKey[],
): WeightsByGroup {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw fieldError(
      'invalid-input',
      'Invalid weights: 1 problem.',
      path,
      expectedText(
        'criterion weights ({ price, quality, socialValue, environmental, other } in percentage points) or an evaluation model',
        input,
      ),
    );
  }
  // `kind: undefined` is no kind, as every optional key given as undefined is absent.
  const hasKind = (input as { kind?: unknown }).kind !== undefined && Object.hasOwn(input, 'kind');
  if (hasKind && (input as unknown as { kind: unknown }).kind !== 'evaluation-model') {
    throw fieldError(
      'invalid-input',
      'Invalid weights: 1 problem.',
      path,
      `expected criterion weights or an evaluation model, received ${describeReceived(input)}`,
    );
  }
  const weights =
    hasKind || Object.hasOwn(input, 'criteria') ? fromModel(input, path) : fromWeights(input, path);
  refuseFractions(weights, path);
  return weights;
}
