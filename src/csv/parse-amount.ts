import { Decimal } from '../core/decimal.js';
import { plainDecimal } from '../core/fast-decimal.js';
import { textSchema } from '../core/schemas.js';
import { isNumericProblem, type NumericDomain, readNumeric } from '../core/to-decimal.js';
import { parseInput } from '../core/zod-error.js';

const cellSchema = textSchema;

// Digits grouped in thousands by commas or by spaces (`1,000`, `1 000`), or not grouped. A first
// group is never 0 (`0,125` is a European 0.125, never 125).
const GROUPED = /^[+-]?([1-9]\d{0,2}(,\d{3})+|[1-9]\d{0,2}( \d{3})+|\d*)(\.\d*)?([eE][+-]?\d+)?$/;
// Spaces around the pound sign, a sign or a bracket (`£ 5`, `- 5`, `( 5 )`) carry no meaning.
const SYMBOL = /[£()+\-–—]/;
const DASHES = /* @__PURE__ */ new Set(['-', '–', '—']);
const MINUS = /\u2212/g;
// A number as Excel's General format shows one too wide for its column: one digit, maybe
// decimals, `E`, a signed exponent of two digits or more (`1.23E+06`, `-4.5E-05`), however it is
// dressed as money: a pound sign, a sign before or after it, brackets (`£1.23E+06`, `(1.23E+06)`).
// Spaces only after a bracket, sign or pound sign, and before a closing bracket: never two runs
// of spaces side by side, so a long run of them is read in linear time.
const EXCEL_SCIENTIFIC =
  /^(\(\s*)?([+-]\s*)?(?:£\s*)?([+-]\s*)?([1-9](?:\.\d+)?E[+-](?:\d\d|[1-9]\d{2,}))(\s*\))?$/;
// A number written with a decimal comma: `12,5`, `0,963812`, `0,125`, `1.234,56`, `1 234,56`,
// `1.000.000`.
const DECIMAL_COMMA =
  /^[+-]?(0,\d+|\d+,(\d{1,2}|\d{4,})|\d{1,3}([. ]\d{3})+,\d+|\d{1,3}(\.\d{3}){2,})$/;

/**
 * Reads one money or number cell as a pledge sheet's cells are read, as spreadsheets write them:
 * `£ 738,768.00`, `£-` or `£ -` (zero), `(1,234.00)` (negative, accounting style; `(£5)` or
 * `£(5)`), `-£5`,
 * `−5` (the minus sign U+2212), `-12.5`, `1e3`, `1 000`; a blank cell is `null`. A comma groups
 * thousands (`1,234` is 1234), as UK spreadsheets write numbers, so a decimal comma (`12,5`,
 * `1.234,56`, `0,125`) is `'not-a-number'`, never guessed. Returns `'not-a-number'` when the cell is not
 * a number: a sign inside brackets, such as `(-5)` or `(£-5)`, is not one, since it could mean -5
 * or 5, nor are two signs (`-£-5`), nor spaces that do not group thousands (`1 5`); `(0)` is 0.
 * Nor is `1.23E+06` (or `-4.5E-05`: `E`, a signed exponent of two digits or more; `£1.23E+06`
 * and `(1.23E+06)` too), which is how
 * Excel shows a number too wide for its column, and all a CSV keeps of it, so digits may be
 * lost: it is `'not-a-number'`, and the sheet and ledger readers and the command give that
 * reason in their messages (for a cell, or a flag, written so), not "not a number"; other
 * exponents (`1e3`, `1.5E3`) are read.
 * Returns `'out-of-range'` for a number outside the numeric domain (docs/quality.md). The
 * `social-value` command reads the number cells of bids and deliveries CSVs with it.
 *
 * @param cell - The cell's text.
 * @returns The exact number, `null` for a blank cell, or why it is not read.
 * @throws SocialValueError `invalid-input` at `cell` when it is not a string.
 *
 * @example
 * ```ts
 * import { parseAmount } from 'social-value/csv';
 *
 * parseAmount('£1,200,000')?.toString(); // => '1200000'
 * parseAmount('(1,234.50)')?.toString(); // => '-1234.5'
 * parseAmount(' '); // => null
 * parseAmount('1,20,0'); // => 'not-a-number'
 * parseAmount('(-5)'); // => 'not-a-number'
 * parseAmount('−5')?.toString(); // => '-5'
 * parseAmount('1,234')?.toString(); // => '1234'
 * parseAmount('12,5'); // => 'not-a-number'
 * parseAmount('0,125'); // => 'not-a-number'
 * parseAmount('1.23E+06'); // => 'not-a-number'
 * parseAmount('£1.23E+06'); // => 'not-a-number'
 * parseAmount('1.23e6')?.toString(); // => '1230000'
 * ```
 */
