import type * as z from 'zod/mini';

/** A check as zod/mini's `.check()` takes it: a function of the payload, or one of zod's checks. */
export type CheckOf<T> = z.core.CheckFn<T> | z.core.$ZodCheck<T>;

/**
 * `schema.check(...checks)` of zod/mini for the library's own schemas, which are zod core types
 * without zod/mini's methods (so that a bundle carries none of them): a copy of `schema` that
 * runs `checks` after its own, made as zod/mini makes it (the copy's parent is `schema`).
 * Internal.
 */
export function withChecks<S extends z.core.$ZodType>(
  schema: S,
  ...checks: CheckOf<z.output<S>>[]
): S {
  const def = schema._zod.def;
  const copy = new schema._zod.constr({
    ...def,
    checks: [...(def.checks ?? []), ...checks.map(asCheck)],
  }) as S;
  copy._zod.parent = schema;
  return copy;
}

/** A check function as zod/mini wraps it: a `custom` check. */
function asCheck<T>(check: CheckOf<T>): z.core.$ZodCheck<T> {
  return typeof check === 'function'
    ? ({
        _zod: { check, def: { check: 'custom' }, onattach: [] },
      } as unknown as z.core.$ZodCheck<T>)
    : check;
}
