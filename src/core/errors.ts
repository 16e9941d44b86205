import type { SocialValueErrorCode } from './error-codes.js';
import { plural } from './text.js';

/** The most issues a message lists, one a line. */
const MESSAGE_ISSUES = 20;

/**
 * The most issues `issues` keeps (the library's bound on a list of issues); `details.count` then
 * says how many there were. Written as five times `MESSAGE_ISSUES` where it is used: it gzips
 * smaller. Internal.
 */
export const MAX_ISSUES = 100;

/**
 * One thing wrong with an input: where it is and what was expected.
 *
 * @example
 * ```ts
 * import type { SocialValueIssue } from 'social-value';
 *
 * const issue: SocialValueIssue = {
 *   path: 'pledges[3].quantity',
 *   segments: ['pledges', 3, 'quantity'],
 *   message: 'expected a number at least 0, received "-5"',
 * };
 * issue.path; // => 'pledges[3].quantity'
 * ```
 */
export interface SocialValueIssue {
  /** Where the bad value is, written as in code: `pledges[3].quantity`; `''` for the whole input. */
  readonly path: string;
  /** The same path as keys and indexes, for programs: `['pledges', 3, 'quantity']`. */
  readonly segments: readonly (string | number)[];
  /** What is wrong, naming the value received and what was expected. */
  readonly message: string;
}

/**
 * The facts about a failure, for programs: which fields an error has depends on its code (see
 * `docs/errors.md`); the common ones are typed here, any other is `unknown`.
 *
 * @example
 * ```ts
 * import { defineFramework, getMeasure, safe } from 'social-value';
 *
 * const framework = defineFramework({
 *   id: 'f', name: 'F', edition: '1', priceYear: 2024,
 *   themes: [{ id: 'jobs', name: 'Jobs' }],
 *   measures: [{ code: 'NT1', theme: 'jobs', title: 'Jobs', unit: 'FTE', proxyValue: '1',
 *     valueType: 'social' }],
 * });
 * const found = safe(getMeasure)(framework, 'nt1');
 * found.success ? [] : found.error.details.suggestions; // => ['NT1']
 * ```
 */
export interface SocialValueErrorDetails {
  /** The ids or codes meant, closest first ("did you mean"), where the error guesses some. */
  readonly suggestions?: readonly string[] | undefined;
  /** Weights given as fractions, as the percentage points meant (`weights-do-not-sum`). */
  readonly suggestedWeights?: readonly string[] | undefined;
  /** How many problems there were, when `issues` keeps only the first 100 of them. */
  readonly count?: number | undefined;
  /** The line of a text the failure is on (a CSV text's 101st quote never closed). */
  readonly line?: number | undefined;
  /** The measure code at fault (`unknown-measure`, `missing-proxy`, `duplicate-code`). */
  readonly code?: string | undefined;
  /** The measure at fault, by code, in a delivery, variation or impact. */
  readonly measure?: string | undefined;
  /** The id of the framework searched. */
  readonly framework?: string | undefined;
  /** The id of the criterion at fault. */
  readonly criterion?: string | undefined;
  /** The sum of the weights given, as a decimal string (`weights-do-not-sum`). */
  readonly sum?: string | undefined;
  /** The id of the policy at fault (`duplicate-rule`: a policy that includes itself, or is included twice). */
  readonly policy?: string | undefined;
  /** The id of the rule at fault (`duplicate-rule`: two different rules with one id). */
  readonly rule?: string | undefined;
  /** The model id or edition expected (`model-mismatch`), or null for no edition. */
  readonly expected?: string | null | undefined;
  /** The model id or edition received (`model-mismatch`), or null for no edition. */
  readonly received?: string | null | undefined;
  /** The contract type of a threshold query (`no-threshold-for-date`, `no-threshold-for-level`…). */
  readonly contractType?: string | undefined;
  /** The authority kind of a threshold query. */
  readonly authority?: string | undefined;
  /** The day a threshold query's procurement commenced, `YYYY-MM-DD`. */
  readonly commencedOn?: string | undefined;
  /** The procurement regime of a threshold query (`'pcr-2015'` or `'procurement-act-2023'`). */
  readonly regime?: string | undefined;
  /** The threshold level asked for (`'threshold'`…), or the maturity level id at fault (`unknown-level`). */
  readonly level?: string | undefined;
  /** The maturity theme id at fault (`unknown-theme`). */
  readonly theme?: string | undefined;
  /** The kind of the object received where another kind was expected. */
  readonly kind?: string | undefined;
  /** The values a field takes, where the input named another (a threshold query's contract types). */
  readonly known?: readonly string[] | undefined;
  /** The value types a benchmark table has, where another was asked for. */
  readonly valueTypes?: readonly string[] | undefined;
  /** The indexes of the pledge lines a delivery could belong to (a measure pledged on several lines). */
  readonly lines?: readonly number[] | undefined;
  /** The unit a figure is expected in (`'percentage points'` for weights given as fractions). */
  readonly expectedUnit?: string | undefined;
  /** The kinds of result the SQL rows store, where another was given. */
  readonly storedKinds?: readonly string[] | undefined;
  /** Any other fact, by name. */
  readonly [key: string]: unknown;
}

