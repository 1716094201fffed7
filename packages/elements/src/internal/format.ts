import { translate } from './i18n.js';
import { formattingLocale, LANGUAGES, type SupportedLanguage, supportedLanguage } from './language.js';

/** A calendar date: year, month 1–12, day 1–31. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD`; undefined for anything else, including impossible dates (2025-02-30). */
export function parseCalendarDate(text: string | null | undefined): CalendarDate | undefined {
  const match = ISO_DATE.exec(text ?? '');
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const instant = new Date(Date.UTC(year, month - 1, day));
  if (instant.getUTCFullYear() !== year || instant.getUTCMonth() !== month - 1 || instant.getUTCDate() !== day) {
    return undefined;
  }
  return { year, month, day };
}

/** `YYYY-MM-DD` of a calendar date. */
export function formatIsoDate(date: CalendarDate): string {
  const pad = (value: number, length: number) => String(value).padStart(length, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Today's calendar date where the person reading sits (the browser's zone): the one day they call today. */
export function localToday(now: Date = new Date()): string {
  return formatIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

function toUtcMidnight(date: CalendarDate): number {
  return Date.UTC(date.year, date.month - 1, date.day);
}

/** A calendar date moved by whole days. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const moved = new Date(toUtcMidnight(date) + days * 86_400_000);
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** A calendar date moved by whole months, clamped to the end of a shorter month. */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The years, months and days from one date to a later one (zero when `to` is not after `from`):
 * the most whole months that fit (a month from January 31 reaches February 28), then the days left.
 */
export function calendarDifference(from: CalendarDate, to: CalendarDate): { years: number; months: number; days: number } {
  const target = toUtcMidnight(to);
  if (target <= toUtcMidnight(from)) return { years: 0, months: 0, days: 0 };
  let months = (to.year - from.year) * 12 + (to.month - from.month);
  while (months > 0 && toUtcMidnight(addMonths(from, months)) > target) months -= 1;
  const days = Math.round((target - toUtcMidnight(addMonths(from, months))) / 86_400_000);
  return { years: Math.floor(months / 12), months: months % 12, days };
}

/**
 * A calendar date in words, in the UTC zone, so the host's zone never moves it to the day before:
 * `2025-08-19` → "August 19, 2025" (en), "19 August 2025" (en-GB), "19 août 2025" (fr).
 * A malformed date is returned as it came.
 */
export function formatDate(isoDate: string, languageTag: string | undefined, languages: readonly SupportedLanguage[] = LANGUAGES): string {
  const date = parseCalendarDate(isoDate);
  if (!date) return isoDate;
  return new Intl.DateTimeFormat(formattingLocale(languageTag, languages), { dateStyle: 'long', timeZone: 'UTC' }).format(
    toUtcMidnight(date),
  );
}

type DurationUnit = 'year' | 'month' | 'day';

/**
 * A duration in words, its largest unit and the next one where it matters: "1 year 4 months",
 * "2 months 5 days", "5 months", "12 days" (French: "1 an 4 mois"), through `Intl.NumberFormat`
 * units and `Intl.ListFormat`.
 */
export function formatDuration(
  duration: { years: number; months: number; days: number },
  languageTag: string | undefined,
  languages: readonly SupportedLanguage[] = LANGUAGES,
): string {
  const locale = formattingLocale(languageTag, languages);
  const parts: Array<[number, DurationUnit]> = [
    [duration.years, 'year'],
    [duration.months, 'month'],
    [duration.days, 'day'],
  ];
  const firstNonZero = parts.findIndex(([value]) => value > 0);
  // The largest unit, and the next one while it still says something (no days beside years or 3+ months).
  const keepSecond = firstNonZero === 0 || (firstNonZero === 1 && duration.months < 3);
  const shown: Array<[number, DurationUnit]> =
    firstNonZero < 0
      ? [[0, 'day']]
      : parts.slice(firstNonZero, firstNonZero + (keepSecond ? 2 : 1)).filter(([value]) => value > 0);
  const words = shown.map(([value, unit]) =>
    new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value),
  );
  return new Intl.ListFormat(locale, { style: 'narrow', type: 'unit' }).format(words);
}

/**
 * How long a cover has left, or since when it ended, judged as of a day: "1 year 4 months left",
 * "ended 3 months ago". `endsOn` is the last day covered, inclusive, so a cover ending today has
 * "1 day left" and one that ended yesterday "ended 1 day ago".
 */
export function coverTimeLeft(
  coverage: { endsOn: string; active: boolean },
  asOf: string,
  languageTag: string | undefined,
  languages: readonly SupportedLanguage[] = LANGUAGES,
): string {
  const language = supportedLanguage(languageTag, languages);
  const end = parseCalendarDate(coverage.endsOn);
  const judgedOn = parseCalendarDate(asOf);
  if (!end || !judgedOn) return '';
  if (coverage.active) {
    const difference = calendarDifference(judgedOn, addDays(end, 1));
    if (difference.years === 0 && difference.months === 0 && difference.days <= 1) {
      return translate(language, 'coverages.endsToday');
    }
    return translate(language, 'coverages.left', { duration: formatDuration(difference, languageTag, languages) });
  }
  return translate(language, 'coverages.endedAgo', {
    duration: formatDuration(calendarDifference(end, judgedOn), languageTag, languages),
  });
}