export function parseAmount(cell: string): Decimal | null | 'not-a-number' | 'out-of-range' {
  return readAmount(parseInput(cellSchema, cell, 'cell', ['cell']));
}

/**
 * Reads a money or number cell as spreadsheets write it: `£ 738,768.00`, `£-` or `£ -` (zero),
 * `(1,234.00)` (negative, accounting style; `(£5)` or `£(5)`), `-£5`, `−5` (U+2212), `-12.5`, `1e3`, `1 000`; a
 * blank cell is `null`; a comma only groups thousands. Returns `'not-a-number'` when the cell is not a number (the caller reports it): a sign
 * inside brackets, such as `(-5)` or `(£-5)`, is not one, since it could mean -5 or 5, nor are two
 * signs (`-£-5`), nor spaces that do not group thousands (`1 5`), nor Excel's `1.23E+06`
 * ({@link excelScientificReason}); `(0)` is 0. Returns
 * `'out-of-range'` for a number outside the numeric domain: the input domain, or with `domain:
 * 'stated'` the wider one of line values and totals (as `formatValuationCsv` writes them).
 * Internal: {@link parseAmount} is the public, checked form.
 */
export function readAmount(
  cell: string,
  domain: NumericDomain = 'input',
): Decimal | null | 'not-a-number' | 'out-of-range' {
  // Most cells are plain numbers (`24`, `16.09`) or pounds as spreadsheets show them
  // (`£ 1,234.56`): read them straight away.
  const plain = plainDecimal(cell);
  if (plain !== undefined) return plain;
  const pounds = poundsDigits(cell);
  const money = pounds === undefined ? undefined : plainDecimal(pounds);
  if (money !== undefined) return money;
  if (excelScientificFigure(cell) !== undefined) return 'not-a-number';
  // U+2212 is the minus sign itself, as typeset tools and some spreadsheets write it.
  let text = tightSpaces(cell.trim().replace(MINUS, '-'));
  if (text === '') return null;
  // `£(5)` is `(£5)`, the pound sign written outside the brackets.
  if (text.startsWith('£(')) text = `(£${text.slice(2)}`;
  let negative = false;
  let signed = false;
  if (text.startsWith('(') && text.endsWith(')')) {
    text = text.slice(1, -1);
    if (/^[+-]/.test(text)) return 'not-a-number';
    negative = true;
    signed = true;
  }
  if (text.startsWith('-£') || text.startsWith('+£')) {
    if (signed) return 'not-a-number';
    negative = text.startsWith('-');
    signed = true;
    text = text.slice(1);
  }
  if (text.startsWith('£')) text = text.slice(1);
  if (DASHES.has(text)) return new Decimal(0);
  if (text === '' || !GROUPED.test(text)) return 'not-a-number';
  // One sign at most: `(£-5)` and `-£-5` could mean -5 or 5.
  if (signed && /^[+-]/.test(text)) return 'not-a-number';
  const digits = text.replace(/[, ]/g, '');
  const value = plainDecimal(digits) ?? readNumeric(digits, domain);
  if (isNumericProblem(value)) {
    return value.code === 'out-of-range' ? 'out-of-range' : 'not-a-number';
  }
  return negative && !value.isZero() ? value.negated() : value;
}

const POUND = 0xa3;
const SPACE = 0x20;
const COMMA = 0x2c;
const POINT = 0x2e;

/** The number of ASCII digits in `text` from `start`. */
function digitsFrom(text: string, start: number): number {
  let end = start;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (code < 0x30 || code > 0x39) break;
    end += 1;
  }
  return end - start;
}

