import { normalisePostalCode } from '@sav/rules';
import type { Store } from '../db/store.js';

/** What the customer and the retailer's page may see of a ticket: no customer details. */
export const TICKET_VIEW_SELECT = {
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
  createdAt: true,
  visits: {
    where: { status: 'BOOKED' as const },
    orderBy: { windowStart: 'asc' as const },
    select: {
      windowStart: true,
      windowEnd: true,
      technician: { select: { name: true, badgeNumber: true } },
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
} as const;

export interface DropOffView {
  readonly slotStart: Date;
  readonly slotEnd: Date;
  readonly receivedAt: Date | null;
  readonly workshop: { name: string; addressLine1: string; postalCode: string; city: string };
}

export interface TicketView {
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
  readonly createdAt: Date;
  readonly visits: readonly { windowStart: Date; windowEnd: Date; technician: { name: string; badgeNumber: string } }[];
  readonly dropOffs: readonly DropOffView[];
}

/** A ticket by tracking code and postal code; null for either wrong, so a guess learns nothing. */
export async function findTicketForCustomer(store: Store, tenantId: string, trackingCode: string, postalCode: string): Promise<TicketView | null> {
  const ticket = await store.prisma.ticket.findFirst({ where: { tenantId, trackingCode }, select: TICKET_VIEW_SELECT });
  if (!ticket) return null;
  return normalisePostalCode(ticket.postalCode) === normalisePostalCode(postalCode) ? ticket : null;
}
