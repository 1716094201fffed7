import {
  type CustomerMessage, type DropOffFacts, dropOffConfirmedMessage, isLanguage, type Language, type MessageContext, quoteSentMessage, rateRepairMessage, repairCancelledMessage,
  requestReceivedMessage, technicianDelayedMessage, type VisitFacts, visitConfirmedMessage, withTrackerLink,
} from '@sav/rules';
import type { GatewayContext } from '../context.js';
import { dropOffCalendar, visitCalendar } from '../tickets/visit-calendar.js';
import { signTicketLink, ticketLinkUrl } from '../tickets/ticket-link.js';

/** What a message needs to know about the ticket and its customer. */
export interface MessageTicket {
  readonly trackingCode: string;
  readonly productModel: string;
  readonly productName: string;
  readonly customerName: string;
  readonly customerEmail: string;
  /** The language the customer asked in: en, fr, nl or zh (anything else is written in English). */
  readonly language: string;
  /** The tenant's tracker page opening this ticket (signed link), when the tenant set one. */
  readonly trackerLink?: string | null;
}

/** The outbox row that announces something, to be written in the same transaction as it. */
export interface OutboxRow {
  tenantId: string;
  kind: 'VISIT_CONFIRMED' | 'DROP_OFF_CONFIRMED' | 'REQUEST_RECEIVED' | 'REPAIR_CANCELLED' | 'TECHNICIAN_DELAYED' | 'QUOTE_SENT' | 'RATE_REPAIR';
  recipient: string;
  subject: string;
  body: string;
  calendar: string | null;
  availableAt: Date;
}

/** The language a ticket's messages are written in: the one the customer asked in, English for an unknown one. */
function ticketLanguage(ticket: MessageTicket): Language {
  return isLanguage(ticket.language) ? ticket.language : 'en';
}

function messageContext(context: GatewayContext, ticket: MessageTicket): MessageContext {
  const language = ticketLanguage(ticket);
  return {
    language,
    locale: language === context.language ? context.locale : language,
    timeZone: context.tenant.timeZone,
    tenantName: context.tenant.name,
    customerName: ticket.customerName,
    trackingCode: ticket.trackingCode,
    productName: ticket.productName,
  };
}

function row(context: GatewayContext, ticket: MessageTicket, kind: OutboxRow['kind'], plain: CustomerMessage, calendar: string | null): OutboxRow {
  const message = withTrackerLink(plain, ticketLanguage(ticket), ticket.trackerLink);
  return { tenantId: context.tenant.id, kind, recipient: ticket.customerEmail, subject: message.subject, body: message.body, calendar, availableAt: context.now };
}

export function visitConfirmedRow(context: GatewayContext, ticket: MessageTicket, visit: VisitFacts, moved: boolean): OutboxRow {
  const calendar = visitCalendar({ ...visit, trackingCode: ticket.trackingCode, productModel: ticket.productModel, stampedAt: context.now });
  return row(context, ticket, 'VISIT_CONFIRMED', visitConfirmedMessage(messageContext(context, ticket), visit, moved), calendar);
}

export function requestReceivedRow(context: GatewayContext, ticket: MessageTicket): OutboxRow {
  return row(context, ticket, 'REQUEST_RECEIVED', requestReceivedMessage(messageContext(context, ticket)), null);
}

export function repairCancelledRow(context: GatewayContext, ticket: MessageTicket): OutboxRow {
  return row(context, ticket, 'REPAIR_CANCELLED', repairCancelledMessage(messageContext(context, ticket)), null);
}

export function dropOffConfirmedRow(context: GatewayContext, ticket: MessageTicket, dropOff: DropOffFacts): OutboxRow {
  const calendar = dropOffCalendar({ ...dropOff, trackingCode: ticket.trackingCode, productModel: ticket.productModel, stampedAt: context.now });
  return row(context, ticket, 'DROP_OFF_CONFIRMED', dropOffConfirmedMessage(messageContext(context, ticket), dropOff), calendar);
}

export function technicianDelayedRow(context: GatewayContext, ticket: MessageTicket, facts: { reason: string; expectedArrivalAt: Date }): OutboxRow {
  return row(context, ticket, 'TECHNICIAN_DELAYED', technicianDelayedMessage(messageContext(context, ticket), facts), null);
}

export function quoteSentRow(context: GatewayContext, ticket: MessageTicket, facts: { total: string }): OutboxRow {
  return row(context, ticket, 'QUOTE_SENT', quoteSentMessage(messageContext(context, ticket), facts), null);
}

export function rateRepairRow(context: GatewayContext, ticket: MessageTicket, facts: { repaired: boolean }): OutboxRow {
  return row(context, ticket, 'RATE_REPAIR', rateRepairMessage(messageContext(context, ticket), facts), null);
}

/** The signed tracker link of a ticket, for its messages; null when the tenant has no tracker page. */
export async function trackerLinkFor(context: GatewayContext, trackingCode: string): Promise<string | null> {
  const settings = await context.tenantSettings();
  return settings.trackerUrl ? ticketLinkUrl(settings.trackerUrl, signTicketLink(settings.linkSecret, trackingCode)) : null;
}
