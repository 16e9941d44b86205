import { seal } from '../core/brand.js';
import { choiceSchema } from '../core/choice-schema.js';
import { Decimal } from '../core/decimal.js';
import type { SocialValueIssue } from '../core/errors.js';
import { booleanSchema } from '../core/expected-schema.js';
import { issueAt, issuesError } from '../core/issue.js';
import { divide } from '../core/numeric-domain.js';
import { idSchema, numericSchema, strictObject } from '../core/schemas.js';
import { type Severity, severities } from '../core/severity.js';
import { snapshotObject } from '../core/snapshot-object.js';
import { listSchema, nullableSchema, optionalSchema } from '../core/wrapper-schema.js';
import { parseInput } from '../core/zod-error.js';
import { assessmentFigureIssues, comparisonFigureIssues } from './assessment-figures.js';
import { buildModel } from './build-model.js';
import { meanChange } from './compare-assessments.js';
import { planFigureIssues } from './plan-figures.js';
import {
  anyTextSchema,
  criterionSchema,
  evidenceSchema,
  MAX_RANK,
  modelShape,
  nullableText,
  overallRoundingSchema,
  rankSchema,
  textSchema,
  themeRuleSchema,
  wholeNumberSchema,
} from './schemas.js';
import type {
  ActionPlan,
  MaturityAssessment,
  MaturityComparison,
  MaturityModel,
  MaturityWarningCode,
  OverallMaturity,
  PlanWarningCode,
} from './types.js';

// The JSON form of every kind the maturity area defines or returns is what `JSON.stringify`
// gives: Decimals as exact strings, records as objects. The readers below check a parsed
// snapshot as strictly as the functions that made it, and return the live, sealed object.

const severitySchema = /* @__PURE__ */ choiceSchema(severities as [Severity, ...Severity[]]);
const count = /* @__PURE__ */ wholeNumberSchema(0, Number.MAX_SAFE_INTEGER);
const gapSchema = /* @__PURE__ */ wholeNumberSchema(-MAX_RANK, MAX_RANK);
const yearSchema = /* @__PURE__ */ wholeNumberSchema(1, 50);

const maturityWarningCodes: readonly [MaturityWarningCode, ...MaturityWarningCode[]] = [
  'missing-theme',
  'unknown-criterion',
  'criterion-of-other-theme',
  'declared-level-contradicted',
  'evidence-for-unknown-criterion',
  'non-compliant',
];
const planWarningCodes: readonly [PlanWarningCode, ...PlanWarningCode[]] = [
  'no-present-level',
  'no-target-level',
  'target-below-present',
  'target-is-present',
  'target-already-met',
  'target-without-criteria',
];

const modelSnapshotSchema = /* @__PURE__ */ snapshotObject('maturity-model', {
  ...modelShape,
  rules: /* @__PURE__ */ strictObject({
    themeRule: themeRuleSchema,
    overallRounding: overallRoundingSchema,
    nonCompliantLevel: nullableText,
  }),
});

/** A theme with its present and target levels: the first fields of a plan's and a comparison's rows. */
const positionsShape = {
  theme: anyTextSchema,
  themeName: anyTextSchema,
  presentLevel: nullableText,
  presentLevelName: nullableText,
  targetLevel: nullableText,
  targetLevelName: nullableText,
};

const modelRefSchema = /* @__PURE__ */ strictObject({
  id: idSchema,
  name: textSchema,
  version: /* @__PURE__ */ optionalSchema(textSchema),
});

const overallSchema = /* @__PURE__ */ strictObject({
  level: anyTextSchema,
  levelName: anyTextSchema,
  rank: rankSchema,
  mean: /* @__PURE__ */ numericSchema({ min: 0 }),
  rankTotal: count,
  themesCounted: /* @__PURE__ */ wholeNumberSchema(1, Number.MAX_SAFE_INTEGER),
  themesMissing: /* @__PURE__ */ listSchema(anyTextSchema),
  rounding: overallRoundingSchema,
  reason: anyTextSchema,
});

