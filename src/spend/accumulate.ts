import { Decimal } from '../core/decimal.js';
import { financialYearOf } from './financial-year.js';
import type { LocalityMatcher } from './locality.js';
import type { Payment } from './read-payment.js';
import { type PostcodeReading, readPostcode } from './read-postcode.js';
import { type SupplierType, supplierTypes } from './supplier-types.js';
import type { SpendLocation } from './types.js';

/** Running sums of one slice. Internal. */
export interface Tally {
  amount: Decimal;
  local: Decimal;
  count: number;
}

/** A payment whose location could not be decided, or was decided from an outward code. Internal. */
export interface LocationNote {
  readonly payment: Payment;
  readonly reading: PostcodeReading;
  readonly location: SpendLocation;
}

/** Every sum the analysis reports, before shares and sentences. Internal. */
export interface SpendTallies {
  readonly total: Tally;
  readonly byLocation: Record<SpendLocation, Tally>;
  readonly bySupplierType: Map<SupplierType, Tally>;
  readonly byDepartment: Map<string, Tally>;
  readonly withoutDepartment: Tally;
  readonly byFinancialYear: Map<string, Tally>;
  readonly byWard: Map<string, Tally>;
  readonly withoutWard: Tally;
  readonly notes: LocationNote[];
}

const zero = new Decimal(0);
const newTally = (): Tally => ({ amount: zero, local: zero, count: 0 });

function add(tally: Tally, amount: Decimal, local: boolean): void {
  tally.amount = tally.amount.plus(amount);
  if (local) tally.local = tally.local.plus(amount);
  tally.count += 1;
}

function tallyOf<K>(map: Map<K, Tally>, key: K): Tally {
  let tally = map.get(key);
  if (tally === undefined) {
    tally = newTally();
    map.set(key, tally);
  }
  return tally;
}

/**
 * Sums every payment into its location, supplier type, department, financial year and ward.
 * Postcodes are read and placed once per distinct text. Internal.
 */
export function accumulate(payments: readonly Payment[], locality: LocalityMatcher): SpendTallies {
  const tallies: SpendTallies = {
    total: newTally(),
    byLocation: { local: newTally(), 'non-local': newTally(), unknown: newTally() },
    bySupplierType: new Map(supplierTypes.map((type) => [type, newTally()])),
    byDepartment: new Map(),
    withoutDepartment: newTally(),
    byFinancialYear: new Map(),
    byWard: new Map(),
    withoutWard: newTally(),
    notes: [],
  };
  const places = new Map<string, { reading: PostcodeReading; location: SpendLocation }>();
  const years = new Map<string, string>();
  for (const payment of payments) {
    const key = payment.postcode ?? '';
    let place = places.get(key);
    if (place === undefined) {
      place = placeOf(readPostcode(payment.postcode), locality);
      places.set(key, place);
    }
    const { location, reading } = place;
    if (reading.status !== 'full') tallies.notes.push({ payment, reading, location });
    const local = location === 'local';
    const { amount } = payment;
    add(tallies.total, amount, local);
    add(tallies.byLocation[location], amount, local);
    add(tallies.bySupplierType.get(payment.supplierType)!, amount, local);
    add(
      payment.department === undefined
        ? tallies.withoutDepartment
        : tallyOf(tallies.byDepartment, payment.department),
      amount,
      local,
    );
    add(
      payment.ward === undefined ? tallies.withoutWard : tallyOf(tallies.byWard, payment.ward),
      amount,
      local,
    );
    const month = payment.date.slice(0, 7);
    let year = years.get(month);
    if (year === undefined) {
      year = financialYearOf(payment.date);
      years.set(month, year);
    }
    add(tallyOf(tallies.byFinancialYear, year), amount, local);
  }
  return tallies;
}

function placeOf(
  reading: PostcodeReading,
  locality: LocalityMatcher,
): { reading: PostcodeReading; location: SpendLocation } {
  if (reading.status === 'missing' || reading.status === 'invalid') {
    return { reading, location: 'unknown' };
  }
  const standing = locality.standing(reading.parts, reading.status === 'outward');
  return { reading, location: standing === 'undecided' ? 'unknown' : standing };
}
