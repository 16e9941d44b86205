// A pledge sheet from a CSV/TSV export (parsePledgeSheet) or from JSON: the stored result of
// parsePledgeSheet, a list of rows, or { rows, statedTotal }. Rows are validated by the library.
import { basename, extname } from 'node:path';
import { type PledgeSheetRow, revive } from 'social-value';
import { type PledgeSheet, parsePledgeSheet } from 'social-value/csv';
import { CliError } from './cli-error.js';
import type { CommandContext } from './command.js';
import { countText, shortList } from './figures.js';
import { isJsonFile, readCsvText, readJson } from './read-input.js';
import type { Section } from './report.js';
import { type Source, withSources } from './sources.js';

// The library's paths into a sheet's rows, and into the framework, pledges and valuation made
// from them (their indexes are not the rows', so only `rows[…]` gets a line).
const SHEET_ROOTS = ['rows', 'framework', 'pledges', 'valuation', 'statedTotal'];

/** A problem the CSV reader found in a cell, as parsePledgeSheet reports it. */
export interface SheetProblem {
  /** Stable code. */
  readonly code: string;
  /** `'error'` or `'warning'`. */
  readonly severity: string;
  /** A sentence. */
  readonly message: string;
}

/** The rows of a sheet, its stated total and what reading it found. */
export interface SheetRead {
  /** The measure rows. */
  readonly rows: readonly PledgeSheetRow[];
  /** The total the sheet states, when it states one. */
  readonly statedTotal: PledgeSheetRow['statedValue'];
  /** Problems found reading the cells (CSV only). */
  readonly problems: readonly SheetProblem[];
  /** parsePledgeSheet's summary sentence (CSV only). */
  readonly summary: string | null;
  /** A name for the sheet, from its file name (`pledge-sheet`). */
  readonly name: string;
  /** The file's own name (`pledge-sheet.csv`). */
  readonly fileName: string;
  /** Where the library's paths into the rows (and what is made of them) lead: the file, its lines. */
  readonly source: Source;
}

/** Reads a pledge sheet file (CSV, TSV or JSON). */
export function readSheet(file: string, context: CommandContext): SheetRead {
  const fileName = basename(file);
  const name = basename(file, extname(file)) || 'sheet';
  context.progress.update(`Reading ${file}…`);
  if (isJsonFile(file)) {
    const source = { file, roots: SHEET_ROOTS };
    const read = sheetFromJson(readJson(file, context.terminal.cwd), file, name);
    return { ...withRows(read, file), fileName, source };
  }
  const text = readCsvText(file, context.terminal.cwd);
  context.progress.update(`Parsing ${file} (${countText(Math.round(text.length / 1024))} kB)…`);
  // The reader's own errors (no header row, path `text`) name the file.
  const sheet = withRows(
    withSources([{ file, roots: ['text'] }], () => parsePledgeSheet(text)),
    file,
  );
  context.progress.update(`Read ${countText(sheet.rows.length)} rows of ${file}.`);
  return {
    ...sheetRead(sheet, name),
    fileName,
    source: {
      file,
      roots: SHEET_ROOTS,
      lines: sheet.rows.map((row) => row.line),
      // toPledges makes one pledge of each answered row.
      pledgeLines: sheet.rows.flatMap((row) => (row.quantity == null ? [] : [row.line])),
    },
  };
}

/**
 * The sheet, refused when it has no rows: a header alone would value at £0.00 and reconcile
 * with no errors (exit code 0), as if it had been checked; `score` refuses a bids file without
 * bids alike.
 */
function withRows<T extends { readonly rows: readonly unknown[] }>(sheet: T, file: string): T {
  if (sheet.rows.length > 0) return sheet;
  throw new CliError(`${file}: holds no pledge rows (for a CSV, no measure row below the header).`);
}

/** The report's section listing what the reader could not read or warns about (none when it read all). */
export function unreadCells(sheet: SheetRead): Section[] {
  return sheet.problems.length === 0
    ? []
    : [
        {
          heading: 'Problems in the sheet',
          list: sheet.problems.map((problem) => `${problem.severity}: ${problem.message}`),
        },
      ];
}

/** `3 cells of sheet.csv could not be read`. */
export function unreadText(unread: readonly SheetProblem[], sheet: SheetRead): string {
  return `${countText(unread.length)} cell${unread.length === 1 ? '' : 's'} of ${sheet.fileName} could not be read`;
}

/**
 * The warning for standard error when cells that could not be read (problems of severity
 * error) make the exit code 1, whatever the format or output file; `undefined` when none.
 */
export function unreadNote(sheet: SheetRead): string | undefined {
  const unread = sheet.problems.filter((problem) => problem.severity === 'error');
  if (unread.length === 0) return undefined;
  return `social-value: warning: ${unreadText(unread, sheet)} and ${unread.length === 1 ? 'was' : 'were'} left blank (exit code 1):${shortList(unread.map((problem) => problem.message))}\n`;
}

/** What the commands use of a parsed (or revived) pledge sheet. */
function sheetRead(sheet: PledgeSheet, name: string): Omit<SheetRead, 'fileName' | 'source'> {
  const { rows, statedTotal, problems, summary } = sheet;
  return { rows, statedTotal, problems, summary, name };
}

function sheetFromJson(
  json: unknown,
  file: string,
  name: string,
): Omit<SheetRead, 'fileName' | 'source'> {
  if (Array.isArray(json)) {
    return { rows: json as PledgeSheetRow[], statedTotal: null, problems: [], summary: null, name };
  }
  if ((json as { kind?: unknown } | null)?.kind === 'pledge-sheet') {
    // The stored result of parsePledgeSheet: revived (and so checked) whole, its problems and
    // summary kept as reading the CSV gives them.
    return sheetRead(
      withSources([{ file, roots: ['json'] }], () => revive(json, 'pledge-sheet')),
      name,
    );
  }
  if (
    typeof json === 'object' &&
    json !== null &&
    Array.isArray((json as { rows?: unknown }).rows)
  ) {
    const { rows, statedTotal } = json as { rows: PledgeSheetRow[]; statedTotal?: unknown };
    return {
      rows,
      statedTotal: (statedTotal ?? null) as PledgeSheetRow['statedValue'],
      problems: [],
      summary: null,
      name,
    };
  }
  throw new CliError(
    `${file}: expected a pledge sheet: a list of rows, { "rows": [...], "statedTotal": ... } or the stored result of parsePledgeSheet.`,
  );
}
