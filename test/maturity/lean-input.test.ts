import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { leanAnswer, leanRecord, leanString } from '../../src/maturity/lean-input.js';
import { levelsByThemeSchema, maturityResponsesSchema } from '../../src/maturity/schemas.js';
import { expectSame } from '../expect-same.js';

// The lean readers of responses and levels must give exactly what the zod schemas give whenever
// they accept a value, on any value at all (they decline anything unusual, and the schema then
// reports the error).

const anything = fc.anything({
  withNullPrototype: true,
  withMap: true,
  withSet: true,
  withDate: true,
  withBoxedValues: true,
  withSparseArray: true,
  withTypedArray: true,
  withObjectString: true,
});

const id = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'toString', 'policy', 'kind', ''),
  fc.string(),
);
const sometimes = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary }, { weight: 1, arbitrary: anything });

/** Objects built from JSON text, so `__proto__` can be an own key. */
const record = <T>(value: fc.Arbitrary<T>) =>
  fc
    .array(fc.tuple(id, value), { maxLength: 4 })
    .map((entries) =>
      JSON.parse(
        `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v) ?? 'null'}`).join(',')}}`,
      ),
    );

const answer = fc.oneof(
  fc.string(),
  fc.record(
    {
      met: fc.oneof(
        fc.array(sometimes(fc.string())),
        record(sometimes(fc.boolean())),
        fc.constant(undefined),
      ),
      level: sometimes(fc.string()),
      evidence: fc.oneof(record(sometimes(fc.string())), fc.constant(undefined)),
      note: sometimes(fc.string()),
      extra: fc.string(),
    },
    { requiredKeys: [] },
  ),
  anything,
);

const responses = fc.oneof(
  fc.dictionary(id, answer, { maxKeys: 4 }),
  fc.dictionary(id, answer, { maxKeys: 4, noNullPrototype: false }),
  record(fc.oneof(fc.string(), fc.record({ level: fc.string() }))),
  anything,
);

describe('lean maturity input', () => {
  it('reads responses exactly as the schema does, whenever it reads them', () => {
    let lean = 0;
    fc.assert(
      fc.property(responses, (value) => {
        const quick = leanRecord(value, leanAnswer);
        const parsed = z.safeParse(maturityResponsesSchema, value);
        if (quick === undefined) return;
        lean += 1;
        expect(parsed.success).toBe(true);
        expectSame(quick, parsed.data);
      }),
      { numRuns: 1000 },
    );
    expect(lean).toBeGreaterThan(200);
  });

  it('reads levels by theme exactly as the schema does, whenever it reads them', () => {
    fc.assert(
      fc.property(
        fc.oneof(record(sometimes(fc.string())), fc.dictionary(id, fc.string()), anything),
        (value) => {
          const quick = leanRecord(value, leanString);
          if (quick === undefined) return;
          const parsed = z.safeParse(levelsByThemeSchema, value);
          expect(parsed.success).toBe(true);
          expectSame(quick, parsed.data);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('declines values with hidden or inherited keys, leaving them to the schema', () => {
    const hidden = Object.defineProperty({}, 'policy', { value: 'good', enumerable: false });
    expect(leanRecord(hidden, leanString)).toBeUndefined();
    expect(leanRecord(Object.create({ policy: 'good' }), leanString)).toBeUndefined();
    expect(leanRecord({ [Symbol('s')]: 'x' }, leanString)).toBeUndefined();
    const sparse = ['a', 'b'];
    sparse.length = 3;
    expect(leanAnswer({ met: sparse })).toBeUndefined();
    expect(leanAnswer(JSON.parse('{"__proto__": "x"}'))).toBeUndefined();
    expect(leanAnswer({ level: 'good', met: undefined })).toStrictEqual({
      met: undefined,
      level: 'good',
    });
  });
});
