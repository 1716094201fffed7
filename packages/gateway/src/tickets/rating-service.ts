/**
 * Seed 001, steps 6–7: the customer rates the repair from 1 to 5 with a comment. A rating at the
 * tenant's threshold closes the ticket; below it, the ticket reopens and stays tracked until a
 * later rating is satisfied.
 */
import { ratingOutcome } from '@sav/rules';
import type { GatewayContext } from '../context.js';
import { InvalidInputError } from '../schema/errors.js';
import { checkFact } from './field-service.js';
import { findLifecycleTicket } from './lifecycle-records.js';
import { recordTicketEvent } from './ticket-events.js';
import { TICKET_VIEW_SELECT, type TicketView } from './ticket-view.js';

const MAX_COMMENT = 2000;

export async function rateRepair(context: GatewayContext, trackingCode: string, rating: number, commentInput: string | null | undefined): Promise<{ ticket: TicketView; outcome: 'CLOSED' | 'REOPENED' }> {
  const comment = commentInput?.trim() ? commentInput.trim() : null;
  if (comment !== null && comment.length > MAX_COMMENT) throw new InvalidInputError(`comment must be at most ${MAX_COMMENT} characters.`, 'TOO_LONG', ['comment']);
  const settings = await context.tenantSettings();
  const outcome = ratingOutcome(rating, settings.satisfactionThreshold);
  if (!outcome.ok) throw InvalidInputError.fromViolation(outcome.violation);
  const ticket = await findLifecycleTicket(context, trackingCode);
  checkFact('RATING', ticket);
  const updated = await context.store.prisma.$transaction(async (tx) => {
    await recordTicketEvent(tx, context, ticket, { kind: 'RATED', to: outcome.value, actor: 'CUSTOMER', reason: comment, details: { rating } });
    await tx.ticketRating.create({ data: { ticketId: ticket.id, score: rating, comment, at: context.now } });
    return tx.ticket.findUniqueOrThrow({ where: { id: ticket.id }, select: TICKET_VIEW_SELECT });
  });
  return { ticket: updated, outcome: outcome.value };
}
