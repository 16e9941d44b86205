/** The most fraction digits `Intl.NumberFormat` shows on every supported Node (20 on Node 20). */
const INTL_FRACTION_DIGITS = 20;

/**
 * Formats a plain decimal string (`toFixed(places)`) with the formatter for `places` fraction
 * digits. Beyond the 20 digits `Intl` allows on Node 20 (it throws a RangeError), the whole part
 * is formatted alone and the digits after the point appended as they are. Internal: `formatGBP`
 * and `formatPercent`, whose places go up to 30.
 */
export function fixedText(
  text: string,
  places: number,
  formatterFor: (places: number) => Intl.NumberFormat,
): string {
  if (places <= INTL_FRACTION_DIGITS) {
    return formatterFor(places).format(text as Intl.StringNumericLiteral);
  }
  const [whole, fraction] = text.split('.');
  return `${formatterFor(0).format(whole as Intl.StringNumericLiteral)}.${fraction}`;
}
