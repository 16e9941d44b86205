import type { Decimal } from '../core/decimal.js';
import { figureText, moneyText } from '../core/wording.js';

/**
 * An amount of money in a sentence of the evaluation area: to the penny (`£1,127,500.33`), or,
 * when the penny would hide its digits, to 4 significant figures: a unit rate below a penny
 * reads `£0.004`, not `£0.00`, and `£4.5675` reads `£4.568`. The exact amount is always in a
 * field beside the sentence. Internal.
 */
export function amountText(amount: Decimal): string {
  // Places for 4 significant figures: 3 after the point for £1 to £9.99, 6 for £0.00123.
  const places = 3 - amount.e;
  if (places <= 2 || amount.decimalPlaces() <= 2) return moneyText(amount);
  const digits = figureText(amount.abs(), places);
  const point = digits.indexOf('.');
  const padded = point === -1 ? `${digits}.00` : digits.length - point < 3 ? `${digits}0` : digits;
  return `${amount.isNegative() ? '-' : ''}£${padded}`;
}
