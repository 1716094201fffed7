/**
 * Seed 001, step 3: agree the appointment. The arrival windows offered to a customer, and how much
 * room each has.
 *
 * Semantics:
 * - Each technician's working day is read in their own IANA zone: for each local date from `from`
 *   for `days` days, skipping their days off and weekdays without hours, each span of hours runs
 *   from the instant its local start happens to the instant its local end happens (see
 *   zonedInstant: a time in a spring-forward gap moves forward, a repeated time is its first
 *   occurrence). Spans of one day that overlap or touch are merged.
 * - A span is cut into consecutive arrival windows of `windowMinutes` of elapsed time, from the
 *   start of the span. A window whose end passes the end of the span is not offered. Windows are
 *   elapsed time so that a window and its reserved range are the same length on a night the clocks
 *   change, and no two windows of one technician overlap.
 * - A visit in a window reserves reservedRange(windowStart, …) = [windowStart, windowStart +
 *   n × windowMinutes) with n = ceil((visitMinutes + travelBufferMinutes) / windowMinutes), at
 *   least 1; that range must lie within the same span, or the window is not offered by that
 *   technician.
 * - A technician is free for a window when none of their booked ranges ([start, end); an empty
 *   one blocks nothing) overlaps that reserved range: one visit per technician per window. A
 *   technician listed twice counts once.
 * - Windows of different technicians with the same start and end instants are merged: `remaining`
 *   is the number of free technicians, `freeTechnicianIds` lists them in the order given.
 * - Never in the past: a window starting before now + minimumNoticeMinutes is dropped. Never
 *   without capacity: a window with no free technician is dropped. Sorted by start, then end.
 */
import { addDays, type CalendarDate, isCalendarDate } from '../calendar/calendar-date.js';
import { accept, type Decision, refuse } from '../rule-violation.js';
import { checkTechnicianProfile, type TechnicianProfile } from './service-area.js';
import { addMinutes, isoWeekday, minutesOfDay, zonedInstant } from './zoned-time.js';

/** A range a technician cannot take another visit in, [start, end). */
export interface BookedRange {
  readonly technicianId: string;
  readonly start: Date;
  readonly end: Date;
}

/** What arrivalWindows plans with; durations in whole minutes. */
export interface ArrivalWindowsQuery {
  /** Technicians already known to serve the place and the product (see eligibleTechnicians). */
  readonly technicians: readonly TechnicianProfile[];
  readonly booked: readonly BookedRange[];
  readonly from: CalendarDate;
  readonly days: number;
  /** Default 120. */
  readonly windowMinutes?: number;
  readonly visitMinutes: number;
  readonly travelBufferMinutes: number;
  readonly now: Date;
  /** Default 120. */
  readonly minimumNoticeMinutes?: number;
}

/** A window the technician arrives in; `remaining` more visits fit in it. */
export interface ArrivalWindow {
  readonly start: Date;
  readonly end: Date;
  readonly remaining: number;
  readonly freeTechnicianIds: string[];
}

/** The accepted range of each number of the query, both ends included. */
export const ARRIVAL_WINDOW_LIMITS = {
  days: [1, 31],
  windowMinutes: [30, 480],
  visitMinutes: [1, 600],
  travelBufferMinutes: [0, 240],
  minimumNoticeMinutes: [0, 10_080],
} as const;

/** Two-hour arrival windows, announced at least two hours ahead, unless the tenant says otherwise. */
export const DEFAULT_WINDOW_MINUTES = 120;
export const DEFAULT_MINIMUM_NOTICE_MINUTES = 120;

/** How many consecutive windows a visit and its travel buffer take: ceil((visit + buffer) / window), at least 1. */
export function windowsPerVisit(windowMinutes: number, visitMinutes: number, travelBufferMinutes: number): number {
  return Math.max(1, Math.ceil((visitMinutes + travelBufferMinutes) / windowMinutes));
}

/** The range a visit arriving in the window starting at `windowStart` keeps its technician busy, [start, end). */
export function reservedRange(windowStart: Date, windowMinutes: number, visitMinutes: number, travelBufferMinutes: number): { start: Date; end: Date } {
  const n = windowsPerVisit(windowMinutes, visitMinutes, travelBufferMinutes);
  return { start: new Date(windowStart.getTime()), end: addMinutes(windowStart, n * windowMinutes) };
}

