import { describeValue } from './describe-value.js';

/**
 * An id as a person reads it: Unicode compatibility form, spaces collapsed and trimmed, control
 * and format characters (a zero-width space, a direction mark) left out, lower case. Two ids that
 * agree on it (`"Acme"` and `"ACME "`, `"A"` and `"A\u200b"`, `"Caf\u00e9"` and `"Cafe\u0301"`)
 * print as the same thing, so a list that needs ids of their own refuses the second. Internal.
 */
export function idAsRead(id: string): string {
  return id
    .normalize('NFKC')
    .replace(/\s+/gu, ' ')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .trim()
    .toLowerCase();
}

/** What two ids that read alike differ by, said after the first of them in a message. Internal. */
export const READ_ALIKE = 'but for case, spaces, invisible characters or Unicode form';

/**
 * ` ("Acme" but for case, spaces, invisible characters or Unicode form)` when the earlier of two
 * ids read alike (`first`) is written otherwise than `id`, else `''`. Internal.
 */
export function alikeNote(id: string, first: string): string {
  return first === id ? '' : ` (${describeValue(first)} ${READ_ALIKE})`;
}
