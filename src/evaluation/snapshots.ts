import type * as z from 'zod/mini';
import { anySchema } from '../core/any-schema.js';
import { seal } from '../core/brand.js';
import { choiceSchema } from '../core/choice-schema.js';
import { Decimal } from '../core/decimal.js';
import { quoteText } from '../core/describe-value.js';
import { halfUnit, sumIfNot } from '../core/divided-sum.js';
import type { SocialValueIssue } from '../core/errors.js';
import { booleanSchema, expectedSchema } from '../core/expected-schema.js';
import { checked, figureIssues, same } from '../core/figure-issues.js';
import { figureSchema, ratioSchema } from '../core/figure-schema.js';
import { idText } from '../core/id-text.js';
import { intSchema } from '../core/int-schema.js';
import { issueAt, issuesError, snapshotError } from '../core/issue.js';
import { hintJsonSchema } from '../core/json-schema-hints.js';
import { listed } from '../core/listing.js';
import { oneOf } from '../core/one-of.js';
import { parseInto } from '../core/parse-into.js';
import { readerSchema } from '../core/reader-schema.js';
import { isPlainRecord, recordFrom } from '../core/record.js';
import { mapSchema } from '../core/record-schema.js';
import { type RoundingMode, roundingModes } from '../core/round-money.js';
import { idSchema, strictObject, textSchema } from '../core/schemas.js';
import { sumDecimals } from '../core/sum.js';
import { byCodeUnits } from '../core/text.js';
import { thenSchema } from '../core/then-schema.js';
import { listSchema, nullableSchema, optionalSchema } from '../core/wrapper-schema.js';
import { parseInput } from '../core/zod-error.js';
import { ONE, ZERO } from './constants.js';
import { isPriceMethod, readModel } from './define-evaluation.js';
import { evaluationSummary } from './evaluation-summary.js';
import {
  abnormallyLowCheck,
  exclusionReason,
  findAbnormallyLow,
  marginOf,
  type PricedBid,
} from './flag-abnormally-low.js';
import { planOf } from './model-plan.js';
import { byBasis, kindSchema, scoringForms } from './schemas.js';
import { missedMinimums } from './score-bids.js';
import { checkScores, refuse } from './score-figures.js';
import {
  MINIMUM_HELD,
  rangeReason,
  sensitivitySummary,
  TIE_BROKEN,
} from './sensitivity-summary.js';
import type {
  AbnormallyLowCheck,
  AbnormallyLowFinding,
  AbnormallyLowLimits,
  AbnormallyLowRule,
  CriterionScore,
  DisqualificationReason,
  EvaluationModel,
  RankedBid,
  TenderEvaluation,
  WeightSensitivity,
  WhatIfResult,
} from './types.js';
import { voted } from './voted.js';
import { whatIfOutcome } from './what-if-outcome.js';

// The JSON form of every result of the evaluation area is what `JSON.stringify` gives: Decimals
// as exact strings, records as objects. Each schema below lists the keys in the order the
// library writes them, so a revived result stringifies byte for byte as the original.

type Path = readonly PropertyKey[];

/** A figure the library computed: any size below 1e60, any number of decimal places. */
const figure = /* @__PURE__ */ figureSchema();
const text = textSchema;
const id = idSchema;
// The methods of `scoringForms`, in their order, and a group's.
type Method = keyof typeof scoringForms | 'group';
const scoringMethod = /* @__PURE__ */ choiceSchema([
  ...Object.keys(scoringForms),
  'group',
] as Method[] as [Method, ...Method[]]);

const methodSchema = /* @__PURE__ */ choiceSchema([
  'weighted',
  'price-per-quality-point',
  'value-for-money',
]);

/** A record of figures keyed by formula name or sub-criterion id, read in its order. */
const figureRecord = /* @__PURE__ */ mapSchema(figure, { expected: 'an object of figures' });

/**
 * Formula inputs are a plain object; a group's, keyed by sub-criterion ids, has no prototype. Set
 * on the score as read (an object of the reader's own, not the input), not on a copy of it.
 */
function withInputs<T extends { method: string; inputs: ReadonlyMap<string, Decimal> }>(score: T) {
  const { inputs } = score;
  return Object.assign(score, {
    inputs: score.method === 'group' ? recordFrom(inputs) : Object.fromEntries(inputs),
  }) as Omit<T, 'inputs'> & { inputs: Record<string, Decimal> };
}

const scoreShape = {
  criterion: id,
  criterionName: text,
  criterionKind: kindSchema,
  method: scoringMethod,
  weight: figure,
  raw: /* @__PURE__ */ nullableSchema(figure),
  scoreShare: figure,
  weightedScore: figure,
  formula: text,
  inputs: figureRecord,
  reason: text,
  unroundedWeightedScore: /* @__PURE__ */ optionalSchema(figure),
  marks: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ listSchema(figure)),
};
const leafScoreSchema = /* @__PURE__ */ thenSchema(
  /* @__PURE__ */ strictObject(scoreShape),
  withInputs,
);
const criterionScoreSchema = /* @__PURE__ */ thenSchema(
  /* @__PURE__ */ strictObject({
    ...scoreShape,
    subCriteria: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ listSchema(leafScoreSchema)),
  }),
  withInputs,
);

