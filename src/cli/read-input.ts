// Reading the files a command is given. Every failure is a CliError naming the file: a file
// that cannot be read, JSON that does not parse, a CSV without a header.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import Papa from 'papaparse';
import { CliError } from './cli-error.js';

/** Reads a text file (UTF-8, a byte-order mark removed). */
export function readText(file: string, cwd: string): string {
  const path = resolve(cwd, file);
  let text: string;
  try {
    if (statSync(path).isDirectory()) throw new CliError(`${file}: is a folder, not a file.`);
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${file}: cannot be read (${systemReason(error)}).`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** True when a file name ends in `.json`. */
export function isJsonFile(file: string): boolean {
  return extname(file).toLowerCase() === '.json';
}

/** Reads and parses a JSON file. */
export function readJson(file: string, cwd: string): unknown {
  const text = readText(file, cwd);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(
      `${file}: not valid JSON (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
}

/** A record of a CSV file: its cells by column name, and the line it starts on. */
export interface CsvRecord {
  /** The non-empty cells, keyed by header (no prototype: any header is an ordinary key). */
  readonly cells: Record<string, string>;
  /**
   * The line the record starts on, 1-based with the header on line 1, as a text editor numbers
   * lines (a spreadsheet's row number too, unless a cell above holds a line break).
   */
  readonly line: number;
}

/**
 * Reads the records of a CSV file (papaparse; header row first, delimiter detected, blank lines
 * skipped) as objects keyed by header, each with the line it starts on; empty cells are left out.
 * CRLF, LF and a lone CR each end a row, whatever the file's other lines end with (as
 * spreadsheets read them; papaparse alone splits on one line end per file); a line break inside
 * a quoted cell is read as LF.
 */
export function readCsvRecords(file: string, cwd: string): CsvRecord[] {
  const text = readText(file, cwd).replace(/\r\n?/g, '\n');
  const rows: { cells: string[]; line: number }[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    newline: '\n',
    step: (row) => {
      if (row.data.some((cell) => cell.trim() !== '')) rows.push({ cells: row.data, line });
      const end = row.meta.cursor;
      line += lineBreaks(text, start, end);
      start = end;
    },
  });
  const [header, ...records] = rows;
  if (header === undefined) {
    throw new CliError(`${file}: no header row (expected a first row of column names).`);
  }
  const names = header.cells.map((cell) => cell.trim());
  return records.map((row) => {
    const cells: Record<string, string> = Object.create(null);
    for (const [index, name] of names.entries()) {
      const cell = row.cells[index]?.trim() ?? '';
      if (cell !== '' && name !== '') cells[name] = cell;
    }
    return { cells, line: row.line };
  });
}

/** The line breaks (LF: the text's line ends are all LF) in `text` from `start` up to `end`. */
function lineBreaks(text: string, start: number, end: number): number {
  let count = 0;
  for (let at = text.indexOf('\n', start); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) {
    count += 1;
  }
  return count;
}

/** The `.json` files of a folder, in code-unit order of their names. */
export function jsonFilesIn(folder: string, cwd: string): string[] {
  const path = resolve(cwd, folder);
  let names: string[];
  try {
    if (!statSync(path).isDirectory()) throw new CliError(`${folder}: is a file, not a folder.`);
    names = readdirSync(path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${folder}: cannot be read (${systemReason(error)}).`);
  }
  return names
    .filter((name) => isJsonFile(name))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => resolve(path, name));
}

function systemReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return typeof code === 'string' ? code : 'unknown reason';
}
