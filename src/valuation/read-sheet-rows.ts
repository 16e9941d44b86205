import { issueAt, issuesError } from '../core/issue.js';
import { isPlainRecord } from '../core/record.js';
import { parseInput } from '../core/zod-error.js';
import { pledgeSheetRowsSchema } from './schemas.js';

/**
 * The rows of a pledge sheet, validated. A whole sheet from `parsePledgeSheet`, given where its
 * rows were meant (`toPledges(sheet)`), is refused with where they are. Internal: the one reader
 * of rows for `reconcilePledgeSheet`, `toPledges` and `toFramework`.
 */
export function readSheetRows(rows: unknown) {
  if (isPlainRecord(rows) && rows.kind === 'pledge-sheet') {
    throw issuesError('pledge sheet rows', [
      issueAt(
        ['rows'],
        'expected the list of rows, received a whole pledge sheet: pass its rows (sheet.rows)',
      ),
    ]);
  }
  return parseInput(pledgeSheetRowsSchema, rows, 'pledge sheet rows', ['rows']);
}
