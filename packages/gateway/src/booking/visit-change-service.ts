import { addDays, arrivalWindowStartingAt, checkTransition, customerMayChangeVisit, localDate, normalisePostalCode, reservedRange, type TicketStatus } from '@sav/rules';
import type { GatewayContext } from '../context.js';
import { ChangeNotAllowedError } from '../schema/change-errors.js';
import { OutsideServiceAreaError, SlotUnavailableError, TicketNotFoundError } from '../schema/errors.js';
import { TICKET_VIEW_SELECT, type TicketView } from '../tickets/ticket-view.js';
import { findProduct } from '../warranty/warranty-records.js';
import { type MessageTicket, repairCancelledRow, trackerLinkFor, visitConfirmedRow } from '../notifications/outbox-messages.js';
import { placeWithFreeTechnician } from './visit-placement.js';
import { recordTicketEvent } from '../tickets/ticket-events.js';
import { countRequest } from '../tenancy/rate-limit.js';
import { newVerificationCode } from '../tickets/verification-code.js';
import { searchArrivalWindows } from './window-search.js';
import { ticketScope } from '../tenancy/partner-access.js';

/** Who asks for the change: the customer is bound by the tenant's cut-off, the service desk is not. */
export type ChangeActor = 'CUSTOMER' | 'SERVICE_DESK';

export interface TicketRecord {
  readonly id: string;
  readonly trackingCode: string;
  readonly status: string;
  readonly productModel: string;
  readonly serialNumber: string | null;
  readonly warrantyStatus: string | null;
  readonly customerName: string;
  readonly customerEmail: string;
  readonly language: string;
  readonly visitMinutes: number;
  readonly postalCode: string;
  readonly country: string;
  readonly bookedWindowStart: Date | null;
  readonly hasDropOff: boolean;
  /** The partner workshop the ticket is routed to (its technicians serve it); null: the tenant's own. */
  readonly partnerId: string | null;
}

/** A ticket of the tenant by tracking code; with a postal code, only when it matches (a wrong one reveals nothing). */
export async function findTicketRecord(context: GatewayContext, trackingCode: string, postalCode?: string): Promise<TicketRecord> {
  // A customer's way in counts against the lookup limit, like the tracker's.
  if (postalCode !== undefined) await countRequest(context, 'ticket-lookup');
  const ticket = await context.store.prisma.ticket.findFirst({
    // A partner key finds its partner's tickets only (tenancy/partner-access.ts).
    where: { ...ticketScope(context.tenant), trackingCode },
    select: {
      id: true, trackingCode: true, status: true, partnerId: true, productModel: true, serialNumber: true, warrantyStatus: true, visitMinutes: true, postalCode: true, country: true,
      customerName: true, customerEmail: true, language: true,
      visits: { where: { status: 'BOOKED', arrivedAt: null }, select: { windowStart: true }, orderBy: { windowStart: 'asc' } },
      dropOffs: { where: { status: 'BOOKED' }, select: { slotStart: true }, orderBy: { slotStart: 'asc' } },
    },
  });
  if (!ticket || (postalCode !== undefined && normalisePostalCode(ticket.postalCode) !== normalisePostalCode(postalCode))) throw new TicketNotFoundError();
  return { ...ticket, bookedWindowStart: ticket.visits[0]?.windowStart ?? ticket.dropOffs[0]?.slotStart ?? null, hasDropOff: ticket.dropOffs.length > 0 };
}

async function checkChangeAllowed(context: GatewayContext, ticket: TicketRecord, actor: ChangeActor): Promise<void> {
  if (actor === 'SERVICE_DESK') {
    if (ticket.status === 'SCHEDULED') return;
    const decision = checkTransition(ticket.status as TicketStatus, 'SCHEDULED', 'SERVICE_DESK');
    if (!decision.ok) throw new ChangeNotAllowedError(decision.violation.message, decision.violation.code);
    return;
  }
  const decision = customerMayChangeVisit({ ticketStatus: ticket.status, windowStart: ticket.bookedWindowStart, now: context.now, cutoffMinutes: (await context.tenantSettings()).changeCutoffMinutes });
  if (!decision.ok) throw new ChangeNotAllowedError(decision.violation.message, decision.violation.code);
}

/**
 * Moves a ticket's visit to another arrival window (or books the first one of a verified ticket):
 * the old visit is released and the new one written in one transaction, so a refusal keeps the old.
 */
