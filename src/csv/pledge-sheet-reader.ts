import { Decimal } from '../core/decimal.js';
import { describeValue, quoteText } from '../core/describe-value.js';
import { pledgeChannels, pledgeEffects, pledgerKinds } from '../core/pledge-channel.js';
import { emptyRecord } from '../core/record.js';
import { hasVisible, isoDateOf } from '../core/schemas.js';
import { plural } from '../core/text.js';
import { isNumericProblem, readNumeric } from '../core/to-decimal.js';
import { figureText, moneyText } from '../core/wording.js';
import { pledgeSheetRoles, problemOf, sheetRowOf } from './assemble-pledge-sheet.js';
import type { TableStart } from './find-table.js';
import { restoreFormula } from './formula-cells.js';
import { mapHeaders, normaliseHeader } from './header-mapping.js';
import {
  amountHint,
  excelScientificReason,
  readAmount,
  semicolonCommaHint,
} from './parse-amount.js';
import type { SheetLine } from './read-lines.js';
import type { ParsePledgeSheetOptions } from './schemas.js';
import type { ParsedPledgeSheetRow, PledgeSheetColumn, PledgeSheetProblem } from './types.js';

/** A node of the tag sets met: by the next tag column's value, the sets that go on. */
interface TagSet {
  readonly next: Map<string, TagSet>;
  record?: Readonly<Record<string, string>>;
}

/** How many tag sets are shared at most (so a column of unique notes keeps memory flat). */
const TAG_SETS = 4096;

/** Which column each role is in. Internal. */
export type PledgeSheetMapping = Map<PledgeSheetColumn, number>;

/**
 * The header test of a pledge sheet: a row with a measure column and an answer, proxy or value
 * column, and every column the caller named (a name no row has is never silently left out), gives
 * its column mapping. Internal: `parsePledgeSheet` and `streamPledgeSheet`.
 */
export function pledgeSheetHeader(
  columns: ParsePledgeSheetOptions['columns'],
): (cells: readonly string[]) => PledgeSheetMapping | undefined {
  const named = pledgeSheetRoles.filter((role) => columns?.[role] !== undefined);
  return (cells) => {
    const mapping = mapHeaders(
      cells.map((cell) => restoreFormula(cell)),
      columns,
    );
    const isHeader =
      mapping.has('measure') &&
      (mapping.has('quantity') || mapping.has('proxyValue') || mapping.has('statedValue')) &&
      named.every((role) => mapping.has(role));
    return isHeader ? mapping : undefined;
  };
}

/** The sheet's rows being read: what the rows so far gave. Internal. */
export interface PledgeSheetReader {
  /** Reads one content row after the header. */
  readonly add: (row: SheetLine) => void;
  /** The rows and problems read since the last call (each row frozen). */
  take(): { rows: ParsedPledgeSheetRow[]; problems: PledgeSheetProblem[] };
  /** The total of the last total row read so far, or `null`. */
  readonly statedTotal: Decimal | null;
  /** Measure rows read so far. */
  readonly rowCount: number;
  /** Problems found so far. */
  readonly problemCount: number;
  /** The header used for each understood column (in role order). */
  readonly columns: Readonly<Partial<Record<PledgeSheetColumn, string>>>;
  /** The headers read as tags. */
  readonly tagColumns: readonly string[];
  /** The delimiter. */
  readonly delimiter: string;
  /** The header's line. */
  readonly headerLine: number;
}

/**
 * Reads a pledge sheet's rows one by one, from where its table starts: rows, problems and the
 * stated total, as `parsePledgeSheet` reports them. Internal: the one row reader of
 * `parsePledgeSheet` and `streamPledgeSheet`, so the two give the same rows and problems.
 */
