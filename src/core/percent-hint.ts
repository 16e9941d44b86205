import { Decimal } from './decimal.js';

const PERCENT_TEXT = /^([+-]?(?:\d+\.?\d*|\.\d+)) ?%$/;

/**
 * The number meant by a percentage given as text, never read as it: ` (did you mean 0.12?)` for
 * `'12%'` (a fraction), ` (did you mean 12?)` where percentage `points` are asked (a weight),
 * else `''`. Internal: `toDecimal`, `formatPercent` and every Numeric field's schema (the
 * presentation helpers of money leave it out, so that `formatGBP` alone stays small).
 */
export function percentHint(value: unknown, points = false): string {
  const match = typeof value === 'string' ? PERCENT_TEXT.exec(value.trim()) : null;
  if (match === null) return '';
  const percent = new Decimal(match[1]!);
  return ` (did you mean ${(points ? percent : percent.div(100)).toFixed()}?)`;
}
