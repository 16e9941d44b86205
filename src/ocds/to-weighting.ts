import { Decimal } from '../core/decimal.js';
import { describeValue } from '../core/describe-value.js';
import { SocialValueError } from '../core/errors.js';
import { exactText } from '../core/exact-text.js';
import { deepFreeze } from '../core/freeze.js';
import { fieldError } from '../core/issue.js';
import { inputDomainProblem } from '../core/numeric-domain.js';
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

/** What toWeighting reads of a lot, checked. */
interface CheckedLot {
  readonly ocid: string | null;
  readonly lot: string | null;
  readonly level: OcdsLotCriteria['level'];
  readonly path: string;
  readonly criteria: readonly {
    readonly kind: OcdsCriterionKind;
    readonly weight: Decimal | null;
    readonly name: string | null;
    readonly index: number;
    readonly path: string;
  }[];
}

const LEVELS = ['tender', 'lot-group', 'lot'];

/**
 * Percentage points: a weight the reader can give (0 to 100, at most 40 decimal places, the
 * numeric domain), so that the weights sum exactly: a weight of 1e-999 beside 60, 30 and 10 would
 * sum to 100 once rounded to the 200 digits of the library's decimals.
 */
function weightProblem(value: Decimal): string | undefined {
  return value.isNegative() || value.gt(100)
    ? 'expected percentage points from 0 to 100'
    : inputDomainProblem(value);
}

/**
 * A field of a lot or criterion, checked: `invalid-input` at its path when `ok` says no, never a
 * raw TypeError or a caller's object copied into (and frozen with) the result.
 */
function field<T>(
  owner: object,
  key: string,
  at: readonly PropertyKey[],
  ok: (value: unknown) => boolean,
  expected: string,
): T {
  const value = (owner as Record<string, unknown>)[key];
  if (ok(value)) return value as T;
  throw fieldError(
    'invalid-input',
    'Invalid lot.',
    [...at, key],
    `expected ${expected}, received ${describeValue(value)}`,
  );
}

const textOrNull = (value: unknown) => value === null || typeof value === 'string';

/**
 * The fields toWeighting reads of a lot made by {@link readOcdsAwardCriteria}, revived from JSON
 * or made by hand, checked as the reader makes them: each wrong one is `invalid-input` at its
 * path (`lot.criteria[0].weight`).
 */
function checkedLot(lot: object): CheckedLot {
  const criteria = (lot as { criteria: readonly unknown[] }).criteria;
  return {
    ocid: field(lot, 'ocid', ['lot'], textOrNull, 'text or null'),
    lot: field(lot, 'lot', ['lot'], textOrNull, 'text or null'),
    level: field(lot, 'level', ['lot'], (v) => LEVELS.includes(v as string), LEVELS.join(', ')),
    path: field(lot, 'path', ['lot'], (v) => typeof v === 'string', 'text'),
    // Array.from, not map: a hole in a sparse list is refused at its path, not skipped.
    criteria: Array.from(criteria, (criterion, index) => {
      const at = ['lot', 'criteria', index];
      if (!isObject(criterion)) {
        throw fieldError(
          'invalid-input',
          'Invalid lot.',
          at,
          `expected a criterion of readOcdsAwardCriteria(…).lots, received ${describeValue(criterion)}`,
        );
      }
      const kind = field<OcdsCriterionKind>(
        criterion,
        'kind',
        at,
        (v) => typeof v === 'string' && Object.hasOwn(FIELD, v),
        `one of ${Object.keys(FIELD).join(', ')}`,
      );
      const weight = (criterion as { weight?: unknown }).weight;
      return {
        kind,
        weight: weight === null ? null : numericAt(weight, [...at, 'weight'], weightProblem),
        name: field<string | null>(criterion, 'name', at, textOrNull, 'text or null'),
        index: field<number>(
          criterion,
          'index',
          at,
          (v) => Number.isSafeInteger(v) && (v as number) >= 0,
          'a position from 0',
        ),
        path: field<string>(criterion, 'path', at, (v) => typeof v === 'string', 'text'),
      };
    }),
  };
}

function lotLabel(lot: CheckedLot): string {
  const ocid = lot.ocid ?? 'a process with no ocid';
  if (lot.level === 'tender') return `the tender of ${ocid}`;
  return `lot ${lot.lot === null ? '(no id)' : describeValue(lot.lot)} of ${ocid}`;
}

/**
 * Turns one lot of {@link readOcdsAwardCriteria} into weights by kind, in percentage points, the
 * shape `checkWeighting` reads: price (price and cost criteria), quality, social value,
 * environmental and other. It gives weights only when every criterion's weight was read and they
 * sum to exactly 100; otherwise `weights` is `null` and the findings say why (never a guess).
 *
 * @param lot - One entry of `readOcdsAwardCriteria(…).lots`.
 * @returns The weights or the findings, with a summary, frozen.
 * @throws SocialValueError `invalid-input` when `lot` is not an entry of that result (each field it
 * reads is checked at its path, `lot.criteria[0].kind`); `out-of-range` for a weight outside 0 to
 * 100 points or with more than 40 decimal places.
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
  const read = checkedLot(lot);
  const who = lotLabel(read);
  const findings: OcdsFinding[] = [];
  const zero = new Decimal(0);
  const sums: Record<keyof OcdsWeights, Decimal> = {
    price: zero,
    quality: zero,
    socialValue: zero,
    environmental: zero,
    other: zero,
  };
  const missing = read.criteria.filter((c) => c.weight === null);
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
  for (const { kind, weight } of read.criteria) {
    if (weight !== null) sums[FIELD[kind]] = sums[FIELD[kind]].plus(weight);
  }
  const total = Object.values(sums).reduce((sum, value) => sum.plus(value), zero);
  if (read.criteria.length === 0) {
    findings.push(
      finding('no-award-criteria', 'warning', `${who} has no award criteria to weigh.`, read.path),
    );
  } else if (missing.length === 0 && !total.eq(100)) {
    findings.push(
      finding(
        'weights-do-not-sum',
        'warning',
        `The weights of ${who} sum to ${exactText(total)}, not 100; they are not given as a weighting.`,
        read.path,
      ),
    );
  }
  const weights = findings.length === 0 ? sums : null;
  const summary = weights
    ? `The weights of ${who}: price ${exactText(sums.price)}, quality ${exactText(sums.quality)}, social value ${exactText(sums.socialValue)}, environmental ${exactText(sums.environmental)}, other ${exactText(sums.other)} (percentage points).`
    : `No weighting for ${who}: ${findings.length} ${findings.length === 1 ? 'finding' : 'findings'}.`;
  return deepFreeze({
    kind: 'ocds-weighting',
    schemaVersion: 1,
    ocid: read.ocid,
    lot: read.lot,
    weights: weights === null ? null : { ...weights },
    findings,
    summary,
  });
}
