// Figures as the reports show them: money by formatGBP, fractions by formatPercent, rounded
// columns of lines with a total by allocateRounded so the lines add up to the total shown.
import {
  allocateRounded,
  Decimal,
  formatGBP,
  formatPercent,
  type Numeric,
  toDecimal,
} from 'social-value';
import type { Cell } from './report.js';

/**
 * A figure exactly, as CSV holds it: every digit, in plain notation (no `1e-31`, which a
 * spreadsheet would read differently or not at all), and no `-0` (decimal.js writes `-0` as
 * `0` here). The same rule as the sql area's `core/exact-text.ts`; written again because the CLI
 * reads only the public package, as its users' programs do. Decimal's own method: no float.
 */
function exactText(value: Decimal): string {
  return value.toFixed();
}

/** A money cell: `£1,234.57` shown (or to `places` decimal places), the exact amount for CSV. */
export function moneyCell(value: Decimal | null | undefined, places = 2): Cell {
  if (value === null || value === undefined) return { text: '', exact: '' };
  return { text: formatGBP(value, { places }), exact: exactText(value) };
}

/**
 * The decimal places, `from` or more, at which `write` writes two different figures differently:
 * 3 for £207,719.995 and £207,720 (both `£207,720.00` to the penny); `from` for equal figures.
 */
function placesApart(
  a: Decimal,
  b: Decimal,
  write: (value: Decimal, places: number) => string,
  from: number,
): number {
  let places = from;
  while (places < 60 && !a.eq(b) && write(a, places) === write(b, places)) places += 1;
  return places;
}

/** The decimal places, 2 or more, at which two amounts show apart in {@link moneyCell}s. */
export const moneyPlacesApart = (a: Decimal, b: Decimal): number =>
  placesApart(a, b, (value, places) => formatGBP(value, { places }), 2);

/** The decimal places, `from` or more, at which two figures show apart in {@link figureCell}s. */
export const figurePlacesApart = (a: Decimal, b: Decimal, from: number): number =>
  placesApart(a, b, (value, places) => value.toDecimalPlaces(places, 4).toFixed(), from);

/** A fraction shown as a percentage (`23.52%`), the exact fraction for CSV. */
export function percentCell(value: Decimal | null | undefined, places = 2): Cell {
  if (value === null || value === undefined) return { text: '', exact: '' };
  return { text: formatPercent(value, { places }), exact: exactText(value) };
}

/** A plain figure (quantities, weights, scores) rounded for reading, exact for CSV. */
export function figureCell(value: Decimal | null | undefined, places = 4): Cell {
  if (value === null || value === undefined) return { text: '', exact: '' };
  const shown = value.toDecimalPlaces(places, 4);
  return { text: groupThousands(shown.toFixed()), exact: exactText(value) };
}

// Made once: a formatter costs about 0.1 ms to make, and progress counts every file of a folder.
let grouped: Intl.NumberFormat | undefined;

/** A whole number with thousands grouped (`12,345`). */
export function countText(value: number): string {
  grouped ??= new Intl.NumberFormat('en-GB');
  return grouped.format(value);
}

function groupThousands(text: string): string {
  const [whole = '', fraction] = text.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = whole.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${digits}${fraction === undefined ? '' : `.${fraction}`}`;
}

/**
 * The first three messages as an indented list for standard error (`\n  - …` each), and how
 * many more there are.
 */
export function shortList(messages: readonly string[]): string {
  const shown = messages.slice(0, 3).map((message) => `\n  - ${message}`);
  const more = messages.length - shown.length;
  return `${shown.join('')}${more > 0 ? `\n  - … and ${countText(more)} more` : ''}`;
}

/**
 * A column of amounts and their total, rounded to the penny so the shown lines add up exactly
 * to the shown total (largest remainders, as `allocateRounded` does); the exact amounts stay in
 * the cells for CSV. A `null` amount is a blank cell and counts as nothing. The library's
 * figures are taken as they are: a total may pass 1e15, the limit of an input (`toDecimal`).
 */
export function moneyColumn(values: readonly (Numeric | null)[]): { cells: Cell[]; total: Cell } {
  const exact = values.map((value) =>
    value === null ? null : Decimal.isDecimal(value) ? value : toDecimal(value),
  );
  const present = exact.filter((value): value is Decimal => value !== null);
  const rounded = allocateRounded(present);
  let sum = toDecimal(0);
  let shownSum = toDecimal(0);
  let next = 0;
  const cells = exact.map((value): Cell => {
    if (value === null) return { text: '', exact: '' };
    const shown = rounded[next]!;
    next += 1;
    sum = sum.plus(value);
    shownSum = shownSum.plus(shown);
    return { text: formatGBP(shown), exact: exactText(value) };
  });
  return { cells, total: { text: formatGBP(shownSum), exact: exactText(sum) } };
}
