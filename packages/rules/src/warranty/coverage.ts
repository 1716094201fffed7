import { addDays, type CalendarDate, commercialAnniversary, daysBetween } from '../calendar/calendar-date.js';
import { type DateRange, mergeRanges, rangeLength } from '../calendar/date-range.js';

export interface CoverPeriod {
  readonly startsOn: CalendarDate;
  /** Last day covered, included, after extensions. */
  readonly endsOn: CalendarDate;
  /** Days added for time spent in repair or awaiting parts. */
  readonly extendedByDays: number;
}

/**
 * A commercial cover of `months` from `startsOn`: to the day before the anniversary, then extended
 * by every day the product spent in repair or waiting for parts while it was covered (seed 001,
 * item 4). A period that begins after the cover (as extended so far) has ended adds nothing.
 */
export function coverPeriod(startsOn: CalendarDate, months: number, servicePeriods: readonly DateRange[]): CoverPeriod {
  return extendForServiceDays(startsOn, addDays(commercialAnniversary(startsOn, months), -1), servicePeriods);
}

/**
 * A period from `startsOn` to `baseEnd`, extended by every day spent in repair or waiting for
 * parts while it ran (seed 001, item 4). A service period that begins after the period (as
 * extended so far) has ended adds nothing.
 */
export function extendForServiceDays(startsOn: CalendarDate, baseEnd: CalendarDate, servicePeriods: readonly DateRange[]): CoverPeriod {
  let endsOn = baseEnd;
  for (const period of mergeRanges(servicePeriods)) {
    if (period.endsOn < startsOn) continue;
    const counted: DateRange = { startsOn: period.startsOn < startsOn ? startsOn : period.startsOn, endsOn: period.endsOn };
    if (counted.startsOn > endsOn) break;
    endsOn = addDays(endsOn, rangeLength(counted));
  }
  return { startsOn, endsOn, extendedByDays: daysBetween(baseEnd, endsOn) };
}

/** Days of cover left counting `asOf` itself; 0 when `asOf` is outside the cover. */
export function daysLeft(cover: { startsOn: CalendarDate; endsOn: CalendarDate }, asOf: CalendarDate): number {
  if (asOf < cover.startsOn || asOf > cover.endsOn) return 0;
  return daysBetween(asOf, cover.endsOn) + 1;
}
