import { isPlainRecord } from './record.js';

/**
 * `value` with its `kind` put back when it is a stored form whose `kind` was dropped
 * (`const { kind, ...rest } = policy`, or its JSON without `kind`): a plain object without
 * `kind` (or with `kind: undefined`) but with `schemaVersion`, which no input has. Anything else
 * is returned as it is. Internal: `define*` reads such an object as the stored form it is, as
 * `defineFramework` (whose input may carry `schemaVersion`) reads it.
 */
export function storedForm(value: unknown, kind: string): unknown {
  return isPlainRecord(value) && value.kind === undefined && Object.hasOwn(value, 'schemaVersion')
    ? { ...value, kind }
    : value;
}
