import { describe, expect, it } from 'vitest';
import { revive } from '../../src/index.js';
import { analyseSpend } from '../../src/spend/index.js';

// Ledgers often name departments by cost-centre code. JavaScript puts keys written as whole
// numbers first, in numeric order, whatever order they are added in: the guide and the types
// said "code-unit order" alone, which `9` before `10` is not. The order is the one documented
// for valuation tags, and a snapshot read back keeps it.
describe('analyseSpend: departments and wards named by numbers', () => {
  it('lists whole-number names first, in numeric order, then the rest in code-unit order', () => {
    const names = ['Education', '10', '9', '205', '0', '01', 'Adult Care'];
    const analysis = analyseSpend(
      names.map((name) => ({
        supplier: 'Harbour Ltd',
        amount: 1,
        date: '2025-05-01',
        postcode: 'PO1 2AB',
        department: name,
        ward: name,
      })),
      { locality: ['PO'] },
    );
    const order = ['0', '9', '10', '205', '01', 'Adult Care', 'Education'];
    expect(Object.keys(analysis.byDepartment)).toEqual(order);
    expect(Object.keys(analysis.byWard)).toEqual(order);
    const stored = revive(JSON.parse(JSON.stringify(analysis))) as typeof analysis;
    expect(Object.keys(stored.byDepartment)).toEqual(order);
  });
});
