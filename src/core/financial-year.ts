const pad = (value: number, width: number) => String(value).padStart(width, '0');

/**
 * The calendar year in which the financial year containing `year`-`month` starts, for years
 * starting on the first day of `startMonth` (1–12; default 4, the UK public sector's April to
 * March year). Internal.
 */
export function financialYearStart(year: number, month: number, startMonth = 4): number {
  return month >= startMonth ? year : year - 1;
}

/**
 * A financial year's label as UK public bodies write it: `2024/25`; `2025` for years that start
 * in January. Internal.
 */
export function financialYearLabel(startYear: number, startMonth = 4): string {
  return startMonth === 1
    ? pad(startYear, 4)
    : `${pad(startYear, 4)}/${pad((startYear + 1) % 100, 2)}`;
}

/**
 * The UK financial year (1 April to 31 March) of an ISO date `YYYY-MM-DD`: `2025-03-31` is in
 * `2024/25`, `2025-04-01` in `2025/26`. Internal.
 */
export function financialYearOf(date: string): string {
  return financialYearLabel(financialYearStart(Number(date.slice(0, 4)), Number(date.slice(5, 7))));
}
