import { serviceDaysFromHistory, type TicketStatus } from '@sav/rules';
import type { GatewayContext } from '../context.js';
import { fromCalendarDate } from '../db/calendar-columns.js';
import type { EventTicket, TransactionClient } from './ticket-events.js';

/**
 * Seed 001: the days a product spends in repair or waiting for parts extend its warranty. The
 * ticket's history is read again and its periods on the sale replaced, so a later warrantyCheck
 * of the serial shows the longer cover. A ticket without a registered sale extends nothing.
 */
export async function refreshServicePeriods(tx: TransactionClient, context: GatewayContext, ticket: EventTicket): Promise<void> {
  if (!ticket.serialNumber) return;
  const sale = await tx.sale.findUnique({ where: { tenantId_serialNumber: { tenantId: context.tenant.id, serialNumber: ticket.serialNumber.toUpperCase() } }, select: { id: true } });
  if (!sale) return;
  const history = await tx.ticketEvent.findMany({ where: { ticketId: ticket.id }, orderBy: { position: 'asc' }, select: { toStatus: true, at: true } });
  const ranges = serviceDaysFromHistory(history.map((event) => ({ to: event.toStatus as TicketStatus, at: event.at })), context.tenant.timeZone, context.now);
  await tx.servicePeriod.deleteMany({ where: { saleId: sale.id, ticketId: ticket.id } });
  if (ranges.length > 0) {
    await tx.servicePeriod.createMany({
      data: ranges.map((range) => ({ saleId: sale.id, ticketId: ticket.id, kind: 'REPAIR' as const, startsOn: fromCalendarDate(range.startsOn), endsOn: fromCalendarDate(range.endsOn) })),
    });
  }
}
