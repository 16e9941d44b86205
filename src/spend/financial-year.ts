/**
 * The UK financial year (1 April to 31 March) of an ISO date, written as public bodies write
 * it: `2025-03-31` is in `2024/25`, `2025-04-01` in `2025/26`. Internal.
 */
export function financialYearOf(date: string): string {
  const year = Number(date.slice(0, 4));
  const start = Number(date.slice(5, 7)) >= 4 ? year : year - 1;
  return `${String(start).padStart(4, '0')}/${String((start + 1) % 100).padStart(2, '0')}`;
}
