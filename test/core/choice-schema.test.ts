import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { toJsonSchema } from '../../scripts/json-schema/convert.js';
import { choiceSchema } from '../../src/core/choice-schema.js';
import { expectedSchema } from '../../src/core/expected-schema.js';
import { hintJsonSchema, jsonSchemaHints } from '../../src/core/json-schema-hints.js';
import { parseInput } from '../../src/core/zod-error.js';
import { caught } from '../errors.js';

/** The message of the one issue `schema` gives for `value`. */
function refusal(schema: Parameters<typeof parseInput>[0], value: unknown): string {
  const error = caught(() => parseInput(schema, value, 'Invalid value'));
  expect(error.issues).toHaveLength(1);
  return error.issues[0]!.message;
}

describe('choiceSchema', () => {
  it('takes exactly its values and refuses the rest, naming them, with a did-you-mean', () => {
    const basis = choiceSchema(['average', 'median']);
    expect(z.parse(basis, 'median')).toBe('median');
    expect(refusal(basis, 'medain')).toBe(
      'expected one of "average", "median", received "medain" (did you mean "median"?)',
    );
    expect(refusal(basis, 'x')).toBe('expected one of "average", "median", received "x"');
    expect(refusal(basis, 2)).toBe('expected one of "average", "median", received 2');
    expect(refusal(basis, undefined)).toBe('missing: expected one of "average", "median"');
    const version = choiceSchema([1]);
    expect(z.parse(version, 1)).toBe(1);
    expect(refusal(version, '1')).toBe('expected 1, received "1"');
  });

  it('has the JSON Schema of zod enum or literal: type, const or enum', () => {
    expect(jsonSchemaHints.get(choiceSchema(['a', 'b']))).toEqual({
      kind: 'choice',
      values: ['a', 'b'],
    });
    expect(toJsonSchema(choiceSchema(['a', 'b']))).toEqual({ type: 'string', enum: ['a', 'b'] });
    expect(toJsonSchema(choiceSchema([1]))).toEqual({ type: 'number', const: 1 });
    expect(toJsonSchema(choiceSchema([1, 2]))).toEqual({ type: 'number', enum: [1, 2] });
    expect(toJsonSchema(choiceSchema(['a', 1]))).toEqual({ enum: ['a', 1] });
  });
});

describe('expectedSchema', () => {
  const even = expectedSchema<number>(
    (value) => typeof value === 'number' && value % 2 === 0,
    (input) => (typeof input === 'number' ? 'an even number' : 'a number'),
  );

  it('words what it expected for the value received, or that the value is missing', () => {
    expect(z.parse(even, 4)).toBe(4);
    expect(refusal(even, 3)).toBe('expected an even number, received 3');
    expect(refusal(even, 'x')).toBe('expected a number, received "x"');
    expect(refusal(even, undefined)).toBe('missing: expected a number');
    const quiet = expectedSchema(
      () => false,
      () => 'nothing',
      () => 'something',
    );
    expect(refusal(quiet, 1)).toBe('expected nothing, received something');
  });

  it('leaves its JSON Schema hint to the caller', () => {
    expect(jsonSchemaHints.get(even)).toBeUndefined();
    const hinted = expectedSchema(
      () => true,
      () => 'true or false',
    );
    hintJsonSchema(hinted, { kind: 'json', json: { type: 'boolean' } });
    expect(jsonSchemaHints.get(hinted)).toEqual({ kind: 'json', json: { type: 'boolean' } });
  });
});
