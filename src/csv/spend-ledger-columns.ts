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

/** Lower case, underscores as spaces, single spaces, no trailing colon. Internal. */
function normaliseHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/[\s_]+/g, ' ')
    .trim()
    .replace(/:$/, '');
}

/**
 * Which column each header is: the caller's header names first, then the known names in order
 * of preference; each column has at most one role. Internal.
 */
export function mapSpendHeaders(
  headers: readonly string[],
  overrides: Readonly<Partial<Record<SpendLedgerColumn, string | undefined>>> = {},
): Map<SpendLedgerColumn, number> {
  const normalised = headers.map(normaliseHeader);
  const mapping = new Map<SpendLedgerColumn, number>();
  const taken = new Set<number>();
  const take = (role: SpendLedgerColumn, name: string) => {
    const index = normalised.findIndex((header, i) => header === name && !taken.has(i));
    if (index < 0) return false;
    mapping.set(role, index);
    taken.add(index);
    return true;
  };
  const roles = Object.keys(KNOWN) as SpendLedgerColumn[];
  for (const role of roles) {
    const header = overrides[role];
    if (header !== undefined) take(role, normaliseHeader(header));
  }
  for (const role of roles) {
    if (mapping.has(role) || overrides[role] !== undefined) continue;
    for (const name of KNOWN[role]) if (take(role, name)) break;
  }
  return mapping;
}
