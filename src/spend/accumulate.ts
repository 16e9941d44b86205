import { Decimal } from '../core/decimal.js';
import { financialYearOf } from '../core/financial-year.js';
import { entryOf } from '../core/map-entry.js';
import type { LocalityMatcher } from './locality.js';
import { type Payment, readPayments } from './read-payment.js';
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

/** Where a payment is spent, in the order results list them. Internal. */
export const locations: readonly SpendLocation[] = ['local', 'non-local', 'unknown'];
const TYPES = supplierTypes.length;

/** The sum and count of the payments sharing one department, ward, year, location and type. */
interface Cell {
  amount: Decimal;
  count: number;
}
/** Cells by department, then ward, then financial year; each a list by location × type. */
type Groups = Map<string | undefined, Map<string | undefined, Map<string, (Cell | undefined)[]>>>;

function placeOf(
  reading: PostcodeReading,
  locality: LocalityMatcher,
): { reading: PostcodeReading; location: SpendLocation; slot: number } {
  // A BFPO number is in no council area: non-local whatever the locality.
  let location: SpendLocation = reading.status === 'forces' ? 'non-local' : 'unknown';
  if (reading.status === 'full' || reading.status === 'outward') {
    const standing = locality.standing(reading.parts, reading.status === 'outward');
    location = standing === 'undecided' ? 'unknown' : standing;
  }
  return { reading, location, slot: locations.indexOf(location) * TYPES };
}

/**
 * Reads the ledger and adds each payment once, into the cell of its department, ward,
 * financial year, location and supplier type. Sums are exact, so adding the cells up into each
 * breakdown afterwards gives exactly the sums of the payments, at a fraction of the additions.
 * Postcodes are read and placed, and dates given a financial year, once per distinct text.
 */
function fill(
  ledger: readonly unknown[],
  locality: LocalityMatcher,
  notes: LocationNote[],
): Groups {
  const groups: Groups = new Map();
  const places = new Map<string, ReturnType<typeof placeOf>>();
  const years = new Map<string, string>();
  const typeIndex = new Map(supplierTypes.map((type, index) => [type, index]));
  readPayments(ledger, (payment) => {
    const key = payment.postcode ?? '';
    let place = places.get(key);
    if (place === undefined) {
      place = placeOf(readPostcode(payment.postcode), locality);
      places.set(key, place);
    }
    if (place.reading.status !== 'full') {
      notes.push({ payment, reading: place.reading, location: place.location });
    }
    let year = years.get(payment.date);
    if (year === undefined) {
      year = financialYearOf(payment.date);
      years.set(payment.date, year);
    }
    let byWard = groups.get(payment.department);
    if (byWard === undefined) {
      byWard = new Map();
      groups.set(payment.department, byWard);
    }
    let byYear = byWard.get(payment.ward);
    if (byYear === undefined) {
      byYear = new Map();
      byWard.set(payment.ward, byYear);
    }
    let cells = byYear.get(year);
    if (cells === undefined) {
      cells = new Array(locations.length * TYPES);
      byYear.set(year, cells);
    }
    const slot = place.slot + typeIndex.get(payment.supplierType)!;
    const cell = cells[slot];
    if (cell === undefined) cells[slot] = { amount: payment.amount, count: 1 };
    else {
      cell.amount = cell.amount.plus(payment.amount);
      cell.count += 1;
    }
  });
  return groups;
}

const zero = /* @__PURE__ */ new Decimal(0);
const newTally = (): Tally => ({ amount: zero, local: zero, count: 0 });

function add(tally: Tally, cell: Cell, local: boolean): void {
  tally.amount = tally.amount.plus(cell.amount);
  if (local) tally.local = tally.local.plus(cell.amount);
  tally.count += cell.count;
}

function tallyOf<K>(map: Map<K, Tally>, key: K): Tally {
  return entryOf(map, key, newTally);
}

/** Sums every payment into its location, supplier type, department, financial year and ward. Internal. */
export function accumulate(ledger: readonly unknown[], locality: LocalityMatcher): SpendTallies {
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
  for (const [department, byWard] of fill(ledger, locality, tallies.notes)) {
    const inDepartment =
      department === undefined
        ? tallies.withoutDepartment
        : tallyOf(tallies.byDepartment, department);
    for (const [ward, byYear] of byWard) {
      const inWard = ward === undefined ? tallies.withoutWard : tallyOf(tallies.byWard, ward);
      for (const [year, cells] of byYear) {
        const inYear = tallyOf(tallies.byFinancialYear, year);
        cells.forEach((cell, slot) => {
          if (cell === undefined) return;
          const location = locations[Math.floor(slot / TYPES)]!;
          const local = location === 'local';
          for (const tally of [
            tallies.total,
            tallies.byLocation[location],
            tallies.bySupplierType.get(supplierTypes[slot % TYPES]!)!,
            inDepartment,
            inWard,
            inYear,
          ]) {
            add(tally, cell, local);
          }
        });
      }
    }
  }
  return tallies;
}
