import type { Slot } from '@sav/client';
import { bookingText } from '../../internal/i18n.booking.js';
import type { SupportedLanguage } from '../../internal/language.js';
import { calendarDays, dateInZone, isoWeekday } from '../../internal/zoned-time.js';
import type { RepairMode } from './booking.draft.js';
import { WINDOW_DAYS } from './booking.requests.js';
import { modeKey } from './booking.steps.js';

// What the window picker (keys, days, the windows of a day) needs from the window step, apart from
// its rendering (booking.window.ts, booking.calendar.ts), which is fetched once the first step is shown.

/** An arrival window or a drop-off slot: UTC instants, and how many more it takes. */
export type OfferedSlot = Pick<Slot, 'start' | 'end' | 'remaining'>;

/** What the calendar offers: the arrival windows, or a workshop's drop-off slots, from a day, and the API's zone. */
export interface Offered {
  from: string;
  slots: readonly OfferedSlot[];
  timeZone?: string | undefined;
}

/** The open windows (a place left) by their day in the zone shown, in time order. */
export function windowsByDay(slots: readonly OfferedSlot[], timeZone: string): WindowsByDay {
  const byDay = new Map<string, OfferedSlot[]>();
  for (const slot of [...slots].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))) {
    if (slot.remaining <= 0) continue;
    const day = dateInZone(slot.start, timeZone);
    byDay.set(day, [...(byDay.get(day) ?? []), slot]);
  }
  return byDay;
}

/** The days the calendar shows: WINDOW_DAYS from the day the windows were asked from. */
export function windowDays(offered: Offered | undefined): string[] {
  return calendarDays(offered?.from ?? '', WINDOW_DAYS);
}

/** The day the keys move to from `current` among `days` (consecutive dates), or undefined to stay. */
export function dayAfterKey(days: readonly string[], current: string, key: string, firstDay: number): string | undefined {
  const index = days.indexOf(current);
  if (index < 0) return days[0];
  const column = weekColumn(current, firstDay);
  const targets: Record<string, number> = {
    ArrowRight: index + 1,
    ArrowLeft: index - 1,
    ArrowDown: index + 7,
    ArrowUp: index - 7,
    Home: Math.max(0, index - column),
    End: Math.min(days.length - 1, index + 6 - column),
    PageUp: 0,
    PageDown: days.length - 1,
  };
  const target = targets[key];
  if (target === undefined || target < 0 || target >= days.length || target === index) return undefined;
  return days[target];
}

/** The column of a date in a week that starts on `firstDay` (1 Monday … 7 Sunday). */
export function weekColumn(date: string, firstDay: number): number {
  return (isoWeekday(date) - firstDay + 7) % 7;
}

/** The open windows of each day (a window with no place left is not offered). */
export type WindowsByDay = ReadonlyMap<string, readonly OfferedSlot[]>;

/** A day (in words) with how many windows or drop-off slots it has, as a screen reader hears the cell. */
export function dayLabel(language: SupportedLanguage, mode: RepairMode, day: string, count: number): string {
  const key = count === 0 ? 'booking.day.none' : count === 1 ? 'booking.day.oneWindow' : 'booking.day.windows';
  return bookingText(language, modeKey(key, mode), { day, count });
}

