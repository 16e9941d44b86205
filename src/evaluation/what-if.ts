import type { Decimal as DecimalJs } from 'decimal.js';
import { seal } from '../core/brand.js';
import type { Decimal } from '../core/decimal.js';
import { quoteText } from '../core/describe-value.js';
import { SocialValueError, type SocialValueIssue } from '../core/errors.js';
import { idText } from '../core/id-text.js';
import { issueAt, issuesError } from '../core/issue.js';
import { listed } from '../core/listing.js';
import { divide, INPUT_DECIMAL_PLACES_LIMIT } from '../core/numeric-domain.js';
import { didYouMean } from '../core/suggest.js';
import { sumDecimals } from '../core/sum.js';
import { figureText } from '../core/wording.js';
import { parseInput } from '../core/zod-error.js';
import { HUNDRED, ONE } from './constants.js';
import { criterionSuggester, type Named } from './criterion-suggester.js';
import { checkTotalWeight, readModel } from './define-evaluation.js';
import { evaluateParsed } from './evaluate-tenders.js';
import { type Fraction, fraction, product } from './fraction.js';
import { type Leaf, weighedExactly } from './model-plan.js';
import { readBids } from './read-bids.js';
import { changesSchema, type ParsedBid } from './schemas.js';
import type {
  BidInput,
  Criterion,
  EvaluationModel,
  EvaluationModelInput,
  WhatIfChanges,
  WhatIfResult,
} from './types.js';
import { whatIfOutcome } from './what-if-outcome.js';

/**
 * Scales values in proportion so they sum to `target`: each to 34 significant digits and at most
 * 40 decimal places, so a changed model stays inside the numeric domain of a model's input (and
 * its JSON reads back): the weight printed, not the one scored (see {@link withWeight}). The
 * largest value (the last of equals) takes the rounding rest (a value of 0 stays 0). Shares
 * rounded half-up (`rounding` 4, decimal.js's constants written as their values) may pass a
 * `target` of a few units of the 40th place (four shares of 2e-40 are 0.5e-40, each rounded to
 * 1e-40): they are then rounded down (1), so the others sum to at most their exact shares and
 * 5e-34 of `target` more (34 significant digits), and the largest, at least 1/n of `target`,
 * keeps 0 or more.
 */
function scaleTo(
  values: readonly Decimal[],
  target: Decimal,
  rounding: DecimalJs.Rounding = 4,
): Decimal[] {
  const sum = sumDecimals(values);
  const scaled = values.map((value) =>
    divide(value.times(target), sum).toDecimalPlaces(INPUT_DECIMAL_PLACES_LIMIT, rounding),
  );
  let largest = 0;
  values.forEach((value, index) => {
    if (value.gte(values[largest]!)) largest = index;
  });
  if (!sum.isZero()) {
    scaled[largest] = target.minus(sumDecimals(scaled.filter((_, index) => index !== largest)));
    if (scaled[largest]!.isNegative()) return scaleTo(values, target, 1);
  }
  return scaled;
}

/** The exact weight of each criterion and sub-criterion of a changed model, by the object. */
type ExactWeights = Map<Leaf, Fraction>;

/**
 * The criterion at `weight` (rounded: see {@link scaleTo}), its sub-criteria rescaled in
 * proportion, each with its exact weight in `exact` (`exactWeight` its own, unrounded).
 */
function withWeight(
  criterion: Criterion,
  weight: Decimal,
  exactWeight: Fraction,
  exact: ExactWeights,
): Criterion {
  const subCriteria = criterion.subCriteria;
  let changed: Criterion = { ...criterion, weight };
  if (subCriteria !== undefined) {
    // Sub-criteria of a criterion that weighed nothing share its new weight equally.
    const zero = criterion.weight.isZero();
    const parts = subCriteria.map((sub) => (zero ? ONE : sub.weight));
    const scaled = scaleTo(parts, weight);
    const sum = sumDecimals(parts);
    changed = {
      ...changed,
      subCriteria: subCriteria.map((sub, index) => {
        const part = { ...sub, weight: scaled[index]! };
        exact.set(part, product(exactWeight, parts[index]!, sum));
        return part;
      }),
    };
  }
  exact.set(changed, exactWeight);
  return changed;
}

