import type { PledgeInput } from '../valuation/types.js';
import type { ParsedPledgeSheetRow } from './types.js';

/**
 * The pledges of a parsed sheet, ready for `valuePledges`: one per answered row (blank answers
 * are skipped), with the sheet's extra columns as tags.
 *
 * @param rows - Rows from `parsePledgeSheet`.
 * @returns The pledges, in row order.
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
export function toPledges(rows: readonly ParsedPledgeSheetRow[]): PledgeInput[] {
  return rows.flatMap((row) =>
    row.quantity === null ? [] : [{ measure: row.measure, quantity: row.quantity, tags: row.tags }],
  );
}
