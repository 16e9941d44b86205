/**
 * Whole-day calendar arithmetic on ISO dates (`YYYY-MM-DD`), in UTC so no time zone or daylight
 * saving shift can move a day. Internal to the monitoring area.
 */

const MS_PER_DAY = 86_400_000;

/**
 * The day number (days since 1970-01-01) of a calendar day. `Date.UTC` reads years 0–99 as
 * 1900–1999, so the date is set with `setUTCFullYear`. Months and days may run over (as in
 * `Date.UTC`). Internal.
 */
export function dayOf(year: number, monthIndex: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime() / MS_PER_DAY;
}

/** The day number of an ISO date (days since 1970-01-01; a year of five digits too). Internal. */
export function dayNumber(iso: string): number {
  return dayOf(Number(iso.slice(0, -6)), Number(iso.slice(-5, -3)) - 1, Number(iso.slice(-2)));
}

/** The year, month index (0–11) and day of the month of a day number. Internal. */
export function partsOfDay(day: number): { year: number; monthIndex: number; day: number } {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), monthIndex: date.getUTCMonth(), day: date.getUTCDate() };
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The ISO date of a day number (four-digit years; a year past 9999 keeps all its digits). */
export function isoOfDay(day: number): string {
  const parts = partsOfDay(day);
  return `${pad(parts.year, 4)}-${pad(parts.monthIndex + 1)}-${pad(parts.day)}`;
}
