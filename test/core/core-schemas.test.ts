import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { Decimal } from '../../src/core/decimal.js';
import { figureSchema } from '../../src/core/figure-schema.js';
import { fractionSchema } from '../../src/core/fraction-schema.js';
import { oneOf } from '../../src/core/one-of.js';
import { parseInto } from '../../src/core/parse-into.js';
import { mapSchema, recordSchema } from '../../src/core/record-schema.js';
import {
  idSchema,
  isNumericLike,
  isoDateOf,
  isoDateSchema,
  numericSchema,
  strictObject,
  trimmedTextSchema,
} from '../../src/core/schemas.js';
import { parseInput } from '../../src/core/zod-error.js';
import { zodTypeWords } from '../../src/core/zod-type-words.js';
import { caught } from '../errors.js';

/** [path, message] of each issue, and the error code, of parsing `input` as parameter `x`. */
function problems(schema: z.core.$ZodType, input: unknown) {
  const error = caught(() => parseInput(schema, input, 'x', ['x'], zodTypeWords));
  return { code: error.code, issues: error.issues.map((issue) => [issue.path, issue.message]) };
}

const message = (schema: z.core.$ZodType, input: unknown) => {
  const { issues } = problems(schema, input);
  expect(issues).toHaveLength(1);
  return issues[0]![1];
};

const EXPECTED = 'expected a finite number, a decimal string, a bigint or a Decimal';

describe('numericSchema', () => {
  it('outputs the library Decimal for every numeric form', () => {
    const schema = numericSchema();
    expect(z.parse(schema, '2.50')).toBeInstanceOf(Decimal);
    expect(z.parse(schema, 7n).toString()).toBe('7');
    expect(z.parse(schema, new Decimal('-1')).toString()).toBe('-1');
  });

  it('words a value that is not a number, or none', () => {
    expect(message(numericSchema(), true)).toBe(`${EXPECTED}, received true`);
    expect(message(numericSchema(), null)).toBe(`${EXPECTED}, received null`);
    expect(problems(z.object({ a: numericSchema() }), {}).issues).toEqual([
      ['x.a', 'missing: expected a number'],
    ]);
    expect(message(numericSchema(), 'abc')).toBe(`${EXPECTED}, received "abc"`);
    expect(isNumericLike(5n)).toBe(true);
    expect(isNumericLike(new Decimal(1))).toBe(true);
    expect(isNumericLike(true)).toBe(false);
    expect(isNumericLike(null)).toBe(false);
    expect(message(numericSchema(), [1])).toBe(`${EXPECTED}, received a list ([1])`);
  });

  it('words each bound with the value as given', () => {
    expect(message(numericSchema({ min: 0 }), '-5')).toBe(
      'expected a number at least 0, received "-5"',
    );
    expect(message(numericSchema({ min: 0, minExclusive: true }), 0)).toBe(
      'expected a number above 0, received 0',
    );
    expect(message(numericSchema({ max: 100 }), 100.5)).toBe(
      'expected a number at most 100, received 100.5',
    );
    expect(message(numericSchema({ max: '100', maxExclusive: true }), 100n)).toBe(
      'expected a number below 100, received 100n',
    );
    expect(message(numericSchema({ integer: true }), '2.5')).toBe(
      'expected a whole number, received "2.5"',
    );
    expect(message(numericSchema({ min: new Decimal('0.5') }), new Decimal('0.25'))).toBe(
      'expected a number at least 0.5, received 0.25',
    );
  });

  it('accepts each inclusive bound itself', () => {
    expect(z.parse(numericSchema({ min: 0 }), 0).toString()).toBe('0');
    expect(z.parse(numericSchema({ max: 100 }), 100).toString()).toBe('100');
    expect(z.parse(numericSchema({ min: 0, minExclusive: true }), '1e-40').toString()).toBe(
      '1e-40',
    );
    expect(z.parse(numericSchema({ max: 100, maxExclusive: true }), '99.99').toString()).toBe(
      '99.99',
    );
    expect(z.parse(numericSchema({ min: 1, max: 1 }), 1).toString()).toBe('1');
    expect(z.parse(numericSchema({ min: 0, minExclusive: false }), 0).toString()).toBe('0');
    expect(z.parse(numericSchema({ integer: true }), '3.0').toString()).toBe('3');
    expect(z.parse(numericSchema({ integer: false }), '3.5').toString()).toBe('3.5');
  });

  it('marks numbers outside the domain out of range, checking the figure domain on request', () => {
    expect(problems(numericSchema(), '1e15')).toEqual({
      code: 'out-of-range',
      issues: [['x', 'expected a number below 1e15 in magnitude, received "1e15"']],
    });
    expect(problems(numericSchema({ min: 0 }), '1e-41').code).toBe('out-of-range');
    expect(problems(numericSchema(), 'x').code).toBe('invalid-input');
    expect(problems(numericSchema({ min: 0 }), '-1').code).toBe('invalid-input');
    expect(z.parse(figureSchema(), '1e20').toFixed()).toBe('100000000000000000000');
    expect(z.parse(figureSchema(), '1e-50').toString()).toBe('1e-50');
    expect(problems(figureSchema(), '1e60')).toEqual({
      code: 'out-of-range',
      issues: [['x', 'expected a figure below 1e60 in magnitude, received "1e60"']],
    });
    expect(message(figureSchema({ min: 0 }), '-1')).toBe(
      'expected a number at least 0, received "-1"',
    );
  });
});

