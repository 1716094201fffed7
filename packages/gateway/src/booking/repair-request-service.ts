import { countRequest } from '../tenancy/rate-limit.js';
import { addDays, analyseFault, arrivalWindowStartingAt, eligibleTechnicians, localDate, normaliseRepairRequest, type NormalisedRepairRequest, reservedRange, type TicketStatus, todayIn } from '@sav/rules';
import type { GatewayContext } from '../context.js';
import { fromCalendarDate } from '../db/calendar-columns.js';
import { isUniqueViolation } from '../db/database-errors.js';
import { InvalidInputError, ProductNotFoundError, SlotUnavailableError } from '../schema/errors.js';
import { TICKET_VIEW_SELECT, type TicketView } from '../tickets/ticket-view.js';
import { newTrackingCode } from '../tickets/tracking-code.js';
import { recordTicketEvent } from '../tickets/ticket-events.js';
import { type PartnerRouting, recordRouting, routingFor } from '../tickets/partner-routing.js';
import { newVerificationCode } from '../tickets/verification-code.js';
import type { Prisma } from '../generated/prisma/client.js';
import { dropOffConfirmedRow, type MessageTicket, requestReceivedRow, trackerLinkFor, visitConfirmedRow } from '../notifications/outbox-messages.js';
import { findWorkshop, workshopAddress, type WorkshopRecord } from './workshop-records.js';
import { searchDropOffSlots } from './drop-off-search.js';
import { runWarrantyCheck } from '../warranty/warranty-check-service.js';
import { findProduct, findSale, type ProductRecord } from '../warranty/warranty-records.js';
import { NeedsVerification, type VerificationReason } from './needs-verification.js';
import { inPool, loadTechnicians } from './technician-records.js';
import { placeWithFreeTechnician } from './visit-placement.js';
import { searchArrivalWindows } from './window-search.js';

export interface RepairRequestQuestion {
  readonly productModel: string;
  readonly serialNumber?: string | null;
  readonly purchaseDate?: string | null;
  readonly fault: string;
  readonly symptoms?: readonly string[] | null;
  readonly customer: { name: string; email: string; phone: string; address: { line1: string; line2?: string | null; postalCode: string; city: string; country: string } };
  readonly slotStart: Date;
  readonly idempotencyKey?: string | null;
  /** A workshop to drop the device off at, instead of a visit; `slotStart` is then a drop-off slot. */
  readonly workshopId?: string | null;
}

const MAX_IDEMPOTENCY_KEY = 200;

/**
 * Seed 001, steps 1 to 3: accept and verify the request, analyse it, book the arrival window with
 * a free technician. A request that does not hold together is kept for verification, never lost.
 */
