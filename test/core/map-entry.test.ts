import { describe, expect, it } from 'vitest';
import { entryOf } from '../../src/core/map-entry.js';

describe('entryOf', () => {
  it('makes and adds an entry once, then finds it again', () => {
    const map = new Map<string, string[]>();
    let made = 0;
    const make = (key: string) => {
      made += 1;
      return [key];
    };
    entryOf(map, 'a', make).push('x');
    entryOf(map, 'a', make).push('y');
    expect(map.get('a')).toEqual(['a', 'x', 'y']);
    expect(made).toBe(1);
    expect(entryOf(map, '__proto__', make)).toEqual(['__proto__']);
    expect([...map.keys()]).toEqual(['a', '__proto__']);
  });
});
