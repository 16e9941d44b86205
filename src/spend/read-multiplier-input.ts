import type * as z from 'zod/mini';
import { choiceSchema } from '../core/choice-schema.js';
import { Decimal } from '../core/decimal.js';
import { describeValue } from '../core/describe-value.js';
import { figureSchema } from '../core/figure-schema.js';
import { idText } from '../core/id-text.js';
import { intSchema } from '../core/int-schema.js';
import { fieldError, issuesError } from '../core/issue.js';
import { localMultiplierIssues, localMultiplierSchema } from '../core/local-multiplier.js';
import { divide } from '../core/numeric-domain.js';
import { oneOf } from '../core/one-of.js';
import { overRounds } from '../core/over-rounds.js';
import { isPlainRecord } from '../core/record.js';
import { numericSchema, strictObject } from '../core/schemas.js';
import { figureText, perPoundText } from '../core/wording.js';
import { optionalSchema } from '../core/wrapper-schema.js';
import { parseInput } from '../core/zod-error.js';
import type { MultiplierBase, SpendMultiplier } from './multiplier-types.js';
import { nonBlankText } from './schemas.js';

/** Which spend a multiplier applies to. Internal. */
export const multiplierBases: readonly MultiplierBase[] = ['local-spend', 'all-spend'];

const roundsSchema = /* @__PURE__ */ intSchema(1);

// A figure the library computed (an `lm3` multiplier): read in the figure domain, then brought
// into the input domain (divide) where it is used.
const lm3Figures = /* @__PURE__ */ strictObject({
  multiplier: /* @__PURE__ */ figureSchema({ min: 1 }),
  rounds: roundsSchema,
});
const lm3Result = /* @__PURE__ */ localMultiplierSchema();

/** An `lm3` given to a multiplier input, read: its figures, or the whole result. */
type Lm3Input =
  | { multiplier: Decimal; rounds: number; kind?: undefined }
  | z.output<ReturnType<typeof localMultiplierSchema>>;

const inputSchema = /* @__PURE__ */ strictObject({
  // Pence per £1 are percentage points of the £1: `'63%'` means 63, not 0.63.
  additional: /* @__PURE__ */ optionalSchema(
    /* @__PURE__ */ numericSchema({ min: 0, points: true }),
  ),
  total: /* @__PURE__ */ optionalSchema(/* @__PURE__ */ numericSchema()),
  // `{ multiplier, rounds }`, or a whole `lm3` result (with its `kind`), checked as `revive`
  // checks a stored one.
  lm3: /* @__PURE__ */ optionalSchema(
    /* @__PURE__ */ oneOf<Lm3Input>((value) =>
      isPlainRecord(value) && value.kind !== undefined ? lm3Result : lm3Figures,
    ),
  ),
  appliesTo: /* @__PURE__ */ optionalSchema(
    /* @__PURE__ */ choiceSchema(multiplierBases as [MultiplierBase, ...MultiplierBase[]]),
  ),
  rounds: /* @__PURE__ */ optionalSchema(roundsSchema),
  source: /* @__PURE__ */ nonBlankText('the source of the figure (a publication, survey or study)'),
});

/**
 * Builds the multiplier from the figure its source states, refusing it at `at` when it is more
 * than its rounds can give. Internal (the snapshot reader uses it).
 */
export function buildMultiplier(
  basis: 'additional' | 'total',
  figure: Decimal,
  appliesTo: MultiplierBase,
  rounds: number | null,
  source: string,
  at: readonly PropertyKey[],
): SpendMultiplier {
  const additional = basis === 'additional' ? figure : figure.minus(1).times(100);
  const total = basis === 'total' ? figure : figure.times('0.01').plus(1);
  // Over n rounds at most £n in all per £1, that is (n − 1) × 100p additional.
  const tooMuch = overRounds(
    total,
    rounds,
    basis === 'total' ? rounds : ((rounds ?? 1) - 1) * 100,
    figure,
  );
  if (tooMuch !== undefined) {
    throw fieldError('invalid-input', 'Invalid spend multiplier: 1 problem.', at, tooMuch);
  }
  const pence = `${figureText(additional)}p`;
  // To the precision of the pence beside it (4 places of a penny).
  const pounds = perPoundText(total, 6);
  const per = appliesTo === 'local-spend' ? 'per £1 spent with local suppliers' : 'per £1 spent';
  const over = rounds === null ? '' : ` over ${rounds} round${rounds === 1 ? '' : 's'} of spending`;
  const summary =
    basis === 'additional'
      ? `An additional ${pence} of local benefit ${per}, that is a total of ${pounds} in the local economy per £1${over} (source: ${idText(source)}).`
      : `A total of ${pounds} in the local economy ${per}, that is an additional ${pence} of local benefit per £1${over} (source: ${idText(source)}).`;
  return {
    kind: 'spend-multiplier',
    schemaVersion: 1,
    basis,
    additional: additional.isZero() ? new Decimal(0) : additional,
    total,
    appliesTo,
    rounds,
    source,
    summary,
  };
}

/** Validates a multiplier input at `path` and builds it (unsealed). Internal. */
export function readMultiplierInput(input: unknown, path: readonly PropertyKey[]): SpendMultiplier {
  const read = parseInput(inputSchema, input, 'spend multiplier', path);
  const given = (['additional', 'total', 'lm3'] as const).filter((key) => read[key] !== undefined);
  if (given.length !== 1) {
    throw fieldError(
      'invalid-input',
      'Invalid spend multiplier: 1 problem.',
      given.length === 0 ? path : [...path, given[1]!],
      given.length === 0
        ? 'expected one of additional (pence per £1), total (£ per £1) or lm3 (an lm3() result)'
        : `expected only one of additional, total or lm3, received ${given.join(' and ')}`,
    );
  }
  if (read.lm3 !== undefined && read.rounds !== undefined) {
    throw fieldError(
      'invalid-input',
      'Invalid spend multiplier: 1 problem.',
      [...path, 'rounds'],
      `expected no rounds beside lm3 (its ${read.lm3.rounds} rounds are used), received ${read.rounds}`,
    );
  }
  if (read.total?.lt(1)) {
    const pence = figureText(read.total.times(100));
    throw fieldError(
      'invalid-input',
      'Invalid spend multiplier: 1 problem.',
      [...path, 'total'],
      `expected £ in the local economy per £1 spent, at least 1 since the £1 itself counts, received ${describeValue((input as { total: unknown }).total)}; for ${pence}p of additional benefit per £1 give { additional: ${pence.replaceAll(',', '')} }`,
    );
  }
  const appliesTo = read.appliesTo ?? 'local-spend';
  if (read.lm3 !== undefined) {
    const { multiplier, rounds } = read.lm3;
    // A whole result is checked as `revive` checks a stored one.
    if (read.lm3.kind !== undefined) {
      const issues = localMultiplierIssues(read.lm3, [...path, 'lm3']);
      if (issues.length > 0) throw issuesError('spend multiplier', issues);
    }
    return buildMultiplier('total', divide(multiplier, 1), appliesTo, rounds, read.source, [
      ...path,
      'lm3',
      'multiplier',
    ]);
  }
  const basis = read.additional !== undefined ? 'additional' : 'total';
  return buildMultiplier(
    basis,
    (read.additional ?? read.total)!,
    appliesTo,
    read.rounds ?? null,
    read.source,
    [...path, basis],
  );
}
