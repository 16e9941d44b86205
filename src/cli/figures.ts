// Figures as the reports show them: money by formatGBP, fractions by formatPercent, rounded
// columns of lines with a total by allocateRounded so the lines add up to the total shown.
import {
  allocateRounded,
  type Decimal,
  formatGBP,
  formatPercent,
  type Numeric,
  toDecimal,
} from 'social-value';
import type { Cell } from './report.js';

/** A money cell: `£1,234.57` shown, the exact amount for CSV. */
export function moneyCell(value: Decimal | null | undefined): Cell {
  if (value === null || value === undefined) return { text: '', exact: '' };
  return { text: formatGBP(value), exact: value.toString() };
}

/** A fraction shown as a percentage (`23.52%`), the exact fraction for CSV. */
export function percentCell(value: Decimal | null | undefined, places = 2): Cell {
  if (value === null || value === undefined) return { text: '', exact: '' };
  return { text: formatPercent(value, { places }), exact: value.toString() };
}

/** A plain figure (quantities, weights, scores) rounded for reading, exact for CSV. */
export function figureCell(value: Decimal | null | undefined, places = 4): Cell {
  if (value === null || value === undefined) return { text: '', exact: '' };
  const shown = value.toDecimalPlaces(places, 4);
  return { text: groupThousands(shown.toFixed()), exact: value.toString() };
}

/** A whole number with thousands grouped (`12,345`). */
export function countText(value: number): string {
  return new Intl.NumberFormat('en-GB').format(value);
}

function groupThousands(text: string): string {
  const [whole = '', fraction] = text.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = whole.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${digits}${fraction === undefined ? '' : `.${fraction}`}`;
}

/**
 * A column of amounts and their total, rounded to the penny so the shown lines add up exactly
 * to the shown total (largest remainders, as `allocateRounded` does); the exact amounts stay in
 * the cells for CSV.
 */
export function moneyColumn(values: readonly Numeric[]): { cells: Cell[]; total: Cell } {
  const exact = values.map((value) => toDecimal(value));
  const rounded = allocateRounded(exact);
  let sum = toDecimal(0);
  let shownSum = toDecimal(0);
  for (const [index, value] of exact.entries()) {
    sum = sum.plus(value);
    shownSum = shownSum.plus(rounded[index]!);
  }
  return {
    cells: exact.map((value, index) => ({
      text: formatGBP(rounded[index]!),
      exact: value.toString(),
    })),
    total: { text: formatGBP(shownSum), exact: sum.toString() },
  };
}
