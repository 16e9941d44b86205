// A number cell of a bids or deliveries CSV, read as pledge sheets read theirs.
import { parseAmount } from 'social-value/csv';

/**
 * The cell as the library reads numbers: a spreadsheet's money cell (`£1,200,000`, `1 000`,
 * `(1,234.50)`) as the exact number a pledge sheet reads from it, written plainly (`1200000`);
 * any other cell as written (`-5`, `(-5)`, a word), for the library to read or refuse at its
 * path, naming the cell the user wrote.
 */
export function amountOf(cell: string): string {
  const amount = parseAmount(cell);
  return amount === null || typeof amount === 'string' || PLAIN.test(cell)
    ? cell
    : amount.toString();
}

// A number the library reads as written.
const PLAIN = /^[+-]?(\d+(?:\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
