import type * as z from 'zod/mini';

type Payload = z.core.ParsePayload<unknown>;

/**
 * zod's `z.minLength(minimum)` check for a list, in none of zod's types: the same `too_small`
 * issue (worded `expected at least 2 entries, received […]`), run when zod runs it (on any value
 * with a length, unless the parse was stopped), and written by the JSON Schema build as zod's
 * (`minItems`). Text is measured in UTF-16 units where zod counts code points: the two differ
 * only for a minimum above 1, which the library asks only of lists. Internal.
 */
export function minLength(minimum: number): z.core.$ZodCheck<unknown> {
  return {
    _zod: {
      def: {
        check: 'min_length',
        minimum,
        when: ({ value }: Payload) =>
          value != null && (value as { length?: number }).length !== undefined,
      },
      check: (payload: Payload) => {
        const input = payload.value as string | readonly unknown[];
        if (input.length >= minimum) return;
        payload.issues.push({
          origin: Array.isArray(input) ? 'array' : typeof input === 'string' ? 'string' : 'unknown',
          code: 'too_small',
          minimum,
          inclusive: true,
          input,
          continue: true,
        });
      },
      onattach: [],
    },
  } as unknown as z.core.$ZodCheck<unknown>;
}