export function readPledgeSheetRows(start: TableStart<PledgeSheetMapping>): PledgeSheetReader {
  const { header, mapping, delimiter } = start;
  const headers = header.cells.map((cell) => restoreFormula(cell.trim()));
  const roleOf = new Map([...mapping].map(([role, index]) => [index, role]));
  const tagColumns = tagColumnsOf(headers, roleOf);
  let problems: PledgeSheetProblem[] = [];
  let rows: ParsedPledgeSheetRow[] = [];
  let rowCount = 0;
  let problemCount = 0;
  // The last total row's figure (undefined: no total row yet); sub-totals, the last and how many.
  let total: Decimal | null | undefined;
  let totalLine = 0;
  let subTotal: Decimal | null = null;
  let subTotals = 0;
  let theme = '';
  const problem = (found: PledgeSheetProblem) => {
    problems.push(found);
    problemCount += 1;
  };

  const quoteProblem = (row: SheetLine) => {
    if (row.unbalancedQuote === undefined) return;
    problem(
      problemOf({
        code: 'unbalanced-quote',
        severity: 'error',
        message: `Line ${row.line} has a quote that is never closed; the line is read on its own, its quote marks kept as text, and the lines after it are read as usual.`,
        line: row.line,
        value: row.unbalancedQuote,
      }),
    );
  };
  for (const row of start.skipped) quoteProblem(row);
  quoteProblem(header);
  for (const repeated of repeatedColumns(headers, header.cells, mapping, tagColumns, header.line))
    problem(repeated);
  const measureIndex = mapping.get('measure')!;
  const cell = (row: SheetLine, role: PledgeSheetColumn) => {
    const index = mapping.get(role);
    return index === undefined ? '' : restoreFormula((row.cells[index] ?? '').trim());
  };
  const amount = (row: SheetLine, role: PledgeSheetColumn): Decimal | null => {
    const index = mapping.get(role);
    if (index === undefined) return null;
    const written = row.cells[index] ?? '';
    // A stated value may be a figure the library computed (formatValuationCsv writes exact line
    // values, with up to 120 decimals); an answer or a proxy is an input.
    const stated = role === 'statedValue';
    const commaHint = semicolonCommaHint(written, delimiter);
    const value =
      commaHint === undefined ? readAmount(written, stated ? 'stated' : 'input') : 'not-a-number';
    if (typeof value !== 'string') {
      // `(1,234)` is an accounting negative: read as -1,234 (nothing lost), and said, since an
      // answer or a proxy value cannot be negative (a stated value may be: a disbenefit's).
      if (!stated && value?.isNegative() && written.trim().startsWith('(')) {
        const what = role === 'quantity' ? 'an answer' : 'a proxy value';
        problem(
          problemOf({
            code: 'accounting-negative',
            severity: 'warning',
            message: `Line ${row.line}, column ${describeValue(headers[index])}: ${describeValue(written)} is read as ${figureText(value, 40)} (brackets are accounting style for a negative), but ${what} cannot be negative: a negative impact is a disbenefit, its ${role === 'quantity' ? 'answer' : 'proxy value'} positive with the Effect "disbenefit".`,
            line: row.line,
            column: headers[index]!,
            columnNumber: index + 1,
            value: written,
          }),
        );
      }
      return value;
    }
    const column = describeValue(headers[index]);
    problem(
      problemOf({
        code: value,
        severity: 'error',
        message:
          value === 'out-of-range'
            ? `Line ${row.line}, column ${column}: ${describeValue(written)} is outside the numeric domain (${stated ? 'below 1e60, at most 120 decimal places' : 'below 1e15, at most 40 decimal places'}); it is left blank.`
            : `Line ${row.line}, column ${column}: ${describeValue(written)} ${excelScientificReason(written) ?? `is not a number${commaHint ?? amountHint(written)}`}; it is left blank.`,
        line: row.line,
        column: headers[index]!,
        columnNumber: index + 1,
        value: written,
      }),
    );
    return null;
  };

  const blankHeader = headers.includes('');
  /**
   * A problem for each written cell of a measure row with no header to read it by: under a blank
   * header (a warning), or beyond the header (an error: most often a delimiter in an unquoted
   * cell, which shifts the cells after it). Never dropped without a word.
   */
  const headerlessCells = (row: SheetLine): void => {
    if (row.cells.length <= headers.length && !blankHeader) return;
    row.cells.forEach((written, index) => {
      if ((index < headers.length && headers[index] !== '') || written.trim() === '') return;
      const beyond = index >= headers.length;
      const cellText = describeValue(written);
      problem(
        problemOf({
          code: 'cell-without-header',
          severity: beyond ? 'error' : 'warning',
          message: beyond
            ? `Line ${row.line} has ${row.cells.length} cells, the header ${headers.length}: cell ${index + 1} (${cellText}) has no header and is left out (a delimiter in an unquoted cell shifts the cells after it; quote that cell).`
            : `Line ${row.line}, column ${index + 1} has no header: ${cellText} is left out (name the column to read it as a tag).`,
          line: row.line,
          columnNumber: index + 1,
          value: written,
        }),
      );
    });
  };

  /** A cell that must be one of `list` (`Section 106` reads `section-106`), else a problem. */
  const choice = <T extends string>(
    row: SheetLine,
    role: PledgeSheetColumn,
    list: readonly T[],
    what: string,
  ): T | undefined => {
    const written = cell(row, role);
    if (written === '') return undefined;
    const read = written.toLowerCase().replace(/[\s_]+/g, '-');
    if ((list as readonly string[]).includes(read)) return read as T;
    const index = mapping.get(role)!;
    problem(
      problemOf({
        code: 'not-a-choice',
        severity: 'error',
        message: `Line ${row.line}, column ${describeValue(headers[index])}: ${describeValue(written)} is not ${what} (${list.join(', ')}); it is left blank.`,
        line: row.line,
        column: headers[index]!,
        columnNumber: index + 1,
        value: written,
      }),
    );
    return undefined;
  };
  const date = (row: SheetLine): string | undefined => {
    const written = cell(row, 'followUpOn');
    if (written === '') return undefined;
    const read = isoDateOf(written);
    if (read !== undefined) return read;
    const index = mapping.get('followUpOn')!;
    problem(
      problemOf({
        code: 'not-a-date',
        severity: 'error',
        message: `Line ${row.line}, column ${describeValue(headers[index])}: ${describeValue(written)} is not a date written YYYY-MM-DD; it is left blank.`,
        line: row.line,
        column: headers[index]!,
        columnNumber: index + 1,
        value: written,
      }),
    );
    return undefined;
  };
  /**
   * The Attribution Share cell as an exact fraction from 0 to 1; blank is no share (the pledge
   * counts in full). A percentage (`50%`) is refused with the fraction it probably means, as
   * `valuePledges` refuses `50`: a share is a fraction everywhere in the library. A share that
   * cannot be read is `null`: the row's answer is then left blank too (as an answer that cannot
   * be read is), so the row is never counted in full.
   */
  const share = (row: SheetLine, quantity: Decimal | null): Decimal | undefined | null => {
    const written = cell(row, 'attributionShare');
    if (written === '') return undefined;
    const percent = percentFigure(written);
    const excel = excelScientificReason(written);
    const read =
      excel === undefined
        ? readNumeric(percent ?? written, 'input')
        : { code: 'invalid-input' as const, message: excel };
    if (percent === undefined && !isNumericProblem(read) && read.gte(0) && read.lte(1)) {
      return read;
    }
    const index = mapping.get('attributionShare')!;
    const at = `Line ${row.line}, column ${describeValue(headers[index])}: ${describeValue(written)}`;
    const [code, reason]: [PledgeSheetProblem['code'], string] = isNumericProblem(read)
      ? read.code === 'out-of-range'
        ? ['out-of-range', 'is outside the numeric domain (below 1e15, at most 40 decimal places)']
        : [
            'not-a-number',
            excel ?? 'is not a number (a share is a fraction from 0 to 1, such as 0.5)',
          ]
      : [
          'not-a-share',
          `is not a share from 0 to 1 (a fraction, not a percentage)${shareHint(read, percent !== undefined)}`,
        ];
    problem(
      problemOf({
        code,
        severity: 'error',
        message: `${at} ${reason}; it is left blank${quantity === null ? '' : `, and so is the row's answer (${figureText(quantity, 40)}): the row is not counted until the share is corrected`}.`,
        line: row.line,
        column: headers[index]!,
        columnNumber: index + 1,
        value: written,
      }),
    );
    return null;
  };
  const origin =
    mapping.has('attributionShare') ||
    mapping.has('effect') ||
    mapping.has('channel') ||
    mapping.has('pledgerKind') ||
    mapping.has('pledger') ||
    mapping.has('followUpOn') ||
    mapping.has('barriers');
  /**
   * The origin cells of a row (only on sheets with such a column); `attributionShare` is `null`
   * for a share that cannot be read.
   */
  const originOf = (
    row: SheetLine,
    quantity: Decimal | null,
  ): Partial<Omit<ParsedPledgeSheetRow, 'attributionShare'>> & {
    attributionShare?: Decimal | null | undefined;
  } => {
    const barriers = cell(row, 'barriers')
      .split(';')
      .map((barrier) => barrier.trim())
      .filter((barrier) => barrier !== '');
    const pledger = cell(row, 'pledger');
    return {
      attributionShare: share(row, quantity),
      effect: choice(row, 'effect', pledgeEffects, 'an effect'),
      channel: choice(row, 'channel', pledgeChannels, 'a channel'),
      pledgerKind: choice(row, 'pledgerKind', pledgerKinds, 'a kind of pledger'),
      pledger: pledger === '' ? undefined : pledger,
      followUpOn: date(row),
      barriers: barriers.length === 0 ? undefined : barriers,
    };
  };

  // Rows with the same tags share one frozen record (a sheet's priorities repeat): records
  // without a prototype are costly to build and keep. The sets are found in a tree keyed by each
  // tag column's value; past TAG_SETS sets, rows get records of their own.
  const tagSets: TagSet = { next: new Map() };
  let tagSetCount = 0;
  const tagsOf = (row: SheetLine): Readonly<Record<string, string>> => {
    let node: TagSet | undefined = tagSets;
    const values: string[] = [];
    for (const { index } of tagColumns) {
      const value = restoreFormula((row.cells[index] ?? '').trim());
      values.push(value);
      if (node === undefined) continue;
      let child: TagSet | undefined = node.next.get(value);
      if (child === undefined && tagSetCount < TAG_SETS) {
        child = { next: new Map() };
        node.next.set(value, child);
        tagSetCount += 1;
      }
      node = child;
    }
    if (node !== undefined && node.record !== undefined) return node.record;
    const tags = emptyRecord<string>();
    // A cell with nothing one can see (blank, or a zero-width space) is no tag, as the API
    // refuses a blank tag value.
    tagColumns.forEach(({ name }, i) => {
      if (hasVisible(values[i]!)) tags[name] = values[i]!;
    });
    Object.freeze(tags);
    if (node !== undefined) node.record = tags;
    return tags;
  };

  const add = (row: SheetLine): void => {
    quoteProblem(row);
    const measure = cell(row, 'measure');
    // A total written in the measure column (`Total`, `Grand total`) with no answer and no proxy
    // is the sheet's total, not a measure whose value would count twice.
    const totalLabel =
      TOTAL_LABEL.test(measure) && cell(row, 'quantity') === '' && cell(row, 'proxyValue') === '';
    if (measure === '' || totalLabel) {
      // A row with a proxy is a measure row without its code, even when its question says
      // "Total amount (£) spent…" (NT18's question): a total row has no proxy.
      const proxy = Decimal.isDecimal(readAmount(cell(row, 'proxyValue')));
      if (totalLabel || (!proxy && row.cells.some((value) => /total/i.test(value)))) {
        const value = amount(row, 'statedValue') ?? lastAmount(row.cells);
        if (row.cells.some((written) => SUB_TOTAL.test(written))) {
          subTotal = value;
          subTotals += 1;
        } else {
          // A second total (a contract value, a percentage under the total) is said, and one
          // without a figure leaves the figure of the one before.
          if (total !== undefined) problem(repeatedTotal(row, value, totalLine, total));
          if (value !== null || total === undefined) [total, totalLine] = [value, row.line];
        }
        return;
      }
      // A section heading (only the Theme cell written, often merged across the row): the rows
      // below it take its theme, as they take the theme of a measure row above.
      const heading = cell(row, 'theme');
      const themeIndex = mapping.get('theme');
      if (
        heading !== '' &&
        row.cells.every((value, i) => i === themeIndex || value.trim() === '')
      ) {
        theme = heading;
        return;
      }
      problem(
        problemOf({
          code: 'missing-reference',
          severity: 'warning',
          message: `Line ${row.line} has content but no measure code; it is skipped.`,
          line: row.line,
          column: headers[measureIndex]!,
          columnNumber: measureIndex + 1,
          value: row.cells[measureIndex] ?? '',
        }),
      );
      return;
    }
    theme = cell(row, 'theme') || theme;
    const proxyValue = amount(row, 'proxyValue');
    const quantity = amount(row, 'quantity');
    const statedValue = amount(row, 'statedValue');
    const tags = tagsOf(row);
    headerlessCells(row);
    const read: ParsedPledgeSheetRow = {
      line: row.line,
      theme,
      measure,
      question: cell(row, 'question'),
      unit: cell(row, 'unit'),
      proxyValue,
      quantity,
      statedValue,
      tags,
    };
    rows.push(Object.freeze(sheetRowOf(origin ? withOrigin(read, originOf(row, quantity)) : read)));
    rowCount += 1;
  };

  const columns: Partial<Record<PledgeSheetColumn, string>> = {};
  for (const role of pledgeSheetRoles) {
    const index = mapping.get(role);
    if (index !== undefined) columns[role] = headers[index]!;
  }
  return {
    add,
    take() {
      const taken = { rows, problems };
      rows = [];
      problems = [];
      return taken;
    },
    get statedTotal() {
      // A sheet of sections with sub-totals and no total states no total (the last sub-total
      // is not the sheet's); one sub-total alone is the sheet's total.
      return total !== undefined ? total : subTotals === 1 ? subTotal : null;
    },
    get rowCount() {
      return rowCount;
    },
    get problemCount() {
      return problemCount;
    },
    columns,
    tagColumns: tagColumns.map(({ name }) => name),
    delimiter,
    headerLine: header.line,
  };
}

