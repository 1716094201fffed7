/**
 * Calendar dates as `YYYY-MM-DD` strings: no time, no zone. Arithmetic goes through a day number
 * (days since 1970-01-01) so that the host's time zone can never shift a date.
 */
export type CalendarDate = string;

const DASH = 45;
const ZERO = 48;

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

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return MONTH_LENGTHS[month - 1] ?? 0;
}

/** True when `value` is a real day written `YYYY-MM-DD` (2024-02-30 is not). */
export function isCalendarDate(value: string): boolean {
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH) return false;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Returns the date unchanged when valid; throws InvalidCalendarDateError otherwise. */
export function parseCalendarDate(value: string): CalendarDate {
  if (!isCalendarDate(value)) throw new InvalidCalendarDateError(value);
  return value;
}

/** Year, month and day of a date written `YYYY-MM-DD`, read digit by digit (every warranty check reads dozens). */
function parts(date: CalendarDate): [number, number, number] {
  if (date.length !== 10 || date.charCodeAt(4) !== DASH || date.charCodeAt(7) !== DASH) throw new InvalidCalendarDateError(date);
  const year = digits(date, 0, 4);
  const month = digits(date, 5, 7);
  const day = digits(date, 8, 10);
  if (year < 0 || month < 0 || day < 0) throw new InvalidCalendarDateError(date);
  return [year, month, day];
}

/** The number written by the decimal digits from `start` to `end`, or -1 when one is not a digit. */
function digits(text: string, start: number, end: number): number {
  let value = 0;
  for (let index = start; index < end; index += 1) {
    const digit = text.charCodeAt(index) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/*
 * Day numbers by arithmetic on the proleptic Gregorian calendar, counted in 400-year cycles
 * (146 097 days each) of years that begin on 1 March, so that a leap day is the last day of its
 * year: no Date object, no time zone.
 */
const DAYS_PER_CYCLE = 146_097;
/** Days from 0000-03-01 to 1970-01-01. */
const EPOCH_SHIFT = 719_468;

export function toDayNumber(date: CalendarDate): number {
  const [year, month, day] = parts(date);
  const marchYear = month <= 2 ? year - 1 : year;
  const cycle = Math.floor(marchYear / 400);
  const yearOfCycle = marchYear - cycle * 400;
  const monthFromMarch = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfCycle = yearOfCycle * 365 + Math.floor(yearOfCycle / 4) - Math.floor(yearOfCycle / 100) + dayOfYear;
  return cycle * DAYS_PER_CYCLE + dayOfCycle - EPOCH_SHIFT;
}

export function fromDayNumber(dayNumber: number): CalendarDate {
  const shifted = dayNumber + EPOCH_SHIFT;
  const cycle = Math.floor(shifted / DAYS_PER_CYCLE);
  const dayOfCycle = shifted - cycle * DAYS_PER_CYCLE;
  const yearOfCycle = Math.floor((dayOfCycle - Math.floor(dayOfCycle / 1460) + Math.floor(dayOfCycle / 36_524) - Math.floor(dayOfCycle / 146_096)) / 365);
  const dayOfYear = dayOfCycle - (365 * yearOfCycle + Math.floor(yearOfCycle / 4) - Math.floor(yearOfCycle / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return format(yearOfCycle + cycle * 400 + (month <= 2 ? 1 : 0), month, day);
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