const findingShape = {
  code: /* @__PURE__ */ choiceSchema(['abnormally-low', 'not-abnormally-low', 'no-other-price']),
  severity: /* @__PURE__ */ choiceSchema(['warning', 'info']),
  message: text,
  bid: id,
  price: figure,
  flagged: booleanSchema,
};
const findingSchema = /* @__PURE__ */ byBasis(
  /* @__PURE__ */ strictObject({
    ...findingShape,
    adjustedAverage: figure,
    averageLimit: figure,
    lowestOther: /* @__PURE__ */ nullableSchema(figure),
    proximityMargin: /* @__PURE__ */ nullableSchema(figure),
    belowAverage: booleanSchema,
    beyondProximity: booleanSchema,
  }),
  /* @__PURE__ */ strictObject({
    ...findingShape,
    basis: /* @__PURE__ */ choiceSchema(['median']),
    medianPrice: figure,
    medianLimit: figure,
    lowestOther: /* @__PURE__ */ nullableSchema(figure),
    proximityMargin: /* @__PURE__ */ nullableSchema(figure),
    belowMedian: booleanSchema,
    beyondProximity: booleanSchema,
  }),
);

const reasonSchema = /* @__PURE__ */ strictObject({
  code: /* @__PURE__ */ choiceSchema([
    'below-minimum',
    'missing-input',
    'abnormally-low',
    'no-quality-points',
  ]),
  severity: /* @__PURE__ */ choiceSchema(['error']),
  message: text,
  criterion: /* @__PURE__ */ optionalSchema(id),
});

/**
 * `false`, or `{ findings }`: read by the value's form (an object is read as the findings, so
 * a misspelt key is named), with `expected false or an object, received …` for anything else.
 */
function disqualifiedSchema() {
  const no = expectedSchema<false>(
    (value) => value === false,
    () => 'false',
  );
  /* @__PURE__ */ hintJsonSchema(no, { kind: 'json', json: { type: 'boolean', const: false } });
  const findings = strictObject(
    { findings: listSchema(reasonSchema) },
    { reasons: 'findings' },
    'false or an object',
  );
  const schema = oneOf<false | { readonly findings: readonly z.output<typeof reasonSchema>[] }>(
    (value) => (value === false ? no : findings),
  );
  /* @__PURE__ */ hintJsonSchema(schema, { kind: 'union', options: [no, findings] });
  return schema;
}

/** A rank: 1 or more, or `null` for a disqualified bid. */
const rank = /* @__PURE__ */ nullableSchema(/* @__PURE__ */ intSchema(1));

const rankedBidSchema = /* @__PURE__ */ strictObject({
  bid: id,
  rank,
  total: figure,
  price: /* @__PURE__ */ nullableSchema(figure),
  // Price per quality point divides by the quality points, which may be far below 1: a ratio.
  rankingValue: /* @__PURE__ */ ratioSchema(),
  criteria: /* @__PURE__ */ listSchema(criterionScoreSchema),
  disqualified: /* @__PURE__ */ disqualifiedSchema(),
  abnormallyLow: /* @__PURE__ */ nullableSchema(findingSchema),
  tie: /* @__PURE__ */ nullableSchema(
    /* @__PURE__ */ strictObject({
      group: /* @__PURE__ */ intSchema(0),
      decidedBy: /* @__PURE__ */ nullableSchema(text),
    }),
  ),
});

const version = /* @__PURE__ */ choiceSchema([1]);

const tenderEvaluationSchema = /* @__PURE__ */ strictObject({
  kind: /* @__PURE__ */ choiceSchema(['tender-evaluation']),
  schemaVersion: version,
  method: methodSchema,
  better: /* @__PURE__ */ choiceSchema(['higher', 'lower']),
  ranking: /* @__PURE__ */ listSchema(rankedBidSchema),
  winner: /* @__PURE__ */ nullableSchema(rankedBidSchema),
  ties: /* @__PURE__ */ listSchema(
    /* @__PURE__ */ strictObject({
      bids: /* @__PURE__ */ listSchema(id),
      decided: booleanSchema,
      decidedBy: /* @__PURE__ */ listSchema(text),
      reason: text,
    }),
  ),
  rounding: /* @__PURE__ */ nullableSchema(
    /* @__PURE__ */ strictObject({
      places: /* @__PURE__ */ intSchema(0, 10),
      mode: /* @__PURE__ */ choiceSchema(roundingModes as [RoundingMode, ...RoundingMode[]]),
    }),
  ),
  summary: text,
});

const proximityShape = { proximityShare: figure, proximityMin: figure, proximityMax: figure };
const averageLimitsSchema = /* @__PURE__ */ strictObject({
  belowAverageShare: figure,
  ...proximityShape,
});
const medianLimitsSchema = /* @__PURE__ */ strictObject({
  basis: /* @__PURE__ */ choiceSchema(['median']),
  belowMedianShare: figure,
  ...proximityShape,
});