/** `22 measure rows after the header on line 4, stated total £8,461,245.35; no problems.` Internal. */
export function pledgeSheetSummary(reader: PledgeSheetReader): string {
  const { statedTotal, problemCount } = reader;
  const total = statedTotal === null ? 'no stated total' : `stated total ${moneyText(statedTotal)}`;
  const found = problemCount === 0 ? 'no problems' : `${plural(problemCount, 'problem')} to check`;
  return `${plural(reader.rowCount, 'measure row')} after the header on line ${reader.headerLine}, ${total}; ${found}.`;
}

/**
 * The columns read as tags: every named column without a role. A header used twice keeps both
 * columns: the second is named `Note (column 5)`.
 */
function tagColumnsOf(
  headers: readonly string[],
  roleOf: ReadonlyMap<number, PledgeSheetColumn>,
): { name: string; index: number }[] {
  const names = new Set<string>();
  const columns: { name: string; index: number }[] = [];
  headers.forEach((header, index) => {
    if (roleOf.has(index) || header === '') return;
    const name = names.has(header) ? `${header} (column ${index + 1})` : header;
    names.add(name);
    columns.push({ name, index });
  });
  return columns;
}

/**
 * A row with its origin cells. A share that cannot be read (`null`) leaves the answer blank: the
 * row is not counted in full.
 */
