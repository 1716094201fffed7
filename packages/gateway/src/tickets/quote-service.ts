/**
 * Seed 001, step 5: out-of-warranty work is quoted from the tenant's price list and agreed by the
 * customer in the tracker before any charge; the quote says whether repair is worth it (seed 004).
 */
import { adviseRepairOrReplace, checkQuoteAnswerable, checkQuoteUnderTheLaw, formatMoney, quoteRepair, type RepairAdvice } from '@sav/rules';
import type { GatewayContext } from '../context.js';
import { quoteSentRow } from '../notifications/outbox-messages.js';
import { ChangeNotAllowedError } from '../schema/change-errors.js';
import { InvalidInputError } from '../schema/errors.js';
import { checkTicketWarranty } from './ticket-warranty.js';
import { findProduct } from '../warranty/warranty-records.js';
import { checkFact, requiredNote } from './field-service.js';
import { findLifecycleTicket, type LifecycleTicket, messageTicketOf } from './lifecycle-records.js';
import { recordTicketEvent } from './ticket-events.js';
import { TICKET_VIEW_SELECT, type TicketView } from './ticket-view.js';

/**
 * What today's cover means for the quote: the parts the warranty still covers (priced at nothing)
 * and the bonus réparation a labelled repairer deducts; refused while the seller's legal guarantee
 * runs unless the desk says why the fault is outside it.
 */
async function coverForQuote(context: GatewayContext, ticket: LifecycleTicket, outsideLegalGuarantee: string | null, labelledRepairer: boolean) {
  const check = await checkTicketWarranty(context, ticket);
  const underTheLaw = checkQuoteUnderTheLaw((await check?.legalRights()) ?? [], { outsideLegalGuarantee, labelledRepairer });
  if (!underTheLaw.ok) throw new ChangeNotAllowedError(underTheLaw.violation.message, underTheLaw.violation.code);
  const coveredParts = new Set(check?.coverages.filter((coverage) => coverage.active).map((coverage) => coverage.part) ?? []);
  return { coveredParts, repairBonus: underTheLaw.value.repairBonus };
}

export interface QuoteRequestInput {
  readonly parts: readonly string[];
  readonly labourMinutes: number;
  readonly note?: string | null;
  readonly outsideLegalGuarantee?: string | null;
}

