/**
 * social-value/core: exact numbers, rounding and formatting, errors.
 *
 * @packageDocumentation
 */
export { type AllocateRoundedOptions, allocateRounded } from './allocate-rounded.js';
export { Decimal, type DecimalLike, type Numeric } from './decimal.js';
export type { SocialValueErrorCode } from './error-codes.js';
export {
  isSocialValueError,
  SocialValueError,
  type SocialValueErrorDetails,
  type SocialValueErrorInit,
  type SocialValueIssue,
} from './errors.js';
export { type FormatGBPOptions, formatGBP } from './format-gbp.js';
export { type FormatPercentOptions, formatPercent } from './format-percent.js';
export {
  type RoundingMode,
  type RoundingPlace,
  type RoundMoneyOptions,
  roundMoney,
} from './round-money.js';
export { type SafeResult, safe } from './safe.js';
export type { Severity } from './severity.js';
export { toDecimal } from './to-decimal.js';
export type { ValueType } from './value-types.js';