/** Refuses changes naming an unknown criterion or bid, with the closest known ids. */
function checkKnown(
  keys: Iterable<string>,
  known: readonly Named[],
  field: 'weights' | 'prices',
  expected: string,
): void {
  const knownSet = new Set(known.map((criterion) => criterion.id));
  const closest = criterionSuggester(known);
  const issues: SocialValueIssue[] = [];
  for (const key of keys) {
    if (knownSet.has(key)) continue;
    issues.push(
      issueAt(
        ['changes', field, key],
        `expected ${expected}, received ${quoteText(key)}${didYouMean(closest(key))}`,
      ),
    );
  }
  if (issues.length > 0) {
    throw issuesError('changes', issues);
  }
}

/**
 * Rescaled changed weights all below 1 read two ways (`0.5`: 0.5 points, or the fraction 0.5,
 * 50 points): refused naming both, with the points the fraction means and every weight the
 * points reading gives, to pass with `rescale: false` (where the sum of 100 settles which).
 */
function checkPoints(weights: ReadonlyMap<string, Decimal>, criteria: readonly Criterion[]): void {
  const given = [...weights].filter(([, weight]) => !weight.isZero());
  if (given.length === 0 || given.some(([, weight]) => weight.gte(1))) return;
  const all = listed(
    criteria.map((criterion) => `${idText(criterion.id)}: ${figureText(criterion.weight, 40)}`),
  );
  throw new SocialValueError({
    code: 'invalid-input',
    message: `Invalid changes: each changed weight is below 1 and could be a fraction; for points, give every weight with rescale: false (${all}).`,
    issues: given.map(([id, weight], _, __, meant = figureText(weight.times(HUNDRED), 40)) =>
      issueAt(
        ['changes', 'weights', id],
        `expected a weight in percentage points from 0 to 100, received ${weight}: as points that is ${weight} of 100, as a fraction ${meant} points (did you mean ${meant}?)`,
      ),
    ),
  });
}

function reweigh(
  model: EvaluationModel,
  weights: ReadonlyMap<string, Decimal>,
  rescale: boolean,
  exact: ExactWeights,
): EvaluationModel {
  checkKnown(
    weights.keys(),
    model.criteria,
    'weights',
    'the id of a top-level criterion (sub-criteria move with their parent)',
  );
  const fixed = model.criteria.filter((criterion) => weights.has(criterion.id));
  const free = model.criteria.filter((criterion) => !weights.has(criterion.id));
  const fixedSum = sumDecimals(fixed.map((criterion) => weights.get(criterion.id)!));
  const freeSum = sumDecimals(free.map((criterion) => criterion.weight));
  const remainder = HUNDRED.minus(fixedSum);
  let freeWeights = free.map((criterion) => criterion.weight);
  // The free criteria's exact weights: as they are, or × remainder ÷ their sum.
  let scale = [ONE, ONE] as const;
  if (rescale && fixed.length > 0 && !remainder.isNegative() && !freeSum.isZero()) {
    freeWeights = scaleTo(freeWeights, remainder);
    scale = [remainder, freeSum];
  }
  const freeIndex = new Map(free.map((criterion, index) => [criterion, index]));
  const criteria = model.criteria.map((criterion) => {
    const given = weights.get(criterion.id);
    return given === undefined
      ? withWeight(
          criterion,
          freeWeights[freeIndex.get(criterion)!]!,
          product(fraction(criterion.weight), ...scale),
          exact,
        )
      : withWeight(criterion, given, fraction(given), exact);
  });
  // Criteria left out that weigh nothing cannot be scaled up to make up the rest: say so.
  const stuck =
    rescale && free.length > 0 && freeSum.isZero() && remainder.gt(0)
      ? `: the criteria left out (${listed(free.map((criterion) => idText(criterion.id)))}) weigh 0, so they cannot be rescaled to make up the rest; give their weights`
      : '';
  checkTotalWeight(criteria, ['changes', 'weights'], stuck);
  if (rescale) checkPoints(weights, criteria);
  return seal({ ...model, criteria }, 'evaluation-model');
}

function reprice(bids: readonly ParsedBid[], prices: ReadonlyMap<string, Decimal>): ParsedBid[] {
  checkKnown(prices.keys(), bids, 'prices', 'a bid id');
  return bids.map((bid) => {
    const price = prices.get(bid.id);
    return price === undefined ? bid : { ...bid, price };
  });
}