/** The offered window that starts at that instant, if any (to check a customer's chosen slot). */
export function arrivalWindowStartingAt(windows: readonly ArrivalWindow[], start: Date): ArrivalWindow | undefined {
  return windows.find((window) => window.start.getTime() === start.getTime());
}

interface Span {
  readonly start: number;
  readonly end: number;
}

/** The working spans of a weekly schedule on one local date, as instants; merged when they overlap or touch. */
function workingSpans(schedule: Pick<TechnicianProfile, 'timeZone' | 'workingHours'>, date: CalendarDate): Span[] {
  const weekday = isoWeekday(date);
  const local = schedule.workingHours
    .filter((hours) => hours.weekday === weekday)
    .map((hours) => ({ start: minutesOfDay(hours.start), end: minutesOfDay(hours.end), startText: hours.start, endText: hours.end }))
    .sort((a, b) => a.start - b.start);
  const merged: (typeof local)[number][] = [];
  for (const hours of local) {
    const last = merged[merged.length - 1];
    if (last && hours.start <= last.end) {
      if (hours.end > last.end) merged[merged.length - 1] = { ...last, end: hours.end, endText: hours.endText };
    } else {
      merged.push(hours);
    }
  }
  return merged
    .map((hours) => ({
      start: zonedInstant(date, hours.startText, schedule.timeZone).getTime(),
      end: zonedInstant(date, hours.endText, schedule.timeZone).getTime(),
    }))
    .filter((span) => span.end > span.start);
}

/** A window a weekly schedule offers (before days off and bookings), and the local date it falls on. */
interface Candidate {
  readonly start: number;
  readonly date: CalendarDate;
}

/**
 * What the rules learnt of a profile that cannot change (frozen, as a gateway's cached technicians
 * are): it was checked, and its schedule's key. A profile that may still change is judged anew.
 */
const frozenProfiles = new WeakMap<TechnicianProfile, { key: string }>();

function isFrozenProfile(technician: TechnicianProfile): boolean {
  return Object.isFrozen(technician) && Object.isFrozen(technician.workingHours) && technician.workingHours.every(Object.isFrozen) && Object.isFrozen(technician.daysOff);
}

function computeScheduleKey(technician: TechnicianProfile): string {
  const hours = technician.workingHours.map((h) => `${h.weekday} ${h.start} ${h.end}`).sort();
  return `${technician.timeZone}|${hours.join(',')}`;
}

function scheduleKey(technician: TechnicianProfile): string {
  return frozenProfiles.get(technician)?.key ?? computeScheduleKey(technician);
}

/** The windows a weekly schedule (a zone and its hours) offers over the days asked for, in order of start, each once. */
function candidateWindows(schedule: Pick<TechnicianProfile, 'timeZone' | 'workingHours'>, from: CalendarDate, days: number, settings: Settings): Candidate[] {
  const { windowMs, reservedMs, earliest } = settings;
  const candidates: Candidate[] = [];
  const seen = new Set<number>();
  for (let day = 0; day < days; day += 1) {
    const date = addDays(from, day);
    for (const span of workingSpans(schedule, date)) {
      for (let start = span.start; start + reservedMs <= span.end; start += windowMs) {
        if (start < earliest || seen.has(start)) continue;
        seen.add(start);
        candidates.push({ start, date });
      }
    }
  }
  return candidates.sort((a, b) => a.start - b.start);
}

/** A technician's booked ranges, sorted and merged where they overlap or touch (empty ones dropped). */
function bookedSpans(ranges: Span[] | undefined): Span[] {
  if (!ranges) return [];
  const sorted = ranges.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, range.end) };
    else merged.push(range);
  }
  return merged;
}

function checkWhole(name: keyof typeof ARRIVAL_WINDOW_LIMITS, value: number): Decision<number> {
  const [min, max] = ARRIVAL_WINDOW_LIMITS[name];
  if (Number.isInteger(value) && value >= min && value <= max) return accept(value);
  return refuse('OUT_OF_RANGE', `${name} must be a whole number from ${min} to ${max} (got ${value}).`, [name]);
}

