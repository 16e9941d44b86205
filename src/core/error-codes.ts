/**
 * The codes a {@link SocialValueError} can carry. `invalid-input` is bad input rejected by a
 * schema; the others are domain failures, each named after what went wrong. Codes are stable:
 * branch on them, not on messages.
 *
 * @example
 * ```ts
 * import type { SocialValueErrorCode } from 'social-value';
 *
 * const code: SocialValueErrorCode = 'unknown-measure';
 * code; // => 'unknown-measure'
 * ```
 */
export type SocialValueErrorCode =
  // core
  | 'invalid-input'
  // toms and valuation
  | 'unknown-measure'
  | 'missing-proxy'
  | 'duplicate-code'
  | 'unknown-reference'
  // policy
  | 'no-threshold-for-date'
  | 'unknown-contract-type'
  | 'impossible-combination'
  | 'weights-do-not-sum'
  | 'duplicate-rule'
  // evaluation
  | 'duplicate-bid'
  | 'missing-input'
  | 'mark-out-of-scale'
  // maturity
  | 'unknown-theme'
  | 'unknown-level'
  | 'unknown-criterion'
  | 'model-mismatch'
  // monitoring
  | 'date-out-of-range'
  | 'invalid-period';
