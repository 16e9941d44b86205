import { describe, expect, it } from 'vitest';
import { formatGBP, formatPercent } from '../../src/index.js';

describe('formatGBP', () => {
  it('writes pounds as UK documents do', () => {
    // Seed 004's stated total.
    expect(formatGBP('8461245.35')).toBe('£8,461,245.35');
    expect(formatGBP('-12.5')).toBe('-£12.50');
    expect(formatGBP(0)).toBe('£0.00');
    expect(formatGBP('-0.001')).toBe('£0.00');
    expect(formatGBP('738768.004')).toBe('£738,768.00');
    expect(formatGBP('2.675')).toBe('£2.68');
    expect(formatGBP('2.665', { mode: 'half-even' })).toBe('£2.66');
  });

  it('keeps every digit of amounts beyond float precision', () => {
    expect(formatGBP('123456789012345678.91')).toBe('£123,456,789,012,345,678.91');
  });

  it('shows whole pounds on request', () => {
    expect(formatGBP('8461245.35', { places: 'pound' })).toBe('£8,461,245');
    expect(formatGBP('0.5', { places: 'pound' })).toBe('£1');
  });

  it('rejects non-numbers', () => {
    expect(() => formatGBP('£ 5')).toThrow(/"£ 5"/);
  });
});

describe('formatPercent', () => {
  it('formats ratios as percentages', () => {
    // DOMAIN.md §3: combined average SVA 23.7%.
    expect(formatPercent('0.237')).toBe('23.7%');
    expect(formatPercent('0.15666', { places: 2 })).toBe('15.67%');
    expect(formatPercent('1.5', { places: 0 })).toBe('150%');
  });
});
