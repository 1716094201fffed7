import { addDays, type CalendarDate, type DropOffSlot, dropOffSlots } from '@sav/rules';
import type { Store } from '../db/store.js';
import { InvalidInputError } from '../schema/errors.js';
import { loadBookingSettings } from './window-search.js';
import { takenSeats, type WorkshopRecord } from './workshop-records.js';

/** The drop-off slots open at a workshop, its taken seats counted. */
export async function searchDropOffSlots(store: Store, tenantId: string, workshop: WorkshopRecord, from: CalendarDate, days: number, now: Date): Promise<DropOffSlot[]> {
  const settings = await loadBookingSettings(store, tenantId);
  const taken = await takenSeats(store, workshop.id, new Date(`${addDays(from, -1)}T00:00:00Z`), new Date(`${addDays(from, days + 1)}T00:00:00Z`));
  const decision = dropOffSlots({ workshop, taken, from, days, now, minimumNoticeMinutes: settings.minimumNoticeMinutes });
  if (!decision.ok) throw new InvalidInputError(decision.violation.message, decision.violation.code, decision.violation.field);
  return decision.value;
}