/**
 * Re-runs an evaluation with changed weights or prices and reports what moved: the two
 * evaluations, whether the winner changed, and every bid's rank and total before and after.
 * Weights are percentage points, as in the model: those named in `changes.weights` are set, and
 * the other criteria are rescaled in proportion so the weights still sum to exactly 100
 * (sub-criteria move with their parent). Changed weights that are all below 1 read two ways
 * once the others are rescaled (`0.05`: 0.05 points, or the fraction 0.05, 5 points), so they are
 * refused naming both: give `5` for 5 points, or every weight with `rescale: false` (the message
 * lists them) to keep 0.05 points; with `rescale: false` the sum of 100 settles which was meant.
 * The evaluation after (scores, minimums, totals, ranking, ties, winner) uses the rescaled weights
 * exactly, as fractions (sub-criteria of 50 and 25 under a parent set to 50 weigh 100/3 and
 * 50/3: bids that tie under that split tie, as in {@link weightSensitivity}), each score and total
 * one division to 34 significant digits. The changed model prints them rounded to 34 significant
 * digits and at most 40 decimal places (33.33…33 and 16.66…67), still summing to 100 and never
 * below 0 (shares of a few units of the 40th place rounded down), so that its JSON reads back;
 * evaluating it again scores those printed weights (docs/evaluation.md).
 *
 * @param model - A model from {@link defineEvaluation} (or its input, or its JSON).
 * @param bids - The bids, as for {@link evaluateTenders}.
 * @param changes - New weights by criterion id, new prices by bid id, and `rescale`.
 * @returns `{ kind: 'what-if', model, before, after, winnerChanged, moves, summary }`, frozen.
 * @throws SocialValueError `invalid-input` for an unknown criterion or bid
 * (`changes.weights.x`, with the closest ids), rescaled weights all below 1, or a weight or price
 * given as `undefined` (not read as "no change": leave the id out to keep it),
 * `weights-do-not-sum` (`changes.weights`) when the new weights cannot sum to 100 (saying so
 * when the criteria left out weigh 0 and cannot be rescaled), and as {@link evaluateTenders}.
 *
 * @example
 * ```ts
 * import { safe, whatIf } from 'social-value';
 *
 * const model = {
 *   criteria: [
 *     { id: 'quality', kind: 'quality', weight: 60, scoring: { method: 'scale', scale: '0-5' } },
 *     { id: 'price', kind: 'price', weight: 40, scoring: { method: 'relative-to-lowest' } },
 *   ],
 * } as const;
 * const bids = [
 *   { id: 'A', price: 100, responses: { quality: 4 } },
 *   { id: 'B', price: 125, responses: { quality: 5 } },
 * ];
 * const result = whatIf(model, bids, { weights: { price: 60 } });
 * result.model.criteria[0]?.weight.toString(); // => '40'
 * result.after.winner?.bid; // => 'A'
 * result.winnerChanged; // => true
 *
 * const fraction = safe(whatIf)(model, bids, { weights: { price: 0.6 } });
 * fraction.success ? '' : fraction.error.issues[0]?.message;
 * // => 'expected a weight in percentage points from 0 to 100, received 0.6: as points that is 0.6 of 100, as a fraction 60 points (did you mean 60?)'
 * // 0.6 points meant: every weight, not rescaled.
 * whatIf(model, bids, { weights: { quality: 99.4, price: 0.6 }, rescale: false }).after.winner?.bid;
 * // => 'B'
 * ```
 */
export function whatIf(
  model: EvaluationModel | EvaluationModelInput,
  bids: readonly BidInput[],
  changes: WhatIfChanges,
): WhatIfResult {
  const checked = readModel(model, ['model']);
  const parsedBids = readBids(bids, checked, ['bids']);
  const parsedChanges = parseInput(changesSchema(), changes, 'changes', ['changes']);
  const exact: ExactWeights = new Map();
  const changedModel = reweigh(
    checked,
    parsedChanges.weights ?? new Map(),
    parsedChanges.rescale,
    exact,
  );
  const repriced = reprice(parsedBids, parsedChanges.prices ?? new Map());
  const before = evaluateParsed(checked, parsedBids);
  // Scored with the exact weights, which the changed model prints rounded.
  const after = evaluateParsed(
    weighedExactly(changedModel, (leaf) => exact.get(leaf)!),
    repriced,
  );
  return seal(
    {
      kind: 'what-if',
      schemaVersion: 1,
      model: changedModel,
      before,
      after,
      ...whatIfOutcome(before, after),
    },
    'what-if',
  );
}