const assessmentSnapshotSchema = /* @__PURE__ */ snapshotObject('maturity-assessment', {
  model: modelRefSchema,
  label: /* @__PURE__ */ nullableSchema(textSchema),
  themes: /* @__PURE__ */ listSchema(
    /* @__PURE__ */ strictObject({
      theme: anyTextSchema,
      themeName: anyTextSchema,
      basis: /* @__PURE__ */ choiceSchema(['criteria', 'declared', 'missing']),
      level: nullableText,
      levelName: nullableText,
      rank: /* @__PURE__ */ nullableSchema(rankSchema),
      declaredLevel: nullableText,
      nonCompliant: booleanSchema,
      met: /* @__PURE__ */ listSchema(anyTextSchema),
      nextLevel: nullableText,
      nextLevelName: nullableText,
      unmetAtNextLevel: /* @__PURE__ */ listSchema(criterionSchema),
      criteriaAtNextLevel: count,
      evidence: evidenceSchema,
      note: nullableText,
      reason: anyTextSchema,
    }),
  ),
  overall: overallSchema,
  warnings: /* @__PURE__ */ listSchema(
    /* @__PURE__ */ strictObject({
      code: /* @__PURE__ */ choiceSchema(maturityWarningCodes),
      severity: severitySchema,
      message: anyTextSchema,
      theme: anyTextSchema,
      criterion: nullableText,
      path: anyTextSchema,
    }),
  ),
  summary: anyTextSchema,
});

const stepSchema = /* @__PURE__ */ strictObject({
  criterion: anyTextSchema,
  theme: anyTextSchema,
  themeName: anyTextSchema,
  level: anyTextSchema,
  levelName: anyTextSchema,
  action: anyTextSchema,
  statement: anyTextSchema,
  guidance: /* @__PURE__ */ optionalSchema(anyTextSchema),
  year: /* @__PURE__ */ optionalSchema(yearSchema),
});

const planSnapshotSchema = /* @__PURE__ */ snapshotObject('action-plan', {
  model: modelRefSchema,
  themes: /* @__PURE__ */ listSchema(
    /* @__PURE__ */ strictObject({
      ...positionsShape,
      gap: gapSchema,
      levels: /* @__PURE__ */ listSchema(
        /* @__PURE__ */ strictObject({
          level: anyTextSchema,
          levelName: anyTextSchema,
          rank: rankSchema,
          steps: /* @__PURE__ */ listSchema(stepSchema),
        }),
      ),
      stepCount: count,
      reason: anyTextSchema,
    }),
  ),
  counts: /* @__PURE__ */ strictObject({
    themes: count,
    themesWithGap: count,
    steps: count,
    byLevel: /* @__PURE__ */ listSchema(
      /* @__PURE__ */ strictObject({
        level: anyTextSchema,
        levelName: anyTextSchema,
        steps: count,
      }),
    ),
  }),
  years: /* @__PURE__ */ nullableSchema(yearSchema),
  spreadBy: /* @__PURE__ */ nullableSchema(/* @__PURE__ */ choiceSchema(['step', 'level'])),
  schedule: /* @__PURE__ */ listSchema(
    /* @__PURE__ */ strictObject({
      year: yearSchema,
      steps: /* @__PURE__ */ listSchema(stepSchema),
    }),
  ),
  warnings: /* @__PURE__ */ listSchema(
    /* @__PURE__ */ strictObject({
      code: /* @__PURE__ */ choiceSchema(planWarningCodes),
      severity: severitySchema,
      message: anyTextSchema,
      theme: anyTextSchema,
    }),
  ),
  summary: anyTextSchema,
});

const comparisonSnapshotSchema = /* @__PURE__ */ snapshotObject('maturity-comparison', {
  model: modelRefSchema,
  presentLabel: anyTextSchema,
  targetLabel: anyTextSchema,
  themes: /* @__PURE__ */ listSchema(
    /* @__PURE__ */ strictObject({
      ...positionsShape,
      gap: /* @__PURE__ */ nullableSchema(gapSchema),
      change: /* @__PURE__ */ choiceSchema(['up', 'same', 'down', 'unknown']),
    }),
  ),
  overall: /* @__PURE__ */ strictObject({
    present: overallSchema,
    target: overallSchema,
    change: /* @__PURE__ */ numericSchema(),
  }),
  attention: /* @__PURE__ */ listSchema(anyTextSchema),
  summary: anyTextSchema,
});

/** The figures of an overall result that must agree: mean = rank total / themes counted. */
function checkOverall(
  overall: OverallMaturity,
  path: readonly PropertyKey[],
  issues: SocialValueIssue[],
): void {
  const mean = divide(new Decimal(overall.rankTotal), overall.themesCounted);
  if (!mean.eq(overall.mean)) {
    issues.push(
      issueAt(
        [...path, 'mean'],
        `expected the rank total divided by the themes counted (${overall.rankTotal} / ${overall.themesCounted} = ${mean.toString()}), received "${overall.mean.toString()}"`,
      ),
    );
  }
}

