import { normalisePostalCode } from '@sav/rules';
import type { Store } from '../db/store.js';

/** What the customer and the retailer's page may see of a ticket: no customer details. */
export const TICKET_VIEW_SELECT = {
  id: true,
  trackingCode: true,
  status: true,
  productModel: true,
  serialNumber: true,
  fault: true,
  symptoms: true,
  likelyParts: true,
  repairLocation: true,
  visitMinutes: true,
  warrantyStatus: true,
  verificationReasons: true,
  postalCode: true,
  diagnosisNote: true,
  partsUsed: true,
  outcomeNote: true,
  followUpOn: true,
  createdAt: true,
  updatedAt: true,
  visits: {
    where: { status: 'BOOKED' as const },
    orderBy: { windowStart: 'desc' as const },
    select: {
      windowStart: true,
      windowEnd: true,
      verificationCode: true,
      expectedArrivalAt: true,
      delayReason: true,
      arrivedAt: true,
      departedAt: true,
      technician: { select: { name: true, badgeNumber: true, photoUrl: true } },
    },
  },
  dropOffs: {
    where: { status: 'BOOKED' as const },
    orderBy: { slotStart: 'asc' as const },
    select: {
      slotStart: true,
      slotEnd: true,
      receivedAt: true,
      workshop: { select: { name: true, addressLine1: true, postalCode: true, city: true } },
    },
  },
  events: {
    orderBy: { position: 'asc' as const },
    select: { id: true, kind: true, fromStatus: true, toStatus: true, actor: true, actorName: true, reason: true, details: true, at: true },
  },
  quotes: {
    orderBy: { createdAt: 'desc' as const },
    take: 1,
    select: { id: true, status: true, currency: true, lines: true, totalMinor: true, advice: true, note: true, createdAt: true, answeredAt: true },
  },
  ratings: { orderBy: { at: 'asc' as const }, select: { score: true, comment: true, at: true } },
} as const;

export interface DropOffView {
  readonly slotStart: Date;
  readonly slotEnd: Date;
  readonly receivedAt: Date | null;
  readonly workshop: { name: string; addressLine1: string; postalCode: string; city: string };
}

export interface VisitView {
  readonly windowStart: Date;
  readonly windowEnd: Date;
  readonly verificationCode: string | null;
  readonly expectedArrivalAt: Date | null;
  readonly delayReason: string | null;
  readonly arrivedAt: Date | null;
  readonly departedAt: Date | null;
  readonly technician: { name: string; badgeNumber: string; photoUrl: string | null };
}

export interface TicketEventView {
  readonly id: string;
  readonly kind: string;
  readonly fromStatus: string | null;
  readonly toStatus: string;
  readonly actor: string;
  readonly actorName: string | null;
  readonly reason: string | null;
  readonly details: unknown;
  readonly at: Date;
}

export interface QuoteView {
  readonly id: string;
  readonly status: 'PENDING' | 'ACCEPTED' | 'DECLINED';
  readonly currency: string;
  readonly lines: unknown;
  readonly totalMinor: number;
  readonly advice: string;
  readonly note: string | null;
  readonly createdAt: Date;
  readonly answeredAt: Date | null;
}

export interface TicketView {
  readonly id: string;
  readonly trackingCode: string;
  readonly status: string;
  readonly productModel: string;
  readonly serialNumber: string | null;
  readonly fault: string;
  readonly symptoms: readonly string[];
  readonly likelyParts: readonly string[];
  readonly repairLocation: string;
  readonly visitMinutes: number;
  readonly warrantyStatus: string | null;
  readonly verificationReasons: readonly string[];
  readonly diagnosisNote: string | null;
  readonly partsUsed: readonly string[];
  readonly outcomeNote: string | null;
  readonly followUpOn: Date | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  /** The booked visits, the latest first. */
  readonly visits: readonly VisitView[];
  readonly dropOffs: readonly DropOffView[];
  readonly events: readonly TicketEventView[];
  /** The latest quote, if any. */
  readonly quotes: readonly QuoteView[];
  readonly ratings: readonly { score: number; comment: string | null; at: Date }[];
}

/** A ticket by tracking code and postal code; null for either wrong, so a guess learns nothing. */
export async function findTicketForCustomer(store: Store, tenantId: string, trackingCode: string, postalCode: string): Promise<TicketView | null> {
  // The postal code is checked on a small read first: an unknown code and a wrong postal code cost
  // the same, so the time of the answer does not tell whether a code exists.
  const found = await store.prisma.ticket.findFirst({ where: { tenantId, trackingCode }, select: { id: true, postalCode: true } });
  if (!found || normalisePostalCode(found.postalCode) !== normalisePostalCode(postalCode)) return null;
  return store.prisma.ticket.findUnique({ where: { id: found.id }, select: TICKET_VIEW_SELECT });
}

/** A ticket of the tenant by tracking code, for a caller who proved access another way (a signed link). */
export async function findTicketByCode(store: Store, tenantId: string, trackingCode: string): Promise<TicketView | null> {
  return store.prisma.ticket.findFirst({ where: { tenantId, trackingCode }, select: TICKET_VIEW_SELECT });
}
