import { addDays, formatIsoDate, parseCalendarDate } from './format.js';

/**
 * Instants read where a person reads them: in an explicit IANA zone (the tenant's), never the
 * host's. The gateway sends UTC instants; calendar dates are `YYYY-MM-DD`.
 */

/** The zone a tenant works in when none is given. */
export const DEFAULT_TIME_ZONE = 'Europe/Paris';

/** Whether `Intl` knows the zone (e.g. `Europe/Paris`, `UTC`). */
export function isTimeZone(zone: string | null | undefined): zone is string {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The calendar date (`YYYY-MM-DD`) of an instant in a zone. */
export function dateInZone(instant: Date | string, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(
    new Date(instant),
  );
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((entry) => entry.type === type)?.value);
  return formatIsoDate({ year: part('year'), month: part('month'), day: part('day') });
}

/** Today's calendar date in a zone. */
export function todayInZone(zone: string, now: Date = new Date()): string {
  return dateInZone(now, zone);
}

/** `count` consecutive calendar dates from `from` (included). */
export function calendarDays(from: string, count: number): string[] {
  const start = parseCalendarDate(from);
  if (!start) return [];
  return Array.from({ length: count }, (_unused, index) => formatIsoDate(addDays(start, index)));
}

/** Milliseconds of UTC midnight of a calendar date, to format it with `timeZone: 'UTC'`. */
function utcMidnight(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** A calendar date with its weekday: "Tuesday, March 3" (en), "mardi 3 mars" (fr). */
export function formatDay(date: string, locale: string, options: { year?: boolean } = {}): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(options.year ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(utcMidnight(date));
}

/** A weekday's short and long names for a calendar date ("Tue", "Tuesday"). */
export function weekdayNames(date: string, locale: string): { short: string; long: string } {
  const format = (weekday: 'short' | 'long') => new Intl.DateTimeFormat(locale, { weekday, timeZone: 'UTC' }).format(utcMidnight(date));
  return { short: format('short'), long: format('long') };
}

/** The day of the week of a calendar date, 1 (Monday) to 7 (Sunday), as ISO 8601 counts. */
export function isoWeekday(date: string): number {
  const weekday = new Date(utcMidnight(date)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** The first day of the week in a locale, 1 (Monday) to 7 (Sunday); Monday where the browser cannot say. */
export function firstDayOfWeek(locale: string): number {
  try {
    const info = new Intl.Locale(locale) as Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };
    return info.getWeekInfo?.().firstDay ?? info.weekInfo?.firstDay ?? 1;
  } catch {
    return 1;
  }
}

/** An arrival window's times in a zone: "8:00 – 10:00 AM" (en), "08:00 – 10:00" (fr). */
export function formatTimeRange(start: string, end: string, locale: string, zone: string): string {
  const format = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: zone });
  return format.formatRange(new Date(start), new Date(end));
}

/** A zone's city for a sentence: `Europe/Paris` → "Paris", `America/New_York` → "New York". */
export function zoneCity(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}
