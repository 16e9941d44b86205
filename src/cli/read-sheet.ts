// A pledge sheet from a CSV/TSV export (parsePledgeSheet) or from JSON: the stored result of
// parsePledgeSheet, a list of rows, or { rows, statedTotal }. Rows are validated by the library.
import { basename, extname } from 'node:path';
import { type PledgeSheetRow, revive } from 'social-value';
import { type PledgeSheet, parsePledgeSheet } from 'social-value/csv';
import { quoteText } from '../core/describe-value.js';
import { listed } from '../core/listing.js';
import { formatPath } from '../core/path.js';
import { CliError } from './cli-error.js';
import type { CommandContext } from './command.js';
import { countText, shortList } from './figures.js';
import { isJsonFile, readCsvText, readJson } from './read-input.js';
import type { Section } from './report.js';
import { type FlagPaths, type Source, withSources } from './sources.js';

// The library's paths into a sheet's rows, and into the framework, pledges and valuation made
// from them (their indexes are not the rows', so only `rows[…]` gets a line).
const SHEET_ROOTS = ['rows', 'framework', 'pledges', 'valuation', 'statedTotal'];

/**
 * A CSV sheet's columns by role, as the `--column role=header` flags name them: parsePledgeSheet's
 * `options.columns` (`{ quantity: 'Qty' }`).
 */
export type SheetColumns = Readonly<Record<string, string>>;

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
  /** A CSV sheet's header: its line, the header read for each role and the columns read as tags. */
  readonly header?: Pick<PledgeSheet, 'headerLine' | 'columns' | 'tagColumns'> | undefined;
}

/** Reads a pledge sheet file (CSV, TSV or JSON), a CSV's `columns` named by role. */
export function readSheet(
  file: string,
  context: CommandContext,
  columns?: SheetColumns,
): SheetRead {
  const fileName = basename(file);
  const name = basename(file, extname(file)) || 'sheet';
  context.progress.update(`Reading ${file}…`);
  if (isJsonFile(file)) {
    if (columns !== undefined) {
      throw new CliError(
        `--column: names the columns of a CSV or TSV sheet; ${file} is JSON, whose rows name their fields.`,
      );
    }
    const source = { file, roots: SHEET_ROOTS };
    const read = sheetFromJson(readJson(file, context.terminal.cwd), file, name);
    return { ...withRows(read, file), fileName, source };
  }
  const text = readCsvText(file, context.terminal.cwd);
  context.progress.update(`Parsing ${file} (${countText(Math.round(text.length / 1024))} kB)…`);
  // The reader's own errors (no header row, path `text`) name the file; a bad --column, its flag.
  const sheet = withRows(
    withSources(
      [{ file, roots: ['text'] }],
      () => parsePledgeSheet(text, columns === undefined ? {} : { columns }),
      columnFlags(columns),
    ),
    file,
  );
  context.progress.update(`Read ${countText(sheet.rows.length)} rows of ${file}.`);
  const problems = sheet.problems.map((problem) => ({
    ...problem,
    message: problem.message.replace('in options.columns', 'with --column role=header'),
  }));
  const { headerLine, columns: roles, tagColumns } = sheet;
  return {
    ...sheetRead(sheet, name),
    problems,
    header: { headerLine, columns: roles, tagColumns },
    fileName,
    source: {
      file,
      roots: SHEET_ROOTS,
      lines: sheet.rows.map((row) => row.line),
      // toPledges makes one pledge of each answered row.
      pledgeLines: sheet.rows.flatMap((row) => (row.quantity == null ? [] : [row.line])),
      measureLines: measureLines(sheet.rows),
    },
  };
}

/**
 * The line of each measure toFramework makes of `rows`: one per code (compared ignoring case, as
 * a framework compares them), from its first row.
 */
function measureLines(
  rows: readonly { readonly measure: string; readonly line: number }[],
): number[] {
  const seen = new Set<string>();
  return rows.flatMap((row) => {
    const code = row.measure.toLowerCase();
    if (seen.has(code)) return [];
    seen.add(code);
    return [row.line];
  });
}

/**
 * Refuses a CSV sheet whose header has no answer (quantity) column, for a command that values
 * answers × proxy values: each row would be unanswered, and the sheet valued at £0.00 without a
 * word, as when the answers are headed `Qty`. The message names the header's columns and the
 * flag that names the answer column.
 */
export function requireAnswerColumn(sheet: SheetRead): void {
  const { header } = sheet;
  if (header === undefined || header.columns.quantity !== undefined) return;
  const read = Object.entries(header.columns).map(([role, text]) => `${quoteText(text)} (${role})`);
  const tags = header.tagColumns.map((text) => quoteText(text));
  const named = tags.length === 1 ? 'the tag' : 'the tags';
  const columns = [...read, ...(tags.length === 0 ? [] : [`${named} ${listed(tags)}`])];
  throw new CliError(
    `${sheet.source.file}: has no answer column, so there is nothing to value: the header on line ${header.headerLine} has ${listed(columns)}. Name the column of each measure's answer with --column quantity=<header> (a column headed Answer, Quantity, Target, Commitment or Pledge is read as it).`,
  );
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

/**
 * The note for standard error when the reader warns about the sheet (a row with content but no
 * measure code skipped, a repeated column whose figures are not counted, a second total row),
 * whatever the format or output file: `--format json` and `csv` carry the valuation, not the
 * sheet's problems, so a figure left out would go unsaid. `undefined` when none; the exit code
 * stays as it is.
 */
export function sheetWarningNote(sheet: SheetRead): string | undefined {
  const warnings = sheet.problems.filter((problem) => problem.severity === 'warning');
  if (warnings.length === 0) return undefined;
  return `social-value: warning: ${countText(warnings.length)} warning${warnings.length === 1 ? '' : 's'} about ${sheet.fileName}:${shortList(warnings.map((problem) => problem.message))}\n`;
}

/**
 * The flag of each path the library gives a column named with --column (`--column qty=Qty` for
 * `options.columns.qty`), then `--column` for the rest of `options.columns`.
 */
function columnFlags(columns: SheetColumns | undefined): FlagPaths {
  const flags: Record<string, string> = Object.create(null);
  for (const [role, header] of Object.entries(columns ?? {})) {
    flags[formatPath(['options', 'columns', role])] = `--column ${role}=${header}`;
  }
  flags['options.columns'] = '--column';
  return flags;
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
  // Another kind of stored result (a valuation given for its sheet): named, with what to give.
  const kind = (json as { kind?: unknown } | null)?.kind;
  const instead =
    kind === 'valuation'
      ? ': a stored valuation is the result of valuing a sheet, not one; give the pledge sheet it was made from (track reads a stored valuation as its pledges)'
      : '';
  throw new CliError(
    `${file}: expected a pledge sheet: a list of rows, { "rows": [...], "statedTotal": ... } or the stored result of parsePledgeSheet${typeof kind === 'string' ? `, received a result of kind ${quoteText(kind)}${instead}` : ''}.`,
  );
}
