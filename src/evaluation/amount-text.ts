import type { Decimal } from '../core/decimal.js';
import { figureText, gbpText } from '../core/wording.js';

/**
 * An amount of money in a sentence of the evaluation area: to the penny (`£1,127,500.33`), or,
 * when the penny would hide its digits, to 4 significant figures: a unit rate below a penny
 * reads `£0.004`, not `£0.00`, and `£4.5675` reads `£4.568`. The exact amount is always in a
 * field beside the sentence. Internal.
 */
export function amountText(amount: Decimal): string {
  // Places for 4 significant figures: 3 after the point for £1 to £9.99, 6 for £0.00123.
  const places = 3 - amount.e;
  // Those figures with 2 places or fewer are the amount to the penny (they are within £0.0005
  // of it), as is an amount of £10 or more: then `£4.50`, `£12.00`. Neither rounds an amount
  // that is not 0 to £0.00, so neither needs moneyText's `less than £0.01`.
  const text = places > 2 ? figureText(amount, places) : '';
  return /\.\d\d/.test(text) ? text.replace(/^-?/, '$&£') : gbpText(amount);
}

/**
 * A score's figure in a sentence (a share, points, a mark, a weight or a weighted score): to 4
 * places (`0.8333`), and below 0.001 to 4 significant figures (`0.00004667`), so that a figure
 * that is not 0 is never written as 0 (the exact figure is in a field beside). Internal.
 */
export const scoreText = (value: Decimal): string =>
  figureText(value, value.e < -3 ? 3 - value.e : 4);
