import type { SocialValueError } from './errors.js';
import { issuesError } from './issue.js';

/**
 * Reads `items[index]` with `read` (given the item and its index); when that throws, every later
 * item is read too, so that one error names the problems of them all, headed `Invalid ${what}: 3
 * problems.` (the item's own error when no later one has any; `out-of-range` only when each error
 * is). An error that is not the library's (no `issues`) is thrown as it is when met, never left
 * out of the list. Internal: lists read item by item (pledges, deliveries).
 */
export function readListed<T>(
  items: readonly unknown[],
  index: number,
  read: (item: unknown, index: number) => T,
  what: string,
): T {
  try {
    return read(items[index], index);
  } catch {
    // This item again, then every later one.
    const errors: SocialValueError[] = [];
    for (let at = index; at < items.length; at += 1) {
      try {
        read(items[at], at);
      } catch (error) {
        // An error without issues (a getter of the item that throws a TypeError) is not the
        // library's: thrown as it is, at once, as for the item alone (checked by the issues the
        // list needs rather than the brand: fewer bytes).
        if (!(error as SocialValueError).issues) throw error;
        errors.push(error as SocialValueError);
      }
    }
    throw errors[1] === undefined
      ? errors[0]
      : issuesError(
          what,
          errors.flatMap((error) => error.issues),
          errors.every((error) => error.code === 'out-of-range') ? 'out-of-range' : 'invalid-input',
        );
  }
}
