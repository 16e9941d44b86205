import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { listed } from '../../src/core/listing.js';
import {
  byCodeUnits,
  countText,
  escapeBlockStart,
  lowerFirst,
  plural,
  upperFirst,
} from '../../src/core/text.js';
import { figureText, moneyText, percentText, pointsText } from '../../src/core/wording.js';

describe('lowerFirst and upperFirst', () => {
  it('lower a capitalised word but leave acronyms and single letters', () => {
    expect(lowerFirst('Invalid input')).toBe('invalid input');
    expect(lowerFirst('NT18 is unknown')).toBe('NT18 is unknown');
    expect(lowerFirst('SVA')).toBe('SVA');
    expect(lowerFirst('A')).toBe('A');
    expect(lowerFirst('Ab')).toBe('ab');
    expect(lowerFirst('already')).toBe('already');
    expect(lowerFirst('')).toBe('');
    expect(lowerFirst('xAb')).toBe('xAb');
  });

  it('upper the first letter only', () => {
    expect(upperFirst('invalid input')).toBe('Invalid input');
    expect(upperFirst('a')).toBe('A');
    expect(upperFirst('')).toBe('');
  });
});

describe('countText and plural', () => {
  it('group counts of a thousand or more, in either sign', () => {
    expect(countText(999)).toBe('999');
    expect(countText(1000)).toBe('1,000');
    expect(countText(99_995)).toBe('99,995');
    expect(countText(-999)).toBe('-999');
    expect(countText(-1000)).toBe('-1,000');
    expect(countText(1234.5)).toBe('1,234.5');
    expect(countText(Number.POSITIVE_INFINITY)).toBe('Infinity');
  });

  it('use the singular for one only', () => {
    expect(plural(1, 'pledge')).toBe('1 pledge');
    expect(plural(0, 'pledge')).toBe('0 pledges');
    expect(plural(2, 'pledge')).toBe('2 pledges');
    expect(plural(100_000, 'pledge')).toBe('100,000 pledges');
    expect(plural(3, 'entry', 'entries')).toBe('3 entries');
    expect(plural(1, 'entry', 'entries')).toBe('1 entry');
  });
});

describe('byCodeUnits', () => {
  it('orders by code units, the same on every machine', () => {
    expect(['b', 'B', 'a', 'é', 'A'].sort(byCodeUnits)).toEqual(['A', 'B', 'a', 'b', 'é']);
    expect(byCodeUnits('a', 'b')).toBe(-1);
    expect(byCodeUnits('b', 'a')).toBe(1);
    expect(byCodeUnits('a', 'a')).toBe(0);
  });
});

describe('listed', () => {
  it('joins items with commas and a final "and" (or "or")', () => {
    expect(listed([])).toBe('');
    expect(listed(['A'])).toBe('A');
    expect(listed(['A', 'B'])).toBe('A and B');
    expect(listed(['A', 'B', 'C'])).toBe('A, B and C');
    expect(listed(['A', 'B', 'C'], { and: 'or' })).toBe('A, B or C');
    expect(listed([1, new Decimal('2.5')])).toBe('1 and 2.5');
  });

  it('names ten items, then counts the rest, grouped', () => {
    const items = Array.from({ length: 100_000 }, (_, index) => index);
    expect(listed(items)).toBe('0, 1, 2, 3, 4, 5, 6, 7, 8, 9 and 99,990 more');
    expect(listed(Array.from({ length: 10 }, (_, index) => index))).toBe(
      '0, 1, 2, 3, 4, 5, 6, 7, 8 and 9',
    );
    expect(listed(['A', 'B', 'C'], { limit: 2 })).toBe('A, B and 1 more');
    expect(listed(['A', 'B'], { limit: 2 })).toBe('A and B');
  });
});

describe('wording', () => {
  it('moneyText writes pounds and pence', () => {
    expect(moneyText(new Decimal('8461245.345'))).toBe('£8,461,245.35');
  });

  it('figureText rounds half-up to 4 places by default and groups thousands', () => {
    expect(figureText(new Decimal('85.32125'))).toBe('85.3213');
    expect(figureText(new Decimal('85.32125'), 2)).toBe('85.32');
    expect(figureText(new Decimal('650000'))).toBe('650,000');
    expect(figureText(new Decimal('999.99995'))).toBe('1,000');
    expect(figureText(new Decimal('999.9999'))).toBe('999.9999');
    expect(figureText(new Decimal('-1234.5'))).toBe('-1,234.5');
    expect(figureText(new Decimal('-999.5'), 0)).toBe('-1,000');
    expect(figureText(new Decimal('0.00004'))).toBe('0');
    expect(figureText(new Decimal('1e-7'), 8)).toBe('0.0000001');
    expect(figureText(new Decimal('1234567.123456'), 5)).toBe('1,234,567.12346');
    expect(figureText(new Decimal('1e25'))).toBe('10,000,000,000,000,000,000,000,000');
  });

  it('percentText writes a fraction as a percentage, 2 places by default', () => {
    expect(percentText(new Decimal('0.1'))).toBe('10%');
    expect(percentText(new Decimal('0.08824'))).toBe('8.82%');
    expect(percentText(new Decimal('0.08825'))).toBe('8.83%');
    expect(percentText(new Decimal('0.08825'), 1)).toBe('8.8%');
    expect(percentText(new Decimal('12.5'))).toBe('1,250%');
  });

  it('pointsText writes percentage points, singular for exactly one', () => {
    expect(pointsText(new Decimal(10))).toBe('10 points');
    expect(pointsText(new Decimal(1))).toBe('1 point');
    expect(pointsText(new Decimal('1.001'))).toBe('1 points');
    expect(pointsText(new Decimal('12.345'))).toBe('12.35 points');
    expect(pointsText(new Decimal('12.345'), 1)).toBe('12.3 points');
  });
});

describe('escapeBlockStart', () => {
  it('escapes a heading or list marker a Markdown block starts with, and nothing else', () => {
    expect(
      [
        '- Name a lead.',
        '+ Green',
        '# Heading',
        '= x',
        '12) Report.',
        '1. Publish',
        'A - b',
        '1st',
      ].map(escapeBlockStart),
    ).toEqual([
      '\\- Name a lead.',
      '\\+ Green',
      '\\# Heading',
      '\\= x',
      '12\\) Report.',
      '1\\. Publish',
      'A - b',
      '1st',
    ]);
  });
});
