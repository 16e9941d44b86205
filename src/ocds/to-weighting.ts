import { Decimal } from '../core/decimal.js';
import { describeValue } from '../core/describe-value.js';
import { SocialValueError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { fieldError } from '../core/issue.js';
import { figureDomainProblem } from '../core/numeric-domain.js';
import { numericAt } from '../core/to-decimal.js';
import { finding, isObject } from './shape.js';
import type {
  OcdsCriterionKind,
  OcdsFinding,
  OcdsLotCriteria,
  OcdsWeighting,
  OcdsWeights,
} from './types.js';

const FIELD: Readonly<Record<OcdsCriterionKind, keyof OcdsWeights>> = {
  price: 'price',
  quality: 'quality',
  'social-value': 'socialValue',
  environmental: 'environmental',
  other: 'other',
};

function lotLabel(lot: OcdsLotCriteria): string {
  if (lot.level === 'tender') return `the tender of ${lot.ocid ?? 'a process with no ocid'}`;
  return `lot ${lot.lot === null ? '(no id)' : describeValue(lot.lot)} of ${lot.ocid ?? 'a process with no ocid'}`;
}

/**
 * The weight of each criterion of a lot (`null` when none was read), checked: a hand-made or
 * revived lot whose criterion has no known kind or a weight that is no number is `invalid-input`
 * at its path, never a raw TypeError.
 */
function criteriaWeights(criteria: readonly unknown[]): (Decimal | null)[] {
  // Array.from, not map: a hole in a sparse list is refused at its path, not skipped.
  return Array.from(criteria, (criterion, index) => {
    const at = ['lot', 'criteria', index];
    const kind = isObject(criterion) ? (criterion as { kind?: unknown }).kind : undefined;
    if (typeof kind !== 'string' || !Object.hasOwn(FIELD, kind)) {
      throw fieldError(
        'invalid-input',
        'Invalid lot.',
        isObject(criterion) ? [...at, 'kind'] : at,
        isObject(criterion)
          ? `expected one of ${Object.keys(FIELD).join(', ')}, received ${describeValue(kind)}`
          : `expected a criterion of readOcdsAwardCriteria(…).lots, received ${describeValue(criterion)}`,
      );
    }
    const weight = (criterion as { weight?: unknown }).weight;
    return weight === null ? null : numericAt(weight, [...at, 'weight'], figureDomainProblem);
  });
}

/**
 * Turns one lot of {@link readOcdsAwardCriteria} into weights by kind, in percentage points, the
 * shape `checkWeighting` reads: price (price and cost criteria), quality, social value,
 * environmental and other. It gives weights only when every criterion's weight was read and they
 * sum to exactly 100; otherwise `weights` is `null` and the findings say why (never a guess).
 *
 * @param lot - One entry of `readOcdsAwardCriteria(…).lots`.
 * @returns The weights or the findings, with a summary, frozen.
 * @throws SocialValueError `invalid-input` when `lot` is not an entry of that result.
 *
 * @example
 * ```ts
 * import { readOcdsAwardCriteria, toWeighting } from 'social-value/ocds';
 *
 * const { lots } = readOcdsAwardCriteria({
 *   ocid: 'ocds-example-6',
 *   tender: { lots: [
 *     { id: '1', awardCriteria: { criteria: [
 *       { type: 'quality', name: 'Quality', description: '50%' },
 *       { type: 'quality', name: 'Social value', description: '10%' },
 *       { type: 'price', description: '40%' },
 *     ] } },
 *     { id: '2', awardCriteria: { criteria: [
 *       { type: 'quality', name: 'Functional', description: '63%' },
 *       { type: 'price', description: '25%' },
 *     ] } },
 *   ] },
 * });
 * const one = toWeighting(lots[0]!);
 * one.weights?.socialValue.toString(); // => '10'
 * one.weights?.price.toString(); // => '40'
 * const two = toWeighting(lots[1]!);
 * two.weights; // => null
 * two.findings[0]?.code; // => 'weights-do-not-sum'
 * ```
 */
export function toWeighting(lot: OcdsLotCriteria): OcdsWeighting {
  if (!isObject(lot) || !Array.isArray((lot as { criteria?: unknown }).criteria)) {
    throw new SocialValueError({
      code: 'invalid-input',
      message: 'Invalid lot.',
      issues: [
        {
          path: 'lot',
          segments: ['lot'],
          message: 'expected one entry of readOcdsAwardCriteria(…).lots, with its criteria',
        },
      ],
    });
  }
  const weightOf = criteriaWeights(lot.criteria);
  const who = lotLabel(lot);
  const findings: OcdsFinding[] = [];
  const zero = new Decimal(0);
  const sums: Record<keyof OcdsWeights, Decimal> = {
    price: zero,
    quality: zero,
    socialValue: zero,
    environmental: zero,
    other: zero,
  };
  const missing = lot.criteria.filter((c) => c.weight === null);
  for (const criterion of missing) {
    findings.push(
      finding(
        'incomplete-weights',
        'warning',
        `The ${criterion.kind} criterion ${criterion.name === null ? `at position ${criterion.index + 1}` : describeValue(criterion.name)} of ${who} has no weight that could be read.`,
        criterion.path,
      ),
    );
  }
  for (const [index, criterion] of lot.criteria.entries()) {
    const weight = weightOf[index];
    if (weight !== null && weight !== undefined) {
      const field = FIELD[criterion.kind];
      sums[field] = sums[field].plus(weight);
    }
  }
  const total = Object.values(sums).reduce((sum, value) => sum.plus(value), zero);
  if (lot.criteria.length === 0) {
    findings.push(
      finding('no-award-criteria', 'warning', `${who} has no award criteria to weigh.`, lot.path),
    );
  } else if (missing.length === 0 && !total.eq(100)) {
    findings.push(
      finding(
        'weights-do-not-sum',
        'warning',
        `The weights of ${who} sum to ${total.toString()}, not 100; they are not given as a weighting.`,
        lot.path,
      ),
    );
  }
  const weights = findings.length === 0 ? sums : null;
  const summary = weights
    ? `The weights of ${who}: price ${sums.price.toString()}, quality ${sums.quality.toString()}, social value ${sums.socialValue.toString()}, environmental ${sums.environmental.toString()}, other ${sums.other.toString()} (percentage points).`
    : `No weighting for ${who}: ${findings.length} ${findings.length === 1 ? 'finding' : 'findings'}.`;
  return deepFreeze({
    kind: 'ocds-weighting',
    schemaVersion: 1,
    ocid: lot.ocid,
    lot: lot.lot,
    weights: weights === null ? null : { ...weights },
    findings,
    summary,
  });
}
