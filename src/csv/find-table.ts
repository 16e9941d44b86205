import { readLines, type SheetLine } from './read-lines.js';

/** A table found in a CSV text: its header row, the rows before and after it. Internal. */
export interface FoundTable<M> {
  /** The header row. */
  readonly header: SheetLine;
  /** The content rows after the header (blank and comment rows left out). */
  readonly body: readonly SheetLine[];
  /** The content rows before the header (a title, a paragraph). */
  readonly skipped: readonly SheetLine[];
  /** What `headerOf` made of the header row (its column mapping). */
  readonly mapping: M;
  /** The delimiter the rows were split with. */
  readonly delimiter: string;
}

/** What to read a table with. Internal. */
export interface TableOptions {
  /** The delimiter the caller gave, else guessed. */
  readonly delimiter?: string | undefined;
  /** Rows whose first cell starts with this are left out. */
  readonly comments?: string | undefined;
  /** Read a row with a quote that never closes on its own line (see `readLines`). */
  readonly recoverQuotes?: boolean | undefined;
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/**
 * Splits `text` into rows and finds the header row: the first content row (not blank, not a
 * comment) for which `headerOf` gives a mapping. Without a delimiter, the one papaparse guesses
 * is tried first; if no header row turns up with it (a preamble paragraph full of commas can
 * mislead the guess), the other usual delimiters in turn. `undefined` when none has a header
 * row. Internal: the one table reader of `parsePledgeSheet` and `parseSpendLedger`.
 */
export function findTable<M>(
  text: string,
  options: TableOptions,
  headerOf: (cells: readonly string[]) => M | undefined,
): FoundTable<M> | undefined {
  const tried = new Set<string>();
  const candidates =
    options.delimiter === undefined ? [undefined, ',', '\t', ';', '|'] : [options.delimiter];
  for (const wanted of candidates) {
    if (wanted !== undefined && tried.has(wanted)) continue;
    const { lines, delimiter } = readLines(text, wanted, options.recoverQuotes);
    tried.add(delimiter);
    const { comments } = options;
    const content = lines.filter(
      (row) =>
        !isBlank(row.cells) &&
        (comments === undefined || !(row.cells[0] ?? '').trimStart().startsWith(comments)),
    );
    for (let i = 0; i < content.length; i += 1) {
      const mapping = headerOf(content[i]!.cells);
      if (mapping !== undefined) {
        return {
          header: content[i]!,
          body: content.slice(i + 1),
          skipped: content.slice(0, i),
          mapping,
          delimiter,
        };
      }
    }
  }
  return undefined;
}
