import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { isSealed, seal } from '../../src/core/brand.js';
import { Decimal } from '../../src/core/decimal.js';
import { expectKind } from '../../src/core/expect-kind.js';
import { deepFreeze } from '../../src/core/freeze.js';
import { lazy } from '../../src/core/lazy.js';
import { emptyRecord, isPlainRecord, ownValue, recordFrom } from '../../src/core/record.js';
import { sumDecimals } from '../../src/core/sum.js';
import { formatValuationCsv } from '../../src/csv/index.js';
import { defineFramework, valuePledges } from '../../src/index.js';
import { caught } from '../errors.js';
import { seedInput } from '../toms/fixtures.js';

describe('records', () => {
  it('emptyRecord and recordFrom have no prototype; later entries win', () => {
    expect(Object.getPrototypeOf(emptyRecord())).toBeNull();
    const record = recordFrom([
      ['__proto__', 1],
      ['a', 2],
      ['a', 3],
    ]);
    expect(Object.getPrototypeOf(record)).toBeNull();
    expect(Object.keys(record)).toEqual(['__proto__', 'a']);
    expect(record.a).toBe(3);
  });

  it('ownValue reads own keys only', () => {
    expect(ownValue({ a: 1 }, 'a')).toBe(1);
    expect(ownValue({ a: 1 }, 'toString')).toBeUndefined();
    expect(ownValue(undefined, 'a')).toBeUndefined();
    expect(ownValue(Object.create({ a: 1 }) as Record<string, number>, 'a')).toBeUndefined();
  });

  it('isPlainRecord accepts literals, JSON, null-prototype and other realms only', () => {
    expect(isPlainRecord({})).toBe(true);
    expect(isPlainRecord(JSON.parse('{"a":1}'))).toBe(true);
    expect(isPlainRecord(Object.create(null))).toBe(true);
    expect(isPlainRecord(runInNewContext('({ a: 1 })'))).toBe(true);
    for (const value of [
      null,
      undefined,
      1,
      'x',
      [],
      new Map(),
      new Date(0),
      new (class Offer {})(),
      Object.create({}),
      new Decimal(1),
      () => 1,
    ]) {
      expect(isPlainRecord(value)).toBe(false);
    }
  });
});

describe('seal and isSealed', () => {
  it('brands with a hidden kind and freezes deeply', () => {
    const value = { kind: 'valuation', lines: [{ value: new Decimal(1) }] };
    const sealed = seal(value, 'valuation');
    expect(sealed).toBe(value);
    expect(isSealed(sealed, 'valuation')).toBe(true);
    expect(isSealed(sealed, 'framework')).toBe(false);
    expect(Object.isFrozen(sealed.lines[0])).toBe(true);
    expect(Object.keys(sealed)).toEqual(['kind', 'lines']);
    expect(JSON.stringify(sealed)).toBe('{"kind":"valuation","lines":[{"value":"1"}]}');
  });

  it('trusts neither copies nor unfrozen objects nor other values', () => {
    const sealed = seal({ a: 1 }, 'thing');
    expect(isSealed({ ...sealed }, 'thing')).toBe(false);
    expect(isSealed(structuredClone(sealed), 'thing')).toBe(false);
    const unfrozen = {};
    Object.defineProperty(unfrozen, Symbol.for('social-value.kind'), { value: 'thing' });
    expect(isSealed(unfrozen, 'thing')).toBe(false);
    expect(isSealed(Object.freeze(unfrozen), 'thing')).toBe(true);
    expect(isSealed(null, 'thing')).toBe(false);
    expect(isSealed('thing', 'thing')).toBe(false);
    expect(isSealed(undefined, 'thing')).toBe(false);
  });

  it('trusts no object that only inherits the mark from a sealed one', () => {
    // A frozen Object.create(result, { total }) was trusted as the result: formatValuationCsv
    // wrote its edited total beside lines that add up to another.
    const sealed = seal({ a: 1 }, 'thing');
    expect(isSealed(Object.freeze(Object.create(sealed)), 'thing')).toBe(false);
    const framework = defineFramework(seedInput);
    const valuation = valuePledges(framework, [{ measure: 'NT1', quantity: 2 }]);
    const edited = Object.freeze(
      Object.create(valuation, { total: { value: new Decimal(123456), enumerable: true } }),
    );
    const error = caught(() => formatValuationCsv(edited));
    expect(error.code).toBe('invalid-input');
    expect(error.issues[0]!.path).toBe('valuation');
  });
});