const checkShape = {
  kind: /* @__PURE__ */ choiceSchema(['abnormally-low-check']),
  schemaVersion: version,
};
const medianCheckSchema = /* @__PURE__ */ strictObject({
  ...checkShape,
  limits: medianLimitsSchema,
  medianPrice: /* @__PURE__ */ nullableSchema(figure),
  medianLimit: /* @__PURE__ */ nullableSchema(figure),
  findings: /* @__PURE__ */ listSchema(findingSchema),
  flagged: /* @__PURE__ */ listSchema(id),
  summary: text,
});
const averageCheckSchema = /* @__PURE__ */ strictObject({
  ...checkShape,
  limits: averageLimitsSchema,
  adjustedAverage: /* @__PURE__ */ nullableSchema(figure),
  averageLimit: /* @__PURE__ */ nullableSchema(figure),
  findings: /* @__PURE__ */ listSchema(findingSchema),
  flagged: /* @__PURE__ */ listSchema(id),
  summary: text,
});
/** A check by the test of its limits: a median check has no average figures. */
const abnormallyLowCheckSchema = /* @__PURE__ */ readerSchema((value, issues) => {
  const limits = isPlainRecord(value) ? value.limits : undefined;
  const median = isPlainRecord(limits) && Object.hasOwn(limits, 'basis');
  return median
    ? parseInto(medianCheckSchema, value, issues)
    : parseInto(averageCheckSchema, value, issues);
});

const weightSensitivitySchema = /* @__PURE__ */ strictObject({
  kind: /* @__PURE__ */ choiceSchema(['weight-sensitivity']),
  schemaVersion: version,
  winner: /* @__PURE__ */ nullableSchema(id),
  criteria: /* @__PURE__ */ listSchema(
    /* @__PURE__ */ strictObject({
      criterion: id,
      criterionName: text,
      weight: figure,
      range: /* @__PURE__ */ nullableSchema(
        /* @__PURE__ */ strictObject({ from: figure, to: figure }),
      ),
      winnerBelow: /* @__PURE__ */ nullableSchema(id),
      winnerAbove: /* @__PURE__ */ nullableSchema(id),
      reason: text,
    }),
  ),
  summary: text,
});

const whatIfSchema = /* @__PURE__ */ strictObject({
  kind: /* @__PURE__ */ choiceSchema(['what-if']),
  schemaVersion: version,
  model: anySchema,
  before: anySchema,
  after: anySchema,
  winnerChanged: booleanSchema,
  moves: /* @__PURE__ */ listSchema(
    /* @__PURE__ */ strictObject({
      bid: id,
      rankBefore: rank,
      rankAfter: rank,
      totalBefore: figure,
      totalAfter: figure,
    }),
  ),
  summary: text,
});

/**
 * A bid's price as its price scores read it: its `price`, and each price score's raw figure and
 * the price among its inputs (a score without input, none), the one most of them give expected
 * of all, so that one figure edited is refused at its place. Internal.
 */
function checkPrice(bid: RankedBid, at: Path, issues: SocialValueIssue[]): void {
  const places: { at: Path; value: Decimal | null }[] = [];
  const read = (score: CriterionScore, where: Path) => {
    if (score.subCriteria !== undefined) {
      score.subCriteria.forEach((part, i) => {
        read(part, [...where, 'subCriteria', i]);
      });
    } else if (isPriceMethod(score.method)) {
      places.push({ at: [...where, 'raw'], value: score.raw });
      const inputs = score.inputs as Readonly<Record<string, Decimal>>;
      if (Object.hasOwn(inputs, 'price'))
        places.push({ at: [...where, 'inputs', 'price'], value: inputs.price! });
    }
  };
  bid.criteria.forEach((score, i) => {
    read(score, [...at, 'criteria', i]);
  });
  if (places.length === 0) return;
  places.unshift({ at: [...at, 'price'], value: bid.price });
  const text = (value: Decimal | null) => (value === null ? 'null' : value.toString());
  const expected = voted(
    places.map((place) => place.value),
    text,
  )!;
  for (const place of places) {
    if (text(place.value) === text(expected)) continue;
    const received = place.value === null ? 'null' : `"${place.value}"`;
    issues.push(
      issueAt(
        place.at,
        `expected the price its price scores read (${text(expected)}), received ${received}`,
      ),
    );
  }
}

/**
 * The figures of a stored evaluation that must agree (a snapshot edited by hand may not): each
 * bid's scores as {@link checkScores} holds them to one another, its price the one its price
 * scores read ({@link checkPrice}), and its total the sum of its weighted scores; a weighted
 * ranking value is the total; a bid has a rank unless disqualified;
 * ranked bids come first, from rank 1, in order of their ranking value, each 1 more than the
 * bids before it or, tied with the bid before, the same as its (competition ranking: 1, 1, 3).
 */
