import fc from 'fast-check';
import { type PaymentInput, supplierTypes } from '../../src/spend/index.js';
import { prototypeNames } from '../adversarial/sane.js';

// Postcodes of every kind: local to PO1-PO6, elsewhere, outward codes, invalid and missing.
const postcodes = [
  'PO1 2AB',
  'po4 8lt',
  'PO53QR',
  'PO6 3AB',
  'PO7 1AA',
  'M1 1AA',
  'SO23 8UJ',
  'EC1A 1BB',
  'PO3',
  'SO14',
  'P01 2AB',
  'NOT KNOWN',
  '',
  null,
  undefined,
];
const names = ['Education', 'Transport', 'Adult Social Care', ...prototypeNames];

/** A decimal amount in pence, as a string, from −£1,000 to £1,000,000 (or non-negative). */
export const amountArb = (negative = true) =>
  fc
    .integer({ min: negative ? -100_000 : 0, max: 100_000_000 })
    .map((pence) => (pence / 100).toFixed(2));

const dateArb = fc
  .date({
    min: new Date(Date.UTC(2023, 0, 1)),
    max: new Date(Date.UTC(2027, 11, 31)),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

/** One payment of the usual shape (every optional field sometimes absent). */
export const paymentArb = (negative = true): fc.Arbitrary<PaymentInput> =>
  fc
    .record(
      {
        supplier: fc.constantFrom(
          'Harbour Catering',
          'Nationwide Fleet',
          '__proto__',
          'constructor',
        ),
        amount: amountArb(negative),
        date: dateArb,
        postcode: fc.constantFrom(...postcodes),
        supplierType: fc.constantFrom(...supplierTypes),
        department: fc.constantFrom(...names),
        ward: fc.constantFrom(...names),
      },
      { requiredKeys: ['supplier', 'amount', 'date'] },
    )
    .map((payment) => {
      const copy: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(payment))
        if (value !== undefined) copy[key] = value;
      return copy as unknown as PaymentInput;
    });

export const ledgerArb = (negative = true) => fc.array(paymentArb(negative), { maxLength: 40 });
