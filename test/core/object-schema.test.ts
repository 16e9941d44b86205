import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { looseObject } from '../../src/core/object-schema.js';
import { isPlainRecord } from '../../src/core/record.js';
import { strictObject } from '../../src/core/schemas.js';
import {
  defineFramework,
  definePolicy,
  fte,
  policies,
  requiresSocialValue,
  revive,
  sroiRatio,
  ukProcurementThreshold,
  valuePledges,
} from '../../src/index.js';
import { caught } from '../errors.js';

// The library's object schemas replace zod's `$ZodObject` (for bundle size): on every input
// zod's own objects take, they must give the same output and the same issues (paths and codes).

const shape = {
  id: z.string(),
  count: z.optional(z.number()),
  note: z.optional(
    z.pipe(
      z.string(),
      z.transform((text) => text.trim()),
    ),
  ),
  list: z.optional(z.array(z.number())),
  maybe: z.nullable(z.string()),
};

/** Success and output, or the issues without their messages (wording differs on purpose). */
function outcome(schema: z.core.$ZodType, value: unknown) {
  const result = z.safeParse(schema, value);
  if (result.success) return { output: result.data };
  return { issues: result.error.issues.map(({ message: _message, ...issue }) => issue) };
}

const inputs = fc.oneof(
  fc.anything({ withNullPrototype: true }),
  fc.record(
    {
      id: fc.oneof(fc.string(), fc.integer()),
      count: fc.oneof(fc.integer(), fc.string(), fc.constant(undefined)),
      note: fc.oneof(fc.string(), fc.constant(undefined), fc.boolean()),
      list: fc.oneof(fc.array(fc.integer()), fc.array(fc.string()), fc.constant(undefined)),
      maybe: fc.oneof(fc.string(), fc.constant(null), fc.integer()),
      idd: fc.string(),
      __proto__: fc.string(),
      constructor: fc.integer(),
    },
    { requiredKeys: [] },
  ),
);

