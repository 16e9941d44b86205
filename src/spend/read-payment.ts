import { boundedIssuesError } from '../core/bounded-issues.js';
import type { Decimal } from '../core/decimal.js';
import { MAX_ISSUES, type SocialValueIssue } from '../core/errors.js';
import { isPlainRecord } from '../core/record.js';
import { hasVisible, isoDateOf } from '../core/schemas.js';
import { plural } from '../core/text.js';
import { isNumericProblem, readNumeric } from '../core/to-decimal.js';
import { fromZodError, runSchema } from '../core/zod-error.js';
import { paymentSchema } from './schemas.js';
import { type SupplierType, supplierTypes } from './supplier-types.js';

/** A payment read and checked. Internal. */
export interface Payment {
  readonly supplier: string;
  readonly amount: Decimal;
  readonly date: string;
  readonly postcode: string | null;
  readonly supplierType: SupplierType;
  readonly department: string | undefined;
  readonly ward: string | undefined;
  /** The payment's `line`, else its position counting from 1. */
  readonly row: number;
}

const KNOWN_KEYS = /* @__PURE__ */ new Set(/* @__PURE__ */ Object.keys(paymentSchema.shape));

const isBlank = (value: string) => !hasVisible(value);

/**
 * A date text read through a per-call cache: ledgers repeat their payment dates (one payment
 * run pays many suppliers), so each distinct text is checked once.
 */
function isoDateText(text: string, dates: Map<string, string | undefined>): string | undefined {
  if (dates.has(text)) return dates.get(text);
  const iso = isoDateOf(text);
  dates.set(text, iso);
  return iso;
}

function optionalText(value: unknown): string | undefined | false {
  if (value === undefined) return undefined;
  return typeof value === 'string' && !isBlank(value) ? value : false;
}

/**
 * The lean path: reads a payment of the usual shape without zod, returning exactly what the
 * schema would (a property test checks the two agree on any value), or `undefined` for
 * anything else, which then goes through the schema. Internal.
 */
export function leanPayment(
  value: unknown,
  index: number,
  dates: Map<string, string | undefined> = new Map(),
): Payment | undefined {
  // A plain object only, as the schema reads: a class instance or a Date is refused there.
  if (!isPlainRecord(value)) return undefined;
  for (const key in value) if (!KNOWN_KEYS.has(key)) return undefined;
  const input = value as Record<string, unknown>;
  const { supplier, amount, date, postcode, supplierType, line } = input;
  if (typeof supplier !== 'string' || isBlank(supplier)) return undefined;
  if (
    typeof amount !== 'string' &&
    typeof amount !== 'number' &&
    typeof amount !== 'bigint' &&
    (typeof amount !== 'object' || amount === null)
  ) {
    return undefined;
  }
  const decimal = readNumeric(amount);
  if (isNumericProblem(decimal)) return undefined;
  const iso =
    typeof date === 'string'
      ? isoDateText(date, dates)
      : date instanceof Date
        ? isoDateOf(date)
        : undefined;
  if (iso === undefined) return undefined;
  if (postcode !== undefined && postcode !== null && typeof postcode !== 'string') return undefined;
  if (supplierType !== undefined && !supplierTypes.includes(supplierType as SupplierType)) {
    return undefined;
  }
  const department = optionalText(input.department);
  const ward = optionalText(input.ward);
  if (department === false || ward === false) return undefined;
  if (line !== undefined && !(Number.isSafeInteger(line) && (line as number) >= 1)) {
    return undefined;
  }
  return {
    supplier,
    amount: decimal,
    date: iso,
    postcode: (postcode as string | null | undefined) ?? null,
    supplierType: (supplierType as SupplierType | undefined) ?? 'unknown',
    department,
    ward,
    row: (line as number | undefined) ?? index + 1,
  };
}

/** The payment as the schema reads it, or its issues. Internal (the slow, complete path). */
export function schemaPayment(
  value: unknown,
  index: number,
): Payment | { readonly issues: readonly SocialValueIssue[]; readonly outOfRange: boolean } {
  const result = runSchema(paymentSchema, value);
  if (result.issues.length > 0) {
    const error = fromZodError(result, 'ledger', ['ledger', index]);
    return { issues: error.issues, outOfRange: error.code === 'out-of-range' };
  }
  const payment = result.value;
  return {
    supplier: payment.supplier,
    amount: payment.amount,
    date: payment.date,
    postcode: payment.postcode ?? null,
    supplierType: (payment.supplierType as SupplierType | undefined) ?? 'unknown',
    department: payment.department,
    ward: payment.ward,
    row: payment.line ?? index + 1,
  };
}

/**
 * Reads every payment of a ledger, handing each good one to `visit` in order: the lean path
 * first, the schema for the rest. Bad payments are collected into one error thrown at the end,
 * which keeps their first 100 issues and counts them all (`details.count`), as every error of
 * the library does; once one is found, no more payments are visited. Internal.
 */
export function readPayments(ledger: readonly unknown[], visit: (payment: Payment) => void): void {
  const issues: SocialValueIssue[] = [];
  let bad = 0;
  let count = 0;
  let allOutOfRange = true;
  const dates = new Map<string, string | undefined>();
  for (let index = 0; index < ledger.length; index += 1) {
    const value = ledger[index];
    let payment = leanPayment(value, index, dates);
    if (payment === undefined) {
      const read = schemaPayment(value, index);
      if ('issues' in read) {
        bad += 1;
        allOutOfRange &&= read.outOfRange;
        count += read.issues.length;
        for (const issue of read.issues) if (issues.length < MAX_ISSUES) issues.push(issue);
        continue;
      }
      payment = read;
    }
    if (bad === 0) visit(payment);
  }
  if (bad > 0) {
    throw boundedIssuesError(
      allOutOfRange ? 'out-of-range' : 'invalid-input',
      `Invalid ledger: ${plural(bad, 'payment')} with problems.`,
      issues,
      count,
    );
  }
}
