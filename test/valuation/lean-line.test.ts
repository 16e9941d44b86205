import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { Decimal } from '../../src/core/decimal.js';
import { pledgeChannels, pledgeEffects } from '../../src/core/pledge-channel.js';
import { hasVisible } from '../../src/core/schemas.js';
import { type PledgeInput, valuePledges } from '../../src/index.js';
import { leanLine, lineReading } from '../../src/valuation/lean-line.js';
import { lineSchema, liveLine } from '../../src/valuation/snapshots.js';
import { expectSame } from '../expect-same.js';
import { seedFramework } from '../toms/fixtures.js';

// The lean reader of stored valuation lines (the hot loop of `revive`) must accept only lines
// the line schema accepts, and give exactly the line the schema's reading gives: the same
// fields, Decimals with the same digits, frozen. For anything else it gives nothing, and the
// schema reads the line (and words its problems).

const codes = seedFramework.measures.filter((m) => m.proxyValue !== null).map((m) => m.code);
const label = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'toString', '10', '2', ''),
  fc.string({ maxLength: 4 }),
);
const pledge: fc.Arbitrary<PledgeInput> = fc.record(
  {
    measure: fc.constantFrom(...codes),
    quantity: fc.constantFrom('0', '1', '2.5', '0.001', '999999999999999', '7'),
    attributionShare: fc.constantFrom('0', '0.5', '0.125', '1'),
    // A tag name and value need a character one can see (valuePledges refuses '' and ' ').
    tags: fc.dictionary(
      label.filter((name) => name.trim() !== ''),
      label.filter(hasVisible),
      { maxKeys: 3 },
    ),
    note: fc.string({ maxLength: 3 }),
    channel: fc.constantFrom(...pledgeChannels),
    effect: fc.constantFrom(...pledgeEffects),
  },
  { requiredKeys: ['measure', 'quantity'] },
);

/** Values a stored field may be edited to: valid and not, of every kind. */
const hostile: readonly unknown[] = [
  '1',
  '0',
  '-0',
  '-1',
  '1.5',
  '0.75',
  '1.0000',
  '007',
  ' 2',
  '2 ',
  '+2',
  '2e3',
  '1e60',
  '1e-200',
  '.5',
  '5.',
  `0.${'1'.repeat(45)}`,
  '1234567890123456',
  'abc',
  '',
  1,
  0,
  -0,
  -1,
  1.5,
  2 ** 53,
  Number.NaN,
  null,
  true,
  {},
  [],
  { a: 'x' },
  { a: 1 },
  // Tags under a name with no character one can see: refused by the schema and the lean reader.
  { '': 'x' },
  { ' ': 'x', a: 'y' },
  'benefit',
  'disbenefit',
  'tender',
  'social',
  'record-only',
];
const keys = [
  'index',
  'measure',
  'title',
  'unit',
  'theme',
  'themeName',
  'valueType',
  'quantity',
  'attributionShare',
  'proxyValue',
  'value',
  'tags',
  'channel',
  'effect',
  'note',
  'extra',
  // A tag's value (`tags.a`).
  'tag',
];

/** A reading of lines with the keys the line schema requires (as the snapshot reader makes it). */
const newReading = () =>
  lineReading(
    Object.entries(lineSchema.shape)
      .filter(([, field]) => !field._zod.optin)
      .map(([key]) => key),
  );

/** The line the schema reads, or `undefined` when it refuses it. */
function bySchema(value: unknown) {
  const read = z.safeParse(lineSchema, value);
  return read.success ? liveLine(read.data) : undefined;
}

/** Each Decimal of `line` as its sign, exponent and digit words. */
const digits = (line: object) =>
  Object.values(line)
    .filter((value) => Decimal.isDecimal(value))
    .map((value: Decimal) => [value.s, value.e, [...value.d]]);

describe('the lean reader of stored valuation lines', () => {
  it('reads the lines of a stored valuation as the schema does, one reading for all', () => {
    const valuation = valuePledges(seedFramework, [
      { measure: codes[0]!, quantity: '2.5', tags: { department: 'Housing' } },
      { measure: codes[0]!, quantity: 3, attributionShare: '0.5', effect: 'disbenefit' },
      { measure: codes[1]!, quantity: '0', channel: 'grant' },
    ]);
    const reading = newReading();
    for (const stored of JSON.parse(JSON.stringify(valuation)).lines) {
      const lean = leanLine(reading, stored);
      expect(lean).toBeDefined();
      expectSame(lean, bySchema(stored));
    }
  });

  it('gives the schema’s line or nothing, for lines with any one field edited', () => {
    fc.assert(
      fc.property(
        fc.array(pledge, { minLength: 1, maxLength: 6 }),
        fc.array(
          fc.tuple(fc.nat(), fc.constantFrom(...keys), fc.nat(hostile.length), fc.boolean()),
          { maxLength: 6 },
        ),
        (pledges, edits) => {
          const lines = JSON.parse(JSON.stringify(valuePledges(seedFramework, pledges))).lines;
          for (const [at, key, value, remove] of edits) {
            const line = lines[at % lines.length];
            const edit = value === hostile.length ? line[key] : hostile[value];
            if (key === 'tag') line.tags = { ...line.tags, a: edit };
            else if (remove) delete line[key];
            else line[key] = edit;
          }
          // One reading for all, as `revive` reads a valuation's lines.
          const reading = newReading();
          for (const stored of lines) {
            const schema = bySchema(stored);
            const lean = leanLine(reading, stored);
            if (lean === undefined) continue;
            expect(schema).toBeDefined();
            expectSame(lean, schema);
            expect(JSON.stringify(lean)).toBe(JSON.stringify(schema));
            expect(digits(lean)).toEqual(digits(schema!));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
