// The JSON Schema hints are read only by the JSON Schema build, which runs on the source (a
// bundle of the library leaves them out: test/core/bundle-contents.test.ts).
import { describe, expect, it } from 'vitest';
import { choiceSchema } from '../../src/core/choice-schema.js';
import { jsonSchemaHints } from '../../src/core/json-schema-hints.js';
import { numericSchema } from '../../src/core/schemas.js';

describe('JSON Schema hints', () => {
  it('are recorded when the source runs (the JSON Schema build reads them)', () => {
    expect(jsonSchemaHints.get(numericSchema({ min: 0 }))).toEqual({
      kind: 'numeric',
      bounds: { min: 0 },
    });
    expect(jsonSchemaHints.get(choiceSchema(['a']))).toEqual({ kind: 'choice', values: ['a'] });
  });
});
