// Reading flag values that the library does not read itself (money typed by people, whole
// numbers). Anything else is handed to the library as typed, which validates it.

import { quoteText } from '../core/describe-value.js';
import { CliError } from './cli-error.js';

const PLAIN = /^-?\d+(\.\d+)?$/;
const GROUPED = /^£?\s?-?\d{1,3}(,\d{3})*(\.\d+)?$/;
const POUNDS = /^£\s?-?\d+(\.\d+)?$/;

/**
 * Reads an amount in pounds as people type it (`12000000`, `12,000,000.00`, `£12,000,000`) into
 * a decimal string; the library then checks its range.
 */
export function poundsOption(flag: string, value: string): string {
  const text = value.trim();
  if (PLAIN.test(text)) return text;
  if (GROUPED.test(text) || POUNDS.test(text)) return text.replace(/[£,\s]/g, '');
  throw new CliError(
    `${flag}: expected an amount in pounds such as 12000000 or £12,000,000, received ${quoteText(value)}.`,
  );
}

/** Reads a whole number flag (`--years 3`). */
export function wholeOption(flag: string, value: string): number {
  if (!/^\d{1,6}$/.test(value.trim())) {
    throw new CliError(`${flag}: expected a whole number such as 3, received ${quoteText(value)}.`);
  }
  return Number(value.trim());
}

/** Reads a figure flag (a weight in points, a rate) as a decimal string for the library. */
export function figureOption(flag: string, value: string): string {
  const text = value.trim();
  if (!PLAIN.test(text)) {
    throw new CliError(
      `${flag}: expected a number such as 10 or 0.035, received ${quoteText(value)}.`,
    );
  }
  return text;
}