describe('isoDateSchema', () => {
  it('words a value that is not a date, or none', () => {
    expect(message(isoDateSchema, 20240101)).toBe(
      'expected a date (YYYY-MM-DD or a Date), received 20240101',
    );
    expect(problems(z.object({ on: isoDateSchema }), {}).issues).toEqual([
      ['x.on', 'missing: expected a date (YYYY-MM-DD or a Date)'],
    ]);
    expect(message(isoDateSchema, '2023-02-29')).toBe(
      'expected a calendar date written YYYY-MM-DD (years 0001 to 9999), received "2023-02-29"',
    );
    expect(message(isoDateSchema, new Date(Number.NaN))).toBe(
      'expected a calendar date written YYYY-MM-DD (years 0001 to 9999), received Invalid Date',
    );
  });

  it('names the date meant when it is written day first, as the UK writes it, or with other separators', () => {
    const meant = (text: string) => String(message(isoDateSchema, text)).replace(/.*received /, '');
    // 1 April 2026 as a UK spreadsheet or form writes it: day, month, year.
    expect(meant('01/04/2026')).toBe('"01/04/2026" (did you mean "2026-04-01"?)');
    expect(meant('1.4.2026')).toBe('"1.4.2026" (did you mean "2026-04-01"?)');
    expect(meant('2026/4/1')).toBe('"2026/4/1" (did you mean "2026-04-01"?)');
    expect(meant('2026-4-1')).toBe('"2026-4-1" (did you mean "2026-04-01"?)');
    // No guess where there is no such day (31 February, a 13th month: 04/31 is month first)
    // or the year is not written whole.
    for (const text of ['31/02/2026', '13/13/2026', '04/31/2026', '1/4/26', ' 01/04/2026']) {
      expect(meant(text)).toBe(JSON.stringify(text));
    }
  });

  it('reads real calendar days only, years 0001 to 9999', () => {
    expect(isoDateOf('2024-02-29')).toBe('2024-02-29');
    expect(isoDateOf('2023-02-29')).toBeUndefined();
    expect(isoDateOf('2023-04-31')).toBeUndefined();
    expect(isoDateOf('2023-00-10')).toBeUndefined();
    expect(isoDateOf('2023-12-00')).toBeUndefined();
    expect(isoDateOf('2023-12-31')).toBe('2023-12-31');
    expect(isoDateOf('0001-01-01')).toBe('0001-01-01');
    expect(isoDateOf('9999-12-31')).toBe('9999-12-31');
    expect(isoDateOf('0000-12-31')).toBeUndefined();
    expect(isoDateOf('0004-02-29')).toBe('0004-02-29');
    expect(isoDateOf('0100-02-29')).toBeUndefined();
    expect(isoDateOf(' 2023-01-01')).toBeUndefined();
    expect(isoDateOf('2023-01-01T00:00')).toBeUndefined();
    expect(isoDateOf('x2023-01-01')).toBeUndefined();
    expect(isoDateOf(20230101)).toBeUndefined();
    expect(isoDateOf(null)).toBeUndefined();
  });

  it('reads a Date by its local calendar day, years 0001 to 9999', () => {
    expect(isoDateOf(new Date(2024, 11, 31, 23, 59))).toBe('2024-12-31');
    expect(isoDateOf(new Date(2024, 0, 5))).toBe('2024-01-05');
    const first = new Date(2000, 0, 1);
    first.setFullYear(1);
    expect(isoDateOf(first)).toBe('0001-01-01');
    const zero = new Date(2000, 0, 1);
    zero.setFullYear(0);
    expect(isoDateOf(zero)).toBeUndefined();
    const last = new Date(2000, 11, 31);
    last.setFullYear(9999);
    expect(isoDateOf(last)).toBe('9999-12-31');
    const after = new Date(2000, 0, 1);
    after.setFullYear(10000);
    expect(isoDateOf(after)).toBeUndefined();
    expect(isoDateOf(new Date(Number.NaN))).toBeUndefined();
  });
});

