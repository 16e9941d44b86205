import { describe, expect, it } from 'vitest';
import { figureCell, moneyCell, moneyColumn, percentCell } from '../../src/cli/figures.js';
import { Decimal, toDecimal } from '../../src/index.js';

describe('report cells', () => {
  it('keep every digit for CSV in plain notation, never 1e-9 or -0', () => {
    // Decimal's toString writes a figure below 1e-30 as 1e-31 (toExpNeg); a spreadsheet reads
    // that as text or rounds it. A figure the library computes can be that small (a quotient).
    expect(moneyCell(new Decimal('1e-31')).exact).toBe('0.0000000000000000000000000000001');
    expect(figureCell(new Decimal('-2.5e-31')).exact).toBe('-0.00000000000000000000000000000025');
    expect(moneyCell(toDecimal('0.000000001')).exact).toBe('0.000000001');
    expect(percentCell(toDecimal('-0')).exact).toBe('0');
    expect(figureCell(toDecimal('-1e-12')).exact).toBe('-0.000000000001');
    expect(figureCell(toDecimal('0.00000012345')).text).toBe('0');
    const column = moneyColumn(['0.000000001', '2.5', null]);
    expect(column.cells.map((cell) => cell.exact)).toEqual(['0.000000001', '2.5', '']);
    expect(column.total.exact).toBe('2.500000001');
  });
});
