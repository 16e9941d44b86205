import type { Decimal } from './decimal.js';
import { refineCheck } from './reader-schema.js';
import type { ValueType } from './value-types.js';

/** What a record-only measure or line with a proxy value above 0 is told. Internal. */
export const RECORDED_AT_ZERO = 'expected 0 for a record-only measure (not monetised)';

/**
 * A record-only measure is recorded, not monetised: its proxy value is 0 (or not given yet), so
 * that no area counts a value of it (a valuation's total would, social value added would not).
 * The check (for `withChecks`) of every schema that reads a measure or a valuation line. Internal.
 */
export const recordedAtZero = /* @__PURE__ */ refineCheck<{
  readonly valueType: ValueType;
  readonly proxyValue: Decimal | null;
}>(
  (measure) => measure.valueType !== 'record-only' || !measure.proxyValue?.gt(0),
  RECORDED_AT_ZERO,
  ['proxyValue'],
);
