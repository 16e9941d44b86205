import { describe, expect, it } from 'vitest';
import { buildJsonSchemas } from '../../scripts/build-json-schema.js';
import { unsafety } from '../regex-safety.js';

// The JSON Schemas are read by validators in other languages (Python's `re`, .NET, Java), which
// backtrack: a `pattern` that can read a text in many ways (`\d+\.?\d*`, `0*\d{1,15}` before
// `\.\d{0,40}0*`) takes time growing with the square of a long, malformed decimal string, or
// with 60 × 120 × its length. Every pattern shipped reads a text in one way only.

/** Every `pattern` in `schema`, however deep. */
function patterns(schema: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) for (const each of schema) patterns(each, out);
  else if (typeof schema === 'object' && schema !== null) {
    for (const [key, value] of Object.entries(schema)) {
      if (key === 'pattern' && typeof value === 'string') out.add(value);
      else patterns(value, out);
    }
  }
  return out;
}

describe('JSON Schema patterns', () => {
  it('read any text in linear time, in any backtracking engine', () => {
    const all = patterns(buildJsonSchemas());
    // Decimal strings in every domain and bound, dates and ids: a dozen at least.
    expect(all.size).toBeGreaterThan(10);
    const unsafe = [...all].flatMap((pattern) => {
      const problem = unsafety(pattern, 'u');
      return problem === undefined ? [] : [`${pattern}: ${problem}`];
    });
    expect(unsafe).toEqual([]);
    // recheck takes about 0.2 s a pattern, more on a busy machine.
  }, 300_000);
});
