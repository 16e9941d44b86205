import { describe, expect, it } from 'vitest';
import { breakFigure, textWidth, wrapSentence } from '../../src/charts/text-width.js';

describe('breakFigure', () => {
  it('breaks a figure after a thousands comma, never shortening it', () => {
    // At 10 pixels: £, 1 and 0 are 5.6 wide, a comma 3. "£1,000,0" is 39.6, one more 0 45.2:
    // past 40, so the line ends at its last comma.
    expect(breakFigure('£1,000,000', 40, 10)).toEqual(['£1,000,', '000']);
    expect(breakFigure('£1,000,000', 60, 10)).toEqual(['£1,000,000']);
  });

  it('breaks a run of digits without commas where it must', () => {
    // "0.00" is 5.6 + 3 + 11.2 = 19.8 (one more 0 is 25.4); "000" 16.8, "0001" 22.4.
    expect(breakFigure('0.000001', 20, 10)).toEqual(['0.00', '000', '1']);
  });
});

describe('wrapSentence', () => {
  it('wraps at spaces and breaks a word wider than the line, losing nothing', () => {
    // At 10 pixels in 60: "£1,000,000,0" is 59.4, so the figure breaks at its third comma;
    // "000, above" is 50.8 and "the median." 54.2 (with "the" after "above", 65).
    const lines = wrapSentence('Figure: £1,000,000,000, above the median.', 60, 10);
    expect(lines).toEqual(['Figure:', '£1,000,000,', '000, above', 'the median.']);
    for (const line of lines) expect(textWidth(line, 10)).toBeLessThanOrEqual(60);
  });
});