/** Reads a model snapshot: as strict as `defineMaturityModel`. Internal. */
export function readModelSnapshot(json: unknown, path: readonly PropertyKey[]): MaturityModel {
  return buildModel(parseInput(modelSnapshotSchema, json, 'maturity model', path), path);
}

/** Reads an assessment snapshot, checking that its figures agree. Internal. */
export function readAssessmentSnapshot(
  json: unknown,
  path: readonly PropertyKey[],
): MaturityAssessment {
  const parsed = parseInput(assessmentSnapshotSchema, json, 'maturity assessment', path);
  const issues: SocialValueIssue[] = [];
  let rankTotal = 0;
  let counted = 0;
  parsed.themes.forEach((theme, i) => {
    const missing = theme.basis === 'missing';
    if ((theme.level === null) !== missing || (theme.rank === null) !== missing) {
      issues.push(
        issueAt(
          [...path, 'themes', i, 'level'],
          missing
            ? 'expected a null level and rank for a missing theme'
            : 'expected a level and a rank for an assessed theme',
        ),
      );
    }
    if (theme.rank !== null) {
      rankTotal += theme.rank;
      counted += 1;
    }
  });
  const overall = parsed.overall as OverallMaturity;
  if (overall.rankTotal !== rankTotal || overall.themesCounted !== counted) {
    issues.push(
      issueAt(
        [...path, 'overall', 'rankTotal'],
        `expected the ranks of the ${counted} themes assessed to total ${rankTotal}, received ${overall.rankTotal} over ${overall.themesCounted}`,
      ),
    );
  }
  checkOverall(overall, [...path, 'overall'], issues);
  // Its figures once its totals agree (taken whole: an assessment edited throughout can have
  // more issues than one push takes arguments).
  const found =
    issues.length === 0 ? assessmentFigureIssues(parsed as MaturityAssessment, path) : issues;
  if (found.length > 0) throw issuesError('maturity assessment', found);
  return seal(parsed as MaturityAssessment, 'maturity-assessment');
}

/** Reads an action plan snapshot, checking that its counts, schedule and summary agree with its steps. Internal. */
export function readPlanSnapshot(json: unknown, path: readonly PropertyKey[]): ActionPlan {
  const parsed = parseInput(planSnapshotSchema, json, 'action plan', path) as ActionPlan;
  const issues = planFigureIssues(parsed, path);
  if (issues.length > 0) throw issuesError('action plan', issues);
  return seal(parsed, 'action-plan');
}

/** Reads a comparison snapshot, checking that its figures agree. Internal. */
export function readComparisonSnapshot(
  json: unknown,
  path: readonly PropertyKey[],
): MaturityComparison {
  const parsed = parseInput(comparisonSnapshotSchema, json, 'maturity comparison', path);
  const issues: SocialValueIssue[] = [];
  const overall = parsed.overall as MaturityComparison['overall'];
  checkOverall(overall.present, [...path, 'overall', 'present'], issues);
  checkOverall(overall.target, [...path, 'overall', 'target'], issues);
  const change = meanChange(overall.present, overall.target);
  // Stored before the change was one division: the difference of the two rounded means, read
  // as it was written (it differs from the one division in the last digit at most).
  const before = overall.target.mean.minus(overall.present.mean);
  if (!change.eq(overall.change) && !before.eq(overall.change)) {
    issues.push(
      issueAt(
        [...path, 'overall', 'change'],
        `expected the change of the mean rank (${change.toString()}), received "${overall.change.toString()}"`,
      ),
    );
  }
  const found =
    issues.length === 0 ? comparisonFigureIssues(parsed as MaturityComparison, path) : issues;
  if (found.length > 0) throw issuesError('maturity comparison', found);
  return seal(parsed as MaturityComparison, 'maturity-comparison');
}

/**
 * The snapshot readers of the maturity area, by kind: each validates a parsed JSON snapshot
 * (issue paths start with `path`) and returns the live, sealed object. Internal: the public
 * `revive` dispatches to them.
 */
export const maturitySnapshots = {
  'maturity-model': readModelSnapshot,
  'maturity-assessment': readAssessmentSnapshot,
  'action-plan': readPlanSnapshot,
  'maturity-comparison': readComparisonSnapshot,
} as const;