describe('strictObject', () => {
  const renamedShape = strictObject(
    { contractType: z.optional(z.string()), weight: z.optional(z.number()) },
    {
      type: 'contractType',
      weighting: (input) =>
        `weightings are percentage points since 0.2: give weight: ${String(Number(input.weighting) * 100)}`,
    },
  );

  it('names the new key for an old one, or words the hint of a changed unit', () => {
    expect(problems(renamedShape, { type: 'works' }).issues).toEqual([
      ['x.type', 'unknown key (renamed in 0.2: did you mean "contractType"?)'],
    ]);
    expect(problems(renamedShape, { weighting: 0.1 }).issues).toEqual([
      ['x.weighting', 'unknown key (weightings are percentage points since 0.2: give weight: 10)'],
    ]);
  });

  it('answers a slip of an old key with the new key, never with a worded hint', () => {
    expect(problems(renamedShape, { typ: 'works' }).issues).toEqual([
      ['x.typ', 'unknown key (did you mean "contractType"?)'],
    ]);
    // `weighting` is the closest name, and its new name depends on the value: nothing is offered.
    expect(problems(renamedShape, { weightng: 0.1 }).issues).toEqual([
      ['x.weightng', 'unknown key'],
    ]);
    expect(problems(renamedShape, { wieght: 0.1 }).issues).toEqual([
      ['x.wieght', 'unknown key (did you mean "weight"?)'],
    ]);
    expect(problems(renamedShape, { contracttype: 'x' }).issues).toEqual([
      ['x.contracttype', 'unknown key (did you mean "contractType"?)'],
    ]);
    expect(problems(renamedShape, { toString: 1 }).issues).toEqual([['x.toString', 'unknown key']]);
  });

  it('suggests keys for the first 20 unknown keys only, still naming old keys after them', () => {
    // 30 slips of `weight`: the first 20 are compared with every key; later ones are listed
    // without a suggestion (thousands of them stay quick), but an old key still names its new one.
    const input: Record<string, unknown> = {};
    for (let index = 0; index < 30; index += 1) input[`wieght${index}`] = 1;
    input.type = 'works';
    const { issues } = problems(renamedShape, input);
    expect(issues).toHaveLength(31);
    expect(issues.slice(0, 20).map(([, text]) => text)).toEqual(
      Array.from({ length: 20 }, () => 'unknown key (did you mean "weight"?)'),
    );
    expect(issues.slice(20, 30).map(([, text]) => text)).toEqual(
      Array.from({ length: 10 }, () => 'unknown key'),
    );
    expect(issues[30]).toEqual([
      'x.type',
      'unknown key (renamed in 0.2: did you mean "contractType"?)',
    ]);
  });

  it('names the object expected when it is not a plain object', () => {
    const delivery = strictObject({ a: z.string() }, {}, 'a delivery (an object)');
    expect(problems(delivery, [1]).issues).toEqual([
      ['x', 'expected a delivery (an object), received a list ([1])'],
    ]);
    expect(problems(delivery, undefined).issues).toEqual([
      ['x', 'missing: expected a delivery (an object)'],
    ]);
    expect(problems(strictObject({ a: z.string() }), undefined).issues).toEqual([
      ['x', 'missing: expected an object (keys a)'],
    ]);
  });

  it('reads the shape of a plain object as zod does', () => {
    expect(z.parse(strictObject({ a: z.string() }), { a: 'x' })).toEqual({ a: 'x' });
    expect(problems(strictObject({ a: z.string() }), { a: 1 }).issues).toEqual([
      ['x.a', 'expected text, received 1'],
    ]);
  });
});

