import Papa from 'papaparse';
import type { SocialValueError } from '../core/errors.js';
import { fieldError } from '../core/issue.js';
import { asLineFeeds, type BreakAt, breaksOf, restoreBreaks } from './line-ends.js';

/** One row of the text as the CSV parser split it. Internal. */
export interface SheetLine {
  /** The cells. */
  readonly cells: readonly string[];
  /** The line the row starts on (1-based). */
  readonly line: number;
  /** The row had a quote that never closes: it was read on its own line, quotes as text. */
  readonly unbalancedQuote?: string;
}

// Each recovery reads the text after the broken row again (the whole rest in `eachLine`, up to
// a mebibyte in the streaming reader), so the count is bounded to keep the work linear. Past it
// the text is refused: read as papaparse finds it, the quote would swallow every row after it
// into one cell, and a stream would hold (and read again with each piece) the rest of the file.
/** Unbalanced quotes recovered at most. Internal. */
export const MAX_RECOVERIES = 100;

/**
 * The error of a text with more than {@link MAX_RECOVERIES} quotes that never close: the line of
 * the first one past them. Internal: `eachLine` and the streaming reader.
 */
export function tooManyUnbalancedQuotes(line: number): SocialValueError {
  return fieldError(
    'invalid-input',
    `Invalid CSV text: more than ${MAX_RECOVERIES} quotes are never closed, the ${MAX_RECOVERIES + 1}st on line ${line}. A file a spreadsheet saves closes every quote it opens: check the quoting of that line and the ones before it, or save the sheet again as CSV.`,
    ['text'],
    `more than ${MAX_RECOVERIES} quotes never closed (the ${MAX_RECOVERIES + 1}st on line ${line})`,
    { line },
  );
}

/**
 * A counter of line breaks (LF: the text is {@link asLineFeeds}') in consecutive stretches of
 * `text`: each call counts from where the last one ended up to `end`, with the engine's own
 * string search.
 */
function breakCounter(text: string): (start: number, end: number) => number {
  let feed = text.indexOf('\n');
  return (start, end) => {
    let count = 0;
    for (; feed !== -1 && feed < end; feed = text.indexOf('\n', feed + 1)) {
      if (feed >= start) count += 1;
    }
    return count;
  };
}

/** A character that does not occur in `text`, to read a line with quotes as ordinary text. */
function unusedCharacter(text: string): string {
  for (const candidate of ['\u0001', '\u0002', '\u0003', '\u0004', '\u0005']) {
    if (!text.includes(candidate)) return candidate;
  }
  return '\u0006';
}

/**
 * The first line of a row whose quote never closes, read on its own with quote marks as text.
 * Internal: the recovery of `eachLine` and of the streaming reader.
 */
export function readBrokenLine(raw: string, delimiter: string, line: number): SheetLine {
  const cells = Papa.parse<string[]>(raw, { delimiter, quoteChar: unusedCharacter(raw) })
    .data[0] ?? [raw];
  return { cells, line, unbalancedQuote: raw };
}

/** Characters a delimiter is guessed from (papaparse reads line ends from as many). */
export const GUESS_CHARS = 1024 * 1024;

// A spreadsheet cell holds at most 32,767 characters: a row whose quoted cells hold line breaks
// and that runs past a mebibyte is a quote opened by mistake and closed (if ever) by another.
// Read as one that never closes, a stream need not hold the rest of the file (and papaparse
// need not read it again with each piece) to find out.
/** Characters a row whose quoted cells hold line breaks may run to. Internal. */
export const MAX_QUOTED_ROW_CHARS = GUESS_CHARS;

/**
 * True for a row read as one whose quote never closes: papaparse says so, or its quoted cells
 * hold line breaks and it runs to more than {@link MAX_QUOTED_ROW_CHARS} characters. Internal:
 * `eachLine` and the streaming reader.
 */
