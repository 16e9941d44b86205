import { describe, expect, it } from 'vitest';
import { parseAmount, parsePledgeSheet } from '../../src/csv/index.js';
import { caught } from '../errors.js';

describe('parseAmount', () => {
  it('reads a cell as a pledge sheet reads its Answer cell', () => {
    // Each figure by hand: £1,200,000 is 1200000; (1,234.50) is -1234.5 (accounting); 1 000 000
    // groups thousands by spaces; £ - is zero.
    const cells = ['£1,200,000', '(1,234.50)', '1 000 000', '£ -', '24'];
    expect(cells.map((cell) => parseAmount(cell)?.toString())).toEqual([
      '1200000',
      '-1234.5',
      '1000000',
      '0',
      '24',
    ]);
    const sheet = parsePledgeSheet(
      `Reference,Proxy Value,Answer\n${cells.map((cell) => `NT1,1,"${cell}"`).join('\n')}\n`,
    );
    expect(sheet.rows.map((row) => row.quantity?.toString())).toEqual([
      '1200000',
      '-1234.5',
      '1000000',
      '0',
      '24',
    ]);
  });

  it('refuses ambiguous cells and says why, as the sheet reader does', () => {
    expect(parseAmount('(-5)')).toBe('not-a-number');
    expect(parseAmount('1,20,0')).toBe('not-a-number');
    expect(parseAmount('-£-5')).toBe('not-a-number');
    expect(parseAmount('1e16')).toBe('out-of-range');
    expect(parseAmount('   ')).toBeNull();
  });

  it('refuses what is not a string with invalid-input at cell, never a TypeError', () => {
    for (const value of [5, null, undefined, {}]) {
      const error = caught(() => parseAmount(value as never));
      expect(error.code).toBe('invalid-input');
      expect(error.issues[0]?.path).toBe('cell');
    }
  });
});
