import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { describeReceived } from '../../src/core/describe-value.js';
import { isPlainRecord } from '../../src/core/record.js';
import { numericSchema, strictObject, textSchema } from '../../src/core/schemas.js';
import { withChecks } from '../../src/core/with-checks.js';
import { optionalSchema } from '../../src/core/wrapper-schema.js';
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
                ? 'missing: expected an object (keys a)'
                : `expected an object (keys a), received ${describeReceived(value)}`,
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
          message: `expected an object (keys a), received ${describeReceived(value)}`,
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
      ['x.inner', 'expected an object (keys a), received a Set'],
      ['x.list[0]', 'expected an object (keys a), received a Date (1970-01-01T00:00:00.000Z)'],
    ]);
  });

  it('offers the one missing key for the one unknown key, however far apart they are written', () => {
    const payment = strictObject({
      supplier: textSchema,
      date: textSchema,
      note: optionalSchema(textSchema),
    });
    const issues = (value: object) =>
      caught(() => parseInput(payment, value, 'payment', ['payment'])).issues.map(
        (issue) => `${issue.path}: ${issue.message}`,
      );
    // No closeness between paidOn and date: the missing required key is what was meant.
    expect(issues({ supplier: 'Acme', paidOn: '2025-05-01' })).toEqual([
      'payment.date: missing: expected text',
      'payment.paidOn: unknown key (did you mean "date"?)',
    ]);
    // A close key still wins over the missing one.
    expect(issues({ supplier: 'Acme', nots: 'x', paidOn: '2025-05-01' })).toEqual([
      'payment.date: missing: expected text',
      'payment.nots: unknown key (did you mean "note"?)',
      'payment.paidOn: unknown key',
    ]);
    // Two missing keys, or two unknown keys, leave the choice open: no guess.
    expect(issues({ paidOn: '2025-05-01' })).toEqual([
      'payment.supplier: missing: expected text',
      'payment.date: missing: expected text',
      'payment.paidOn: unknown key',
    ]);
    expect(issues({ supplier: 'Acme', paidOn: '2025-05-01', spent: '1' })).toEqual([
      'payment.date: missing: expected text',
      'payment.paidOn: unknown key',
      'payment.spent: unknown key',
    ]);
    // An optional key missing is not offered.
    expect(issues({ supplier: 'Acme', date: '2025-05-01', memo: 'x' })).toEqual([
      'payment.memo: unknown key',
    ]);
  });

  it('offers the one missing key over a close key whose value the unknown value does not fit', () => {
    const contract = strictObject({
      id: textSchema,
      contractValue: optionalSchema(numericSchema({ min: 0 })),
      note: optionalSchema(textSchema),
    });
    const issues = (value: object) =>
      caught(() => parseInput(contract, value, 'contract', ['contract'])).issues.map(
        (issue) => `${issue.path}: ${issue.message}`,
      );
    // "A" is an id, not a contract value: the missing id is what was meant.
    expect(issues({ contract: 'A' })).toEqual([
      'contract.id: missing: expected text',
      'contract.contract: unknown key (did you mean "id"?)',
    ]);
    // A value that fits the close key keeps it: 5 is a contract value too.
    expect(issues({ contract: 5 })).toEqual([
      'contract.id: missing: expected text',
      'contract.contract: unknown key (did you mean "contractValue"?)',
    ]);
    // A value that fits neither keeps the close key.
    expect(issues({ contract: [] })).toEqual([
      'contract.id: missing: expected text',
      'contract.contract: unknown key (did you mean "contractValue"?)',
    ]);
    // A one-letter slip whose value fits both keeps the slip's key.
    expect(issues({ nots: 'x' })).toEqual([
      'contract.id: missing: expected text',
      'contract.nots: unknown key (did you mean "note"?)',
    ]);
  });
});
