import { addDays, type CalendarDate, type DropOffSlot, dropOffSlots } from '@sav/rules';
import type { Store } from '../db/store.js';
import { InvalidInputError } from '../schema/errors.js';
import { takenSeats, type WorkshopRecord } from './workshop-records.js';
import type { BookingSettings } from './window-search.js';

/** The drop-off slots open at a workshop, its taken seats counted. */
export async function searchDropOffSlots(store: Store, workshop: WorkshopRecord, from: CalendarDate, days: number, now: Date, settings: BookingSettings): Promise<DropOffSlot[]> {
  const taken = await takenSeats(store, workshop.id, new Date(`${addDays(from, -1)}T00:00:00Z`), new Date(`${addDays(from, days + 1)}T00:00:00Z`));
  const decision = dropOffSlots({ workshop, taken, from, days, now, minimumNoticeMinutes: settings.minimumNoticeMinutes });
  if (!decision.ok) throw new InvalidInputError(decision.violation.message, decision.violation.code, decision.violation.field);
  return decision.value;
}