export async function runRequestRepair(question: RepairRequestQuestion, context: GatewayContext): Promise<TicketView> {
  await countRequest(context, 'booking');
  const { store, tenant } = context;
  const idempotencyKey = question.idempotencyKey?.trim() || null;
  if (idempotencyKey && idempotencyKey.length > MAX_IDEMPOTENCY_KEY) {
    throw new InvalidInputError(`idempotencyKey is longer than ${MAX_IDEMPOTENCY_KEY} characters.`, 'TOO_LONG', ['idempotencyKey']);
  }
  if (idempotencyKey) {
    const earlier = await ticketByIdempotencyKey(context, idempotencyKey);
    if (earlier) return answerFor(earlier);
  }

  const today = todayIn(tenant.timeZone, context.now);
  const normalised = normaliseRepairRequest(question, { today });
  if (!normalised.ok) throw InvalidInputError.fromViolation(normalised.violation);
  const request = normalised.value;

  const product = await findProduct(store, tenant.id, request.productModel);
  if (!product) throw new ProductNotFoundError(`${tenant.name} has no product model ${request.productModel} in its catalogue.`);

  const workshop = question.workshopId ? await findWorkshop(store, tenant.id, question.workshopId) : null;
  if (question.workshopId && (!workshop || !workshop.skills.includes(product.category))) {
    throw new InvalidInputError(`No workshop of ${tenant.name} with this id repairs this product.`, 'UNKNOWN_WORKSHOP', ['workshopId']);
  }
  const reasons: VerificationReason[] = [];
  let purchaseDate = request.purchaseDate;
  if (request.serialNumber) {
    const sale = await findSale(store, tenant.id, request.serialNumber);
    if (!sale) reasons.push('SERIAL_NOT_SOLD');
    else if (sale.product.model.toUpperCase() !== product.model.toUpperCase()) reasons.push('SERIAL_OTHER_MODEL');
    else purchaseDate ??= sale.purchaseDate;
  }
  const place = { category: product.category, country: request.customer.address.country, postalCode: request.customer.address.postalCode };
  // The tenant's routing rules may send the repair to a partner workshop (seed 004): then its
  // technicians serve it (and decide whether the address is in the area), else the tenant's own.
  const routing = await routingFor(context, place);
  const pool = { partnerId: routing?.partnerId ?? null };
  const technicians = new Map(inPool(eligibleTechnicians(await loadTechnicians(store, tenant.id, place), place), pool).map((t) => [t.id, t]));
  if (!workshop && technicians.size === 0) reasons.push('OUTSIDE_SERVICE_AREA');

  const settings = await context.tenantSettings();
  const { faultMapping } = settings;
  const analysis = analyseFault({ category: product.category, symptoms: request.symptoms, faultText: request.fault }, faultMapping);
  // The visit is reserved for the length the customer's windows were listed with (availableSlots
  // takes the chosen symptoms, not the free text), so a window shown stays bookable.
  const visitMinutes = analyseFault({ category: product.category, symptoms: request.symptoms }, faultMapping).visitMinutes;
  const warrantyStatus = await warrantyStatusAtIntake(context, product, request, purchaseDate);
  const ticketData = {
    tenantId: tenant.id,
    productModel: product.model,
    productModelId: product.id,
    serialNumber: request.serialNumber,
    purchaseDate: purchaseDate ? fromCalendarDate(purchaseDate) : null,
    fault: request.fault,
    symptoms: analysis.symptoms,
    likelyParts: analysis.likelyParts,
    repairLocation: analysis.location,
    visitMinutes,
    warrantyStatus,
    customerName: request.customer.name,
    customerEmail: request.customer.email,
    customerPhone: request.customer.phone,
    addressLine1: request.customer.address.line1,
    addressLine2: request.customer.address.line2,
    postalCode: request.customer.address.postalCode,
    city: request.customer.address.city,
    country: request.customer.address.country,
    idempotencyKey,
    language: context.language,
    partnerId: routing?.partnerId ?? null,
  };
  const trackingCode = newTrackingCode();
  const messageTicket: MessageTicket = {
    trackingCode,
    productModel: product.model,
    productName: product.name,
    customerName: request.customer.name,
    customerEmail: request.customer.email,
    language: context.language,
    trackerLink: await trackerLinkFor(context, trackingCode),
  };

  if (reasons.length > 0) {
    const ticket = await createTicket(context, idempotencyKey, () =>
      writeNewTicket(context, routing, {
        ...ticketData,
        trackingCode,
        status: 'NEEDS_VERIFICATION',
        verificationReasons: reasons,
        outboxMessages: { create: requestReceivedRow(context, messageTicket) },
      }),
    );
    return answerFor(ticket);
  }

  if (workshop) {
    const dropOff = await bookDropOff(context, workshop, question.slotStart, idempotencyKey, (seat, slot) =>
      writeNewTicket(context, routing, {
        ...ticketData,
        trackingCode,
        status: 'SCHEDULED',
        repairLocation: 'WORKSHOP',
        verificationReasons: [],
        dropOffs: { create: { tenantId: tenant.id, workshopId: workshop.id, slotStart: slot.start, slotEnd: slot.end, seat } },
        outboxMessages: {
          create: dropOffConfirmedRow(context, messageTicket, { slotStart: slot.start, slotEnd: slot.end, workshopName: workshop.name, workshopAddress: workshopAddress(workshop) }),
        },
      }),
    );
    return answerFor(dropOff);
  }

  const slotDay = localDate(question.slotStart, tenant.timeZone);
  const { windows } = await searchArrivalWindows(store, tenant.id, { ...place, pool, from: addDays(slotDay, -1), days: 3, visitMinutes, now: context.now }, settings);
  const window = arrivalWindowStartingAt(windows, question.slotStart);
  if (!window) {
    throw new SlotUnavailableError('This arrival window is not offered: it has passed, is outside working hours, or is fully booked. Please choose another.');
  }
  const reserved = reservedRange(window.start, settings.arrivalWindowMinutes, visitMinutes, settings.travelBufferMinutes);
  const placed = await placeWithFreeTechnician(
    window.freeTechnicianIds,
    (technicianId) => {
      const technician = technicians.get(technicianId);
      const visit = { windowStart: window.start, windowEnd: window.end, technicianName: technician?.name ?? '', badgeNumber: technician?.badgeNumber ?? '' };
      return createTicket(context, idempotencyKey, () =>
        writeNewTicket(context, routing, {
          ...ticketData,
          trackingCode,
          status: 'SCHEDULED',
          verificationReasons: [],
          visits: { create: { tenantId: tenant.id, technicianId, windowStart: window.start, windowEnd: window.end, reservedUntil: reserved.end, verificationCode: newVerificationCode() } },
          // Written with the booking, delivered after: nothing lost if the process dies in between.
          outboxMessages: { create: visitConfirmedRow(context, messageTicket, visit, false) },
        }),
      );
    },
    () => (idempotencyKey ? ticketByIdempotencyKey(context, idempotencyKey) : Promise.resolve(null)),
  );
  if (placed) return answerFor(placed);
  throw new SlotUnavailableError('This arrival window has just been fully booked. Please choose another.');
}

