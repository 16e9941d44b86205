import * as z from 'zod/mini';
import { seal } from '../core/brand.js';
import type { Decimal } from '../core/decimal.js';
import { SocialValueError } from '../core/errors.js';
import { figureSchema } from '../core/figure-schema.js';
import { issueAt } from '../core/issue.js';
import { recordFrom } from '../core/record.js';
import { mapSchema } from '../core/record-schema.js';
import { strictObject } from '../core/schemas.js';
import { parseInput } from '../core/zod-error.js';
import { readModel } from './define-evaluation.js';
import type {
  AbnormallyLowCheck,
  EvaluationModel,
  RankedBid,
  TenderEvaluation,
  WeightSensitivity,
  WhatIfResult,
} from './types.js';

// The JSON form of every result of the evaluation area is what `JSON.stringify` gives: Decimals
// as exact strings, records as objects. Each schema below lists the keys in the order the
// library writes them, so a revived result stringifies byte for byte as the original.

type Path = readonly PropertyKey[];

/** A figure the library computed: any size below 1e60, any number of decimal places. */
const figure = figureSchema();
const text = z.string();
const id = z.string().check(z.minLength(1));
const criterionKind = z.enum(['price', 'quality', 'social-value', 'environmental', 'custom']);
const methodSchema = z.enum(['weighted', 'price-per-quality-point', 'value-for-money']);
const scoringMethod = z.enum([
  'relative-to-lowest',
  'linear',
  'mean-based',
  'scale',
  'relative-to-highest',
  'sva',
  'blend',
  'group',
]);

/** A record of figures keyed by formula name or sub-criterion id, read in its order. */
const figureRecord = mapSchema(figure, { expected: 'an object of figures' });

/** Formula inputs are a plain object; a group's, keyed by sub-criterion ids, has no prototype. */
function withInputs<T extends { method: string; inputs: ReadonlyMap<string, Decimal> }>(score: T) {
  return {
    ...score,
    inputs: score.method === 'group' ? recordFrom(score.inputs) : Object.fromEntries(score.inputs),
  };
}

const scoreShape = {
  criterion: id,
  criterionName: text,
  criterionKind,
  method: scoringMethod,
  weight: figure,
  raw: z.nullable(figure),
  scoreShare: figure,
  weightedScore: figure,
  formula: text,
  inputs: figureRecord,
  reason: text,
  unroundedWeightedScore: z.optional(figure),
  marks: z.optional(z.array(figure)),
};
const leafScoreSchema = z.pipe(strictObject(scoreShape), z.transform(withInputs));
const criterionScoreSchema = z.pipe(
  strictObject({ ...scoreShape, subCriteria: z.optional(z.array(leafScoreSchema)) }),
  z.transform(withInputs),
);

const findingSchema = strictObject({
  code: z.enum(['abnormally-low', 'not-abnormally-low', 'no-other-price']),
  severity: z.enum(['warning', 'info']),
  message: text,
  bid: id,
  price: figure,
  flagged: z.boolean(),
  adjustedAverage: figure,
  averageLimit: figure,
  lowestOther: z.nullable(figure),
  proximityMargin: z.nullable(figure),
  belowAverage: z.boolean(),
  beyondProximity: z.boolean(),
});

const reasonSchema = strictObject({
  code: z.enum(['below-minimum', 'missing-input', 'abnormally-low', 'no-quality-points']),
  severity: z.literal('error'),
  message: text,
  criterion: z.optional(id),
});

const rankedBidSchema = strictObject({
  bid: id,
  rank: z.nullable(z.int().check(z.minimum(1))),
  total: figure,
  price: z.nullable(figure),
  rankingValue: figure,
  criteria: z.array(criterionScoreSchema),
  disqualified: z.union([
    z.literal(false),
    strictObject({ findings: z.array(reasonSchema) }, { reasons: 'findings' }),
  ]),
  abnormallyLow: z.nullable(findingSchema),
  tie: z.nullable(
    strictObject({ group: z.int().check(z.minimum(0)), decidedBy: z.nullable(text) }),
  ),
});

const version = z.literal(1);

