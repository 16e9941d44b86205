import { eachLine, guessDelimiter, type SheetLine } from './read-lines.js';
import { withoutSeparatorLine } from './separator-line.js';

/** Where a table of a CSV text starts: its header row and the rows before it. Internal. */
export interface TableStart<M> {
  /** The header row. */
  readonly header: SheetLine;
  /** The content rows before the header (a title, a paragraph). */
  readonly skipped: readonly SheetLine[];
  /** What `headerOf` made of the header row (its column mapping). */
  readonly mapping: M;
  /** The delimiter the rows were split with. */
  readonly delimiter: string;
}

/** A table found in a CSV text: where it starts and its content rows. Internal. */
export interface FoundTable<M> extends TableStart<M> {
  /** The content rows after the header (blank and comment rows left out). */
  readonly body: readonly SheetLine[];
}

/** What to read a table with. Internal. */
export interface TableOptions {
  /** The delimiter the caller gave, else guessed. */
  readonly delimiter?: string | undefined;
  /** Rows whose first cell starts with this are left out. */
  readonly comments?: string | undefined;
}

/**
 * The text without Excel's separator line (`sep=;`) and the options with the delimiter it
 * declares (the caller's own delimiter, when given, comes first); the text and options as they
 * are when it has none. Internal: the csv readers.
 */
export function declaredSeparator<O extends TableOptions>(
  text: string,
  options: O,
): { text: string; options: O } {
  const declared = withoutSeparatorLine(text);
  if (declared === undefined) return { text, options };
  return {
    text: declared.text,
    options: { ...options, delimiter: options.delimiter ?? declared.delimiter },
  };
}

/** The delimiters to try, in order: the one given, or the guessed one then the usual ones. Internal. */
export function delimitersToTry(options: TableOptions, guessed: string): readonly string[] {
  if (options.delimiter !== undefined) return [options.delimiter];
  return [...new Set([guessed, ',', '\t', ';', '|'])];
}

/**
 * The search for a table's header among rows read one by one, for one delimiter: `offer` each
 * row; rows before the header are kept (`skipped`), and once the header is found every content
 * row (not blank, not a comment) goes to the `onRow` that `begin` returns; `headerOf` is given
 * each row's cells and line. Internal: the one
 * header search of `findTable` and of the streaming reader.
 */
export function headerSearch<M>(
  options: TableOptions,
  headerOf: (cells: readonly string[], line: number) => M | undefined,
  begin: (start: TableStart<M>) => (row: SheetLine) => void,
): { offer(row: SheetLine, delimiter: string): void } {
  const { comments } = options;
  const skipped: SheetLine[] = [];
  let onRow: ((row: SheetLine) => void) | undefined;
  return {
    offer(row, delimiter) {
      if (isBlank(row.cells)) return;
      if (comments !== undefined && (row.cells[0] ?? '').trimStart().startsWith(comments)) return;
      if (onRow !== undefined) {
        onRow(row);
        return;
      }
      const mapping = headerOf(row.cells, row.line);
      if (mapping === undefined) skipped.push(row);
      else onRow = begin({ header: row, skipped, mapping, delimiter });
    },
  };
}

function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false;
  return true;
}

/**
 * Reads `text` row by row and finds the header row: the first content row (not blank, not a
 * comment) for which `headerOf` gives a mapping; `begin` is then called with where the table
 * starts and returns what to do with each content row after it (rows are handed over as they are
 * read, never kept). Without a delimiter, the one papaparse guesses from the first megabyte is
 * tried first; if no header row turns up with it (a preamble paragraph full of commas can mislead
 * the guess), the other usual delimiters in turn. `undefined` when none has a header row.
 * Internal.
 */
export function scanTable<M>(
  text: string,
  options: TableOptions,
  headerOf: (cells: readonly string[], line: number) => M | undefined,
  begin: (start: TableStart<M>) => (row: SheetLine) => void,
): TableStart<M> | undefined {
  for (const delimiter of delimitersToTry(options, guessDelimiter(text))) {
    let start: TableStart<M> | undefined;
    const search = headerSearch(options, headerOf, (found) => {
      start = found;
      return begin(found);
    });
    eachLine(text, delimiter, (row) => search.offer(row, delimiter));
    if (start !== undefined) return start;
  }
  return undefined;
}

/**
 * {@link scanTable} with the content rows collected: the header row, the rows before and after
 * it. Internal: `parseSpendLedger`.
 */
export function findTable<M>(
  text: string,
  options: TableOptions,
  headerOf: (cells: readonly string[], line: number) => M | undefined,
): FoundTable<M> | undefined {
  const body: SheetLine[] = [];
  const start = scanTable(text, options, headerOf, () => (row) => {
    body.push(row);
  });
  return start === undefined ? undefined : { ...start, body };
}
