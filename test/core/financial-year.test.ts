import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  financialYearLabel,
  financialYearOf,
  financialYearStart,
} from '../../src/core/financial-year.js';
import { financialYear } from '../../src/index.js';

describe('financialYearOf', () => {
  it('labels UK financial years as public bodies write them', () => {
    expect(financialYearOf('2025-03-31')).toBe('2024/25');
    expect(financialYearOf('2025-04-01')).toBe('2025/26');
    expect(financialYearOf('1999-12-31')).toBe('1999/00');
    expect(financialYearOf('0001-01-01')).toBe('0000/01');
  });

  it('starts a year on the first day of the start month (April by default)', () => {
    expect(financialYearStart(2025, 3)).toBe(2024);
    expect(financialYearStart(2025, 4)).toBe(2025);
    expect(financialYearStart(2025, 12)).toBe(2025);
    expect(financialYearStart(2025, 8, 9)).toBe(2024);
    expect(financialYearStart(2025, 9, 9)).toBe(2025);
    expect(financialYearStart(2025, 1, 1)).toBe(2025);
  });

  it('labels a year starting in January by its calendar year, padded to four digits', () => {
    expect(financialYearLabel(2025, 1)).toBe('2025');
    expect(financialYearLabel(25, 1)).toBe('0025');
    expect(financialYearLabel(2025)).toBe('2025/26');
    expect(financialYearLabel(2025, 9)).toBe('2025/26');
    expect(financialYearLabel(999)).toBe('0999/00');
    expect(financialYearLabel(2008)).toBe('2008/09');
  });

  it("agrees with monitoring's public financialYear on every date", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0001-01-01T12:00:00Z'),
          max: new Date('9998-12-31T12:00:00Z'),
          noInvalidDate: true,
        }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          expect(financialYearOf(iso)).toBe(financialYear(iso).label);
        },
      ),
    );
  });
});
