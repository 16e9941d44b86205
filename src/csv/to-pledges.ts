import type { Decimal } from '../core/decimal.js';
import { emptyRecord, isPlainRecord } from '../core/record.js';
import { isNumericProblem, type NumericDomain, readNumeric } from '../core/to-decimal.js';
import { isPlainCode, leanTagValues } from '../valuation/read-pledge.js';
import { readSheetRows } from '../valuation/read-sheet-rows.js';
import type { PledgeSheetRow } from '../valuation/sheet-types.js';
import type { PledgeInput } from '../valuation/types.js';

const ROW_KEYS = /* @__PURE__ */ new Set([
  'line',
  'theme',
  'measure',
  'question',
  'unit',
  'proxyValue',
  'quantity',
  'statedValue',
  'tags',
  'attributionShare',
]);

/** An amount cell as the schema reads it: absent, `null` or a number in the domain. */
function leanAmount(
  value: unknown,
  domain: NumericDomain = 'input',
): Decimal | null | undefined | false {
  if (value === undefined || value === null) return value;
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'bigint') {
    if (typeof value !== 'object') return false;
  }
  const read = readNumeric(value, domain);
  return isNumericProblem(read) ? false : read;
}

/**
 * The pledge of one sheet row as the schema would read it (`null` for a row without an answer),
 * or `false` when the row is not of the plain shape (the schema then says what is wrong).
 */
function leanPledge(row: unknown): PledgeInput | null | false {
  if (!isPlainRecord(row)) return false;
  for (const key in row) if (!ROW_KEYS.has(key)) return false;
  const { line, theme, question, unit, measure, tags } = row;
  if (line !== undefined && !(Number.isSafeInteger(line) && (line as number) >= 1)) return false;
  for (const text of [theme, question, unit]) {
    if (text !== undefined && typeof text !== 'string') return false;
  }
  if (!isPlainCode(measure)) return false;
  if (leanAmount(row.proxyValue) === false || leanAmount(row.statedValue, 'stated') === false)
    return false;
  const quantity = leanAmount(row.quantity);
  if (quantity === false) return false;
  const share = leanShare(row.attributionShare);
  if (share === false) return false;
  let copied: Record<string, string> | undefined;
  if (tags !== undefined) {
    // Not a record of non-blank texts under non-blank names: the schema says what is wrong.
    if (!isPlainRecord(tags)) return false;
    const names = Object.keys(tags);
    const values = leanTagValues(tags, names);
    if (values === undefined) return false;
    copied = emptyRecord<string>();
    for (let i = 0; i < names.length; i += 1) copied[names[i]!] = values[i]!;
  }
  if (quantity === null || quantity === undefined) return null;
  const pledge: { -readonly [K in keyof PledgeInput]: PledgeInput[K] } = { measure, quantity };
  if (share !== undefined) pledge.attributionShare = share;
  if (copied !== undefined) pledge.tags = copied;
  return pledge;
}

/** A share as the schema reads it: absent, or a fraction from 0 to 1 (else the schema says why). */
function leanShare(value: unknown): Decimal | undefined | false {
  if (value === undefined) return undefined;
  const share = leanAmount(value);
  // -0 and anything unusual go to the schema, which says what it makes of them.
  if (share === false || share === null || share === undefined || share.isNeg()) return false;
  return share.lte(1) ? share : false;
}

/**
 * The pledges of rows of the plain shape (as `parsePledgeSheet` and `streamPledgeSheet` give
 * them), read without the schema, or `undefined` when a row is not (the schema then reads them
 * all and says what is wrong). It returns what the schema path returns (a property test holds it
 * to that on any value). Internal.
 */
export function leanPledges(rows: unknown): PledgeInput[] | undefined {
  if (!Array.isArray(rows)) return undefined;
  const pledges: PledgeInput[] = [];
  for (let i = 0; i < rows.length; i += 1) {
    if (!(i in rows)) return undefined;
    const pledge = leanPledge(rows[i]);
    if (pledge === false) return undefined;
    if (pledge !== null) pledges.push(pledge);
  }
  return pledges;
}

/**
 * The pledges of a parsed sheet, ready for `valuePledges`: one per answered row (blank answers
 * are skipped), with the sheet's extra columns as tags and its Attribution Share, Effect,
 * Channel, Pledger Kind, Pledger, Follow-up On and Barriers cells as the pledge's fields (a
 * share of 0.5 values the pledge at half its quantity × proxy, as the sheet states it).
 *
 * @param rows - Rows from `parsePledgeSheet` or a batch of `streamPledgeSheet` (any pledge-sheet
 * rows, validated first).
 * @returns The pledges, in row order.
 * @throws SocialValueError `invalid-input` for rows that are not pledge-sheet rows (path
 * `rows…`).
 *
 * @example
 * ```ts
 * import { parsePledgeSheet, toPledges } from 'social-value/csv';
 *
 * const sheet = parsePledgeSheet('Reference,Answer,CWB Priority\nNT1,24,Fair Employment\nNT13,,Fair Employment');
 * toPledges(sheet.rows).length; // => 1
 * toPledges(sheet.rows)[0]?.tags; // => { 'CWB Priority': 'Fair Employment' }
 * ```
 */
export function toPledges(rows: readonly PledgeSheetRow[]): PledgeInput[] {
  const lean = leanPledges(rows);
  if (lean !== undefined) return lean;
  return schemaPledges(rows);
}

/** The pledges of rows read with the schema. Internal (the property test compares the two). */
export function schemaPledges(rows: unknown): PledgeInput[] {
  const parsed = readSheetRows(rows);
  return parsed.flatMap((row) => {
    if (row.quantity === null || row.quantity === undefined) return [];
    const pledge: { -readonly [K in keyof PledgeInput]: PledgeInput[K] } = {
      measure: row.measure,
      quantity: row.quantity,
    };
    if (row.attributionShare !== undefined) pledge.attributionShare = row.attributionShare;
    if (row.tags !== undefined) pledge.tags = row.tags;
    // Rows with an Effect, Channel, Pledger Kind, Pledger, Follow-up On or Barriers column.
    if (row.effect !== undefined) pledge.effect = row.effect;
    if (row.channel !== undefined) pledge.channel = row.channel;
    if (row.pledgerKind !== undefined) pledge.pledgerKind = row.pledgerKind;
    if (row.pledger !== undefined) pledge.pledger = row.pledger;
    if (row.followUpOn !== undefined) pledge.followUpOn = row.followUpOn;
    if (row.barriers !== undefined) pledge.barriers = row.barriers;
    return [pledge];
  });
}