function checkFigures(
  parsed: TenderEvaluation,
  path: Path,
  rule: AbnormallyLowRule | null | undefined,
  off?: Decimal,
): void {
  const issues: SocialValueIssue[] = [];
  const sign = parsed.better === 'higher' ? -1 : 1;
  const scores = checkScores(parsed, path, issues, off);
  const ids = new Set<string>();
  let previous: RankedBid | undefined;
  parsed.ranking.forEach((bid, index) => {
    if (ids.has(bid.bid)) {
      const message = `expected an id no other bid has, received ${quoteText(bid.bid)}`;
      issues.push(issueAt([...path, 'ranking', index, 'bid'], message));
    }
    ids.add(bid.bid);
    const agree = (key: PropertyKey[], what: string, expected?: Decimal, received = ZERO) => {
      if (expected?.eq(received) === false)
        refuse({ issues }, [...path, 'ranking', index, ...key], what, expected, received);
    };
    checkPrice(bid, [...path, 'ranking', index], issues);
    const sum = sumIfNot(scores[index]!, bid.total);
    agree(['total'], 'the sum of its weighted scores', sum, bid.total);
    // A total already refused is not also the figure its ranking value is held to.
    if (parsed.method === 'weighted' && sum === undefined)
      agree(['rankingValue'], 'its total', bid.total, bid.rankingValue);
    const rank = bid.rank;
    const after = previous?.rank;
    const order = after == null ? 0 : sign * bid.rankingValue.comparedTo(previous!.rankingValue);
    const fits =
      rank === null
        ? bid.disqualified !== false
        : bid.disqualified === false &&
          (previous === undefined
            ? rank === 1
            : after != null &&
              order >= 0 &&
              (rank === index + 1 || (order === 0 && rank === after)));
    if (!fits) {
      issues.push(
        issueAt(
          [...path, 'ranking', index, 'rank'],
          `expected null for a disqualified bid, else a rank from 1 in order of ranking value (${parsed.better} first) before the disqualified bids, received ${rank}`,
        ),
      );
    }
    previous = bid;
  });
  checkScreening(parsed.ranking, path, issues, rule);
  if (issues.length > 0) throw issuesError('tender evaluation snapshot', issues);
}

/**
 * `part` ÷ `whole` with the fewest significant digits that give `part` again when multiplied
 * by `whole`, as the check multiplied them: a share of 0.15 reads back as 0.15, not as a
 * quotient rounded in its 40th digit. When none does, the quotient to 40 digits whose product is
 * on the side of `part` that `side` says (1: at least `part`, -1: at most).
 */
function ratioOf(part: Decimal, whole: Decimal, side: 1 | -1): Decimal {
  const ratio = whole.isZero() ? ZERO : part.div(whole);
  for (let digits = 1; digits < 40; digits += 1) {
    const short = ratio.toSignificantDigits(digits);
    if (whole.times(short).eq(part)) return short;
  }
  return whole.times(ratio).comparedTo(part) === -side
    ? ratio.plus(new Decimal(`${side}e${ratio.e - 39}`))
    : ratio;
}

/**
 * The limits a stored evaluation's findings were worked out with, as far as their own figures
 * give them (the model is not stored): the share below from the limit most findings give over
 * the adjusted average or median price (from 0 to 1); the proximity margin's limits from the
 * margins beside the lowest other prices, the lowest price's and the second lowest's (one margin
 * for both: no share, that margin its least and most; margins no limits give: the lowest
 * price's as a share of it). The reference and the lowest other prices are worked out again
 * from `bids`, the prices screened.
 */
function impliedLimits(
  findings: readonly AbnormallyLowFinding[],
  bids: readonly PricedBid[],
): AbnormallyLowLimits {
  const limitsOf = (below: Decimal, share: Decimal, least: Decimal, most: Decimal) =>
    ({
      basis: findings[0]!.basis,
      belowAverageShare: below,
      belowMedianShare: below,
      proximityShare: share,
      proximityMin: least,
      proximityMax: most,
    }) as AbnormallyLowLimits;
  // The figures that depend on the prices alone, worked out with any limits of the same test.
  const prices = findAbnormallyLow(bids, limitsOf(ZERO, ZERO, ZERO, ZERO));
  const { adjustedAverage, medianPrice } = prices[0]!;
  const limit =
    voted(findings.map((finding) => finding.averageLimit ?? finding.medianLimit)) ?? ZERO;
  // A share from 0 to 1, as a model's: a limit above the reference or below 0 is refused.
  const below = Decimal.max(
    ZERO,
    ONE.minus(Decimal.min(ONE, ratioOf(limit, (adjustedAverage ?? medianPrice)!, 1))),
  );
  // The margins beside each lowest other price: the lowest price's, then the second lowest's.
  const others = prices.flatMap((finding) => finding.lowestOther ?? []);
  const margin = (lowest: Decimal) =>
    Decimal.max(
      ZERO,
      voted(
        findings
          .filter((_, index) => prices[index]!.lowestOther?.eq(lowest))
          .map((finding) => finding.proximityMargin),
      ) ?? ZERO,
    );
  const low = others.reduce((a, b) => Decimal.min(a, b), others[0] ?? ZERO);
  const high = others.reduce((a, b) => Decimal.max(a, b), low);
  const [least, most] = [margin(low), margin(high)];
  // The share that gives the largest margin (the product at least that margin, kept to it).
  const limits = limitsOf(below, least.eq(most) ? ZERO : ratioOf(most, high, 1), least, most);
  if (marginOf(low, limits).eq(least)) return limits;
  // No limits give both margins: the lowest price's, which most findings give, is read as a
  // share of it, so that the lowest bid's margin is the one refused.
  const share = ratioOf(least, low, -1);
  return limitsOf(below, share, least, high.times(share));
}

/**
 * The abnormally low findings of a stored evaluation's bids, worked out again as
 * `evaluateTenders` screens prices: each is its bid's, at its price, by one test; then every
 * finding is found again from the prices screened and the model's limits (a what-if's model) or,
 * a model not being stored with an evaluation, the limits the findings' own figures give
 * ({@link impliedLimits}), and compared whole: a figure, flag, code or sentence that disagrees
 * is refused at its place. Then the bids excluded as abnormally low ({@link checkExclusions}).
 * A what-if's model without a check (`rule` null) screens no price: any finding is refused.
 */