describe('deepFreeze', () => {
  it('freezes plain objects, lists and null-prototype records, not class instances', () => {
    const map = new Map();
    const decimal = new Decimal(1);
    const record = emptyRecord<unknown>();
    record.inner = { list: [{ x: 1 }] };
    const value = deepFreeze({ record, map, decimal, items: [[1]] });
    expect(Object.isFrozen(value)).toBe(true);
    expect(Object.isFrozen(record)).toBe(true);
    expect(Object.isFrozen((record.inner as { list: object[] }).list[0])).toBe(true);
    expect(Object.isFrozen(value.items[0])).toBe(true);
    expect(Object.isFrozen(map)).toBe(false);
    expect(Object.isFrozen(decimal)).toBe(false);
    expect(deepFreeze(5)).toBe(5);
    expect(deepFreeze(null)).toBeNull();
  });

  it('leaves an object already frozen as it is (its contents too)', () => {
    const inner = { a: 1 };
    const outer = Object.freeze({ inner });
    expect(deepFreeze(outer)).toBe(outer);
    expect(Object.isFrozen(inner)).toBe(false);
  });
});

describe('lazy', () => {
  it('builds once, on first use, even a value of undefined', () => {
    let builds = 0;
    const value = lazy(() => {
      builds += 1;
      return builds === 1 ? undefined : 'again';
    });
    expect(builds).toBe(0);
    expect(value()).toBeUndefined();
    expect(value()).toBeUndefined();
    expect(builds).toBe(1);
  });
});

describe('sumDecimals', () => {
  it('adds exactly, zero for none', () => {
    expect(sumDecimals([]).toString()).toBe('0');
    expect(
      sumDecimals([new Decimal('0.1'), new Decimal('0.2'), new Decimal('-1')]).toString(),
    ).toBe('-0.7');
  });
});

describe('expectKind', () => {
  const expectFramework = (value: unknown) =>
    expectKind(
      value,
      'framework',
      'a framework (from defineFramework) or its JSON form',
      ['framework'],
      ['themes', 'measures'],
    );

  it('lets through a plain object of the kind, or without a kind, that has an expected key', () => {
    expect(() => expectFramework({ kind: 'framework', themes: [] })).not.toThrow();
    expect(() => expectFramework({ measures: [] })).not.toThrow();
    expect(() => expectKind({}, 'policy', 'a policy', ['policy'])).not.toThrow();
  });

  it('refuses another kind, a non-object or an object with none of the keys', () => {
    for (const [value, received] of [
      [{ kind: 'valuation', themes: [] }, 'an object of kind "valuation"'],
      [null, 'null'],
      [[], 'a list ([])'],
      [{}, '{}'],
      [{ name: 'x' }, '{"name":"x"}'],
      // Its own kind but none of the keys: what is missing is named, not only the kind.
      [{ kind: 'framework' }, 'an object of kind "framework" without "themes" or "measures"'],
    ] as const) {
      const error = caught(() => expectFramework(value));
      expect(error.code).toBe('invalid-input');
      expect(error.message).toBe(
        `Invalid framework: 1 problem.\n  - framework: expected a framework (from defineFramework) or its JSON form, received ${received}`,
      );
    }
  });

  it('words a kebab-case kind with spaces in the headline', () => {
    const error = caught(() =>
      expectKind(null, 'tender-evaluation', 'an evaluation', ['result', 0]),
    );
    expect(error.message.split('\n')[0]).toBe('Invalid tender evaluation: 1 problem.');
    expect(error.issues[0]?.path).toBe('result[0]');
  });
});