/** A booked ticket is the answer; one kept for verification answers NeedsVerification. */
function answerFor(ticket: TicketView): TicketView {
  if (ticket.status === 'NEEDS_VERIFICATION') throw new NeedsVerification(ticket, ticket.verificationReasons);
  return ticket;
}

async function ticketByIdempotencyKey(context: GatewayContext, idempotencyKey: string): Promise<TicketView | null> {
  return context.store.prisma.ticket.findUnique({
    where: { tenantId_idempotencyKey: { tenantId: context.tenant.id, idempotencyKey } },
    select: TICKET_VIEW_SELECT,
  });
}

/** Writes a new ticket and the event of its first step (and where it was routed), in one transaction. */
function writeNewTicket(context: GatewayContext, routing: PartnerRouting | null, data: Prisma.TicketUncheckedCreateInput): Promise<TicketView> {
  return context.store.prisma.$transaction(async (tx) => {
    const ticket = await tx.ticket.create({ data, select: { id: true, trackingCode: true, status: true, serialNumber: true, verificationReasons: true } });
    await recordTicketEvent(tx, context, ticket, { kind: 'CREATED', to: ticket.status as TicketStatus, actor: 'SYSTEM', reason: ticket.verificationReasons.length > 0 ? 'The request needs checking by the service desk.' : null });
    if (routing) await recordRouting(tx, context, ticket, routing, { actor: 'SYSTEM', writePartner: false });
    // Read after its first event, so that the answer shows it.
    return tx.ticket.findUniqueOrThrow({ where: { id: ticket.id }, select: TICKET_VIEW_SELECT });
  });
}

/** Creates a ticket; when the same idempotency key won a race a moment ago, answers with its ticket. */
async function createTicket(context: GatewayContext, idempotencyKey: string | null, create: () => Promise<TicketView>): Promise<TicketView> {
  try {
    return await create();
  } catch (error) {
    if (idempotencyKey && isUniqueViolation(error)) {
      const earlier = await ticketByIdempotencyKey(context, idempotencyKey);
      if (earlier) return earlier;
    }
    throw error;
  }
}

/** The warranty status the request arrives with, so the desk and the customer know who pays. */
async function warrantyStatusAtIntake(context: GatewayContext, product: ProductRecord, request: NormalisedRepairRequest, purchaseDate: string | null): Promise<string | null> {
  if (!purchaseDate) return null;
  const check = await runWarrantyCheck(
    { productModel: product.model, purchaseDate, country: request.customer.address.country, city: request.customer.address.city },
    context,
  ).catch(() => null);
  return check?.status ?? null;
}

/** Books a seat in a workshop's drop-off slot: the first free seat, the next when one was just taken. */
async function bookDropOff(
  context: GatewayContext,
  workshop: WorkshopRecord,
  slotStart: Date,
  idempotencyKey: string | null,
  write: (seat: number, slot: { start: Date; end: Date }) => Promise<TicketView>,
): Promise<TicketView> {
  const day = localDate(slotStart, workshop.timeZone);
  const slots = await searchDropOffSlots(context.store, workshop, addDays(day, -1), 3, context.now, await context.tenantSettings());
  const slot = slots.find((candidate) => candidate.start.getTime() === slotStart.getTime());
  if (!slot) throw new SlotUnavailableError('This drop-off slot is not offered: it has passed, the workshop is closed, or it is full. Please choose another.');
  const placed = await placeWithFreeTechnician(
    slot.freeSeats,
    (seat) => createTicket(context, idempotencyKey, () => write(seat, slot)),
    () => (idempotencyKey ? ticketByIdempotencyKey(context, idempotencyKey) : Promise.resolve(null)),
    isUniqueViolation,
  );
  if (!placed) throw new SlotUnavailableError('This drop-off slot has just been filled. Please choose another.');
  return placed;
}
