/**
 * Every code a {@link SocialValueError} can carry, with what it means. `docs/errors.md` lists the
 * same codes (a test keeps the two in step). Internal: the type {@link SocialValueErrorCode} is
 * the public face.
 */
export const errorCodeMeanings: Readonly<Record<SocialValueErrorCode, string>> = {
  'invalid-input': 'An input does not have the shape or values the function expects.',
  'out-of-range':
    'A number lies outside the numeric domain (below 1e15, at most 40 decimal places).',
  'unknown-measure': 'A pledge or delivery names a measure code the framework does not have.',
  'missing-proxy': 'A measure without a proxy value was asked to be valued.',
  'duplicate-code': 'Two measures, themes or outcomes share one code or id.',
  'unknown-reference':
    'A measure or outcome refers to a theme or outcome that does not exist, or a measure to an outcome of another theme.',
  'no-threshold-for-date': 'No statutory threshold table covers the date given.',
  'unknown-contract-type': 'The contract type is not one the threshold tables know.',
  'impossible-combination': 'The contract type and authority cannot go together.',
  'weights-do-not-sum': 'Criterion weights do not add up to 100 percentage points.',
  'duplicate-rule': 'Two policy rules share one id, or a policy includes itself.',
  'duplicate-bid': 'Two bids share one id.',
  'missing-input': 'A bid lacks a figure a criterion needs (a price, marks or an offer).',
  'mark-out-of-scale': "A mark is not one of the criterion's scale marks.",
  'unknown-theme': 'A response names a theme the maturity model does not have.',
  'unknown-level': 'A level id is not one of the maturity model levels.',
  'unknown-criterion': 'A response names a criterion the maturity model does not have.',
  'model-mismatch': 'Two assessments or a plan come from different maturity models.',
  'date-out-of-range': 'A date falls outside the contract period.',
  'invalid-period': 'A period ends before it starts, or profile periods overlap.',
};

/**
 * The codes a {@link SocialValueError} can carry. `invalid-input` is bad input rejected by a
 * schema; `out-of-range` a number outside the numeric domain; the others are domain failures,
 * each named after what went wrong. Codes are stable: branch on them, not on messages. The
 * meaning of each is in `docs/errors.md`.
 */
export type SocialValueErrorCode =
  | 'invalid-input'
  | 'out-of-range'
  | 'unknown-measure'
  | 'missing-proxy'
  | 'duplicate-code'
  | 'unknown-reference'
  | 'no-threshold-for-date'
  | 'unknown-contract-type'
  | 'impossible-combination'
  | 'weights-do-not-sum'
  | 'duplicate-rule'
  | 'duplicate-bid'
  | 'missing-input'
  | 'mark-out-of-scale'
  | 'unknown-theme'
  | 'unknown-level'
  | 'unknown-criterion'
  | 'model-mismatch'
  | 'date-out-of-range'
  | 'invalid-period';