function withOrigin(
  read: ParsedPledgeSheetRow,
  origin: Partial<Omit<ParsedPledgeSheetRow, 'attributionShare'>> & {
    attributionShare?: Decimal | null | undefined;
  },
): ParsedPledgeSheetRow {
  const { attributionShare, ...cells } = origin;
  return {
    ...read,
    quantity: attributionShare === null ? null : read.quantity,
    attributionShare: attributionShare ?? undefined,
    ...cells,
  };
}

/** The columns whose figures make a pledge's value. */
const FIGURES: readonly PledgeSheetColumn[] = ['quantity', 'proxyValue', 'statedValue'];

/**
 * A warning for each column read as a tag though it repeats the header of a figure column (a
 * second `Answer`, as in a sheet with one per year): its figures are not counted; and for each
 * tag column renamed as it repeats another tag column's header (`Note (column 9)`), perhaps
 * written apart only by spaces around it (`" Note"` and `"Note"`, two tag names of a valuation,
 * which cells are read without).
 */
function repeatedColumns(
  headers: readonly string[],
  written: readonly string[],
  mapping: PledgeSheetMapping,
  tagColumns: readonly { name: string; index: number }[],
  line: number,
): PledgeSheetProblem[] {
  return tagColumns.flatMap(({ name, index }) => {
    const header = headers[index]!;
    const role = FIGURES.find((figure) => {
      const taken = mapping.get(figure);
      return taken !== undefined && normaliseHeader(headers[taken]!) === normaliseHeader(header);
    });
    if (role === undefined && name === header) return [];
    // The tag column whose header it repeats (the first column read as the tag of that name).
    const first = tagColumns.find((column) => column.name === header)?.index ?? index;
    const read = role === undefined ? first + 1 : mapping.get(role)! + 1;
    const spaced =
      written[first] === written[index]
        ? ''
        : ` (written ${quoteText(written[first]!)} and ${quoteText(written[index]!)}: a header or cell is read without the spaces around it)`;
    return problemOf({
      code: 'repeated-column',
      severity: 'warning',
      message:
        role === undefined
          ? `Column ${index + 1} repeats the header ${quoteText(header)} of column ${read}${spaced}: it is read as the tag ${quoteText(name)}. Give the columns different headers.`
          : `Column ${index + 1} repeats the header ${quoteText(header)} of column ${read}, the ${role} column: it is read as the tag ${quoteText(name)} and its figures are not counted. Give the columns different headers, and name the one to read in options.columns if it is not column ${read}.`,
      line,
      column: header,
      columnNumber: index + 1,
      value: header,
    });
  });
}

