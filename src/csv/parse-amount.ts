import { Decimal } from '../core/decimal.js';
import { isNumericProblem, readNumeric } from '../core/to-decimal.js';

/**
 * Reads a money or number cell as spreadsheets write it: `£ 738,768.00`, `£-` or `£ -` (zero),
 * `(1,234.00)` (negative), `-12.5`, `1e3`; a blank cell is `null`. Returns `undefined` when
 * the cell is not a number (the caller reports it). Internal.
 */
export function parseAmount(cell: string): Decimal | null | undefined {
  let text = cell.replace(/[\s\u00a0]+/g, '');
  if (text === '') return null;
  let negative = false;
  if (text.startsWith('(') && text.endsWith(')')) {
    negative = true;
    text = text.slice(1, -1);
  }
  if (text.startsWith('-£') || text.startsWith('+£')) {
    negative = text.startsWith('-');
    text = text.slice(1);
  }
  text = text.replace(/^£/, '');
  if (text === '-' || text === '–' || text === '—') return new Decimal(0);
  if (!/^[+-]?(\d{1,3}(,\d{3})+|\d*)(\.\d*)?([eE][+-]?\d+)?$/.test(text)) return undefined;
  text = text.replaceAll(',', '');
  const value = readNumeric(text);
  if (isNumericProblem(value)) return undefined;
  return negative ? value.negated() : value.isZero() ? new Decimal(0) : value;
}
