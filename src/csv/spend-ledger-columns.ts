import { mapColumns, normaliseHeader } from './header-mapping.js';
import type { SpendLedgerColumn } from './spend-ledger-types.js';

/** The header names each column is known by, preferred first (compared after normalising). */
const KNOWN: Readonly<Record<SpendLedgerColumn, readonly string[]>> = {
  supplier: [
    'supplier name',
    'supplier',
    'vendor name',
    'vendor',
    'payee name',
    'payee',
    'creditor name',
    'creditor',
    'beneficiary',
    'merchant name',
  ],
  amount: [
    'amount',
    'amount (£)',
    'amount £',
    'net amount',
    'net amount (£)',
    'amount paid',
    'payment amount',
    'transaction amount',
    'value',
    'value (£)',
    'net value',
    'total',
    'total amount',
    'gross amount',
    'amount excl vat',
    'amount ex vat',
    'net',
  ],
  date: [
    'payment date',
    'date paid',
    'paid date',
    'date of payment',
    'date',
    'transaction date',
    'posting date',
  ],
  postcode: [
    'postcode',
    'supplier postcode',
    'post code',
    'supplier post code',
    'postal code',
    'vendor postcode',
  ],
  supplierType: [
    'supplier type',
    'supplier category',
    'supplier classification',
    'supplier size',
    'organisation type',
    'business type',
    'vendor type',
    'sme/vcse',
  ],
  department: [
    'department',
    'service area',
    'directorate',
    'department name',
    'service',
    'division',
    'expenditure area',
    'service division',
    'portfolio',
  ],
  ward: ['ward', 'ward name', 'electoral ward'],
};

/** Which spend-ledger column each header is (see `mapColumns`). Internal. */
export function mapSpendHeaders(
  headers: readonly string[],
  overrides: Readonly<Partial<Record<SpendLedgerColumn, string | undefined>>> = {},
): Map<SpendLedgerColumn, number> {
  return mapColumns(headers, KNOWN, overrides);
}

/** Whether `header` is one of the known names of `role` (compared after normalising). Internal. */
export function isKnownHeader(role: SpendLedgerColumn, header: string): boolean {
  return KNOWN[role].includes(normaliseHeader(header));
}
