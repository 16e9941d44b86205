import { quoteText } from '../core/describe-value.js';
import type { OcdsFinding, OcdsFindingCode } from './types.js';

/** A finding. Internal to the ocds area. */
export function finding(
  code: OcdsFindingCode,
  severity: OcdsFinding['severity'],
  message: string,
  path: string,
): OcdsFinding {
  return { code, severity, message, path };
}

/** Whether a value is a plain JSON object (not null, not an array). */
export function isObject(value: unknown): value is object {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** An own property, so `__proto__` and `constructor` in the data are read as data. */
export function own(value: object, key: string): unknown {
  return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

/** A path to a key, written as code would (`.name`, or `["odd key"]`). */
export function keyPath(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${quoteText(key)}]`;
}

/**
 * An optional text field: the trimmed string, or `null` when absent, null or blank. A number is
 * read as its text (publishers write ids as numbers); anything else is a finding.
 */
export function text(
  value: object,
  key: string,
  path: string,
  findings: OcdsFinding[],
): string | null {
  const field = own(value, key);
  if (field === undefined || field === null) return null;
  if (typeof field === 'string') return field.trim() === '' ? null : field.trim();
  if (typeof field === 'number' && Number.isFinite(field)) return String(field);
  findings.push(
    finding(
      'unexpected-shape',
      'warning',
      `The ${key} is ${Array.isArray(field) ? 'a list' : typeof field === 'object' ? 'an object' : `a ${typeof field}`}, not text; it was not read.`,
      keyPath(path, key),
    ),
  );
  return null;
}

/** An optional list field: the array, `null` when absent; anything else is a finding. */
export function list(
  value: object,
  key: string,
  path: string,
  findings: OcdsFinding[],
): readonly unknown[] | null {
  const field = own(value, key);
  if (field === undefined || field === null) return null;
  if (Array.isArray(field)) return field;
  findings.push(
    finding(
      'unexpected-shape',
      'warning',
      `The ${key} are ${typeof field === 'object' ? 'an object' : `a ${typeof field}`}, not a list; they were not read.`,
      keyPath(path, key),
    ),
  );
  return null;
}
