import type * as z from 'zod/mini';
import { sizeWords } from './size-words.js';

type Payload = z.core.ParsePayload<unknown>;

/**
 * zod's `z.minLength(minimum)` check for a list, in none of zod's types: the message of zod's
 * `too_small` issue (`expected at least 2 entries, received […]`, given as a custom issue), run
 * when zod runs it (on any value with a length, unless the parse was stopped), and written by the
 * JSON Schema build as zod's (`minItems`). Text is measured in UTF-16 units where zod counts code
 * points: the two differ only for a minimum above 1, which the library asks only of lists.
 * Internal.
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
        const origin = Array.isArray(input)
          ? 'array'
          : typeof input === 'string'
            ? 'string'
            : 'unknown';
        // Worded here, as zod's `too_small` is worded (`sizeWords`), so that reading the issue
        // does not need the wording of zod's own types.
        const message = sizeWords({ code: 'too_small', origin, minimum, inclusive: true, input });
        payload.issues.push({ code: 'custom', message, input, continue: true });
      },
      onattach: [],
    },
  } as unknown as z.core.$ZodCheck<unknown>;
}
