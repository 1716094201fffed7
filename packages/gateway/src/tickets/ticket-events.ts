/**
 * Every step of a ticket's life is an event stored with who, when and why, written in the same
 * transaction as the change it records. The same transaction queues the tenant's webhooks and
 * notifies the live trackers (PostgreSQL NOTIFY, delivered on commit only), and, when the step
 * enters or leaves repair, re-counts the days that extend the warranty (seed 001).
 */
import { checkTransition, END_OF_SERVICE, type TicketActor, type TicketStatus } from '@sav/rules';
import type { GatewayContext } from '../context.js';
import type { Prisma } from '../generated/prisma/client.js';
import { enqueueTicketWebhooks } from '../notifications/webhook-deliveries.js';
import { ChangeNotAllowedError } from '../schema/change-errors.js';
import { refreshServicePeriods } from './service-periods.js';

export type TransactionClient = Prisma.TransactionClient;

export const TICKET_EVENT_KINDS = [
  'CREATED', 'STATUS_CHANGED', 'DIAGNOSIS_UPDATED', 'VISIT_SCHEDULED', 'DELAY_REPORTED', 'DEVICE_RECEIVED', 'QUOTE_SENT', 'QUOTE_ACCEPTED', 'QUOTE_DECLINED', 'RATED',
  // Sent to a partner workshop (or back to the tenant's own service): tickets/partner-routing.ts.
  'ROUTED',
] as const;
export type TicketEventKind = (typeof TICKET_EVENT_KINDS)[number];

/** The channel live trackers listen on; the payload names the tenant and the tracking code. */
export const TICKET_CHANGES_CHANNEL = 'sav_ticket_changes';

/** What a step needs to know of the ticket it moves. */
export interface EventTicket {
  readonly id: string;
  readonly trackingCode: string;
  readonly status: string;
  readonly serialNumber: string | null;
}

export interface TicketEventInput {
  readonly kind: TicketEventKind;
  /** The status the ticket enters; the same status for a fact that changes none. */
  readonly to?: TicketStatus;
  readonly actor: TicketActor;
  /** Who exactly, when known: a technician's badge, a desk agent's name. */
  readonly actorName?: string | null;
  readonly reason?: string | null;
  readonly details?: Prisma.InputJsonValue;
  /** Other columns of the ticket written with the step. */
  readonly ticketData?: Prisma.TicketUncheckedUpdateManyInput;
}

const IN_REPAIR: readonly string[] = ['REPAIRING', 'AWAITING_PARTS'];

/**
 * Records one step. A status change is checked against the lifecycle (an illegal step or the
 * wrong actor is refused with a typed error, nothing written) and applied only if the ticket is
 * still where it was read: a simultaneous step makes this one fail rather than overwrite it.
 */
export async function recordTicketEvent(tx: TransactionClient, context: GatewayContext, ticket: EventTicket, event: TicketEventInput): Promise<{ id: string; status: TicketStatus }> {
  // A new ticket is written with its first status; its event records the step from RECEIVED.
  const creating = event.kind === 'CREATED';
  const from = creating ? 'RECEIVED' : (ticket.status as TicketStatus);
  const to = event.to ?? from;
  if (to !== from) {
    const decision = checkTransition(from, to, event.actor);
    if (!decision.ok) throw new ChangeNotAllowedError(decision.violation.message, decision.violation.code);
  }
  // Always, even for a fact that changes no status: the update locks the ticket's row until the
  // step commits, and applies only if the ticket is still where the caller read it.
  if (!creating) {
    const { count } = await tx.ticket.updateMany({ where: { id: ticket.id, status: from }, data: { ...event.ticketData, status: to } });
    if (count === 0) throw new ChangeNotAllowedError('The ticket changed meanwhile: reload it and try again.', 'CHANGED_MEANWHILE');
  }
  const created = await tx.ticketEvent.create({
    data: {
      tenantId: context.tenant.id,
      ticketId: ticket.id,
      kind: event.kind,
      fromStatus: creating ? null : from,
      toStatus: to,
      actor: event.actor,
      // Who exactly: the technician as given, or the label of the back-office key that took the step.
      actorName: event.actorName ?? (event.actor === 'SERVICE_DESK' ? context.tenant.keyLabel : null),
      reason: event.reason ?? null,
      ...(event.details === undefined ? {} : { details: event.details }),
      at: context.now,
    },
    select: { id: true },
  });
  await announceTicketEvent(tx, context, ticket, { id: created.id, kind: event.kind, from: creating ? null : from, to, actor: event.actor });
  // Entering repair, moving within it, and the step that ends it re-count the days in service.
  if (IN_REPAIR.includes(from) || IN_REPAIR.includes(to) || (to !== from && END_OF_SERVICE.includes(to))) await refreshServicePeriods(tx, context, ticket);
  return { id: created.id, status: to };
}

/** Queues the webhooks and wakes the live trackers, inside the step's transaction. */
async function announceTicketEvent(
  tx: TransactionClient,
  context: GatewayContext,
  ticket: EventTicket,
  event: { id: string; kind: TicketEventKind; from: TicketStatus | null; to: TicketStatus; actor: TicketActor },
): Promise<void> {
  await enqueueTicketWebhooks(tx, {
    id: event.id,
    type: `ticket.${event.kind.toLowerCase()}`,
    tenantId: context.tenant.id,
    trackingCode: ticket.trackingCode,
    status: event.to,
    previousStatus: event.from,
    actor: event.actor,
    at: context.now,
  });
  const payload = JSON.stringify({ tenantId: context.tenant.id, trackingCode: ticket.trackingCode });
  await tx.$queryRaw`SELECT pg_notify(${TICKET_CHANGES_CHANNEL}, ${payload})::text AS notified`;
}