function checkScreening(
  ranking: readonly RankedBid[],
  path: Path,
  issues: SocialValueIssue[],
  rule: AbnormallyLowRule | null | undefined,
) {
  const screened = ranking.flatMap((bid, index) =>
    bid.abnormallyLow === null ? [] : [{ bid, index, finding: bid.abnormallyLow }],
  );
  const first = screened[0]?.finding;
  if (first === undefined || rule === null) {
    // A model without a check (a what-if's, stored) screens no price.
    for (const { index, finding } of screened) {
      figureIssues(issues, [...path, 'ranking', index, 'abnormallyLow'], null, finding);
    }
    checkExclusions(ranking, path, issues, [], undefined, rule?.action);
    return;
  }
  const at = (index: number) => [...path, 'ranking', index, 'abnormallyLow'];
  const count = issues.length;
  // Each finding is its bid's, at its price, by one test: then the prices are those screened.
  for (const { bid, index, finding } of screened) {
    figureIssues(
      issues,
      at(index),
      { bid: bid.bid, price: bid.price, basis: first.basis },
      { bid: finding.bid, price: finding.price, basis: finding.basis },
    );
  }
  if (issues.length > count) return;
  const findings = screened.map(({ finding }) => finding);
  const bids = findings.map((finding) => ({ id: finding.bid, price: finding.price }));
  const limits = rule ?? impliedLimits(findings, bids);
  const again = findAbnormallyLow(bids, limits);
  const found: AbnormallyLowFinding[] = [];
  screened.forEach(({ index, finding }, position) => {
    figureIssues(issues, at(index), again[position], finding);
    found[index] = again[position]!;
  });
  checkExclusions(ranking, path, issues, found, limits, rule?.action);
}

/**
 * The bids out as abnormally low, as `evaluateTenders` excludes them: when the model excludes
 * such bids (a what-if's model says so; an evaluation's, not stored, does when any bid is out
 * as abnormally low), every bid whose finding (worked out again, in `found` by its place) is
 * flagged is out for that reason alone, in its sentence written again; no other bid is.
 */
function checkExclusions(
  ranking: readonly RankedBid[],
  path: Path,
  issues: SocialValueIssue[],
  found: readonly (AbnormallyLowFinding | undefined)[],
  limits: AbnormallyLowLimits | undefined,
  action: AbnormallyLowRule['action'] | undefined,
) {
  const reasonsOf = (bid: RankedBid) =>
    bid.disqualified === false ? [] : bid.disqualified.findings;
  const excludes =
    action === undefined
      ? ranking.some((bid) => reasonsOf(bid).some((reason) => reason.code === 'abnormally-low'))
      : action === 'exclude';
  ranking.forEach((bid, index) => {
    const at = [...path, 'ranking', index, 'disqualified'];
    const finding = found[index];
    if (excludes && finding?.flagged) {
      // A finding was worked out again, so with limits.
      const expected = { findings: [exclusionReason(finding, limits!)] };
      figureIssues(issues, at, expected, bid.disqualified);
      return;
    }
    const why =
      finding === undefined
        ? 'its price was not screened'
        : finding.flagged
          ? 'the model flags abnormally low prices without excluding them'
          : 'its abnormally low finding is not flagged';
    reasonsOf(bid).forEach((reason, j) => {
      if (reason.code === 'abnormally-low') {
        const message = `expected another code (${why}), received "abnormally-low"`;
        issues.push(issueAt([...at, 'findings', j, 'code'], message));
      }
    });
  });
}

/** A criterion as a what-if's model and its scores both give it. */
interface Named {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly weight: Decimal;
  readonly subCriteria?: readonly Named[] | undefined;
}

/** A model's criteria: each one's id, name, kind and weight (when `weighed`), and its parts'. */
const modelCriteria = (criteria: readonly Named[], weighed: boolean): Named[] =>
  criteria.map(({ id, name, kind, weight, subCriteria }) => ({
    id,
    name,
    kind,
    weight: weighed ? weight : ZERO,
    subCriteria: subCriteria && modelCriteria(subCriteria, weighed),
  }));

/** The criteria a bid was scored on, as its model gives them. */
const scoredCriteria = (scores: readonly CriterionScore[]): Named[] =>
  scores.map((score) => ({
    id: score.criterion,
    name: score.criterionName,
    kind: score.criterionKind,
    weight: score.weight,
    subCriteria: score.subCriteria && scoredCriteria(score.subCriteria),
  }));

/**
 * The bids of a stored evaluation whose reasons for being out below a minimum differ from those
 * the model's minimums give, worked out as `evaluateTenders` works them out
 * ({@link missedMinimums}), from each bid's stored scores, total and marks: a bid out for missing
 * input or as abnormally low is not checked; one out below a minimum of the absolute scores is
 * not checked again with the relative ones. Each with its place, its stored reasons and those
 * worked out again.
 */
