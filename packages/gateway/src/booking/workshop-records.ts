import type { WorkingHours, WorkshopSchedule } from '@sav/rules';
import { toCalendarDate } from '../db/calendar-columns.js';
import type { Store } from '../db/store.js';

export interface WorkshopRecord extends WorkshopSchedule {
  readonly id: string;
  readonly name: string;
  readonly addressLine1: string;
  readonly postalCode: string;
  readonly city: string;
  readonly country: string;
  readonly skills: readonly string[];
}

type WorkshopRow = Awaited<ReturnType<Store['prisma']['workshop']['findMany']>>[number];

function toRecord(row: WorkshopRow): WorkshopRecord {
  return {
    id: row.id,
    name: row.name,
    addressLine1: row.addressLine1,
    postalCode: row.postalCode,
    city: row.city,
    country: row.country,
    skills: row.skills,
    timeZone: row.timeZone,
    openingHours: Array.isArray(row.openingHours) ? (row.openingHours as unknown as WorkingHours[]) : [],
    daysOff: row.daysOff.map(toCalendarDate),
    slotMinutes: row.slotMinutes,
    slotCapacity: row.slotCapacity,
  };
}

/** The tenant's workshops that repair this category in this country. */
export async function findWorkshops(store: Store, tenantId: string, category: string, country: string): Promise<WorkshopRecord[]> {
  const rows = await store.prisma.workshop.findMany({ where: { tenantId, country, skills: { has: category } }, orderBy: { name: 'asc' } });
  return rows.map(toRecord);
}

export async function findWorkshop(store: Store, tenantId: string, id: string): Promise<WorkshopRecord | null> {
  const row = await store.prisma.workshop.findFirst({ where: { tenantId, id } });
  return row ? toRecord(row) : null;
}

/** The seats taken in a workshop's slots overlapping [from, until). */
export async function takenSeats(store: Store, workshopId: string, from: Date, until: Date) {
  const rows = await store.prisma.dropOff.findMany({
    where: { workshopId, status: 'BOOKED', seat: { not: null }, slotStart: { lt: until }, slotEnd: { gt: from } },
    select: { seat: true, slotStart: true, slotEnd: true },
  });
  return rows.map((row) => ({ seat: row.seat ?? 0, start: row.slotStart, end: row.slotEnd }));
}

export function workshopAddress(workshop: Pick<WorkshopRecord, 'addressLine1' | 'postalCode' | 'city'>): string {
  return `${workshop.addressLine1}, ${workshop.postalCode} ${workshop.city}`;
}