/** The desk sends a quote; the customer answers it in the tracker. One quote waits at a time. */
export async function sendQuote(context: GatewayContext, trackingCode: string, request: QuoteRequestInput): Promise<TicketView> {
  const note = request.note == null || request.note.trim() === '' ? null : requiredNote(request.note, 'note');
  const outsideLegalGuarantee = request.outsideLegalGuarantee == null ? null : requiredNote(request.outsideLegalGuarantee, 'outsideLegalGuarantee');
  const parts = [...new Set(request.parts.map((part) => part.trim().toUpperCase()))];
  const ticket = await findLifecycleTicket(context, trackingCode);
  checkFact('QUOTE', ticket);
  if (ticket.warrantyStatus === 'COVERED') throw new ChangeNotAllowedError('The warranty covers this repair: there is nothing to charge.', 'NOTHING_TO_CHARGE');
  if (ticket.latestQuote?.status === 'PENDING') throw new ChangeNotAllowedError('A quote already waits for the customer\'s answer.', 'QUOTE_PENDING');
  const settings = await context.tenantSettings();
  if (!settings.priceList) throw new ChangeNotAllowedError('This tenant has no price list: set one before quoting.', 'NO_PRICE_LIST');
  const { coveredParts: covered, repairBonus } = await coverForQuote(context, ticket, outsideLegalGuarantee, settings.qualiReparLabelled);
  // The ticket's status may be older than today's cover: the whole unit covered means nothing to charge.
  if (covered.has('WHOLE_UNIT')) throw new ChangeNotAllowedError('The warranty covers the whole appliance: there is nothing to charge.', 'NOTHING_TO_CHARGE');
  const all = covered.has('PARTS');
  const quote = quoteRepair(settings.priceList, { parts, labourMinutes: request.labourMinutes, coveredParts: all ? new Set(parts) : covered, repairBonus });
  if (!quote.ok) throw InvalidInputError.fromViolation(quote.violation);
  const product = await findProduct(context.store, context.tenant.id, ticket.productModel);
  const advice = adviseRepairOrReplace({
    repairable: true,
    repairMinor: quote.value.totalMinor,
    replacementPriceMinor: product?.replacementPriceMinor ?? null,
    limitPercent: settings.repairCostLimitPercent,
  });
  const messageTicket = await messageTicketOf(context, ticket);
  return context.store.prisma.$transaction(async (tx) => {
    const total = `${formatMoney(quote.value.totalMinor, quote.value.currency)} ${quote.value.currency}`;
    // The event first: it locks the ticket, so a simultaneous quote waits and then sees this one.
    await recordTicketEvent(tx, context, ticket, {
      kind: 'QUOTE_SENT',
      actor: 'SERVICE_DESK',
      reason: note,
      details: { totalMinor: quote.value.totalMinor, currency: quote.value.currency, ...(outsideLegalGuarantee ? { outsideLegalGuarantee } : {}) },
    });
    if ((await tx.quote.count({ where: { ticketId: ticket.id, status: 'PENDING' } })) > 0) throw new ChangeNotAllowedError("A quote already waits for the customer's answer.", 'QUOTE_PENDING');
    await tx.quote.create({
      data: {
        tenantId: context.tenant.id,
        ticketId: ticket.id,
        currency: quote.value.currency,
        lines: quote.value.lines.map((line) => ({ ...line })),
        totalMinor: quote.value.totalMinor,
        advice: JSON.stringify(advice),
        note,
        createdAt: context.now,
      },
    });
    await tx.outboxMessage.create({ data: { ...quoteSentRow(context, messageTicket, { total }), ticketId: ticket.id } });
    return tx.ticket.findUniqueOrThrow({ where: { id: ticket.id }, select: TICKET_VIEW_SELECT });
  });
}

/** The customer accepts or declines the waiting quote, once. */
export async function answerQuote(context: GatewayContext, trackingCode: string, quoteId: string, accept: boolean, noteInput: string | null | undefined): Promise<TicketView> {
  const note = noteInput == null || noteInput.trim() === '' ? null : requiredNote(noteInput, 'note');
  const ticket = await findLifecycleTicket(context, trackingCode);
  if (!ticket.latestQuote) throw new ChangeNotAllowedError('There is no quote to answer on this ticket.', 'NO_QUOTE');
  if (ticket.latestQuote.id !== quoteId) throw new ChangeNotAllowedError('This is not the latest quote: reload the ticket.', 'NOT_CURRENT_QUOTE');
  const answerable = checkQuoteAnswerable(ticket.latestQuote.status);
  if (!answerable.ok) throw new ChangeNotAllowedError(answerable.violation.message, answerable.violation.code);
  return context.store.prisma.$transaction(async (tx) => {
    // Only a quote still pending is answered: a second answer, even at the same instant, changes nothing.
    const { count } = await tx.quote.updateMany({ where: { id: quoteId, ticketId: ticket.id, status: 'PENDING' }, data: { status: accept ? 'ACCEPTED' : 'DECLINED', answeredAt: context.now, answerNote: note } });
    if (count === 0) throw new ChangeNotAllowedError('This quote was already answered.', 'QUOTE_ALREADY_ANSWERED');
    await recordTicketEvent(tx, context, ticket, { kind: accept ? 'QUOTE_ACCEPTED' : 'QUOTE_DECLINED', actor: 'CUSTOMER', reason: note });
    return tx.ticket.findUniqueOrThrow({ where: { id: ticket.id }, select: TICKET_VIEW_SELECT });
  });
}

/** A stored quote's advice, as the rules gave it. */
export function storedAdvice(text: string): RepairAdvice | null {
  try {
    const advice = JSON.parse(text) as RepairAdvice;
    return advice && (advice.advice === 'REPAIR' || advice.advice === 'REPLACE') ? advice : null;
  } catch {
    return null;
  }
}