type Settings = { windowMs: number; reservedMs: number; earliest: number };

function checkQuery(query: ArrivalWindowsQuery): Decision<Settings> {
  if (!isCalendarDate(query.from)) return refuse('INVALID_DATE', `from "${query.from}" is not a real day (YYYY-MM-DD).`, ['from']);
  const windowMinutes = query.windowMinutes ?? DEFAULT_WINDOW_MINUTES;
  const notice = query.minimumNoticeMinutes ?? DEFAULT_MINIMUM_NOTICE_MINUTES;
  const numbers: [keyof typeof ARRIVAL_WINDOW_LIMITS, number][] = [
    ['days', query.days],
    ['windowMinutes', windowMinutes],
    ['visitMinutes', query.visitMinutes],
    ['travelBufferMinutes', query.travelBufferMinutes],
    ['minimumNoticeMinutes', notice],
  ];
  for (const [name, value] of numbers) {
    const checked = checkWhole(name, value);
    if (!checked.ok) return checked;
  }
  if (Number.isNaN(query.now.getTime())) return refuse('INVALID_INSTANT', 'now is not a valid instant.', ['now']);
  for (const technician of query.technicians) {
    if (frozenProfiles.has(technician)) continue;
    const checked = checkTechnicianProfile(technician);
    if (!checked.ok) return refuse(checked.violation.code, checked.violation.message, ['technicians']);
    if (isFrozenProfile(technician)) frozenProfiles.set(technician, { key: computeScheduleKey(technician) });
  }
  if (query.booked.some((range) => Number.isNaN(range.start.getTime()) || Number.isNaN(range.end.getTime()))) {
    return refuse('INVALID_INSTANT', 'A booked range has an invalid start or end.', ['booked']);
  }
  const n = windowsPerVisit(windowMinutes, query.visitMinutes, query.travelBufferMinutes);
  return accept({ windowMs: windowMinutes * 60_000, reservedMs: n * windowMinutes * 60_000, earliest: query.now.getTime() + notice * 60_000 });
}

/** The arrival windows with room, merged across technicians and sorted by start (semantics above). */
export function arrivalWindows(query: ArrivalWindowsQuery): Decision<ArrivalWindow[]> {
  const checked = checkQuery(query);
  if (!checked.ok) return checked;
  const { windowMs, reservedMs } = checked.value;

  const bookedBy = new Map<string, Span[]>();
  for (const range of query.booked) {
    if (range.end.getTime() <= range.start.getTime()) continue;
    const ranges = bookedBy.get(range.technicianId) ?? [];
    ranges.push({ start: range.start.getTime(), end: range.end.getTime() });
    bookedBy.set(range.technicianId, ranges);
  }

  // Technicians who share a zone and hours share their candidate windows, computed once.
  const candidatesBySchedule = new Map<string, Candidate[]>();
  const windows = new Map<number, { start: number; end: number; free: string[] }>();
  const seenTechnicians = new Set<string>();
  for (const technician of query.technicians) {
    if (seenTechnicians.has(technician.id)) continue;
    seenTechnicians.add(technician.id);
    const key = scheduleKey(technician);
    let candidates = candidatesBySchedule.get(key);
    if (!candidates) candidatesBySchedule.set(key, (candidates = candidateWindows(technician, query.from, query.days, checked.value)));
    const booked = bookedSpans(bookedBy.get(technician.id));
    const daysOff = technician.daysOff;
    let next = 0;
    for (const { start, date } of candidates) {
      if (daysOff.length > 0 && daysOff.includes(date)) continue;
      // Candidates come in order of start: the booked ranges ending by then are behind us.
      while (next < booked.length && booked[next]!.end <= start) next += 1;
      if (next < booked.length && booked[next]!.start < start + reservedMs) continue;
      const window = windows.get(start);
      if (window) window.free.push(technician.id);
      else windows.set(start, { start, end: start + windowMs, free: [technician.id] });
    }
  }

  return accept(
    [...windows.values()]
      .sort((a, b) => a.start - b.start || a.end - b.end)
      .map((window) => ({ start: new Date(window.start), end: new Date(window.end), remaining: window.free.length, freeTechnicianIds: window.free })),
  );
}
