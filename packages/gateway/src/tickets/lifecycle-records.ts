import type { GatewayContext } from '../context.js';
import { TicketNotFoundError } from '../schema/errors.js';
import { type MessageTicket, trackerLinkFor } from '../notifications/outbox-messages.js';
import { ticketScope } from '../tenancy/partner-access.js';
import { findProduct } from '../warranty/warranty-records.js';

/** A ticket as the lifecycle steps need it: status, cover, the visit under way, the latest quote. */
export interface LifecycleTicket {
  readonly id: string;
  readonly trackingCode: string;
  readonly status: string;
  readonly serialNumber: string | null;
  readonly productModel: string;
  readonly purchaseDate: Date | null;
  readonly country: string;
  readonly city: string;
  readonly warrantyStatus: string | null;
  readonly customerName: string;
  readonly customerEmail: string;
  readonly language: string;
  /** The latest booked visit, if any. */
  readonly visit: { id: string; technicianBadge: string; technicianName: string } | null;
  readonly latestQuote: { id: string; status: 'PENDING' | 'ACCEPTED' | 'DECLINED' } | null;
}

export async function findLifecycleTicket(context: GatewayContext, trackingCode: string): Promise<LifecycleTicket> {
  const ticket = await context.store.prisma.ticket.findFirst({
    // A partner key finds its partner's tickets only (tenancy/partner-access.ts).
    where: { ...ticketScope(context.tenant), trackingCode },
    select: {
      id: true, trackingCode: true, status: true, serialNumber: true, productModel: true, purchaseDate: true, country: true, city: true,
      warrantyStatus: true, customerName: true, customerEmail: true, language: true,
      visits: { where: { status: 'BOOKED' }, orderBy: { windowStart: 'desc' }, take: 1, select: { id: true, technician: { select: { badgeNumber: true, name: true } } } },
      quotes: { orderBy: { createdAt: 'desc' }, take: 1, select: { id: true, status: true } },
    },
  });
  if (!ticket) throw new TicketNotFoundError();
  const visit = ticket.visits[0];
  return {
    ...ticket,
    visit: visit ? { id: visit.id, technicianBadge: visit.technician.badgeNumber, technicianName: visit.technician.name } : null,
    latestQuote: ticket.quotes[0] ?? null,
  };
}

/** The facts a customer message needs, with the product's own name. */
export async function messageTicketOf(context: GatewayContext, ticket: LifecycleTicket): Promise<MessageTicket> {
  const product = await findProduct(context.store, context.tenant.id, ticket.productModel);
  return {
    trackingCode: ticket.trackingCode,
    productModel: ticket.productModel,
    productName: product?.name ?? ticket.productModel,
    customerName: ticket.customerName,
    customerEmail: ticket.customerEmail,
    language: ticket.language,
    trackerLink: await trackerLinkFor(context, ticket.trackingCode),
  };
}