export async function moveVisit(context: GatewayContext, ticket: TicketRecord, slotStart: Date, actor: ChangeActor, options: { technicianBadge?: string | null } = {}): Promise<TicketView> {
  await checkChangeAllowed(context, ticket, actor);
  if (ticket.hasDropOff) throw new ChangeNotAllowedError('A workshop drop-off is changed by cancelling it and booking another slot.', 'NOT_CHANGEABLE');
  const { store, tenant } = context;
  const product = await findProduct(store, tenant.id, ticket.productModel);
  if (!product) throw new ChangeNotAllowedError('This product is no longer in the catalogue: the service desk will schedule the visit.', 'NOT_CHANGEABLE');
  const { windows, settings, technicians } = await searchArrivalWindows(store, tenant.id, {
    category: product.category,
    country: ticket.country,
    postalCode: ticket.postalCode,
    from: addDays(localDate(slotStart, tenant.timeZone), -1),
    days: 3,
    visitMinutes: ticket.visitMinutes,
    now: context.now,
    // Whoever the ticket is routed to books it: a partner's technicians, or the tenant's own.
    pool: { partnerId: ticket.partnerId },
    exceptTicketId: ticket.id,
  }, await context.tenantSettings()).catch((error: unknown) => {
    // A ticket kept for verification as outside the service area, or whose address was erased:
    // no visit can be booked there, which both results that move a visit say as ChangeNotAllowed.
    if (error instanceof OutsideServiceAreaError) {
      throw new ChangeNotAllowedError('No technician serves this ticket\'s address for this product: a visit cannot be booked there. The service desk can offer a workshop drop-off.', 'OUTSIDE_SERVICE_AREA');
    }
    throw error;
  });
  const window = arrivalWindowStartingAt(windows, slotStart);
  if (!window) throw new SlotUnavailableError('This arrival window is not offered: it has passed, is outside working hours, or is fully booked. Please choose another.');
  const reserved = reservedRange(window.start, settings.arrivalWindowMinutes, ticket.visitMinutes, settings.travelBufferMinutes);
  let candidates = window.freeTechnicianIds;
  if (options.technicianBadge) {
    // The desk assigns a technician by badge: only them, and only if they are free then. Only the
    // ticket's pool is searched, so a technician of another workshop is unknown here (a partner's
    // key learns nothing of the tenant's technicians, nor the tenant's desk of a partner's).
    const chosen = technicians.find((candidate) => candidate.badgeNumber === options.technicianBadge);
    if (!chosen) throw new ChangeNotAllowedError(`No technician with badge ${options.technicianBadge} of the workshop this ticket is routed to serves this address and product.`, 'UNKNOWN_TECHNICIAN');
    candidates = candidates.filter((id) => id === chosen.id);
    if (candidates.length === 0) throw new SlotUnavailableError(`${chosen.name} is not free in this arrival window. Please choose another window or technician.`);
  }
  const trackerLink = await trackerLinkFor(context, ticket.trackingCode);
  const moved = await placeWithFreeTechnician(candidates, (technicianId) =>
    store.prisma.$transaction(async (tx) => {
      // The ticket's row is held until the visit is written, and routeTicket holds it too: a ticket
      // routed to another workshop since it was read is not booked with this one's technician.
      const [current] = await tx.$queryRaw<{ partnerId: string | null }[]>`SELECT "partnerId" FROM tickets WHERE id = ${ticket.id} FOR UPDATE`;
      if ((current?.partnerId ?? null) !== ticket.partnerId) {
        throw new ChangeNotAllowedError('This ticket has just been routed to another workshop: please choose a window again.', 'NOT_CHANGEABLE');
      }
      // A visit the technician already made stays on record; only the one still to come is replaced.
      await tx.visit.updateMany({ where: { ticketId: ticket.id, status: 'BOOKED', arrivedAt: null }, data: { status: 'CANCELLED' } });
      await tx.visit.create({ data: { tenantId: tenant.id, ticketId: ticket.id, technicianId, windowStart: window.start, windowEnd: window.end, reservedUntil: reserved.end, verificationCode: newVerificationCode() } });
      const technician = technicians.find((candidate) => candidate.id === technicianId);
      const visit = { windowStart: window.start, windowEnd: window.end, technicianName: technician?.name ?? '', badgeNumber: technician?.badgeNumber ?? '' };
      await tx.outboxMessage.create({ data: { ...visitConfirmedRow(context, messageTicket(ticket, product.name, trackerLink), visit, ticket.bookedWindowStart !== null), ticketId: ticket.id } });
      await recordTicketEvent(tx, context, ticket, {
        kind: ticket.status === 'SCHEDULED' ? 'VISIT_SCHEDULED' : 'STATUS_CHANGED',
        to: 'SCHEDULED',
        actor,
        details: { windowStart: window.start.toISOString(), windowEnd: window.end.toISOString() },
      });
      return tx.ticket.findUniqueOrThrow({ where: { id: ticket.id }, select: TICKET_VIEW_SELECT });
    }),
  );
  if (!moved) throw new SlotUnavailableError('This arrival window has just been fully booked. Please choose another.');
  return moved;
}

/** Cancels a ticket and releases its visit. */
export async function cancelVisit(context: GatewayContext, ticket: TicketRecord, reason: string | null, actor: ChangeActor): Promise<TicketView> {
  if (actor === 'CUSTOMER') await checkChangeAllowed(context, ticket, actor);
  const product = await findProduct(context.store, context.tenant.id, ticket.productModel);
  const trackerLink = await trackerLinkFor(context, ticket.trackingCode);
  return context.store.prisma.$transaction(async (tx) => {
    // The lifecycle decides first: a ticket past the visit, or already closed, cannot be cancelled.
    await recordTicketEvent(tx, context, ticket, { kind: 'STATUS_CHANGED', to: 'CANCELLED', actor, reason, ticketData: { cancellationReason: reason } });
    await tx.visit.updateMany({ where: { ticketId: ticket.id, status: 'BOOKED', arrivedAt: null }, data: { status: 'CANCELLED' } });
    // A cancelled drop-off frees its seat (null seats never collide in the unique index).
    await tx.dropOff.updateMany({ where: { ticketId: ticket.id, status: 'BOOKED' }, data: { status: 'CANCELLED', seat: null } });
    await tx.outboxMessage.create({ data: { ...repairCancelledRow(context, messageTicket(ticket, product?.name ?? ticket.productModel, trackerLink)), ticketId: ticket.id } });
    return tx.ticket.findUniqueOrThrow({ where: { id: ticket.id }, select: TICKET_VIEW_SELECT });
  });
}

function messageTicket(ticket: TicketRecord, productName: string, trackerLink: string | null): MessageTicket {
  return { trackingCode: ticket.trackingCode, productModel: ticket.productModel, productName, customerName: ticket.customerName, customerEmail: ticket.customerEmail, language: ticket.language, trackerLink };
}
