import { GraphQLError } from 'graphql';
import { isCalendarDate, isPostalCode } from '@sav/rules';
import { findTicketRecord, moveVisit, cancelVisit } from '../booking/visit-change-service.js';
import { fromCalendarDate, toCalendarDate } from '../db/calendar-columns.js';
import { requireSecretKey } from '../tenancy/authorization.js';
import { ticketScope } from '../tenancy/partner-access.js';
import { DESK_TICKET_SELECT, type DeskTicketView, listTickets, MAX_PAGE } from '../tickets/service-desk-records.js';
import { normaliseTrackingCode } from '../tickets/tracking-code.js';
import { recordTicketEvent } from '../tickets/ticket-events.js';
import { findLifecycleTicket } from '../tickets/lifecycle-records.js';
import { checkTicketWarranty } from '../tickets/ticket-warranty.js';
import { builder } from './builder.js';
import { ChangeNotAllowedError } from './change-errors.js';
import { InvalidInputError, loggingTypedErrors, SlotUnavailableError, TicketNotFoundError } from './errors.js';
import { TicketRef, TicketStatus } from './tickets.js';
import { RepairChangedRef } from './visit-changes.js';

export const DeskTicketRef = builder.objectRef<DeskTicketView>('ServiceDeskTicket').implement({
  description: "A ticket with the customer's contact details: secret keys only.",
  fields: (t) => ({
    ticket: t.field({ type: TicketRef, resolve: (ticket) => ticket }),
    customerName: t.exposeString('customerName'),
    customerEmail: t.exposeString('customerEmail'),
    customerPhone: t.exposeString('customerPhone', { description: 'E.164.' }),
    addressLine1: t.exposeString('addressLine1'),
    addressLine2: t.exposeString('addressLine2', { nullable: true }),
    postalCode: t.exposeString('postalCode'),
    city: t.exposeString('city'),
    country: t.exposeString('country'),
    purchaseDate: t.field({ type: 'Date', nullable: true, resolve: (ticket) => (ticket.purchaseDate ? toCalendarDate(ticket.purchaseDate) : null) }),
    verificationNote: t.exposeString('verificationNote', { nullable: true }),
  }),
});

const TicketEdgeRef = builder.objectRef<{ cursor: string; node: DeskTicketView }>('ServiceDeskTicketEdge').implement({
  fields: (t) => ({ cursor: t.exposeString('cursor'), node: t.field({ type: DeskTicketRef, resolve: (edge) => edge.node }) }),
});
const PageInfoRef = builder.objectRef<{ hasNextPage: boolean; endCursor: string | null }>('PageInfo').implement({
  fields: (t) => ({ hasNextPage: t.exposeBoolean('hasNextPage'), endCursor: t.exposeString('endCursor', { nullable: true }) }),
});
const TicketConnectionRef = builder.objectRef<{ edges: { cursor: string; node: DeskTicketView }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }>('ServiceDeskTicketConnection').implement({
  fields: (t) => ({
    edges: t.field({ type: [TicketEdgeRef], resolve: (connection) => connection.edges }),
    pageInfo: t.field({ type: PageInfoRef, resolve: (connection) => connection.pageInfo }),
  }),
});

builder.queryField('serviceDeskTickets', (t) =>
  t.field({
    type: TicketConnectionRef,
    description: `The tenant's tickets in a status, oldest first (secret key; a partner workshop's key lists the tickets routed to it). \`first\` is 1 to ${MAX_PAGE}.`,
    args: {
      status: t.arg({ type: TicketStatus, required: true }),
      first: t.arg.int({ required: true }),
      after: t.arg.string({ required: false }),
    },
    resolve: async (_root, { status, first, after }, context) => {
      requireSecretKey(context);
      if (first < 1 || first > MAX_PAGE) throw new GraphQLError(`first must be 1 to ${MAX_PAGE}.`, { extensions: { code: 'BAD_USER_INPUT' } });
      // A cursor is one of the tickets this key may list: another tenant's (or partner's) id would page from its position (and so reveal it exists, and when it was made).
      if (after && !(await context.store.prisma.ticket.findFirst({ where: { id: after, ...ticketScope(context.tenant) }, select: { id: true } }))) {
        throw new GraphQLError('after is not a cursor of this list.', { extensions: { code: 'BAD_USER_INPUT' } });
      }
      const page = await listTickets(context.store, ticketScope(context.tenant), status, first, after ?? null);
      const edges = page.tickets.map((node) => ({ cursor: node.id, node }));
      return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
    },
  }),
);