/** ` (did you mean 0.5?)` for a share written as a percentage (`50%`, or `50` up to 100). */
function shareHint(read: Decimal, percent: boolean): string {
  const fraction = percent ? read : read.gt(1) && read.lte(100) ? read : undefined;
  if (fraction === undefined || fraction.isNeg() || fraction.gt(100)) return '';
  return ` (did you mean ${figureText(fraction.times(HUNDREDTH), 20)}?)`;
}

const HUNDREDTH = /* @__PURE__ */ new Decimal('0.01');

/** A warning for a total row read after another: which figure is the stated total. */
function repeatedTotal(
  row: SheetLine,
  value: Decimal | null,
  line: number,
  before: Decimal | null,
): PledgeSheetProblem {
  const said = (figure: Decimal | null) => (figure === null ? 'no figure' : moneyText(figure));
  const kept = value ?? before;
  const last = value === null ? 'the last one with a figure' : 'the last one';
  return problemOf({
    code: 'repeated-total',
    severity: 'warning',
    message: `Line ${row.line} is a total row (${said(value)}) after the total row on line ${line} (${said(before)}): the stated total is ${kept === null ? 'none' : `${last}, ${moneyText(kept)}`}. If it is not the sheet’s total, give the right one to reconcilePledgeSheet as options.statedTotal.`,
    line: row.line,
    value: row.cells.findLast((cell) => cell.trim() !== '')?.trim() ?? '',
  });
}

/** A cell naming a sub-total: `Sub-total`, `Subtotal Jobs`, `sub total`. */
const SUB_TOTAL = /\bsub[\s-]*totals?\b/i;

/** A measure cell that is a total's label: `Total`, `TOTAL SV Pledge`, `Grand total`, `Sub-total`. */
const TOTAL_LABEL = /^(grand\s*|sub[\s-]*)?totals?\b/i;

/** The last cell of a row that reads as an amount (for total rows). */
function lastAmount(cells: readonly string[]): Decimal | null {
  for (let i = cells.length - 1; i >= 0; i -= 1) {
    const value = readAmount(cells[i]!, 'stated');
    if (value !== null && typeof value !== 'string') return value;
  }
  return null;
}

/**
 * The figure of a percentage as written (`'50 %'` → `'50'`): the text before a final `%`, spaces
 * trimmed, on one line; `undefined` for any other text. Read without a regular expression such as
 * `/^(.*?)\s*%$/`, whose backtracking takes time that grows with the square of a long cell.
 */
function percentFigure(written: string): string | undefined {
  if (!written.endsWith('%')) return undefined;
  const figure = written.slice(0, -1).trimEnd();
  return /[\n\r\u2028\u2029]/.test(figure) ? undefined : figure;
}
