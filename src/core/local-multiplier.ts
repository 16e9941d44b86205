import type { Decimal } from './decimal.js';
import { divide } from './numeric-domain.js';
import { plural } from './text.js';
import { figureText, perPoundText } from './wording.js';

/**
 * The figures of a local multiplier (LMn) from its first round and the sum of its rounds: what
 * `lm3` writes, and what a stored one (read by `revive`, or given to `defineSpendMultiplier`) is
 * checked against. Internal: monitoring's `lm3` and spend's multiplier input use it.
 */
export function multiplierOf(initialSpend: Decimal, totalSpend: Decimal, rounds: number) {
  const multiplier = divide(totalSpend, initialSpend);
  const name = `LM${rounds}`;
  return {
    multiplier,
    rounds,
    name,
    initialSpend,
    totalSpend,
    reason: `${name} is ${figureText(multiplier)}: each £1 spent in round 1 became ${perPoundText(multiplier, 4)} in the local economy over ${plural(rounds, 'round')} of spending.`,
  };
}
