import { addDays, arrivalWindows, type ArrivalWindow, eligibleTechnicians, type CalendarDate } from '@sav/rules';
import type { Store } from '../db/store.js';
import { InvalidInputError, OutsideServiceAreaError } from '../schema/errors.js';
import { inPool, loadBookedRanges, loadTechnicians, type TechnicianPool, type TechnicianRecord } from './technician-records.js';
import type { TenantSettings } from '../tenancy/tenant-settings.js';

export type BookingSettings = Pick<TenantSettings, 'arrivalWindowMinutes' | 'travelBufferMinutes' | 'minimumNoticeMinutes'>;

export interface WindowSearch {
  readonly category: string;
  readonly country: string;
  readonly postalCode: string;
  readonly from: CalendarDate;
  readonly days: number;
  readonly visitMinutes: number;
  readonly now: Date;
  /** Whose technicians serve it: the routed partner's, or the tenant's own (see partner-routing.ts). */
  readonly pool: TechnicianPool;
  /** A ticket being moved: its own visit does not block its technician. */
  readonly exceptTicketId?: string;
}

export interface WindowSearchResult {
  readonly technicians: readonly TechnicianRecord[];
  readonly windows: readonly ArrivalWindow[];
  readonly settings: BookingSettings;
}

/**
 * The arrival windows the tenant can offer at a place: the pool's technicians (a partner's, or the
 * tenant's own) who serve the place and the product, their booked visits, and the rules' windows.
 * Throws OutsideServiceArea when nobody of the pool serves it.
 */
export async function searchArrivalWindows(store: Store, tenantId: string, search: WindowSearch, settings: BookingSettings): Promise<WindowSearchResult> {
  const technicians = inPool(eligibleTechnicians(await loadTechnicians(store, tenantId, search), search), search.pool);
  if (technicians.length === 0) {
    throw new OutsideServiceAreaError(`No technician serves ${search.postalCode} (${search.country}) for this product. The service desk can tell you about workshop drop-off.`);
  }
  // A day either side: the technicians' zones may put a local day's windows on the next UTC day.
  const rangeStart = new Date(`${addDays(search.from, -1)}T00:00:00Z`);
  const rangeEnd = new Date(`${addDays(search.from, search.days + 1)}T00:00:00Z`);
  const booked = await loadBookedRanges(store, technicians.map((t) => t.id), rangeStart, rangeEnd, search.exceptTicketId);
  const decision = arrivalWindows({
    technicians,
    booked,
    from: search.from,
    days: search.days,
    windowMinutes: settings.arrivalWindowMinutes,
    visitMinutes: search.visitMinutes,
    travelBufferMinutes: settings.travelBufferMinutes,
    minimumNoticeMinutes: settings.minimumNoticeMinutes,
    now: search.now,
  });
  if (!decision.ok) throw new InvalidInputError(decision.violation.message, decision.violation.code, decision.violation.field);
  return { technicians, windows: decision.value, settings };
}
