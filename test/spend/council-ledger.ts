import type { PaymentInput } from '../../src/spend/index.js';

// A small council ledger, made up for the tests, with figures worked out by hand in
// analyse-spend.test.ts. The locality is Portsmouth's postcode districts PO1 to PO6 (the
// example issue #17 gives); M1 (Manchester) and SO23 (Winchester) lie outside it. Row 8 has
// no postcode and row 9 a zero typed for the letter O: both are of unknown location.
export const councilLedger: readonly PaymentInput[] = [
  {
    supplier: 'Harbour Catering Ltd',
    amount: '1250.00',
    date: '2025-04-03',
    postcode: 'PO1 2AB',
    supplierType: 'sme',
    department: 'Education',
    ward: 'Charles Dickens',
  },
  {
    supplier: 'Solent Care CIC',
    amount: '3400.50',
    date: '2025-05-12',
    postcode: 'po4 8lt',
    supplierType: 'social-enterprise',
    department: 'Adult Social Care',
    ward: 'Eastney & Craneswater',
  },
  {
    supplier: 'Nationwide Fleet plc',
    amount: '12000.00',
    date: '2025-06-30',
    postcode: 'M1 1AA',
    supplierType: 'large',
    department: 'Transport',
  },
  {
    supplier: 'Southsea Youth Trust',
    amount: 800,
    date: '2025-09-15',
    postcode: 'PO53QR',
    supplierType: 'vcse',
    department: 'Education',
    ward: 'Central Southsea',
  },
  {
    supplier: 'Dockyard Engineering plc',
    amount: '5600',
    date: '2025-12-01',
    postcode: 'PO2 8QJ',
    supplierType: 'large',
    department: 'Transport',
    ward: 'Charles Dickens',
  },
  {
    supplier: 'Hampshire County Council',
    amount: '2000',
    date: '2026-03-31',
    postcode: 'SO23 8UJ',
    supplierType: 'public-body',
    department: 'Adult Social Care',
  },
  {
    supplier: 'Fratton Micro Print',
    amount: '149.50',
    date: '2026-04-01',
    postcode: 'PO1 5PQ',
    supplierType: 'micro',
    department: 'Education',
    ward: 'Fratton',
  },
  { supplier: 'Unknown Supplies', amount: '300', date: '2025-07-07', department: 'Transport' },
  {
    supplier: 'Typo Traders',
    amount: '500',
    date: '2025-08-08',
    postcode: 'P01 2AB',
    supplierType: 'sme',
    department: 'Education',
  },
  {
    supplier: 'Harbour Catering Ltd',
    amount: '-250.00',
    date: '2025-04-20',
    postcode: 'PO1 2AB',
    supplierType: 'sme',
    department: 'Education',
    ward: 'Charles Dickens',
  },
];

export const portsmouth = { locality: ['PO1-PO6'], localityName: 'Portsmouth' } as const;
