import { describeValue } from '../core/describe-value.js';
import { fieldError } from '../core/issue.js';
import { describeInput, isPlainObject } from './plain.js';

/**
 * Refuses, before any field is read, a value that cannot be the object expected: not a plain
 * object, or an object that says it is another kind (a framework where a valuation is
 * expected), or, when `required` (a stored result), says no kind at all. `what` names what is
 * expected (`'a valuation (from valuePledges, …)'`); the error is `invalid-input` at `path`,
 * headed `Invalid <title>`. Internal.
 */
export function expectKind(
  value: unknown,
  kind: string,
  path: readonly PropertyKey[],
  title: string,
  what: string,
  required = false,
): void {
  if (!isPlainObject(value)) {
    throw fieldError(
      'invalid-input',
      `Invalid ${title}: 1 problem.`,
      path,
      `expected ${what}, received ${describeInput(value)}`,
    );
  }
  const own = Object.hasOwn(value, 'kind') ? value.kind : undefined;
  if ((own !== undefined || required) && own !== kind) {
    throw fieldError(
      'invalid-input',
      `Invalid ${title}: 1 problem.`,
      path,
      `expected ${what}, received ${own === undefined ? 'an object without a kind' : `an object of kind ${describeValue(own)}`}`,
      { expectedKind: kind },
    );
  }
}
