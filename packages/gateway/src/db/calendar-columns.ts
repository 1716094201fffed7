import type { CalendarDate } from '@sav/rules';

/** A `@db.Date` column as Prisma hands it back (UTC midnight) → `YYYY-MM-DD`. */
export function toCalendarDate(value: Date): CalendarDate {
  return value.toISOString().slice(0, 10);
}

export function toCalendarDateOrNull(value: Date | null): CalendarDate | null {
  return value === null ? null : toCalendarDate(value);
}

/** `YYYY-MM-DD` → the value Prisma writes to a `@db.Date` column. */
export function fromCalendarDate(date: CalendarDate): Date {
  return new Date(`${date}T00:00:00.000Z`);
}
