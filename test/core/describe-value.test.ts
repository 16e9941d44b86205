import DecimalJs from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { describeReceived, describeValue } from '../../src/core/describe-value.js';

describe('describeValue', () => {
  it('quotes strings and writes numbers, bigints and decimals as written', () => {
    expect(describeValue('ten')).toBe('"ten"');
    expect(describeValue('')).toBe('""');
    expect(describeValue(12.5)).toBe('12.5');
    expect(describeValue(-0)).toBe('-0');
    expect(describeValue(0)).toBe('0');
    expect(describeValue(Number.NaN)).toBe('NaN');
    expect(describeValue(5n)).toBe('5n');
    expect(describeValue(new Decimal('2.50'))).toBe('Decimal(2.5)');
    expect(describeValue(new DecimalJs('1e400'))).toBe('Decimal(1e+400)');
  });

  it('cuts a text of over 200 characters to its first 60 and says how long it was', () => {
    const twoHundred = 'a'.repeat(200);
    expect(describeValue(twoHundred)).toBe(`"${twoHundred}"`);
    expect(describeValue(`${twoHundred}b`)).toBe(`"${'a'.repeat(60)}"... (201 characters)`);
    // An emoji (two code units) across the cut is left out whole, not split.
    const emoji = `${'a'.repeat(59)}😀${'b'.repeat(300)}`;
    expect(describeValue(emoji)).toBe(`"${'a'.repeat(59)}"... (361 characters)`);
    expect(describeValue(`${'a'.repeat(58)}😀${'b'.repeat(300)}`)).toBe(
      `"${'a'.repeat(58)}😀"... (360 characters)`,
    );
  });

  it('names nothing, null, functions and dates', () => {
    expect(describeValue(undefined)).toBe('undefined');
    expect(describeValue(null)).toBe('null');
    expect(describeValue(() => 1)).toBe('a function');
    expect(describeValue(new Date(Date.UTC(2020, 0, 1)))).toBe('2020-01-01T00:00:00.000Z');
    expect(describeValue(new Date(Number.NaN))).toBe('Invalid Date');
  });

  it('names boxed primitives, which are not the text or number they hold', () => {
    expect(describeValue(Object('NT1'))).toBe('a String object ("NT1")');
    expect(describeValue(Object(5))).toBe('a Number object (5)');
    expect(describeValue(Object(false))).toBe('a Boolean object (false)');
  });

  it('writes objects as compact JSON, bigints inside them with their n', () => {
    expect(describeValue({ a: 1, b: [true, null] })).toBe('{"a":1,"b":[true,null]}');
    expect(describeValue({ amount: 5n })).toBe('{"amount":"5n"}');
    expect(describeValue([])).toBe('[]');
  });

  it('writes NaN, infinities and -0 inside objects as they are, not as JSON null or 0', () => {
    // lm3({ spend: NaN }) said `received {"spend":null}`: the NaN given was hidden.
    expect(describeValue({ spend: Number.NaN })).toBe('{"spend":"NaN"}');
    expect(describeValue([Infinity, -Infinity, -0, 0])).toBe('["Infinity","-Infinity","-0",0]');
  });

  it('cuts JSON longer than 60 characters to 57 and an ellipsis', () => {
    const sixty = { k: 'x'.repeat(52) }; // {"k":"…"} is 8 characters around the text
    expect(JSON.stringify(sixty)).toHaveLength(60);
    expect(describeValue(sixty)).toBe(JSON.stringify(sixty));
    const longer = { k: 'x'.repeat(53) };
    const described = describeValue(longer);
    expect(described).toBe(`${JSON.stringify(longer).slice(0, 57)}...`);
    expect(described).toHaveLength(60);
  });

  it('falls back to String for values JSON cannot write, and to the tag for cycles', () => {
    expect(describeValue(Symbol('s'))).toBe('Symbol(s)');
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(describeValue(cycle)).toBe('[object Object]');
    expect(describeValue(new Map([[1, 2]]))).toBe('{}');
  });
});

describe('describeReceived', () => {
  it('names lists, results of another kind, dates and class instances', () => {
    expect(describeReceived([1, 2])).toBe('a list ([1,2])');
    expect(describeReceived({ kind: 'valuation', total: '1' })).toBe(
      'an object of kind "valuation"',
    );
    expect(describeReceived(new Date(Date.UTC(2020, 0, 1)))).toBe(
      'a Date (2020-01-01T00:00:00.000Z)',
    );
    expect(describeReceived(new Map())).toBe('a Map');
    expect(describeReceived(new (class Offer {})())).toBe('an Offer');
    expect(describeReceived(new (class Bid {})())).toBe('a Bid');
    expect(describeReceived(new (class Item {})())).toBe('an Item');
  });

  it('names a class only by a name code could give it', () => {
    const named = (name: string) => Object.create({ constructor: { name } });
    expect(describeReceived(named('x'.repeat(100_000)))).toBe('an object with a prototype');
    expect(describeReceived(named('Offer\n  - fake: issue'))).toBe('an object with a prototype');
    expect(describeReceived(named('Offer2_$'))).toBe('an Offer2_$');
  });

  it('says "an object with a prototype" when the constructor has no useful name', () => {
    expect(describeReceived(Object.create({ a: 1 }))).toBe('an object with a prototype');
    expect(describeReceived(new (class {})())).toBe('an object with a prototype');
    const fake = Object.create({ constructor: { name: 7 } });
    expect(describeReceived(fake)).toBe('an object with a prototype');
    const objectNamed = Object.create({ constructor: { name: 'Object' } });
    expect(describeReceived(objectNamed)).toBe('an object with a prototype');
  });

  it('writes anything else as describeValue does', () => {
    expect(describeReceived(null)).toBe('null');
    expect(describeReceived(undefined)).toBe('undefined');
    expect(describeReceived('x')).toBe('"x"');
    expect(describeReceived({})).toBe('{}');
    expect(describeReceived({ kind: 3 })).toBe('{"kind":3}');
    const bare = Object.assign(Object.create(null), { kind: 'policy' });
    expect(describeReceived(bare)).toBe('an object of kind "policy"');
  });
});