describe('idSchema', () => {
  it('accepts text with a character one can see, as given', () => {
    expect(z.parse(idSchema, '__proto__')).toBe('__proto__');
    expect(z.parse(idSchema, ' a ')).toBe(' a ');
    expect(z.parse(idSchema, '\u00e9')).toBe('\u00e9');
    expect(message(idSchema, '')).toBe('expected non-empty text, received ""');
    expect(message(idSchema, 1)).toBe('expected text, received 1');
  });

  it('refuses text of spaces, controls or zero-width characters only', () => {
    for (const blank of [' ', '\t\n', '\u00a0', '\u200b', '\ufeff', ' \u2060\u200d']) {
      expect(message(idSchema, blank)).toMatch(
        /^expected text with a character one can see, received "/,
      );
    }
    expect(message(idSchema, ' \u200b')).toBe(
      'expected text with a character one can see, received " \\u200b"',
    );
  });

  it('refuses format characters beyond the Basic Multilingual Plane alone, as those within it', () => {
    // A language tag, tag characters (the first, a letter, the last), musical symbol format
    // characters (the first and last), Kaithi, Egyptian hieroglyph and shorthand format controls.
    for (const blank of [
      '\u{e0001}',
      '\u{e0020}\u{e0067}\u{e007f}',
      ' \u{1d173}\u{1d17a}\u200b',
      '\u{110bd}\u{110cd}',
      '\u{13430}\u{1343f}',
      '\u{1bca0}\u{1bca3}',
    ]) {
      expect(message(idSchema, blank)).toMatch(
        /^expected text with a character one can see, received "/,
      );
      expect(message(trimmedTextSchema, blank)).toMatch(
        /^expected text with a character one can see/,
      );
    }
    expect(message(idSchema, '\u{e0001}')).toBe(
      'expected text with a character one can see, received "\\udb40\\udc01"',
    );
    // Beside a character one can see (the Welsh flag's black flag, an astral letter), kept.
    const wales = '\u{1f3f4}\u{e0067}\u{e0062}\u{e0077}\u{e006c}\u{e0073}\u{e007f}';
    for (const id of [wales, 'A\u{e0001}', '\u{1d11e}', '\u{1d172}', '\u{1d17b}', '\u{e0080}']) {
      expect(z.parse(idSchema, id)).toBe(id);
    }
  });
});

describe('trimmedTextSchema', () => {
  it('trims, and refuses text with nothing to see once trimmed', () => {
    expect(z.parse(trimmedTextSchema, '  NT1 ')).toBe('NT1');
    expect(message(trimmedTextSchema, '   ')).toBe('expected non-empty text, received ""');
    expect(message(trimmedTextSchema, ' \u200b ')).toBe(
      'expected text with a character one can see, received "\\u200b"',
    );
  });
});

describe('fractionSchema', () => {
  it('accepts 0 to 1 and refuses a percentage with the fraction meant', () => {
    const share = fractionSchema('share');
    expect(z.parse(share, 0).toString()).toBe('0');
    expect(z.parse(share, '1').toString()).toBe('1');
    expect(z.parse(share, '0.25').toString()).toBe('0.25');
    expect(message(share, 50)).toBe(
      'expected a share from 0 to 1 (a fraction, not a percentage), received 50 (did you mean 0.5?)',
    );
    expect(message(share, '100')).toBe(
      'expected a share from 0 to 1 (a fraction, not a percentage), received 100 (did you mean 1?)',
    );
    expect(message(share, '1.0625')).toBe(
      'expected a share from 0 to 1 (a fraction, not a percentage), received 1.0625 (did you mean 0.010625?)',
    );
    // Just above 1 with many decimals is rounding noise, not a percentage: no guess.
    expect(message(share, '1.0000001')).toBe(
      'expected a share from 0 to 1 (a fraction, not a percentage), received 1.0000001',
    );
    expect(message(share, 100.5)).toBe(
      'expected a share from 0 to 1 (a fraction, not a percentage), received 100.5',
    );
    expect(message(share, -0.1)).toBe('expected a number at least 0, received -0.1');
  });

  it('refuses 0 when positive', () => {
    const rate = fractionSchema('rate', { positive: true });
    expect(message(rate, 0)).toBe('expected a number above 0, received 0');
    expect(z.parse(rate, '0.035').toString()).toBe('0.035');
    expect(z.parse(fractionSchema('rate', { positive: false }), 0).toString()).toBe('0');
  });
});

