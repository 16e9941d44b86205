import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { describeReceived } from '../../src/core/describe-value.js';
import { isPlainRecord } from '../../src/core/record.js';
import { strictObject } from '../../src/core/schemas.js';
import { withChecks } from '../../src/core/with-checks.js';
import { parseInput } from '../../src/core/zod-error.js';
import { caught } from '../errors.js';

describe('strictObject', () => {
  it('stays an object for JSON Schema, with additionalProperties false', () => {
    const schema = z.toJSONSchema(strictObject({ a: z.string() }), { io: 'input' });
    expect(schema).toMatchObject({
      type: 'object',
      properties: { a: { type: 'string' } },
      required: ['a'],
      additionalProperties: false,
    });
    const checked = withChecks(
      strictObject({ a: z.string() }),
      z.refine(() => true),
    );
    expect(z.toJSONSchema(z.optional(checked), { io: 'input' })).toMatchObject({
      type: 'object',
      additionalProperties: false,
    });
  });

  it('refuses anything but a plain object, as the lean readers (isPlainRecord) do', () => {
    const schema = strictObject({ a: z.optional(z.unknown()) });
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withDate: true }),
        (value) => {
          const result = z.safeParse(schema, value, { reportInput: true });
          const plain = isPlainRecord(value);
          const root = result.error?.issues.filter((issue) => issue.path.length === 0) ?? [];
          if (!plain) {
            expect(root.map((issue) => issue.message)).toEqual([
              value === undefined
                ? 'missing: expected an object'
                : `expected an object, received ${describeReceived(value)}`,
            ]);
          } else {
            expect(root.every((issue) => issue.code === 'unrecognized_keys')).toBe(true);
          }
        },
      ),
      { numRuns: 1000 },
    );
    for (const value of [new Map(), new Date(0), new (class Offer {})(), Object.create({})]) {
      expect(caught(() => parseInput(schema, value, 'offer', ['offer'])).issues).toEqual([
        expect.objectContaining({
          path: 'offer',
          message: `expected an object, received ${describeReceived(value)}`,
        }),
      ]);
    }
    // Nested, inside lists and after .check(): the same.
    const outer = strictObject({
      inner: withChecks(
        schema,
        z.refine(() => true),
      ),
      list: z.array(schema),
    });
    expect(
      caught(() =>
        parseInput(outer, { inner: new Set(), list: [new Date(0)] }, 'x', ['x']),
      ).issues.map((issue) => [issue.path, issue.message]),
    ).toEqual([
      ['x.inner', 'expected an object, received a Set'],
      ['x.list[0]', 'expected an object, received a Date (1970-01-01T00:00:00.000Z)'],
    ]);
  });
});
