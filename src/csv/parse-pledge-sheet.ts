import { describeValue } from '../core/describe-value.js';
import type { SocialValueError } from '../core/errors.js';
import { fieldError } from '../core/issue.js';
import { textSchema } from '../core/schemas.js';
import { parseInput } from '../core/zod-error.js';
import { zodTypeWords } from '../core/zod-type-words.js';
import { assemblePledgeSheet } from './assemble-pledge-sheet.js';
import { emptyTextError, isEmptyText } from './empty-text.js';
import { declaredSeparator, scanTable } from './find-table.js';
import { noHeaderRowWords } from './no-header-row-words.js';
import {
  type PledgeSheetReader,
  pledgeSheetHeader,
  pledgeSheetSummary,
  readPledgeSheetRows,
} from './pledge-sheet-reader.js';
import { type ParsePledgeSheetOptions, parsePledgeSheetOptionsSchema } from './schemas.js';
import type { PledgeSheet } from './types.js';

/**
 * Reads a pledge sheet exported from a spreadsheet as CSV or TSV, with papaparse: the delimiter
 * is detected (or given; Excel's `sep=;` first line gives it too, and is no row), a byte-order
 * mark, CRLF line ends and quoted fields (with commas or line breaks inside) are handled. Lines before the header row (a title, a paragraph) are
 * skipped; the header row is the first with a measure column and an answer, proxy or value
 * column. Columns are matched by header (overridable with `columns`): Theme, Reference,
 * Question, Units, Proxy Value, Answer, Pledged Social Value, and where the sheet has them
 * Attribution Share (an exact fraction from 0 to 1; blank is no share), Effect, Channel, Pledger
 * Kind, Pledger, Follow-up On and Barriers; every other column becomes a tag. Money is read as spreadsheets show it (`£ 738,768.00`, `£ -` as 0,
 * `(1,234.00)` as negative, blank as `null`). A row without a reference or a proxy whose cells
 * mention "total", or whose reference is a total's label (`Total`, `Grand total`) with no answer
 * and no proxy, gives `statedTotal` (the last such row); a sub-total row (`Sub-total Jobs`) does
 * only when it is the sheet's only total row, so a sheet of sections without a total states none.
 * A blank Theme cell repeats the theme above; a
 * row with only its Theme cell written is a section heading whose theme the rows below take. A
 * cell that is not a number (or a sign inside brackets, `(-5)`, or Excel's `1.23E+06`, its digits
 * lost), a share outside 0 to 1 (`1.5`,
 * `50%`: a share is a fraction), a row without a reference, a written cell with no header (beyond
 * the header's last column, or under a blank header) and a quote that is never closed each become
 * a problem with its line, never a silent zero or a swallowed row or cell. A text cell starting
 * with an apostrophe before a formula character (`'=`, `'+`, `'-`, `'@`, a tab, NUL, CR, LF or a
 * full-width `＝＋－＠`), as `formatValuationCsv` neutralises formulas, loses that one apostrophe.
 *
 * @param text - The file's text.
 * @param options - Delimiter, column headers, comment prefix.
 * @returns Rows, stated total, problems, the columns found and a summary, frozen, with
 * `kind: 'pledge-sheet'`.
 * @throws SocialValueError `invalid-input` when the text is empty (no characters, or only blank
 * lines and empty cells), no header row is found or more than 100 quotes are never closed (path
 * `text`; `details.line`, the line of the 101st), or for bad options (path `options…`).
 *
 * @example
 * ```ts
 * import { parsePledgeSheet } from 'social-value/csv';
 *
 * const text = [
 *   'Theme,Reference,Units,Proxy Value,Answer,Pledged Social Value,CWB Priority',
 *   'Growth: Responsible Regional Business,CBC5 RBC1,£,0,840000,£ -,Progressive Procurement',
 *   'Social: Resilient Communities,NT29,no. hours,16.09,32,"£ 514.88",Plural Ownership',
 *   ',,,,Total,"£514.88",',
 * ].join('\r\n');
 * const sheet = parsePledgeSheet(text);
 * sheet.rows[0]?.statedValue; // => '0'
 * sheet.rows[1]?.tags; // => { 'CWB Priority': 'Plural Ownership' }
 * sheet.statedTotal; // => '514.88'
 * sheet.summary; // => '2 measure rows after the header on line 1, stated total £514.88; no problems.'
 *
 * // Half the hours credited to this contract: 32 × £16.09 × 0.5 = £257.44.
 * const shared = parsePledgeSheet('Reference,Proxy Value,Answer,Attribution Share\nNT29,16.09,32,0.5');
 * shared.rows[0]?.attributionShare; // => '0.5'
 * parsePledgeSheet('Reference,Answer,Attribution Share\nNT29,32,50%').problems[0]?.code; // => 'not-a-share'
 * ```
 */
export function parsePledgeSheet(text: string, options?: ParsePledgeSheetOptions): PledgeSheet {
  const written = parseInput(textSchema, text, 'pledge sheet', ['text']).replace(/^\uFEFF/, '');
  const given = parseInput(
    parsePledgeSheetOptionsSchema,
    options ?? {},
    'options',
    ['options'],
    zodTypeWords,
  );
  const { text: source, options: parsed } = declaredSeparator(written, given);
  let reader: PledgeSheetReader | undefined;
  const found = scanTable(source, parsed, pledgeSheetHeader(parsed.columns), (start) => {
    reader = readPledgeSheetRows(start);
    return reader.add;
  });
  if (found === undefined || reader === undefined) throw noHeaderRow(source, parsed);
  const { rows, problems } = reader.take();
  return assemblePledgeSheet({
    rows: Object.freeze(rows),
    statedTotal: reader.statedTotal,
    problems: problems.sort((a, b) => a.line - b.line),
    columns: reader.columns,
    tagColumns: reader.tagColumns,
    delimiter: reader.delimiter,
    headerLine: reader.headerLine,
    summary: pledgeSheetSummary(reader),
  });
}

/**
 * The error of a text without a header row (with every column named in `columns`), or of an
 * empty text. Internal: the stream says the same.
 */
export function noHeaderRow(text: string, options: ParsePledgeSheetOptions): SocialValueError {
  if (isEmptyText(text, options.delimiter)) {
    return emptyTextError(
      'pledge sheet',
      text,
      'a header row with a Reference (or Measure, Code) column and an Answer, Proxy Value or Pledged Social Value column, then a row per measure',
    );
  }
  const named = Object.entries(options.columns ?? {})
    .filter(([, header]) => header !== undefined)
    .map(([role, header]) => `${describeValue(header)} (${role})`);
  const words = noHeaderRowWords(text);
  return named.length === 0
    ? fieldError(
        'invalid-input',
        `Invalid pledge sheet: no header row found. Expected a row with a Reference (or Measure, Code) column and an Answer, Proxy Value or Pledged Social Value column; use options.columns to name yours.${words.sentence}`,
        ['text'],
        words.issue,
      )
    : fieldError(
        'invalid-input',
        `Invalid pledge sheet: no header row found with the columns named in options.columns (${named.join(', ')}) and a Reference column and an Answer, Proxy Value or Pledged Social Value column. Check the names against the sheet's header row.`,
        ['text'],
        `no header row has the columns ${named.join(', ')}`,
      );
}
