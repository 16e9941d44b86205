import { parseInput } from '../core/zod-error.js';
import { pledgeSheetRowsSchema } from '../valuation/schemas.js';
import type { PledgeSheetRow } from '../valuation/sheet-types.js';
import type { PledgeInput } from '../valuation/types.js';

/**
 * The pledges of a parsed sheet, ready for `valuePledges`: one per answered row (blank answers
 * are skipped), with the sheet's extra columns as tags.
 *
 * @param rows - Rows from `parsePledgeSheet` (any pledge-sheet rows, validated first).
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
  const parsed = parseInput(pledgeSheetRowsSchema, rows, 'pledge sheet rows', ['rows']);
  return parsed.flatMap((row) =>
    row.quantity === null || row.quantity === undefined
      ? []
      : [
          {
            measure: row.measure,
            quantity: row.quantity,
            ...(row.tags === undefined ? {} : { tags: row.tags }),
          },
        ],
  );
}