describe('looseObject', () => {
  it('reads every value as z.looseObject does, keys outside the shape kept', () => {
    fc.assert(
      fc.property(inputs, (value) => {
        expect(outcome(looseObject(shape), value)).toEqual(outcome(z.looseObject(shape), value));
      }),
      { numRuns: 2000 },
    );
  });

  it("needs none of zod's types but its shape's, and is an open object to JSON Schema", () => {
    // A catchall of `z.unknown()` only marked it not strict, and kept zod's unknown type in
    // every bundle that reads a loose object (evaluateTenders).
    const loose = looseObject({ method: z.string() });
    expect(loose._zod.def.catchall).toBeUndefined();
    expect(z.toJSONSchema(loose, { io: 'input' })).toEqual({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      properties: { method: { type: 'string' } },
      required: ['method'],
    });
  });

  it('keeps a key outside the shape, but not an own __proto__ key', () => {
    const input = JSON.parse('{"id":"a","maybe":null,"extra":1,"__proto__":{"polluted":true}}');
    const output = z.parse(looseObject(shape), input) as Record<string, unknown>;
    expect(output).toEqual({ id: 'a', maybe: null, extra: 1 });
    expect(Object.getPrototypeOf(output)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('strictObject', () => {
  it('reads every plain object as z.strictObject does', () => {
    fc.assert(
      fc.property(
        inputs.filter((value) => isPlainRecord(value)),
        (value) => {
          const ours = outcome(strictObject(shape), value);
          const zods = outcome(z.strictObject(shape), value);
          expect(ours).toEqual(zods);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('words a missing required key, keeps an absent optional key absent and a given undefined', () => {
    expect(outcome(strictObject(shape), { maybe: null })).toEqual({
      issues: [{ code: 'invalid_type', expected: 'string', path: ['id'] }],
    });
    const read = z.parse(strictObject(shape), { id: 'a', maybe: 'b', count: undefined });
    expect(Object.keys(read)).toEqual(['id', 'count', 'maybe']);
    // A key with no schema for `undefined` and no issue of its own is `expected nonoptional`.
    const bare = z.safeParse(strictObject({ any: z.unknown() }), {});
    expect(bare.error?.issues).toMatchObject([
      { code: 'invalid_type', expected: 'nonoptional', path: ['any'] },
    ]);
  });

  it('lists every unknown key, __proto__ included, each at its own path', () => {
    const input = JSON.parse('{"id":"a","maybe":null,"idd":1,"__proto__":2}');
    const result = z.safeParse(strictObject(shape), input);
    expect(result.error?.issues).toMatchObject([
      { code: 'unrecognized_keys', keys: ['idd', '__proto__'] },
    ]);
    expect(result.error?.issues[0]?.message).toBe('unknown key (did you mean "id"?)\nunknown key');
  });
});

describe('object schemas', () => {
  it('keep their shape, as zod objects do (`.shape`)', () => {
    expect(strictObject(shape).shape).toBe(shape);
    expect(Object.keys(looseObject(shape).shape)).toEqual(Object.keys(shape));
    expect(Object.keys(strictObject(shape))).toContain('shape');
  });
});

describe('objectSchema: a property with very many issues', () => {
  it('passes 200,000 issues of one list up as a SocialValueError, not a stack overflow', () => {
    // One rule's tags: 200,000 numbers where text is expected, each an issue of the `when`
    // object's `tags` key (passed up through the rule and the policy).
    const tags = Array.from({ length: 200_000 }, () => 5);
    const error = caught(() =>
      definePolicy({
        id: 'p',
        name: 'P',
        rules: [
          {
            id: 'r',
            name: 'R',
            when: { tags: tags as never },
            outcome: { socialValue: 'required' },
          },
        ],
      }),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.issues).toHaveLength(100);
    expect(error.issues[0]?.path).toBe('policy.rules[0].when.tags[0]');
    expect(error.details.count).toBe(200_000);
    expect(error.message.split('\n').at(-1)).toBe('  - … and 199,980 more problems');
  });
});

describe('a result given whole where an input is expected', () => {
  // `sroiRatio(valuation)` used to give 17 issues (each field missing, each key unknown): one
  // issue now names the kind it received, at the path of the object.
  const framework = defineFramework({
    id: 'f',
    name: 'F',
    edition: '1',
    priceYear: 2024,
    themes: [{ id: 't', name: 'T' }],
    measures: [
      {
        code: 'M1',
        theme: 't',
        title: 'Hours',
        unit: 'hours',
        proxyValue: '10',
        valueType: 'social',
      },
    ],
  });
  const valuation = valuePledges(framework, [{ measure: 'M1', quantity: 3 }]);
  const stored = JSON.parse(JSON.stringify(valuation)) as unknown;

  it.each([
    ['sroiRatio', () => sroiRatio(valuation as never), 'input', 'SROI input (an object)'],
    ['fte', () => fte(stored as never), 'staff', 'staff (an object of fullTime and partTime)'],
    [
      'requiresSocialValue',
      () => requiresSocialValue(valuation as never, policies.southend2021),
      'contract',
      'a contract (an object)',
    ],
    [
      'ukProcurementThreshold',
      () => ukProcurementThreshold(stored as never),
      'query',
      'a threshold query (an object)',
    ],
    [
      'valuePledges, as a pledge',
      () => valuePledges(framework, [{ measure: 'M1', quantity: 1 }, valuation as never]),
      'pledges[1]',
      'a pledge (an object)',
    ],
  ])('%s: one issue naming the kind', (_name, run, path, expected) => {
    const error = caught(run);
    expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [path, `expected ${expected}, received an object of kind "valuation"`],
    ]);
  });

  it('reads an input whose shape has a kind, and names unknown keys beside a kind it lacks', () => {
    // A stored result read back keeps its kind and schemaVersion (its schema has both).
    expect(revive(stored, 'valuation').total.toString()).toBe('30');
    // `kind` without `schemaVersion` is not a result: the unknown key is named as before.
    const error = caught(() => sroiRatio({ value: 10, investment: 5, kind: 'x' } as never));
    expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['input.kind', 'unknown key'],
    ]);
  });
});
