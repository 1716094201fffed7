/**
 * Workshop drop-off (seed 004): instead of a visit, the customer brings the device to a workshop
 * in a slot. A slot takes `slotCapacity` customers; each place is a "seat", and the seats are
 * scheduled exactly like technicians (one customer per seat per slot), so the arrival-window
 * engine decides drop-off slots too, daylight-saving changes included.
 */
import type { CalendarDate } from '../calendar/calendar-date.js';
import { accept, type Decision, refuse } from '../rule-violation.js';
import { type ArrivalWindow, arrivalWindows } from './availability.js';
import type { WorkingHours } from './service-area.js';

export interface WorkshopSchedule {
  readonly timeZone: string;
  readonly openingHours: readonly WorkingHours[];
  readonly daysOff: readonly CalendarDate[];
  readonly slotMinutes: number;
  readonly slotCapacity: number;
}

export interface TakenSeat {
  readonly seat: number;
  readonly start: Date;
  readonly end: Date;
}

export interface DropOffSlot {
  readonly start: Date;
  readonly end: Date;
  readonly remaining: number;
  /** The seats still free, lowest first: a booking takes the first it can. */
  readonly freeSeats: number[];
}

export const MAX_SLOT_CAPACITY = 50;

/** The drop-off slots open at a workshop for `days` days from `from`. */
export function dropOffSlots(query: { workshop: WorkshopSchedule; taken: readonly TakenSeat[]; from: CalendarDate; days: number; now: Date; minimumNoticeMinutes?: number }): Decision<DropOffSlot[]> {
  const { workshop } = query;
  if (!Number.isInteger(workshop.slotCapacity) || workshop.slotCapacity < 1 || workshop.slotCapacity > MAX_SLOT_CAPACITY) {
    return refuse('OUT_OF_RANGE', `slotCapacity must be 1 to ${MAX_SLOT_CAPACITY}.`, ['slotCapacity']);
  }
  const seats = Array.from({ length: workshop.slotCapacity }, (_, index) => ({
    id: String(index + 1),
    name: `seat ${index + 1}`,
    timeZone: workshop.timeZone,
    skills: [],
    country: '',
    postalCodes: [],
    workingHours: workshop.openingHours,
    daysOff: workshop.daysOff,
  }));
  const windows = arrivalWindows({
    technicians: seats,
    booked: query.taken.map((taken) => ({ technicianId: String(taken.seat), start: taken.start, end: taken.end })),
    from: query.from,
    days: query.days,
    windowMinutes: workshop.slotMinutes,
    visitMinutes: 1,
    travelBufferMinutes: 0,
    now: query.now,
    ...(query.minimumNoticeMinutes === undefined ? {} : { minimumNoticeMinutes: query.minimumNoticeMinutes }),
  });
  if (!windows.ok) return windows;
  return accept(windows.value.map((window: ArrivalWindow) => ({
    start: window.start,
    end: window.end,
    remaining: window.remaining,
    freeSeats: window.freeTechnicianIds.map(Number).sort((a, b) => a - b),
  })));
}
