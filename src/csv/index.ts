/**
 * social-value/csv: pledge sheets in and out of CSV (papaparse).
 *
 * @packageDocumentation
 */
export {
  type FormatValuationCsvOptions,
  formatValuationCsv,
} from './format-valuation-csv.js';
export { parsePledgeSheet } from './parse-pledge-sheet.js';
export { parseSpendLedger } from './parse-spend-ledger.js';
export type { ParsePledgeSheetOptions } from './schemas.js';
export type {
  LedgerPayment,
  ParseSpendLedgerOptions,
  SpendLedger,
  SpendLedgerColumn,
  SpendLedgerProblem,
  SpendLedgerProblemCode,
} from './spend-ledger-types.js';
export {
  type SheetFrameworkMeta,
  toFramework,
} from './to-framework.js';
export { toPledges } from './to-pledges.js';
export type {
  ParsedPledgeSheetRow,
  PledgeSheet,
  PledgeSheetColumn,
  PledgeSheetProblem,
  PledgeSheetProblemCode,
} from './types.js';