/**
 * What a {@link SocialValueError} is built from.
 *
 * @example
 * ```ts
 * import { SocialValueError, type SocialValueErrorInit } from 'social-value';
 *
 * const init: SocialValueErrorInit = { code: 'unknown-measure', message: 'No measure NT99.' };
 * new SocialValueError(init).code; // => 'unknown-measure'
 * ```
 */
export interface SocialValueErrorInit {
  /** The stable code of the failure. */
  readonly code: SocialValueErrorCode;
  /** A sentence for people. When `issues` are given they are appended, one per line. */
  readonly message: string;
  /** The fields at fault, if any. */
  readonly issues?: readonly SocialValueIssue[] | undefined;
  /** Facts about the failure for programs (for example the suggested measure codes). */
  readonly details?: SocialValueErrorDetails | undefined;
}

/**
 * The one error type the library throws. It carries a stable `code`, the `issues` (each with
 * the path of the bad field) and a message people can read. Check for it with
 * {@link isSocialValueError}, which works across copies of the library. `JSON.stringify(error)`
 * gives `{ message, name, code, issues, details }`, the message included.
 *
 * @example
 * ```ts
 * import { isSocialValueError, toDecimal } from 'social-value';
 *
 * try {
 *   toDecimal('abc');
 * } catch (error) {
 *   if (isSocialValueError(error)) {
 *     error.code; // => 'invalid-input'
 *   }
 * }
 * ```
 */
export class SocialValueError extends Error {
  /** The stable code of the failure, e.g. `invalid-input` or `unknown-measure`. */
  readonly code: SocialValueErrorCode;
  /** The fields at fault (empty when the failure is not about one field). */
  readonly issues: readonly SocialValueIssue[];
  /** Facts about the failure for programs, e.g. `{ suggestions: ['NT18'] }`. */
  readonly details: SocialValueErrorDetails;

  /**
   * Builds the error; the message lists the issues on a line each, at most 20, then how many
   * more there are (`issues` keeps the first 100, and past 100 `details.count` their number).
   * It never throws: text is taken as the message, a missing code is `invalid-input`, and
   * issues that are not objects are left out.
   */
  constructor(init: SocialValueErrorInit) {
    const read: Partial<SocialValueErrorInit> =
      typeof init === 'string' ? { message: init } : Object(init);
    const issues = Array.isArray(read.issues)
      ? read.issues.filter((issue) => Object(issue) === issue)
      : [];
    const lines = issues
      .slice(0, MESSAGE_ISSUES)
      .map((issue) => `  - ${issue.path || '(input)'}: ${issue.message}`);
    const more = issues.length - MESSAGE_ISSUES;
    if (more > 0) lines.push(`  - … and ${plural(more, 'more problem')}`);
    const message = read.message ?? '';
    super(lines.length > 0 ? `${message}\n${lines.join('\n')}` : message);
    // Enumerable, so that JSON.stringify (an API's error response, a log line) keeps it.
    Object.defineProperty(this, 'message', { enumerable: true });
    this.name = 'SocialValueError';
    this.code = read.code ?? 'invalid-input';
    this.issues = Object.freeze(issues.slice(0, MESSAGE_ISSUES * 5));
    this.details = Object.freeze({
      ...(more > MAX_ISSUES - MESSAGE_ISSUES && { count: issues.length }),
      ...read.details,
    });
  }
}

const brand = /* @__PURE__ */ Symbol.for('social-value.error');
Object.defineProperty(SocialValueError.prototype, brand, { value: true });

/**
 * Tells whether a caught value is a {@link SocialValueError}, including one thrown by another
 * copy of the library (it checks a registered symbol, not `instanceof`).
 *
 * @example
 * ```ts
 * import { isSocialValueError, toDecimal } from 'social-value';
 *
 * let caught: unknown;
 * try {
 *   toDecimal(Number.NaN);
 * } catch (error) {
 *   caught = error;
 * }
 * isSocialValueError(caught); // => true
 * isSocialValueError(new Error('other')); // => false
 * ```
 */
export function isSocialValueError(value: unknown): value is SocialValueError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<symbol, unknown>)[brand] === true
  );
}
