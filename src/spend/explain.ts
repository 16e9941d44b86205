import { Decimal } from '../core/decimal.js';
import { describeValue, quoteText } from '../core/describe-value.js';
import { idText } from '../core/id-text.js';
import { divide } from '../core/numeric-domain.js';
import { byCodeUnits, plural, upperFirst } from '../core/text.js';
import { moneyText, percentText } from '../core/wording.js';
import { type LocationNote, locations, type SpendTallies, type Tally } from './accumulate.js';
import { findingSeverity } from './finding-severity.js';
import type { LocalityMatcher } from './locality.js';
import { type SupplierType, supplierTypes, supplierTypeWords } from './supplier-types.js';
import type {
  SpendAnalysis,
  SpendFinding,
  SpendFindingCode,
  SpendLocation,
  SpendPart,
  SpendSlice,
} from './types.js';

/**
 * `part ÷ whole` to 34 significant digits when it is a fraction 0–1, else `null`: the whole is
 * zero or below (credits at least equal its payments), the part is a net credit, or the part is
 * more than the whole (credits elsewhere in the whole reduce it). Internal.
 */
export function shareOf(part: Decimal, whole: Decimal): Decimal | null {
  if (!whole.gt(0) || part.lt(0) || part.gt(whole)) return null;
  return part.isZero() ? ZERO : divide(part, whole);
}

/** Why `shareOf(part, whole)` is null, for a sentence: `no share of a zero total`. Internal. */
export function noShare(part: Decimal, whole: Decimal, of: 'total' | 'amount', local = ''): string {
  if (whole.isZero()) return `no ${local}share of a zero ${of}`;
  if (whole.lt(0)) return `no ${local}share: the ${of} is below zero`;
  if (part.lt(0)) return `no ${local}share: a net credit`;
  return `no ${local}share: more than the ${of}, which credits reduce`;
}

const ZERO = /* @__PURE__ */ new Decimal(0);

const payments = (count: number) => plural(count, 'payment');

/** The slice of a tally, with its sentence. Internal. */
export function sliceOf(label: string, tally: Tally, total: Decimal, where: string): SpendSlice {
  const share = shareOf(tally.amount, total);
  const localShare = shareOf(tally.local, tally.amount);
  let reason: string;
  if (tally.count === 0) {
    reason = `${label}: no payments.`;
  } else {
    const ofTotal =
      share === null ? noShare(tally.amount, total, 'total') : `${percentText(share)} of all spend`;
    const local =
      localShare === null
        ? `${moneyText(tally.local)} of it local to ${where} (${noShare(tally.local, tally.amount, 'amount', 'local ')})`
        : `of which ${moneyText(tally.local)} (${percentText(localShare)}) local to ${where}`;
    reason = `${label}: ${moneyText(tally.amount)} in ${payments(tally.count)} (${ofTotal}), ${local}.`;
  }
  return {
    amount: tally.amount,
    paymentCount: tally.count,
    share,
    localSpend: tally.local,
    localShare,
    reason,
  };
}

/** The label of each breakdown's slices, by the analysis's key. Internal. */
export const sliceLabels = {
  bySupplierType: (type: string) => upperFirst(supplierTypeWords[type as SupplierType]),
  byDepartment: (name: string) => `Department ${quoteText(name)}`,
  withoutDepartment: () => 'Payments naming no department',
  byFinancialYear: (year: string) => `Financial year ${year}`,
  byWard: (name: string) => `Ward ${quoteText(name)}`,
  withoutWard: () => 'Payments naming no ward',
} as const;

/**
 * Slices of a map of tallies, keys in code-unit order (or as given), a null-prototype record
 * (whose whole-number keys JavaScript puts first, in numeric order).
 */
function slicesOf(
  tallies: ReadonlyMap<string, Tally>,
  label: (key: string) => string,
  total: Decimal,
  where: string,
  keys = [...tallies.keys()].sort(byCodeUnits),
): Record<string, SpendSlice> {
  const record = Object.create(null) as Record<string, SpendSlice>;
  for (const key of keys) record[key] = sliceOf(label(key), tallies.get(key)!, total, where);
  return record;
}

/** One part by location, with its sentence. Internal. */
export function partOf(
  location: SpendLocation,
  tally: Tally,
  total: Decimal,
  where: string,
): SpendPart {
  const share = shareOf(tally.amount, total);
  const shown = share === null ? noShare(tally.amount, total, 'total') : percentText(share);
  let reason: string;
  if (location === 'local') {
    reason = `${moneyText(tally.amount)} of ${moneyText(total)} (${shown}) was paid to suppliers with a postcode in ${where}, in ${payments(tally.count)}.`;
  } else if (location === 'non-local') {
    reason = `${moneyText(tally.amount)} (${shown}) was paid to suppliers with a postcode outside ${where}, in ${payments(tally.count)}.`;
  } else if (tally.count === 0) {
    reason = 'Every payment has a postcode that places it: no spend is of unknown location.';
  } else {
    reason = `${moneyText(tally.amount)} (${shown}) in ${payments(tally.count)} has no postcode that places it (missing, invalid, or an outward code the locality cannot decide), so it is counted neither local nor non-local.`;
  }
  return { amount: tally.amount, paymentCount: tally.count, share, reason };
}

