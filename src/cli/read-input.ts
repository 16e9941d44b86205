// Reading the files a command is given. Every failure is a CliError naming the file: a file
// that cannot be read, JSON that does not parse, a CSV without a header.
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import Papa from 'papaparse';
import { Decimal } from '../core/decimal.js';
import { describeReceived, quoteText } from '../core/describe-value.js';
import { isPlainRecord } from '../core/record.js';
import { delimitersToTry } from '../csv/find-table.js';
import { restoreFormula } from '../csv/formula-cells.js';
import { excelScientificReason, semicolonCommaHint } from '../csv/parse-amount.js';
import { guessDelimiter } from '../csv/read-lines.js';
import { withoutSeparatorLine } from '../csv/separator-line.js';
import { CliError } from './cli-error.js';

/**
 * Reads a text file as spreadsheets save them: UTF-8 (a byte-order mark removed), UTF-16 with a
 * byte-order mark (Excel's "Unicode Text"), and otherwise Windows-1252 (Excel's "CSV (Comma
 * delimited)", where £ is one byte that is not UTF-8). A workbook (.xlsx, .ods, .xls) or a file
 * holding NUL characters (UTF-16 without a byte-order mark, a binary file) is refused by name.
 */
export function readText(file: string, cwd: string): string {
  // `-`, standard input to many commands, is a file name here: say so unless one exists.
  if (file === '-' && statSync(resolve(cwd, file), { throwIfNoEntry: false }) === undefined) {
    throw new CliError(
      '-: is not read as standard input: give a file, or /dev/stdin to read a pipe (cat sheet.csv | social-value reconcile /dev/stdin).',
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = readBytes(resolve(cwd, file), file);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${file}: cannot be read (${systemReason(error)}).`);
  }
  const text = decode(bytes, file);
  if (text.includes('\0')) {
    throw new CliError(
      `${file}: holds NUL characters, so it is not text in UTF-8 (UTF-16 without a byte-order mark?): ${SAVE_AS_CSV}.`,
    );
  }
  return text;
}

// The longest string JavaScript can hold (V8, 64-bit), in characters: a file of more bytes may
// not fit, and decoding it as Windows-1252 would end the process.
const MAX_TEXT = 0x1fffffe8;

/**
 * The bytes of the file at `path`, at most `limit` of them: a larger file is refused by its size
 * before anything is read (a file of 2 GB or more cannot be read in one piece), and a pipe or
 * device (`/dev/stdin`, a shell's `<(…)`, `/dev/zero`) is read until it ends or passes the limit.
 * Internal (the limit is a parameter for tests).
 */
export function readBytes(path: string, file: string, limit = MAX_TEXT): Uint8Array {
  const stats = statSync(path);
  if (stats.isDirectory()) throw new CliError(`${file}: is a folder, not a file.`);
  if (stats.isFile()) {
    const size = (bytes: number) => `${Math.ceil(bytes / 2 ** 20)} MB`;
    if (stats.size > limit) throw tooLarge(file, size(stats.size), limit);
    // Grown since (a file still being written): refused as well.
    const bytes = readFileSync(path);
    if (bytes.length > limit) throw tooLarge(file, size(bytes.length), limit);
    return bytes;
  }
  const descriptor = openSync(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(2 ** 20);
      const read = readSync(descriptor, chunk, 0, chunk.length, null);
      if (read === 0) return Buffer.concat(chunks, total);
      total += read;
      if (total > limit) throw tooLarge(file, `more than ${Math.floor(limit / 2 ** 20)} MB`, limit);
      chunks.push(chunk.subarray(0, read));
    }
  } finally {
    closeSync(descriptor);
  }
}

function tooLarge(file: string, size: string, limit: number): CliError {
  return new CliError(
    `${file}: is too large to read (${size}; the most a file can be is ${Math.floor(limit / 2 ** 20)} MB): split it into smaller files.`,
  );
}

const SAVE_AS_CSV = 'save it as "CSV UTF-8" and give that file';

/** The text of a file's bytes (see {@link readText}); a workbook is refused. */
function decode(bytes: Uint8Array, file: string): string {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (a === 0xfe && b === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const workbook =
    a === 0x50 && b === 0x4b && c === 0x03 && d === 0x04
      ? '.xlsx or .ods'
      : a === 0xd0 && b === 0xcf && c === 0x11 && d === 0xe0
        ? 'Excel 97-2003 .xls'
        : undefined;
  if (workbook !== undefined) {
    throw new CliError(
      `${file}: is a spreadsheet workbook (${workbook}), not a CSV or JSON file: save the sheet as "CSV UTF-8" and give that file.`,
    );
  }
  // A UTF-8 byte-order mark says UTF-8 even if a byte is not (shown as U+FFFD); the decoder
  // drops the mark.
  if (a === 0xef && b === 0xbb && c === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ERR_ENCODING_INVALID_ENCODED_DATA') throw error;
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * Reads a CSV file's text ({@link readText}), refusing JSON: a `.csv` holding a JSON document
 * would otherwise be read as a sheet without a header row.
 */
export function readCsvText(file: string, cwd: string): string {
  const text = readText(file, cwd);
  if (/^\s*[[{]/.test(text) && isJson(text)) {
    throw new CliError(`${file}: holds JSON, not CSV: give it a .json name to read it as JSON.`);
  }
  return text;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** True when a file name ends in `.json`. */
export function isJsonFile(file: string): boolean {
  return extname(file).toLowerCase() === '.json';
}

/**
 * What a .json input holds instead of the list a command expects: a stored result by its kind
 * (`a result of kind "valuation"`), anything else as written (`5`, `{"measure":"NT1"}`).
 */
export function receivedText(json: unknown): string {
  return isPlainRecord(json) && typeof json.kind === 'string'
    ? `a result of kind ${quoteText(json.kind)}`
    : describeReceived(json);
}

/**
 * Reads and parses a JSON file. A number JSON.parse cannot hold as written (more digits than a
 * double keeps, such as `33.333333333333333333`, or beyond its range, such as `1e400` or
 * `1e-400`) is refused at its line with the text to write instead: read, it would silently be
 * another figure (`33.333333333333336`, `Infinity`, `0`).
 */
export function readJson(file: string, cwd: string): unknown {
  const text = readText(file, cwd);
  // A byte-order mark is whitespace to `trim`: "Unexpected end of JSON input" says less.
  if (text.trim() === '') throw new CliError(`${file}: is empty (no text): expected JSON.`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const at = syntaxErrorAt(text);
    const before = text.slice(0, at);
    const line = before.split(/\r\n?|\n/);
    // The message without its position or the copy of the text around it, which say less.
    let why = String((error as Error).message).replace(/(?: in JSON)? at position \d+$/, '');
    // Node's copy of the text (`Unexpected token 'x', "…" is not valid JSON`) starts at the first
    // `, "` (or `, ..."`): cut there, found without a pattern that scans the copy from each start.
    const copy = why.endsWith(' is not valid JSON') ? why.search(/, (?:\.\.\.)?"/) : -1;
    if (copy !== -1) why = why.slice(0, copy);
    throw new CliError(
      `${file}: line ${line.length}, column ${[...line.at(-1)!].length + 1}: not valid JSON (${why}).`,
    );
  }
  refuseInexactNumbers(text, file);
  refuseRepeatedKeys(text, file);
  return json;
}

/**
 * Where JSON.parse stops reading `text` (invalid JSON), as a position in it: the one its message
 * gives, the end of the text for "Unexpected end of JSON input", else (an unexpected token,
 * given without a position) the longest start of the text that is JSON cut short, not yet wrong.
 */
function syntaxErrorAt(text: string): number {
  const at = stopsAt(text);
  if (at !== undefined) return at;
  let good = 0;
  let bad = text.length;
  while (bad - good > 1) {
    const middle = (good + bad) >>> 1;
    if ((stopsAt(text.slice(0, middle)) ?? -1) >= middle) good = middle;
    else bad = middle;
  }
  return good;
}

/** Where JSON.parse stops reading `text` when it says (the text's length when it does not stop). */
function stopsAt(text: string): number | undefined {
  try {
    JSON.parse(text);
    return text.length;
  } catch (error) {
    const message = String((error as Error).message);
    if (message.startsWith('Unexpected end of JSON input')) return text.length;
    const at = / at position (\d+)/.exec(message);
    return at === null ? undefined : Number(at[1]);
  }
}

/**
 * Throws at the second of two equal keys in one object of valid JSON `text`: JSON.parse keeps
 * the last silently (`"weight": 40, …, "weight": 60` is 60), so the figure written first would
 * be lost.
 */
function refuseRepeatedKeys(text: string, file: string): void {
  // Per open object or list: the keys met so far with where each is (undefined for a list),
  // and whether the next string is a key.
  const open: (Map<string, number> | undefined)[] = [];
  let keyNext = false;
  let at = 0;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    const keys = open.at(-1);
    if (code === 34) {
      const start = at;
      at = afterString(text, at);
      if (!keyNext || keys === undefined) continue;
      keyNext = false;
      const token = text.slice(start, at);
      const key = token.includes('\\') ? (JSON.parse(token) as string) : token.slice(1, -1);
      const first = keys.get(key);
      if (first !== undefined) {
        throw new CliError(
          `${file} line ${lineAt(text, start)}: the key ${quoteText(key)} is given twice in one object (first on line ${lineAt(text, first)}); JSON keeps only the last, so give it once.`,
        );
      }
      keys.set(key, start);
      continue;
    }
    // { and [ open, } and ] close, and a comma in an object comes before a key.
    if (code === 123 || code === 91) {
      open.push(code === 123 ? new Map() : undefined);
      keyNext = code === 123;
    } else if (code === 125 || code === 93) {
      open.pop();
      keyNext = false;
    } else if (code === 44) keyNext = keys !== undefined;
    at += 1;
  }
}

/** Where the string of valid JSON `text` starting at `at` ends (after its closing quote). */
function afterString(text: string, at: number): number {
  let end = at + 1;
  while (text.charCodeAt(end) !== 34) end += text.charCodeAt(end) === 92 ? 2 : 1;
  return end + 1;
}

/** The 1-based line of `text` that position `at` is on. */
function lineAt(text: string, at: number): number {
  return text.slice(0, at).split(/\r\n?|\n/).length;
}

// A JSON number, read where one starts.
const JSON_NUMBER = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Throws at the first number of valid JSON `text` that JSON.parse reads as another figure. */
function refuseInexactNumbers(text: string, file: string): void {
  // A number of at most 15 significant digits and no exponent is held exactly: most files have
  // no other, and are not scanned.
  if (!/[\d.]{16}|\d[eE]/.test(text)) return;
  let at = 0;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (code === 34) {
      at = afterString(text, at);
      continue;
    }
    if (code !== 45 && (code < 48 || code > 57)) {
      at += 1;
      continue;
    }
    JSON_NUMBER.lastIndex = at;
    const token = JSON_NUMBER.exec(text)?.[0] ?? text[at]!;
    const start = at;
    at += token.length;
    if (token.length <= 15 && !/[eE]/.test(token)) continue;
    const read = String(Number(token));
    if (read !== 'Infinity' && read !== '-Infinity' && new Decimal(token).eq(read)) continue;
    throw new CliError(
      `${file} line ${lineAt(text, start)}: the number ${token} would be read as ${read} (a JSON number keeps about 16 significant digits, from about 5e-324 to 1.8e308): write it as text, "${token}", which is read exactly.`,
    );
  }
}

/** A record of a CSV file: its cells by column name, and the line it starts on. */
export interface CsvRecord {
  /** The non-empty cells, keyed by header (no prototype: any header is an ordinary key). */
  readonly cells: Record<string, string>;
  /**
   * The line the record starts on, 1-based from the file's first line (the header's, or Excel's
   * `sep=;` line above it), as a text editor numbers lines (a spreadsheet's row number too,
   * unless a cell above holds a line break).
   */
  readonly line: number;
}

/**
 * Reads the records of a CSV file (papaparse; header row first, delimiter detected, blank lines
 * skipped) as objects keyed by header, each with the line it starts on; empty cells are left out,
 * and a cell in a column without a header is refused.
 * CRLF, LF and a lone CR each end a row, whatever the file's other lines end with (as
 * spreadsheets read them; papaparse alone splits on one line end per file); a line break inside
 * a quoted cell is read as LF. As pledge sheets are read, a header or text cell loses the one
 * apostrophe a writer put before a formula character (`'=x` is `=x`, `''=x` is `'=x`), while a
 * cell of a column `isNumber` names is kept as written (`'-5` is text, refused, never -5). In a
 * `;`-separated file such a cell written `1,125` is refused (1.125 or 1125?), as pledge sheets
 * refuse it, and so is, in any file, Excel's `1.23E+06` (a number too wide for its column, its
 * digits lost). Excel's `sep=;` first line gives the delimiter and is not a row; else, as the csv
 * area's readers do, papaparse's guess unless another usual delimiter splits the header into
 * more of the `known` columns (a comma-separated header whose name holds `&amp; &#60;` is not
 * read as `;`-separated).
 */
export function readCsvRecords(
  file: string,
  cwd: string,
  isNumber: (header: string) => boolean = () => false,
  known: (header: string) => boolean = () => false,
): CsvRecord[] {
  const written = readCsvText(file, cwd).replace(/\r\n?/g, '\n');
  // Excel's `sep=;` first line declares the delimiter; its line is then read as a blank one.
  const declared = withoutSeparatorLine(written);
  const text = declared?.text ?? written;
  const rows: { cells: string[]; line: number }[] = [];
  let start = 0;
  let line = 1;
  const delimiter = declared?.delimiter ?? delimiterOf(text, known);
  Papa.parse<string[]>(text, {
    newline: '\n',
    delimiter,
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
  const names = header.cells.map((cell) => restoreFormula(cell.trim()));
  assertDistinctHeaders(names, file, header.line);
  const numbers = names.map((name) => isNumber(name));
  return records.map((row) => {
    assertHeaded(row.cells, names, `${file} line ${row.line}`, header.line);
    const cells: Record<string, string> = Object.create(null);
    for (const [index, name] of names.entries()) {
      const written = row.cells[index]?.trim() ?? '';
      const refused = numbers[index] ? numberRefusal(written, delimiter) : undefined;
      if (refused !== undefined) {
        throw new CliError(
          `${file} line ${row.line}: column ${quoteText(name)} holds ${quoteText(written)}, ${refused}.`,
        );
      }
      const cell = numbers[index] ? written : restoreFormula(written);
      if (cell !== '' && name !== '') cells[name] = cell;
    }
    return { cells, line: row.line };
  });
}

/**
 * The delimiter a CSV text is read with: papaparse's guess, or the first of the usual ones (the
 * guess first) that splits the header, the first row with a cell, into the most `known` names.
 */
function delimiterOf(text: string, known: (header: string) => boolean): string {
  let best = guessDelimiter(text);
  let most = 0;
  for (const delimiter of delimitersToTry({}, best)) {
    const rows = Papa.parse<string[]>(text, { newline: '\n', delimiter, preview: 100 }).data;
    const header = rows.find((cells) => cells.some((cell) => cell.trim() !== '')) ?? [];
    const count = header.filter((cell) => known(restoreFormula(cell.trim()))).length;
    if (count > most) [best, most] = [delimiter, count];
  }
  return best;
}

/**
 * Why a number cell is refused though it reads as a number, as pledge sheets refuse it (the rest
 * of a sentence after the cell: `which …`), else `undefined`: `1,125` in a `;`-separated file
 * (1.125 or 1125?), or Excel's `1.23E+06` (digits lost), alone or among marks (`4;1.23E+06`).
 */
function numberRefusal(cell: string, delimiter: string): string | undefined {
  const comma = semicolonCommaHint(cell, delimiter);
  if (comma !== undefined) return `which is not a number${comma}`;
  for (const part of cell.split(';')) {
    const excel = excelScientificReason(part);
    if (excel !== undefined) {
      return part === cell ? `which ${excel}` : `whose ${quoteText(part.trim())} ${excel}`;
    }
  }
  return undefined;
}

/**
 * Refuses two columns whose headers are the same but for case and spacing (`sv` and `SV `): a
 * record would keep one of their cells and silently drop the other.
 */
function assertDistinctHeaders(names: readonly string[], file: string, line: number): void {
  const seen = new Map<string, number>();
  names.forEach((name, index) => {
    if (name === '') return;
    const key = name.toLowerCase().replace(/\s+/g, ' ');
    const first = seen.get(key);
    if (first !== undefined) {
      throw new CliError(
        `${file} line ${line}: columns ${first + 1} and ${index + 1} have the same header (${quoteText(names[first]!)}, ${quoteText(name)}): rename or remove one, as only one of their cells could be read.`,
      );
    }
    seen.set(key, index);
  });
}

/**
 * Refuses a cell in a column without a header (`A,£1,000,000,4` under `id,price,quality`: the
 * unquoted commas split the price, and the cells past the header would be dropped unseen).
 */
function assertHeaded(
  cells: readonly string[],
  names: readonly string[],
  at: string,
  headerLine: number,
): void {
  const index = cells.findIndex((cell, column) => cell.trim() !== '' && !names[column]);
  if (index === -1) return;
  throw new CliError(
    `${at}: column ${index + 1} holds ${quoteText(cells[index]!.trim())}, but the header (line ${headerLine}) names no column ${index + 1}: quote a cell holding commas ("£1,000,000"), name the column, or remove a title line above the header.`,
  );
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