function minimumMisses(model: EvaluationModel, evaluation: TenderEvaluation) {
  const plan = planOf(model);
  return evaluation.ranking.flatMap((bid, index) => {
    const reasons = bid.disqualified === false ? [] : bid.disqualified.findings;
    const below = reasons.filter((reason) => reason.code === 'below-minimum');
    const readings = bid.criteria
      .flatMap((score) => score.subCriteria ?? score)
      .map((score) => ({ mark: score.inputs.mark }));
    const missed = (relative: boolean) =>
      missedMinimums(model, plan, { bid: { id: bid.bid }, readings }, bid, relative);
    // Missing input and abnormally low prices put a bid out before any minimum is checked.
    const absolute = missed(false);
    const expected = reasons.some(
      (reason) => reason.code === 'missing-input' || reason.code === 'abnormally-low',
    )
      ? []
      : absolute[0]
        ? absolute
        : missed(true);
    // Quality points beside price criteria are the exact scores' sum, not stored: a minimum
    // within the published scores' rounding of their sum may be met or missed.
    const points = bid.criteria
      .filter((score) => score.criterionKind !== 'price')
      .map((score) => score.weightedScore);
    const open =
      model.minimumQualityPoints !== undefined &&
      model.rounding === undefined &&
      points.length < bid.criteria.length &&
      model.minimumQualityPoints
        .minus(sumDecimals(points))
        .abs()
        .lte(sumDecimals(points.map(halfUnit)));
    const kept = (found: readonly DisqualificationReason[]) =>
      open ? found.filter((reason) => reason.criterion !== undefined) : found;
    return same(kept(expected), kept(below)) ? [] : [{ index, reasons, below, expected }];
  });
}

/**
 * Where in a model the minimum that gives (or would give) a bid's `below-minimum` reason is,
 * and its value: the model's minimum quality points for a reason about no criterion, else its
 * criterion's (or sub-criterion's) minimum mark or score share, by the reason's wording.
 */
function minimumAt(
  model: EvaluationModel,
  reason: DisqualificationReason,
): [PropertyKey[], Decimal | undefined] | undefined {
  const { criterion } = reason;
  if (criterion === undefined) return [['minimumQualityPoints'], model.minimumQualityPoints];
  const key = reason.message.includes(' minimum mark of ') ? 'minimumMark' : 'minimumScoreShare';
  for (const [i, { id, subCriteria, ...own }] of model.criteria.entries()) {
    if (id === criterion) return [['criteria', i, key], own[key]];
    for (const [j, sub] of (subCriteria ?? []).entries()) {
      if (sub.id === criterion) return [['criteria', i, 'subCriteria', j, key], sub[key]];
    }
  }
  return undefined;
}

/**
 * A stored evaluation read by its schema. Its winner, when it is one of its ranked bids as
 * stored (as the library writes it), is not read a second time but is that bid as read: the
 * same input reads the same (a bid of 80,000 scores was read three times for two bids). Any
 * other winner is read as it is; either way the check below holds it to the bid ranked first.
 */
function parseEvaluation(json: unknown, path: Path) {
  const stored = isPlainRecord(json) ? json : {};
  // Each read once: a getter may give another value on each read.
  const { ranking, winner } = stored;
  const at =
    Array.isArray(ranking) && isPlainRecord(winner)
      ? ranking.findIndex((bid) => same(bid, winner))
      : -1;
  const what = 'tender evaluation snapshot';
  if (at < 0) return parseInput(tenderEvaluationSchema, json, what, path);
  const parsed = parseInput(tenderEvaluationSchema, { ...stored, winner: null }, what, path);
  return { ...parsed, winner: parsed.ranking[at]! };
}

/** A tender evaluation from its JSON: the winner is its entry in the ranking. */
function reviveTenderEvaluation(
  json: unknown,
  path: Path,
  rule?: AbnormallyLowRule | null,
  off?: Decimal,
): TenderEvaluation {
  const parsed = parseEvaluation(json, path);
  checkFigures(parsed as TenderEvaluation, path, rule, off);
  const ranking = parsed.ranking as RankedBid[];
  // The winner is the one bid ranked first (a tie for first place has none), and the summary
  // is worked out again from the ranking: an edited one is refused.
  const first = ranking.filter((entry) => entry.rank === 1);
  const winner = first.length === 1 ? first[0]! : null;
  const stored = parsed.winner?.bid;
  if (stored !== undefined && !first.some((entry) => entry.bid === stored)) {
    throw snapshotError(
      [...path, 'winner', 'bid'],
      `expected the id of a bid ranked first, received ${quoteText(stored)}`,
    );
  }
  if (stored !== winner?.bid) {
    throw snapshotError(
      [...path, 'winner'],
      winner === null
        ? `expected null (${first.length} bids share rank 1: no winner until the tie is settled), received the bid ${quoteText(stored!)}`
        : `expected the bid ranked first, ${quoteText(winner.bid)}, received null`,
    );
  }
  // The winner is stored twice, in the ranking and on its own: the two must be the same.
  if (winner !== null)
    checked('tender evaluation snapshot', [...path, 'winner'], winner, parsed.winner);
  const summary = evaluationSummary(parsed.method, ranking);
  if (parsed.summary !== summary) {
    throw snapshotError(
      [...path, 'summary'],
      `expected ${JSON.stringify(summary)} (from its own figures), received ${JSON.stringify(parsed.summary)}`,
    );
  }
  return seal({ ...parsed, ranking, winner } as TenderEvaluation, 'tender-evaluation');
}

/**
 * The readers of the evaluation area's snapshots, by kind: each validates a parsed JSON
 * snapshot (or a copy of a result) and returns the live, sealed result, equal to the one that
 * was stored. A model is checked exactly as {@link defineEvaluation} checks it. Internal: the
 * public `revive` dispatches here.
 */
