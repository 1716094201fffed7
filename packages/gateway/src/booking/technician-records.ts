import { checkTechnicianProfile, type TechnicianProfile } from '@sav/rules';
import { toCalendarDate } from '../db/calendar-columns.js';
import type { Store } from '../db/store.js';

export interface TechnicianRecord extends TechnicianProfile {
  readonly badgeNumber: string;
}

/** The tenant's technicians as the rules read them; one whose stored hours do not hold is left out. */
export async function loadTechnicians(store: Store, tenantId: string): Promise<TechnicianRecord[]> {
  const rows = await store.prisma.technician.findMany({ where: { tenantId }, orderBy: { badgeNumber: 'asc' } });
  const technicians: TechnicianRecord[] = [];
  for (const row of rows) {
    const profile = {
      id: row.id,
      name: row.name,
      badgeNumber: row.badgeNumber,
      timeZone: row.timeZone,
      skills: row.skills,
      country: row.country,
      postalCodes: row.postalCodes,
      workingHours: Array.isArray(row.workingHours) ? (row.workingHours as unknown as TechnicianProfile['workingHours']) : [],
      daysOff: row.daysOff.map(toCalendarDate),
    };
    if (checkTechnicianProfile(profile).ok) technicians.push(profile);
  }
  return technicians;
}

/** The ranges booked visits hold, for these technicians, overlapping [from, until); a ticket being moved does not count its own. */
export async function loadBookedRanges(store: Store, technicianIds: readonly string[], from: Date, until: Date, exceptTicketId?: string) {
  const visits = await store.prisma.visit.findMany({
    where: {
      technicianId: { in: [...technicianIds] },
      status: 'BOOKED',
      windowStart: { lt: until },
      reservedUntil: { gt: from },
      ...(exceptTicketId ? { ticketId: { not: exceptTicketId } } : {}),
    },
    select: { technicianId: true, windowStart: true, reservedUntil: true },
  });
  return visits.map((visit) => ({ technicianId: visit.technicianId, start: visit.windowStart, end: visit.reservedUntil }));
}
