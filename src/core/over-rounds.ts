import type { Decimal } from './decimal.js';
import { plural } from './text.js';

/**
 * `expected at most 3 over 3 rounds, each re-spent from the one before, received 4` when a local
 * multiplier (£ in all per £1, `total`) is more than its rounds can give, else `undefined`: each
 * round is re-spent out of the one before, so LMn is at most n (as `lm3` reads rounds). `most`
 * and `received` say it in the unit of the figure given (pence of additional benefit). Internal.
 */
export function overRounds(
  total: Decimal,
  rounds: number | null,
  most: number | null = rounds,
  received: Decimal = total,
): string | undefined {
  return rounds !== null && total.gt(rounds)
    ? `expected at most ${most} over ${plural(rounds, 'round')}, each re-spent from the one before, received ${received}`
    : undefined;
}
