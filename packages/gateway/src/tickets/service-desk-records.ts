import type { Store } from '../db/store.js';
import { PARTNER_WORKSHOP_SELECT, type PartnerWorkshopView } from './partner-routing.js';
import { TICKET_VIEW_SELECT, type TicketView } from './ticket-view.js';

/** A ticket as the service desk sees it: with the customer's contact details, to call them back. */
export interface DeskTicketView extends TicketView {
  readonly id: string;
  readonly customerName: string;
  readonly customerEmail: string;
  readonly customerPhone: string;
  readonly addressLine1: string;
  readonly addressLine2: string | null;
  readonly postalCode: string;
  readonly city: string;
  readonly country: string;
  readonly purchaseDate: Date | null;
  readonly verificationNote: string | null;
  /** The partner workshop it was routed to; null: the tenant's own service. */
  readonly partner: PartnerWorkshopView | null;
}

export const DESK_TICKET_SELECT = {
  ...TICKET_VIEW_SELECT,
  id: true,
  customerName: true,
  customerEmail: true,
  customerPhone: true,
  addressLine1: true,
  addressLine2: true,
  city: true,
  country: true,
  purchaseDate: true,
  verificationNote: true,
  partner: { select: PARTNER_WORKSHOP_SELECT },
} as const;

export const MAX_PAGE = 100;

/**
 * One page of the tickets in `scope` (the tenant's, or a partner's: tenancy/partner-access.ts) in a
 * status, oldest first; `after` is the last id of the previous page.
 */
export async function listTickets(store: Store, scope: { tenantId: string; partnerId?: string }, status: string, first: number, after: string | null): Promise<{ tickets: DeskTicketView[]; hasNextPage: boolean }> {
  const rows = await store.prisma.ticket.findMany({
    where: { ...scope, status: status as never },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: first + 1,
    ...(after ? { cursor: { id: after }, skip: 1 } : {}),
    select: DESK_TICKET_SELECT,
  });
  return { tickets: rows.slice(0, first), hasNextPage: rows.length > first };
}