export const evaluationSnapshots = {
  'evaluation-model': (json: unknown, path: Path): EvaluationModel => readModel(json, path),
  'tender-evaluation': reviveTenderEvaluation,
  'weight-sensitivity': (json: unknown, path: Path): WeightSensitivity => {
    const parsed = parseInput(weightSensitivitySchema, json, 'weight sensitivity snapshot', path);
    // The summary is worked out again from the winner and the ranges: an edited one is refused.
    // Without a winner it quotes the evaluation's summary, which is not stored: its start is checked.
    const { winner, summary } = parsed;
    const criteria = parsed.criteria as WeightSensitivity['criteria'];
    const issues: SocialValueIssue[] = [];
    const expect = (at: PropertyKey[], want: string, received: string, whole: boolean) => {
      if (whole ? received !== want : !received.startsWith(want.slice(0, -1))) {
        // Only its start known (what follows is not stored): shown with "…" for its last stop.
        const shown = whole ? want : `${want.slice(0, -1)}…`;
        const message = `expected ${JSON.stringify(shown)} (from its own figures), received ${JSON.stringify(received)}`;
        issues.push(issueAt([...path, ...at], message));
      }
    };
    // The criteria are the model's: their weights sum to 100 points (each counted once: one
    // listed twice is refused below).
    const weights = sumDecimals(
      criteria
        .filter(
          (entry, i) => criteria.findIndex((other) => other.criterion === entry.criterion) === i,
        )
        .map((entry) => entry.weight),
    );
    if (criteria.length > 0 && !weights.eq(100)) {
      const message = `expected the model's criteria, whose weights sum to 100 points, received weights summing to ${weights}`;
      issues.push(issueAt([...path, 'criteria'], message));
    }
    // Ranges are a winner's: without one, the winner is the figure refused.
    const lost = winner === null && criteria.some((entry) => entry.range !== null);
    if (lost) {
      const message = 'expected the id of the bid whose ranges they are, received null';
      issues.push(issueAt([...path, 'winner'], message));
    }
    criteria.forEach((entry, i) => {
      const { criterion, criterionName, weight, range } = entry;
      const at = (key: string, message: string) =>
        issues.push(issueAt([...path, 'criteria', i, key], message));
      const first = criteria.findIndex((other) => other.criterion === criterion);
      if (first < i) {
        at(
          'criterion',
          `expected each criterion once, received ${quoteText(criterion)} again (as criteria[${first}])`,
        );
      }
      if (lost) return;
      // No range without a winner, nor for a criterion weighing 100 points (none to rescale),
      // as the reason says; else a range.
      const none =
        winner === null
          ? 'There is no single winner to test.'
          : weight.eq(100)
            ? `${idText(criterionName)} carries all the weight: no other weight to rescale.`
            : undefined;
      if ((none === undefined) === (range === null)) {
        at(
          'range',
          none === undefined
            ? 'expected a range (the criterion weighs under 100 points), received null'
            : `expected null (${none}), received a range`,
        );
      } else if (none !== undefined) expect(['criteria', i, 'reason'], none, entry.reason, true);
      // The weight in the model lies in its range (the winner wins there).
      if (range !== null && (range.from.gt(weight) || range.to.lt(weight))) {
        at(
          'range',
          `expected a range containing the criterion's weight (${weight} points), received ${range.from} to ${range.to}`,
        );
      }
      // The bid winning beyond an end: another than the winner, and none beyond 0 or 100.
      for (const [key, end, point] of [
        ['winnerBelow', range?.from.isZero() ?? none !== undefined, 0],
        ['winnerAbove', range?.to.eq(100) ?? none !== undefined, 100],
      ] as const) {
        const bid = entry[key];
        if (bid !== null && (end || bid === winner)) {
          at(
            key,
            `expected ${end ? `null (${range ? `the range reaches ${point}` : 'no range'})` : 'a bid other than the winner'}, received ${quoteText(bid)}`,
          );
        }
      }
    });
    // Whether the minimum quality points were held (the model is not stored), as the summary
    // says: its ranges' reasons say it too.
    const held = summary.endsWith(`${MINIMUM_HELD}.`);
    // A range's reason, from its figures: what follows an end is checked where one bid wins
    // beyond it alone (bids tying there are not stored); a range of one weight (a winner held by the
    // rounding of published scores) is taken as stored.
    criteria.forEach(({ criterionName, weight, range, winnerBelow, winnerAbove, reason }, i) => {
      if (winner === null || range === null || range.from.eq(range.to)) return;
      const beyond = (end: boolean, bid: string | null) =>
        end ? null : bid === null ? undefined : `${idText(bid)} wins`;
      const below = beyond(range.from.isZero(), winnerBelow);
      const above = beyond(range.to.eq(100), winnerAbove);
      // Bids tying beyond an end that the tie-break rules part are not stored either.
      const known = below !== undefined && above !== undefined && !reason.includes(TIE_BROKEN);
      const want = rangeReason(
        winner,
        criterionName,
        weight,
        range.from,
        range.to,
        known ? below : null,
        known ? above : null,
        known && held,
      );
      expect(['criteria', i, 'reason'], want, reason, known);
    });
    const want =
      winner === null ? 'No single winner: …' : sensitivitySummary(winner, criteria, held);
    expect(['summary'], want, summary, winner !== null);
    if (issues.length > 0) throw issuesError('weight sensitivity snapshot', issues);
    return seal(parsed, 'weight-sensitivity') as WeightSensitivity;
  },
  'abnormally-low-check': (json: unknown, path: Path): AbnormallyLowCheck => {
    const parsed = parseInput(
      abnormallyLowCheckSchema,
      json,
      'abnormally low check snapshot',
      path,
    );
    // Worked out again from its own prices and limits: an edited figure, flag or sentence is
    // refused at its place.
    const check = abnormallyLowCheck(
      parsed.findings.map((finding) => ({ id: finding.bid, price: finding.price })),
      parsed.limits,
    );
    checked<unknown>('abnormally low check snapshot', path, check, parsed);
    return check;
  },
  'what-if': (json: unknown, path: Path): WhatIfResult => {
    const parsed = parseInput(whatIfSchema, json, 'what-if snapshot', path);
    const model = readModel(parsed.model, [...path, 'model']);
    // Both evaluations screened prices with the model's limits (a what-if changes weights), or
    // none, when the model has no check.
    const rule = model.abnormallyLow ?? null;
    const before = reviveTenderEvaluation(parsed.before, [...path, 'before'], rule);
    // The evaluation after was scored with the exact weights the model prints rounded, each
    // within 1e-32 × the number of criteria and sub-criteria (see `whatIf`).
    const count = model.criteria.reduce(
      (sum, { subCriteria }) => sum + 1 + (subCriteria?.length ?? 0),
      0,
    );
    const after = reviveTenderEvaluation(
      parsed.after,
      [...path, 'after'],
      rule,
      new Decimal(`${count}e-32`),
    );
    // The model is the one both evaluations were scored with (the evaluation after with its
    // weights, as a what-if changes only weights and prices): their criteria are its own.
    const evaluations = [before, after];
    for (const weighed of [true, false]) {
      const scored = evaluations[+weighed]!.ranking[0]?.criteria;
      if (scored !== undefined) {
        checked(
          'what-if snapshot',
          [...path, 'model', 'criteria'],
          modelCriteria(scoredCriteria(scored), weighed),
          modelCriteria(model.criteria, weighed),
        );
      }
    }
    // The bids out below a minimum, as the model's minimums give them: the model is stored
    // once, the bids twice (before and after), so the model is refused where both evaluations
    // disagree with it, a bid where one does.
    const misses = evaluations.map((evaluation) => minimumMisses(model, evaluation));
    const miss = misses[1]![0] ?? misses[0]![0];
    if (miss !== undefined) {
      const { below, expected } = miss;
      const given = expected.find((reason) => !below.some((stored) => same(reason, stored)));
      const reason = given ?? below.find((stored) => !expected.some((r) => same(r, stored)));
      const at = misses[0]![0] && misses[1]![0] && reason && minimumAt(model, reason);
      const issues: SocialValueIssue[] = [];
      if (at) {
        issues.push(
          issueAt(
            [...path, 'model', ...at[0]],
            `expected a minimum both evaluations agree with, received ${at[1] ?? 'none'}: ${given ? 'it gives' : 'they say'} ${quoteText(reason!.message)}, which ${given ? 'they do not say' : 'it does not give'}`,
          ),
        );
      } else {
        misses.forEach((found, side) => {
          for (const { index, reasons, expected } of found) {
            const kept = [
              ...reasons.filter((reason) => reason.code !== 'below-minimum'),
              ...expected,
            ];
            figureIssues(
              issues,
              [...path, side ? 'after' : 'before', 'ranking', index, 'disqualified'],
              kept[0] ? { findings: kept } : false,
              evaluations[side]!.ranking[index]!.disqualified,
            );
          }
        });
      }
      throw issuesError('what-if snapshot', issues);
    }
    // The same bids before and after, as `whatIf` ranks them; then what moved is worked out
    // again from the two evaluations: an edited one is refused.
    const [was, now] = [before, after].map((evaluation) =>
      evaluation.ranking.map((bid) => bid.bid).sort(byCodeUnits),
    ) as [string[], string[]];
    if (JSON.stringify(was) !== JSON.stringify(now)) {
      throw issuesError('what-if snapshot', [
        issueAt(
          [...path, 'after', 'ranking'],
          `expected the bids ranked before (${listed(was)}), received ${listed(now) || 'none'}`,
        ),
      ]);
    }
    const outcome = whatIfOutcome(before, after);
    const { moves } = parsed;
    const found: [Path, unknown, unknown][] = [
      [['winnerChanged'], outcome.winnerChanged, parsed.winnerChanged],
      [['summary'], outcome.summary, parsed.summary],
      ...[...outcome.moves, ...moves].map((_, i): [Path, unknown, unknown] => [
        ['moves', i],
        outcome.moves[i],
        moves[i],
      ]),
    ];
    for (const [at, ...values] of found) {
      const [want, got] = values.map((value) => JSON.stringify(value));
      if (want !== got) {
        const message = `expected ${want} (from its own figures), received ${got}`;
        throw issuesError('what-if snapshot', [issueAt([...path, ...at], message)]);
      }
    }
    return seal({ ...parsed, model, before, after }, 'what-if') as WhatIfResult;
  },
} as const;
