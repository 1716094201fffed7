/**
 * Calendar dates as `YYYY-MM-DD` strings: no time, no zone. Arithmetic goes through a day number
 * (days since 1970-01-01) so that the host's time zone can never shift a date.
 */
export type CalendarDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export class InvalidCalendarDateError extends Error {
  readonly code = 'INVALID_DATE';
  constructor(readonly value: string) {
    super(`"${value}" is not a calendar date: expected YYYY-MM-DD with a real day, such as 2024-08-20.`);
    this.name = 'InvalidCalendarDateError';
  }
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** True when `value` is a real day written `YYYY-MM-DD` (2024-02-30 is not). */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Returns the date unchanged when valid; throws InvalidCalendarDateError otherwise. */
export function parseCalendarDate(value: string): CalendarDate {
  if (!isCalendarDate(value)) throw new InvalidCalendarDateError(value);
  return value;
}

function parts(date: CalendarDate): [number, number, number] {
  const match = ISO_DATE.exec(date);
  if (!match) throw new InvalidCalendarDateError(date);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

export function toDayNumber(date: CalendarDate): number {
  const [year, month, day] = parts(date);
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  utc.setUTCHours(0, 0, 0, 0);
  return Math.round(utc.getTime() / MS_PER_DAY);
}

export function fromDayNumber(dayNumber: number): CalendarDate {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Days from `from` to `to` (negative when `to` comes first). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function maxDate(dates: readonly CalendarDate[]): CalendarDate | undefined {
  return dates.reduce<CalendarDate | undefined>((latest, d) => (latest === undefined || d > latest ? d : latest), undefined);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function format(year: number, month: number, day: number): CalendarDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * The anniversary `months` later as makers count it: the same day of the month, or, when that
 * month is too short (31 January + 1 month, 29 February + 12 months), the first day of the next.
 */
export function commercialAnniversary(start: CalendarDate, months: number): CalendarDate {
  const [year, month, day] = parts(start);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  if (day <= daysInMonth(targetYear, targetMonth)) return format(targetYear, targetMonth, day);
  return targetMonth === 12 ? format(targetYear + 1, 1, 1) : format(targetYear, targetMonth + 1, 1);
}

/**
 * The same date `months` later as the law counts a period (EU Regulation 1182/71, art. 3(2)(c)):
 * when that month has no such day, the period ends on its last day.
 */
export function statutoryAnniversary(start: CalendarDate, months: number): CalendarDate {
  const [year, month, day] = parts(start);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  return format(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>();
const knownZones = new Map<string, boolean>();

/** The last answer of todayIn per zone, valid for its minute (every request asks it, mostly in the same minute). */
const lastDays = new Map<string, { minute: number; day: CalendarDate }>();
/** Since 1980 every zone's offset from UTC is a whole number of minutes: a day changes only on a minute. */
const WHOLE_MINUTE_OFFSETS_SINCE_MS = Date.UTC(1980, 0, 1);

/** Today's date in an IANA time zone, at the instant `now`. */
export function todayIn(timeZone: string, now: Date): CalendarDate {
  const instant = now.getTime();
  const minute = Math.floor(instant / 60_000);
  const last = lastDays.get(timeZone);
  if (last !== undefined && last.minute === minute && instant >= WHOLE_MINUTE_OFFSETS_SINCE_MS) return last.day;
  const day = dayInZone(timeZone, now);
  if (instant >= WHOLE_MINUTE_OFFSETS_SINCE_MS && (last !== undefined || lastDays.size < 1000)) lastDays.set(timeZone, { minute, day });
  return day;
}

function dayInZone(timeZone: string, now: Date): CalendarDate {
  let formatter = dayFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(timeZone, formatter);
  }
  const fields = formatter.formatToParts(now);
  const value = (type: string) => fields.find((f) => f.type === type)?.value ?? '';
  return `${value('year')}-${value('month')}-${value('day')}`;
}

/** True when `timeZone` is an IANA zone this runtime knows (remembered: building a formatter is costly). */
export function isTimeZone(timeZone: string): boolean {
  let known = knownZones.get(timeZone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone });
      known = true;
    } catch {
      known = false;
    }
    if (knownZones.size < 1000) knownZones.set(timeZone, known);
  }
  return known;
}