/**
 * The finding for a payment whose postcode is missing, invalid, an outward code or a BFPO
 * number. Internal.
 */
export function findingOf(note: LocationNote, locality: LocalityMatcher): SpendFinding {
  const { payment, reading, location } = note;
  const who = `Row ${payment.row} (${idText(payment.supplier)}, ${moneyText(payment.amount)})`;
  const neither = 'so its location is unknown: it is counted neither local nor non-local';
  const [code, message] = ((): [SpendFindingCode, string] => {
    switch (reading.status) {
      case 'missing':
        return ['missing-postcode', `${who}: no postcode, ${neither}.`];
      case 'forces':
        return [
          'bfpo-address',
          `${who}: ${describeValue(payment.postcode)} is a British Forces Post Office address, in no council area, so it is counted non-local.`,
        ];
      case 'invalid': {
        const hint =
          reading.suggestion === undefined
            ? ''
            : ` (did you mean ${quoteText(reading.suggestion)}?)`;
        return [
          'invalid-postcode',
          `${who}: postcode ${describeValue(payment.postcode)} ${reading.problem}${hint}, ${neither}.`,
        ];
      }
      default: {
        const { postcode, sector } = reading.parts;
        const given = `only the ${sector === null ? 'outward code' : 'sector'} ${quoteText(postcode)} is given`;
        if (location === 'unknown') {
          const why =
            locality.entries === null
              ? 'the locality function decides full postcodes only'
              : 'the locality names only some sectors or postcodes of it';
          return ['undecided-postcode', `${who}: ${given} and ${why}, ${neither}.`];
        }
        return [
          'outward-code-only',
          `${who}: ${given}; by ${sector === null ? 'its district' : 'it'} the payment is ${location === 'local' ? 'local' : 'not local'}.`,
        ];
      }
    }
  })();
  return {
    code,
    severity: findingSeverity[code],
    message,
    row: payment.row,
    supplier: payment.supplier,
    postcode: payment.postcode,
  };
}

/** The sentence about the whole analysis. Internal. */
export function summaryOf(tallies: SpendTallies, where: string, findings: number): string {
  const total = tallies.total.amount;
  const count = payments(tallies.total.count);
  if (!total.gt(0)) {
    const credits = total.isZero() ? '' : ' (credits exceed payments)';
    return `No spend to share out: the ledger's ${count} total ${moneyText(total)}${credits}.`;
  }
  const part = (location: SpendLocation) => {
    const { amount } = tallies.byLocation[location];
    const share = shareOf(amount, total);
    return `${moneyText(amount)} (${share === null ? noShare(amount, total, 'total') : percentText(share)})`;
  };
  const notes = findings === 0 ? '' : ` (${plural(findings, 'finding')})`;
  return `${moneyText(total)} in ${count}: ${part('local')} local to ${where}, ${part('non-local')} elsewhere and ${part('unknown')} of unknown location${notes}.`;
}

/**
 * The analysis of some tallies (unsealed): shares, sentences and the summary written from the
 * sums, sentences naming the locality by `localityName`, else by `words`. Internal: `analyseSpend`
 * writes with it and the snapshot reader checks a stored analysis against it.
 */
export function analysisOf(
  tallies: SpendTallies,
  locality: readonly string[] | null,
  localityName: string | null,
  words: string,
  findings: readonly SpendFinding[],
): SpendAnalysis {
  const where = localityName === null ? words : idText(localityName);
  const total = tallies.total.amount;
  const slices = (
    key: 'bySupplierType' | 'byDepartment' | 'byFinancialYear' | 'byWard',
    keys?: readonly string[],
  ) => slicesOf(tallies[key], sliceLabels[key], total, where, keys as string[] | undefined);
  const byLocation = Object.create(null) as Record<SpendLocation, SpendPart>;
  for (const location of locations) {
    byLocation[location] = partOf(location, tallies.byLocation[location], total, where);
  }
  return {
    kind: 'spend-analysis',
    schemaVersion: 1,
    locality,
    localityName,
    paymentCount: tallies.total.count,
    total,
    localSpend: tallies.byLocation.local.amount,
    localShare: shareOf(tallies.byLocation.local.amount, total),
    byLocation,
    bySupplierType: slices('bySupplierType', supplierTypes) as Record<SupplierType, SpendSlice>,
    byDepartment: slices('byDepartment'),
    withoutDepartment: sliceOf(
      sliceLabels.withoutDepartment(),
      tallies.withoutDepartment,
      total,
      where,
    ),
    byFinancialYear: slices('byFinancialYear'),
    byWard: slices('byWard'),
    withoutWard: sliceOf(sliceLabels.withoutWard(), tallies.withoutWard, total, where),
    findings,
    summary: summaryOf(tallies, where, findings.length),
  };
}
