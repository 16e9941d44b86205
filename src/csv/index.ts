/**
 * social-value/csv: pledge sheets in and out of CSV (papaparse), whole or streamed.
 *
 * @packageDocumentation
 */
export {
  type FormatValuationCsvOptions,
  formatValuationCsv,
} from './format-valuation-csv.js';
export { parseAmount } from './parse-amount.js';
export { parsePledgeSheet } from './parse-pledge-sheet.js';
export { parseSpendLedger } from './parse-spend-ledger.js';
export type { ParsePledgeSheetOptions, StreamPledgeSheetOptions } from './schemas.js';
export type {
  LedgerPayment,
  ParseSpendLedgerOptions,
  SpendLedger,
  SpendLedgerColumn,
  SpendLedgerProblem,
  SpendLedgerProblemCode,
} from './spend-ledger-types.js';
export { streamPledgeSheet } from './stream-pledge-sheet.js';
export {
  type SheetFrameworkMeta,
  toFramework,
} from './to-framework.js';
export { toPledges } from './to-pledges.js';
export type {
  ParsedPledgeSheetRow,
  PledgeSheet,
  PledgeSheetBatch,
  PledgeSheetColumn,
  PledgeSheetProblem,
  PledgeSheetProblemCode,
  PledgeSheetSource,
} from './types.js';