builder.queryField('serviceDeskTicket', (t) =>
  t.field({
    type: DeskTicketRef,
    description: "One ticket by its tracking code, with the customer's contact details (secret key; a partner workshop's key finds only the tickets routed to it).",
    args: { trackingCode: t.arg.string({ required: true }) },
    errors: { types: [TicketNotFoundError], union: { name: 'ServiceDeskTicketResult' } },
    resolve: (_root, { trackingCode }, context) => {
      requireSecretKey(context);
      return loggingTypedErrors(
        context,
        'serviceDeskTicket',
        (async () => {
          const ticket = await context.store.prisma.ticket.findFirst({ where: { ...ticketScope(context.tenant), trackingCode: normaliseTrackingCode(trackingCode) }, select: DESK_TICKET_SELECT });
          if (!ticket) throw new TicketNotFoundError();
          return ticket;
        })(),
      );
    },
  }),
);

const TicketCorrectionsInput = builder.inputType('TicketCorrectionsInput', {
  description: 'What the information officer corrected after checking with the customer.',
  fields: (t) => ({
    serialNumber: t.string({ required: false }),
    purchaseDate: t.field({ type: 'Date', required: false }),
    addressLine1: t.string({ required: false }),
    postalCode: t.string({ required: false }),
    city: t.string({ required: false }),
  }),
});

const VerifyTicketInput = builder.inputType('VerifyTicketInput', {
  fields: (t) => ({
    trackingCode: t.string({ required: true }),
    note: t.string({ required: true, description: 'What was checked and with whom, 1 to 1000 characters.' }),
    corrections: t.field({ type: TicketCorrectionsInput, required: false }),
  }),
});

builder.mutationField('verifyTicket', (t) =>
  t.field({
    type: RepairChangedRef,
    description: 'The information officer verified (and corrected) a request kept for verification (seed 001, step 1); it can then be scheduled.',
    args: { input: t.arg({ type: VerifyTicketInput, required: true }) },
    errors: { types: [TicketNotFoundError, ChangeNotAllowedError, InvalidInputError], union: { name: 'VerifyTicketResult' } },
    resolve: (_root, { input }, context) => {
      requireSecretKey(context);
      return loggingTypedErrors(
        context,
        'verifyTicket',
        (async () => {
          const note = input.note.trim();
          if (note.length < 1 || note.length > 1000) throw new InvalidInputError('note must be 1 to 1000 characters.', 'OUT_OF_RANGE', ['note']);
          const ticket = await findTicketRecord(context, normaliseTrackingCode(input.trackingCode));
          if (ticket.status !== 'NEEDS_VERIFICATION') throw new ChangeNotAllowedError(`Only a ticket in NEEDS_VERIFICATION can be verified; this one is ${ticket.status}.`, 'NOT_CHANGEABLE');
          const fix = input.corrections ?? {};
          if (fix.postalCode && !isPostalCode(ticket.country, fix.postalCode)) throw new InvalidInputError(`"${fix.postalCode}" is not a postal code of ${ticket.country}.`, 'INVALID_POSTAL_CODE', ['corrections.postalCode']);
          if (fix.purchaseDate && !isCalendarDate(fix.purchaseDate)) throw new InvalidInputError('purchaseDate is not a real day.', 'INVALID_DATE', ['corrections.purchaseDate']);
          // The corrections may change the cover (a serial now found, another purchase date): judge it again.
          const purchase = await findLifecycleTicket(context, ticket.trackingCode);
          const corrected = await checkTicketWarranty(context, {
            ...purchase,
            serialNumber: fix.serialNumber ? fix.serialNumber.trim().toUpperCase() : purchase.serialNumber,
            purchaseDate: fix.purchaseDate ? fromCalendarDate(fix.purchaseDate) : purchase.purchaseDate,
            city: fix.city ? fix.city.trim() : purchase.city,
          });
          const updated = await context.store.prisma.$transaction(async (tx) => {
            await recordTicketEvent(tx, context, ticket, {
              kind: 'STATUS_CHANGED',
              to: 'VERIFIED',
              actor: 'SERVICE_DESK',
              reason: note,
              ticketData: {
                verificationNote: note,
                verifiedAt: context.now,
                warrantyStatus: corrected?.status ?? purchase.warrantyStatus,
                ...(fix.serialNumber ? { serialNumber: fix.serialNumber.trim().toUpperCase() } : {}),
                ...(fix.purchaseDate ? { purchaseDate: fromCalendarDate(fix.purchaseDate) } : {}),
                ...(fix.addressLine1 ? { addressLine1: fix.addressLine1.trim() } : {}),
                ...(fix.postalCode ? { postalCode: fix.postalCode.trim().toUpperCase() } : {}),
                ...(fix.city ? { city: fix.city.trim() } : {}),
              },
            });
            return tx.ticket.findUniqueOrThrow({ where: { id: ticket.id }, select: DESK_TICKET_SELECT });
          });
          return { ticket: updated };
        })(),
      );
    },
  }),
);