/**
 * The figure of a cell written as spreadsheets show pounds (`£ 1,234.56`, `£12`, `1,500.5`): a
 * pound sign and spaces after it, if any, then digits, grouped in thousands by commas (the first
 * group not 0) or not grouped, and decimals, if any; the digits and point alone (`1234.56`), to
 * read as a plain decimal. `undefined` for any other text, which {@link readAmount} reads the
 * long way to the same figure. A scan, not a pattern: it runs on every stated value of a sheet.
 */
function poundsDigits(cell: string): string | undefined {
  let at = 0;
  if (cell.charCodeAt(0) === POUND) {
    at = 1;
    while (cell.charCodeAt(at) === SPACE) at += 1;
  }
  const start = at;
  const first = digitsFrom(cell, at);
  if (first === 0) return undefined;
  at += first;
  const grouped = cell.charCodeAt(at) === COMMA;
  if (grouped && (first > 3 || cell.charCodeAt(start) === 0x30)) return undefined;
  while (cell.charCodeAt(at) === COMMA) {
    if (digitsFrom(cell, at + 1) !== 3) return undefined;
    at += 4;
  }
  if (cell.charCodeAt(at) === POINT) {
    const decimals = digitsFrom(cell, at + 1);
    if (decimals === 0) return undefined;
    at += 1 + decimals;
  }
  if (at !== cell.length) return undefined;
  const figure = start === 0 ? cell : cell.slice(start);
  return grouped ? figure.replaceAll(',', '') : figure;
}

/** One comma before three digits and no point: `1,500`, `-£12,500`. */
const ONE_COMMA = /^[-+(£\u2212\s]*[1-9]\d*,\d{3}\s*(?:\)\s*)?$/;

/**
 * In a semicolon-separated file, as a spreadsheet set to a European language saves one, a cell
 * with one comma before three digits and no point (`1,500`) is as likely a decimal comma (1.5) as
 * a thousands one: the hint that goes with refusing it, else `undefined`. Internal.
 */
export function semicolonCommaHint(cell: string, delimiter: string): string | undefined {
  if (delimiter !== ';' || !ONE_COMMA.test(cell)) return undefined;
  return ` (in a semicolon-separated sheet, as a spreadsheet set to a European language saves one, a comma may be a decimal comma: write ${String(readAmount(cell.replace(',', '.')))} or ${String(readAmount(cell))}, whichever it means)`;
}

/**
 * Why a number cell written as Excel's General format shows a number too wide for its column
 * (`1.23E+06`, `-4.5E-05`: one digit, maybe decimals, `E`, a signed exponent of two digits or
 * more) is refused, as the rest of a sentence after the cell (`"1.23E+06" is how Excel…`), else
 * `undefined`. A CSV keeps the text a cell shows, so the digits not shown are lost. Other
 * exponents (`1e6`, `1.5E3`) are read as written. Internal: the one check of the csv readers and
 * of the command's bids and deliveries.
 */
export function excelScientificReason(cell: string): string | undefined {
  if (excelScientificFigure(cell) === undefined) return undefined;
  return `${EXCEL_SHOWS}, and a CSV keeps only the digits shown, so digits may have been lost: widen the column or format it as Number, then save the CSV again`;
}

/**
 * The figure a cell shows in Excel's shortened form (`1.23E+06`), signed and without its pound
 * sign or brackets (`(£1.23E+06)` is `-1.23E+06`), else `undefined`: a pound sign does not make
 * the lost digits come back. A cell with two signs is not this form (it is no number). Internal.
 */
export function excelScientificFigure(cell: string): string | undefined {
  const match = EXCEL_SCIENTIFIC.exec(cell.trim().replace(MINUS, '-'));
  if (match === null) return undefined;
  const [, open, before, after, figure, close] = match;
  if ((open === undefined) !== (close === undefined)) return undefined;
  const signs = [open, before, after].filter((sign) => sign !== undefined).map((sign) => sign[0]);
  if (signs.length > 1) return undefined;
  return signs[0] === undefined || signs[0] === '+' ? figure : `-${figure}`;
}

/**
 * What Excel's shortened number is, as the rest of a sentence after it: the start of
 * {@link excelScientificReason}'s, which the command's flags share. Internal.
 */
export const EXCEL_SHOWS =
  'is how Excel shows a number too wide for its column (scientific notation)';

