/**
 * Wall-clock times in IANA zones, computed with Intl only: the instant a local time happens, and
 * the local date and time of an instant. Never the host's zone.
 */
import { type CalendarDate, isCalendarDate, isTimeZone, parseCalendarDate, toDayNumber } from '../calendar/calendar-date.js';

/** A local wall-clock time `HH:MM`, 00:00 to 23:59; `24:00` is allowed where it ends a day. */
export type WallClockTime = string;

/** ISO weekday: Monday 1 … Sunday 7. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const WALL_CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/** True for `HH:MM` from 00:00 to 23:59, and also `24:00` when `endOfDay` is allowed. */
export function isWallClockTime(value: string, options: { endOfDay?: boolean } = {}): boolean {
  return WALL_CLOCK.test(value) || (options.endOfDay === true && value === '24:00');
}

/** Minutes since local midnight: '08:30' → 510, '24:00' → 1440. Throws RangeError on anything else. */
export function minutesOfDay(time: WallClockTime): number {
  if (time === '24:00') return 1440;
  const match = WALL_CLOCK.exec(time);
  if (!match) throw new RangeError(`"${time}" is not a wall-clock time HH:MM.`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** The ISO weekday of a calendar date (Monday 1 … Sunday 7); 1970-01-01 was a Thursday. */
export function isoWeekday(date: CalendarDate): IsoWeekday {
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7 + 1) as IsoWeekday;
}

/** The instant `minutes` after `instant` (elapsed time, whatever the clocks do). */
export function addMinutes(instant: Date, minutes: number): Date {
  return new Date(instant.getTime() + minutes * MS_PER_MINUTE);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClockFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    if (!isTimeZone(timeZone)) throw new RangeError(`"${timeZone}" is not an IANA time zone.`);
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Milliseconds of a wall-clock reading counted as if it were UTC (years below 100 included). */
function wallMs(year: number, month: number, day: number, hour: number, minute: number, second: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, 0);
  return d.getTime();
}

interface WallClockReading {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function readWallClock(instantMs: number, timeZone: string): WallClockReading {
  const fields = wallClockFormatter(timeZone).formatToParts(new Date(instantMs));
  const value = (type: Intl.DateTimeFormatPartTypes) => Number(fields.find((f) => f.type === type)?.value ?? NaN);
  return { year: value('year'), month: value('month'), day: value('day'), hour: value('hour'), minute: value('minute'), second: value('second') };
}

/** The zone's offset from UTC at an instant, in milliseconds (+02:00 → 7 200 000). */
function offsetAt(instantMs: number, timeZone: string): number {
  const r = readWallClock(instantMs, timeZone);
  const wholeSecond = instantMs - (((instantMs % 1000) + 1000) % 1000);
  return wallMs(r.year, r.month, r.day, r.hour, r.minute, r.second) - wholeSecond;
}

/**
 * The instant a local wall-clock time happens in an IANA zone. A time in a spring-forward gap moves
 * forward by the gap (02:30 on 2026-03-29 in Europe/Paris → 03:30 local, 01:30Z); a time repeated
 * by a fall-back takes its first (earlier) occurrence. `24:00` is the next day's midnight.
 * Throws on an invalid date, time or zone.
 */
export function zonedInstant(date: CalendarDate, time: WallClockTime, timeZone: string): Date {
  // Pure, and asked again and again (every technician's every day, in a handful of zones): remembered.
  const key = `${date} ${time} ${timeZone}`;
  const known = zonedInstants.get(key);
  if (known !== undefined) return new Date(known);
  const instant = computeZonedInstant(date, time, timeZone).getTime();
  if (zonedInstants.size >= MAX_ZONED_INSTANTS) zonedInstants.delete(zonedInstants.keys().next().value!);
  zonedInstants.set(key, instant);
  return new Date(instant);
}

/** zonedInstant's answers, as epoch milliseconds (a Date handed out could be changed by its receiver). */
const zonedInstants = new Map<string, number>();
const MAX_ZONED_INSTANTS = 50_000;

function computeZonedInstant(date: CalendarDate, time: WallClockTime, timeZone: string): Date {
  const [year, month, day] = parseCalendarDate(date).split('-').map(Number) as [number, number, number];
  const minutes = minutesOfDay(time);
  const wall = wallMs(year, month, day, 0, 0, 0) + minutes * MS_PER_MINUTE;
  // The offsets a day either side: at most one transition lies between them.
  const before = offsetAt(wall - MS_PER_DAY, timeZone);
  const after = offsetAt(wall + MS_PER_DAY, timeZone);
  const occurrences = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((instant) => instant + offsetAt(instant, timeZone) === wall);
  if (occurrences.length > 0) return new Date(Math.min(...occurrences));
  // In a gap: read the wall time with the offset in force before it, which lands after the gap.
  return new Date(wall - before);
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

/** The local calendar date of an instant in an IANA zone. */
export function localDate(instant: Date, timeZone: string): CalendarDate {
  const r = readWallClock(instant.getTime(), timeZone);
  const date = `${String(r.year).padStart(4, '0')}-${pad2(r.month)}-${pad2(r.day)}`;
  if (!isCalendarDate(date)) throw new RangeError(`No calendar date for ${instant.toISOString()} in ${timeZone}.`);
  return date;
}

/** The local wall-clock time `HH:MM` of an instant in an IANA zone (seconds dropped). */
export function localTime(instant: Date, timeZone: string): WallClockTime {
  const r = readWallClock(instant.getTime(), timeZone);
  return `${pad2(r.hour)}:${pad2(r.minute)}`;
}
