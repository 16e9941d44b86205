import { Decimal } from '../core/decimal.js';
import { roundAt } from '../core/round-money.js';
import { figureText } from '../core/wording.js';

// How the maturity area words figures in its sentences, on top of the core wording helpers.

/**
 * A mean for a sentence: `2.4` when at most 4 decimal places show it exactly, else
 * `about 1.6667`. Internal.
 */
export function meanFigure(mean: Decimal): string {
  const exact = roundAt(mean, 4, Decimal.ROUND_HALF_UP).eq(mean);
  return `${exact ? '' : 'about '}${figureText(mean)}`;
}