const tenderEvaluationSchema = strictObject({
  kind: z.literal('tender-evaluation'),
  schemaVersion: version,
  method: methodSchema,
  better: z.enum(['higher', 'lower']),
  ranking: z.array(rankedBidSchema),
  winner: z.nullable(rankedBidSchema),
  ties: z.array(
    strictObject({
      bids: z.array(id),
      decided: z.boolean(),
      decidedBy: z.array(text),
      reason: text,
    }),
  ),
  rounding: z.nullable(
    strictObject({
      places: z.int().check(z.minimum(0), z.maximum(10)),
      mode: z.enum(['half-up', 'half-even', 'half-down', 'up', 'down', 'ceil', 'floor']),
    }),
  ),
  summary: text,
});

const limitsSchema = strictObject({
  belowAverageShare: figure,
  proximityShare: figure,
  proximityMin: figure,
  proximityMax: figure,
});

const abnormallyLowCheckSchema = strictObject({
  kind: z.literal('abnormally-low-check'),
  schemaVersion: version,
  limits: limitsSchema,
  adjustedAverage: z.nullable(figure),
  averageLimit: z.nullable(figure),
  findings: z.array(findingSchema),
  flagged: z.array(id),
  summary: text,
});

const weightSensitivitySchema = strictObject({
  kind: z.literal('weight-sensitivity'),
  schemaVersion: version,
  winner: z.nullable(id),
  criteria: z.array(
    strictObject({
      criterion: id,
      criterionName: text,
      weight: figure,
      range: z.nullable(strictObject({ from: figure, to: figure })),
      winnerBelow: z.nullable(id),
      winnerAbove: z.nullable(id),
      reason: text,
    }),
  ),
  summary: text,
});

const whatIfSchema = strictObject({
  kind: z.literal('what-if'),
  schemaVersion: version,
  model: z.unknown(),
  before: z.unknown(),
  after: z.unknown(),
  winnerChanged: z.boolean(),
  moves: z.array(
    strictObject({
      bid: id,
      rankBefore: z.nullable(z.int().check(z.minimum(1))),
      rankAfter: z.nullable(z.int().check(z.minimum(1))),
      totalBefore: figure,
      totalAfter: figure,
    }),
  ),
  summary: text,
});

function snapshotError(path: Path, message: string): SocialValueError {
  return new SocialValueError({
    code: 'invalid-input',
    message: 'Invalid snapshot: 1 problem.',
    issues: [issueAt(path, message)],
  });
}

/** A tender evaluation from its JSON: the winner is its entry in the ranking. */
function reviveTenderEvaluation(json: unknown, path: Path): TenderEvaluation {
  const parsed = parseInput(tenderEvaluationSchema, json, 'tender evaluation snapshot', path);
  const ranking = parsed.ranking as RankedBid[];
  let winner: RankedBid | null = null;
  if (parsed.winner !== null) {
    const bid = parsed.winner.bid;
    winner = ranking.find((entry) => entry.bid === bid && entry.rank === 1) ?? null;
    if (winner === null) {
      throw snapshotError(
        [...path, 'winner', 'bid'],
        `expected the id of a bid ranked first, received "${bid}"`,
      );
    }
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
  'weight-sensitivity': (json: unknown, path: Path): WeightSensitivity =>
    seal(
      parseInput(weightSensitivitySchema, json, 'weight sensitivity snapshot', path),
      'weight-sensitivity',
    ) as WeightSensitivity,
  'abnormally-low-check': (json: unknown, path: Path): AbnormallyLowCheck =>
    seal(
      parseInput(abnormallyLowCheckSchema, json, 'abnormally low check snapshot', path),
      'abnormally-low-check',
    ) as AbnormallyLowCheck,
  'what-if': (json: unknown, path: Path): WhatIfResult => {
    const parsed = parseInput(whatIfSchema, json, 'what-if snapshot', path);
    return seal(
      {
        ...parsed,
        model: readModel(parsed.model, [...path, 'model']),
        before: reviveTenderEvaluation(parsed.before, [...path, 'before']),
        after: reviveTenderEvaluation(parsed.after, [...path, 'after']),
      },
      'what-if',
    ) as WhatIfResult;
  },
} as const;
