import { addDays, type CalendarDate, toDayNumber } from './calendar-date.js';

/** A run of whole days, both ends included. */
export interface DateRange {
  readonly startsOn: CalendarDate;
  readonly endsOn: CalendarDate;
}

export function rangeLength(range: DateRange): number {
  return toDayNumber(range.endsOn) - toDayNumber(range.startsOn) + 1;
}

export function contains(range: { startsOn?: CalendarDate | null; endsOn?: CalendarDate | null }, day: CalendarDate): boolean {
  return (range.startsOn == null || range.startsOn <= day) && (range.endsOn == null || day <= range.endsOn);
}

/** Sorted, with overlapping or touching ranges merged; ranges whose end precedes their start are dropped. */
export function mergeRanges(ranges: readonly DateRange[]): DateRange[] {
  const sorted = ranges.filter((r) => r.startsOn <= r.endsOn).sort((a, b) => (a.startsOn < b.startsOn ? -1 : a.startsOn > b.startsOn ? 1 : 0));
  const merged: DateRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.startsOn <= addDays(last.endsOn, 1)) {
      if (range.endsOn > last.endsOn) merged[merged.length - 1] = { startsOn: last.startsOn, endsOn: range.endsOn };
    } else {
      merged.push(range);
    }
  }
  return merged;
}