describe('recordSchema options', () => {
  it('refuses empty and blank keys when asked, reading the other entries', () => {
    const schema = recordSchema(z.number(), { nonEmptyKeys: true });
    expect(problems(schema, { '': 1, a: 'x', b: 2, ' \n': 3, ' c ': 4 }).issues).toEqual([
      ['x[""]', 'expected a name with a character one can see'],
      ['x.a', 'expected a number, received "x"'],
      ['x[" \\n"]', 'expected a name with a character one can see'],
    ]);
    expect(Object.keys(z.parse(recordSchema(z.number()), { '': 1 }))).toEqual(['']);
  });

  it('names a plain object of names and values by default', () => {
    expect(message(recordSchema(z.number()), 5)).toBe(
      'expected a plain object of names and values, received 5',
    );
    expect(message(mapSchema(z.number()), null)).toBe(
      'expected a plain object of names and values, received null',
    );
  });

  it('suggests known keys for the first 20 unknown keys, then only case and spacing slips', () => {
    const schema = recordSchema(z.number(), { keys: ['local', 'nonLocal'] });
    const input: Record<string, unknown> = { local: 1, nonLocal: 2 };
    const slips = Array.from(
      { length: 25 },
      (_, index) => `locl${String.fromCharCode(97 + index)}`,
    );
    for (const slip of slips) input[slip] = 1;
    input.NON_LOCAL = 3;
    const { issues } = problems(schema, input);
    expect(issues.map(([path]) => path)).toEqual([
      ...slips.map((slip) => `x.${slip}`),
      'x.NON_LOCAL',
    ]);
    const texts = issues.map(([, text]) => text);
    expect(texts.slice(0, 20)).toEqual(
      Array.from({ length: 20 }, () => 'unknown key (did you mean "local"?)'),
    );
    expect(texts.slice(20)).toEqual([
      ...Array.from({ length: 5 }, () => 'unknown key'),
      'unknown key (did you mean "nonLocal"?)',
    ]);
  });

  it('map form: keeps good entries in order, reports bad ones, honours keys', () => {
    const map = z.parse(mapSchema(z.number(), { keys: ['b', 'a'] }), { a: 1, b: 2 });
    expect([...map]).toEqual([
      ['b', 2],
      ['a', 1],
    ]);
    expect(problems(mapSchema(z.number()), { a: 1, b: 'x' }).issues).toEqual([
      ['x.b', 'expected a number, received "x"'],
    ]);
  });
});

describe('oneOf and parseInto', () => {
  it('reads a value with the schema picked for it, issues at its own paths', () => {
    const schema = oneOf<number | string[]>((value) =>
      Array.isArray(value) ? z.array(z.string()) : z.number(),
    );
    expect(z.parse(schema, 3)).toBe(3);
    expect(z.parse(schema, ['a'])).toEqual(['a']);
    expect(problems(z.object({ v: schema }), { v: ['a', 2] }).issues).toEqual([
      ['x.v[1]', 'expected text, received 2'],
    ]);
    expect(problems(z.object({ v: schema }), { v: 'a' }).issues).toEqual([
      ['x.v', 'expected a number, received "a"'],
    ]);
  });

  it('keeps an output of undefined when nothing is wrong', () => {
    const schema = oneOf<undefined>(() => z.undefined());
    expect(z.parse(schema, undefined)).toBeUndefined();
  });

  it('parseInto pushes issues below the path given', () => {
    const issues: z.core.$ZodRawIssue[] = [];
    expect(parseInto(z.number(), 'a', issues, ['list', 2])).toBeUndefined();
    expect(issues.map((issue) => issue.path)).toEqual([['list', 2]]);
    expect(parseInto(z.number(), 4, issues)).toBe(4);
    expect(parseInto(z.object({ a: z.number() }), {}, issues)).toBeUndefined();
    expect(issues.map((issue) => issue.path)).toEqual([['list', 2], ['a']]);
  });
});