/**
 * Why a cell that is not a number may be so, for the not-a-number messages of the csv readers,
 * else `''`: ` (� stands for bytes that were not UTF-8: …)` for a cell holding U+FFFD, the mark a
 * UTF-8 decoder leaves for bytes it cannot read (Excel's Windows-1252 `£`, byte 0xA3); `Â£`, a
 * UTF-8 `£` decoded as Windows-1252 or Latin-1; a number
 * written with a decimal comma (`12,5`, `1.234,56`, `(1.234,56)`: refused, never guessed, with the
 * figure it would be, negative in brackets); a number after an apostrophe (`'-5`: text, not
 * guessed a number); a formula's text (`=D2*E2`); a minus after the number (`500.00-`, as SAP
 * writes a negative) or a CR or DR mark (`1,000.00 CR`: a side of an account, whose meaning
 * differs between ledgers), with the figure to write; a percentage (`50%`). Internal.
 */
export function amountHint(cell: string): string {
  if (cell.includes('\uFFFD')) {
    return ' (\uFFFD stands for bytes that were not UTF-8: the file is likely Windows-1252, as Excel’s "CSV (Comma delimited)" saves it; decode it so, or save it as "CSV UTF-8")';
  }
  // The two bytes of a UTF-8 £ read one character each: the whole file was misread.
  if (cell.includes('Â£')) {
    return ' (Â£ is a UTF-8 £ read as Windows-1252 or Latin-1: decode the file as UTF-8, in Node readFileSync(path, "utf8"))';
  }
  const trimmed = cell.trim();
  const text = trimmed.replace(/^[(£]+|(?<!\))\)+$/g, '').replace(/^([+-])£/, '$1');
  if (DECIMAL_COMMA.test(text)) {
    // In brackets (`(1.234,56)`, `£(12,5)`), accounting style, it is the negative.
    const bracketed = /^£*\(/.test(trimmed) && trimmed.endsWith(')') && !/^[+-]/.test(text);
    const figure = `${bracketed ? '-' : ''}${text.replace(/[. ]/g, '').replace(',', '.')}`;
    return ` (a decimal comma, as a spreadsheet set to a European language writes numbers? A comma only groups thousands here, 1,234 being 1234, so a decimal comma is not guessed: if it means ${figure}, write ${figure}, or save the sheet with a UK number format)`;
  }
  // `'-5`: a number after an apostrophe (a spreadsheet keeps it as text; the library's writers
  // never put one before a number), so the cell is text, never guessed a number.
  const quoted = /^'+(.+)$/s.exec(cell.trim());
  const figure = quoted === null ? null : readAmount(quoted[1]!);
  if (figure !== null && typeof figure === 'object') {
    return ` (a number after an apostrophe, which makes it text: if it means ${figure.toString()}, write it without the apostrophe)`;
  }
  if (text.startsWith('=')) {
    return ' (the text of a formula, not its result: save the sheet as CSV from the spreadsheet, which writes each formula’s value)';
  }
  // A credit as finance systems write one: a minus after the number (`500.00-`, SAP) or a side of
  // an account (`1,000.00 CR`), whose meaning differs between ledgers: never guessed.
  const marked = /^£?\s*(\d[\d,]*(?:\.\d+)?)\s*(-|cr|dr)$/i.exec(trimmed);
  if (marked !== null && typeof readAmount(marked[1]!) === 'object') {
    const digits = marked[1]!.replaceAll(',', '');
    return marked[2] === '-'
      ? ` (a minus after the number, as SAP writes a negative: if it means -${digits}, write -${digits} or (${digits}))`
      : ` (CR or DR marks a side of an account, credit or debit, and which side a payment is differs between ledgers: write a credit note with a minus, -${digits}, and a payment without one)`;
  }
  return text.endsWith('%')
    ? ' (a percentage: write the number alone, in the unit of the column)'
    : '';
}

/**
 * `text` without the spaces beside a symbol (`£ 5` → `£5`) and with any other run of spaces
 * read as one. Each run is looked at once: a pattern that matches spaces, then a symbol, then
 * spaces takes time that grows with the square of a long run of spaces that no symbol follows.
 */
function tightSpaces(text: string): string {
  return text.replace(/\s+/g, (run: string, at: number) =>
    SYMBOL.test(text.charAt(at - 1)) || SYMBOL.test(text.charAt(at + run.length)) ? '' : ' ',
  );
}