const ScheduleVisitInput = builder.inputType('ScheduleVisitInput', {
  fields: (t) => ({
    trackingCode: t.string({ required: true }),
    slotStart: t.field({ type: 'DateTime', required: true }),
    technicianBadge: t.string({ required: false, description: 'Assigns this technician (by badge number); refused when they are not free in the window.' }),
  }),
});

builder.mutationField('scheduleVisit', (t) =>
  t.field({
    type: RepairChangedRef,
    description: 'The service desk books (for a verified, diagnosed or reopened ticket, or one waiting for parts) or moves a visit, with no cut-off; optionally assigning a technician.',
    args: { input: t.arg({ type: ScheduleVisitInput, required: true }) },
    errors: { types: [TicketNotFoundError, ChangeNotAllowedError, SlotUnavailableError, InvalidInputError], union: { name: 'ScheduleVisitResult' } },
    resolve: (_root, { input }, context) => {
      requireSecretKey(context);
      return loggingTypedErrors(
        context,
        'scheduleVisit',
        (async () => ({ ticket: await moveVisit(context, await findTicketRecord(context, normaliseTrackingCode(input.trackingCode)), input.slotStart, 'SERVICE_DESK', { technicianBadge: input.technicianBadge?.trim() || null }) }))(),
      );
    },
  }),
);

const CancelTicketInput = builder.inputType('CancelTicketInput', {
  fields: (t) => ({ trackingCode: t.string({ required: true }), reason: t.string({ required: true }) }),
});

builder.mutationField('cancelTicket', (t) =>
  t.field({
    type: RepairChangedRef,
    description: 'The service desk cancels a ticket and releases its visit, with no cut-off.',
    args: { input: t.arg({ type: CancelTicketInput, required: true }) },
    errors: { types: [TicketNotFoundError, ChangeNotAllowedError, InvalidInputError], union: { name: 'CancelTicketResult' } },
    resolve: (_root, { input }, context) => {
      requireSecretKey(context);
      return loggingTypedErrors(
        context,
        'cancelTicket',
        (async () => {
          const reason = input.reason.trim();
          if (reason.length < 1 || reason.length > 1000) throw new InvalidInputError('reason must be 1 to 1000 characters.', 'OUT_OF_RANGE', ['reason']);
          return { ticket: await cancelVisit(context, await findTicketRecord(context, normaliseTrackingCode(input.trackingCode)), reason, 'SERVICE_DESK') };
        })(),
      );
    },
  }),
);
