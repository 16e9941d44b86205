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
    expect(describeValue(new Decimal('2.50'))).toBe('2.5');
    expect(describeValue(new DecimalJs('1e400'))).toBe('1e+400');
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

  it('cuts a bigint or decimal written in over 200 characters as it cuts a text', () => {
    // A 100,000-digit bigint was written whole into the message (100,001 characters).
    const big = 10n ** 100_000n;
    expect(describeValue(big)).toBe(`1${'0'.repeat(59)}... (100002 characters)`);
    expect(describeValue(-(10n ** 197n))).toBe(`-1${'0'.repeat(197)}n`); // 200 characters
    expect(describeValue(-(10n ** 198n))).toBe(`-1${'0'.repeat(58)}... (201 characters)`);
    // Another decimal.js copy keeps as many digits as its precision allows.
    const Wide = DecimalJs.clone({ precision: 1000 });
    const ninths = new Wide(1).dividedBy(9); // 0.111…, 1,000 digits after the point
    expect(describeValue(ninths)).toBe(`0.${'1'.repeat(58)}... (1002 characters)`);
    expect(describeValue(new Wide(`0.${'1'.repeat(198)}`))).toBe(`0.${'1'.repeat(198)}`);
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

  it('falls back to String for symbols, and names what holds itself or throws when read', () => {
    expect(describeValue(Symbol('s'))).toBe('Symbol(s)');
    expect(describeValue(true)).toBe('true');
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(describeValue(cycle)).toBe('an object');
    expect(
      describeValue({
        get total() {
          throw new Error('no');
        },
      }),
    ).toBe('an object');
  });

  it('names a Set, a Map or a class instance by its class, not as the `{}` JSON makes of it', () => {
    expect(describeValue(new Map([[1, 2]]))).toBe('a Map');
    expect(describeValue(new Set(['A']))).toBe('a Set');
    expect(describeValue(new (class Offer {})())).toBe('an Offer');
    expect(describeValue(Object.create(null))).toBe('{}');
  });

  it('writes a deeply nested list or object as the start of its JSON, never [object Array]', () => {
    // JSON.stringify overflows the stack on these; they were `[object Array]` and `[object Object]`.
    let list: unknown = [1];
    for (let depth = 0; depth < 100_000; depth += 1) list = [list];
    expect(describeValue(list)).toBe(`${'['.repeat(57)}...`);
    let record: unknown = {};
    for (let depth = 0; depth < 100_000; depth += 1) record = { a: record };
    // {"a": is 5 characters: 11 of them and the first two of a twelfth make 57.
    expect(describeValue(record)).toBe(`${'{"a":'.repeat(11)}{"...`);
    expect(describeReceived(list)).toBe(`a list (${'['.repeat(57)}...)`);
  });

  it('writes a huge, wide or shared value from its start only, as a small one', () => {
    // A million entries: "[0,0,0,…" cut at 57 characters.
    expect(describeValue(new Array(1_000_000).fill(0))).toBe(`[${'0,'.repeat(28)}...`);
    // {"k0":0 is 7 characters and each next key 7 more: the comma after "k7":7 is the 57th.
    const wide = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i]));
    expect(describeValue(wide)).toBe(
      '{"k0":0,"k1":1,"k2":2,"k3":3,"k4":4,"k5":5,"k6":6,"k7":7,...',
    );
    // 2^80 paths through 80 levels of one list written twice: JSON.stringify would never end.
    let shared: unknown = [];
    for (let depth = 0; depth < 80; depth += 1) shared = [shared, shared];
    expect(describeValue(shared)).toBe(`${'['.repeat(57)}...`);
    // A list that holds itself is written as far as it is shown.
    const self: unknown[] = [];
    self.push(self);
    expect(describeValue(self)).toBe(`${'['.repeat(57)}...`);
    // Keys left out (undefined) do not count towards what is shown.
    const sparse = {
      ...Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`u${i}`, undefined])),
      a: 1,
    };
    expect(describeValue(sparse)).toBe('{"a":1}');
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
