import type { Decimal } from '../core/decimal.js';
import { scoreText } from './amount-text.js';
import { type Fraction, fraction } from './fraction.js';
import type { Criterion, EvaluationModel, Scoring, SubCriterion } from './types.js';

/** A scored criterion: a criterion without sub-criteria, or a sub-criterion. Internal. */
export type Leaf = Criterion | SubCriterion;

/** One scored criterion of a model, with what the scoring needs to know about it. Internal. */
export interface LeafPlan {
  /** The criterion or sub-criterion. */
  readonly leaf: Leaf;
  /** Its checked scoring method. */
  readonly scoring: Scoring;
  /** Its position among the model's leaves. */
  readonly index: number;
  /** True when its score depends on the other bids (lowest, mean or median price, highest offer). */
  readonly relative: boolean;
  /** Its exact weight (its `weight`, or the weight `whatIf` rescaled it to, unrounded). */
  readonly weight: Fraction;
  /** Its weight as sentences print it. */
  readonly weightText: string;
  /**
   * For a marked leaf: the sentence of a bid given one mark after the leaf's name, by the mark's
   * place on the scale (the same mark always reads the same), filled as marks are first met.
   */
  readonly markSentences: Map<number, string>;
}

/** One top-level criterion of a model and its leaves (itself, or its sub-criteria). Internal. */
export interface CriterionPlan {
  /** The criterion. */
  readonly criterion: Criterion;
  /** Its exact weight, as a leaf's. */
  readonly weight: Fraction;
  /** Its leaves, in order. */
  readonly leaves: readonly LeafPlan[];
  /** True when it is split into sub-criteria. */
  readonly grouped: boolean;
  /** True when its own minimum is checked with the relative scores (a leaf of it is relative). */
  readonly relative: boolean;
}

/** What scoring a model needs, worked out once per model. Internal. */
export interface ModelPlan {
  /** Every leaf, in model order. */
  readonly leaves: readonly LeafPlan[];
  /** Every top-level criterion with its leaves. */
  readonly criteria: readonly CriterionPlan[];
  /** True when some criterion (or the model) has a minimum that disqualifies. */
  readonly hasMinimums: boolean;
  /** True when some leaf is relative (the model's minimum quality points then wait for them). */
  readonly anyRelative: boolean;
}

// The methods that score a bid against the others: the lowest, mean or median price, the
// highest offer.
const RELATIVE: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'relative-to-lowest',
  'percent-above-lowest',
  'graduated-pricing',
  'mean-based',
  'relative-to-highest',
]);

function planLeaf(leaf: Leaf, index: number): LeafPlan {
  const scoring = leaf.scoring!;
  return {
    leaf,
    scoring,
    index,
    weight: fraction(leaf.weight),
    // A blend compares its quantitative part as that method would alone.
    relative: RELATIVE.has(
      scoring.method === 'blend' ? scoring.quantitative.method : scoring.method,
    ),
    weightText: scoreText(leaf.weight),
    markSentences: new Map(),
  };
}

const hasOwnMinimum = (leaf: {
  readonly minimumScoreShare?: Decimal | undefined;
  readonly minimumMark?: Decimal | undefined;
}) => leaf.minimumScoreShare !== undefined || leaf.minimumMark !== undefined;

function planModel(model: EvaluationModel): ModelPlan {
  const leaves: LeafPlan[] = [];
  const criteria = model.criteria.map((criterion): CriterionPlan => {
    const own: LeafPlan[] = [];
    for (const leaf of criterion.subCriteria ?? [criterion]) {
      own.push(planLeaf(leaf, leaves.length));
      leaves.push(own.at(-1)!);
    }
    return {
      criterion,
      weight: fraction(criterion.weight),
      leaves: own,
      grouped: criterion.subCriteria !== undefined,
      relative: own.some((leaf) => leaf.relative),
    };
  });
  return {
    leaves,
    criteria,
    hasMinimums:
      model.minimumQualityPoints !== undefined ||
      model.criteria.some(
        (criterion) =>
          hasOwnMinimum(criterion) || (criterion.subCriteria ?? []).some(hasOwnMinimum),
      ),
    anyRelative: leaves.some((leaf) => leaf.relative),
  };
}

// A model is frozen: its plan is worked out once and kept while the model lives.
const plans = /* @__PURE__ */ new WeakMap<EvaluationModel, ModelPlan>();

/** The plan of a checked model, worked out on first use. Internal. */
export function planOf(model: EvaluationModel): ModelPlan {
  let plan = plans.get(model);
  if (plan === undefined) {
    plan = planModel(model);
    plans.set(model, plan);
  }
  return plan;
}

/**
 * A copy of a checked model that scores with the exact weights `weightOf` gives its criteria
 * and sub-criteria (`whatIf`'s rescaled weights, which the model holds rounded): its scores
 * print the model's weights. Internal.
 */
export function weighedExactly(
  model: EvaluationModel,
  weightOf: (leaf: Leaf) => Fraction,
): EvaluationModel {
  const copy = { ...model };
  const plan = planModel(copy);
  for (const part of [...plan.leaves, ...plan.criteria]) {
    (part as { weight: Fraction }).weight = weightOf('leaf' in part ? part.leaf : part.criterion);
  }
  plans.set(copy, plan);
  return copy;
}
