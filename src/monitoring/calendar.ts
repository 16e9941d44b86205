/**
 * Whole-day calendar arithmetic on ISO dates (`YYYY-MM-DD`), in UTC so no time zone or daylight
 * saving shift can move a day. Internal to the monitoring area.
 */

const MS_PER_DAY = 86_400_000;

/** The day number of an ISO date (days since 1970-01-01). Internal. */
export function dayNumber(iso: string): number {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** The ISO date of a day number. Internal. */
export function isoOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