export function brokenRow(row: Papa.ParseStepResult<string[]>, length: number): boolean {
  return (
    row.errors.some((error) => error.type === 'Quotes') ||
    (length > MAX_QUOTED_ROW_CHARS && row.data.some((cell) => cell.includes('\n')))
  );
}
const DELIMITERS = [',', '\t', ';', '|'];

/**
 * The delimiter papaparse guesses for a text, from its first {@link GUESS_CHARS} characters
 * (every line end read as one): a stream's first megabyte gives the same guess as the whole
 * text, and the rows are then split without guessing again (guessing on a whole file of quoted
 * cells costs several times the split itself). The delimiter is the most consistent of comma,
 * tab, semicolon and pipe over the first ten rows (comma when none is). Internal.
 */
export function guessDelimiter(text: string): string {
  const { meta } = Papa.parse<string[]>(asLineFeeds(text.slice(0, GUESS_CHARS)), {
    preview: 1,
    newline: '\n',
    delimitersToGuess: DELIMITERS,
  });
  return meta.delimiter || ',';
}

/**
 * Splits the text into rows with papaparse, keeping the line each row starts on, and hands each
 * to `visit` as it is read (nothing is kept). CRLF, LF and a lone CR each end a row outside
 * quotes, whatever the other lines end with (as spreadsheets read them), and count as one line;
 * inside a quoted cell a line break is kept as written. A quoted cell that is never closed would
 * swallow every line after it: such a row (and one whose quoted line breaks run past
 * {@link MAX_QUOTED_ROW_CHARS}) is read again on its own line (quote marks kept as text,
 * `unbalancedQuote` set) and the lines after it are read as usual, up to `MAX_RECOVERIES`
 * times: one more is {@link tooManyUnbalancedQuotes}, thrown. Internal: the one row reader of
 * the csv area.
 */
export function eachLine(text: string, delimiter: string, visit: (line: SheetLine) => void): void {
  const plain = asLineFeeds(text);
  // The breaks as written, for the cells that hold one (only a text with a CR has others).
  const breakAt = plain === text ? undefined : breaksOf(text);
  let offset = 0;
  let line = 1;
  for (let recoveries = 0; offset < plain.length || recoveries === 0; recoveries += 1) {
    const chunk = plain.slice(offset);
    const lineBreaks = breakCounter(chunk);
    // papaparse drops a byte-order mark that starts its text, and counts its cursor without it.
    const bom = chunk.charCodeAt(0) === 0xfeff ? 1 : 0;
    let start = 0;
    let broken: number | undefined;
    Papa.parse<string[]>(chunk, {
      delimiter,
      newline: '\n',
      step: (row, parser) => {
        const end = row.meta.cursor + bom;
        // The length as the streaming reader counts it: without the byte-order mark.
        if (brokenRow(row, end - Math.max(start, bom))) {
          broken = start;
          parser.abort();
          return;
        }
        visit({ cells: asWritten(row.data, line, breakAt), line });
        line += lineBreaks(start, end);
        start = end;
      },
    });
    if (broken === undefined) break;
    if (recoveries === MAX_RECOVERIES) throw tooManyUnbalancedQuotes(line);
    // Read the broken row's first line alone, with quotes as text, then go on after it.
    const lineEnd = chunk.indexOf('\n', broken);
    const end = lineEnd === -1 ? chunk.length : lineEnd;
    visit(readBrokenLine(chunk.slice(broken, end), delimiter, line));
    line += 1;
    offset += lineEnd === -1 ? end : end + 1;
  }
}

/**
 * The cells of a row starting on `line`, with the line breaks inside them as written (`breakAt`
 * undefined: every break was an LF). Internal: `eachLine` and the streaming reader.
 */
export function asWritten(
  cells: string[],
  line: number,
  breakAt: BreakAt | undefined,
): readonly string[] {
  if (breakAt === undefined || !cells.some((cell) => cell.includes('\n'))) return cells;
  return restoreBreaks(cells, line - 1, breakAt);
}
