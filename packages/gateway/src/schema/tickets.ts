import type { TicketView } from '../tickets/ticket-view.js';
import { findCustomerTicket } from '../tickets/customer-access.js';
import { dropOffCalendar, visitCalendar } from '../tickets/visit-calendar.js';
import { workshopAddress } from '../booking/workshop-records.js';
import type { DropOffView } from '../tickets/ticket-view.js';
import { builder } from './builder.js';
import { InvalidInputError, loggingTypedErrors, TicketNotFoundError } from './errors.js';

export const TicketStatus = builder.enumType('TicketStatus', {
  description: 'Where a repair stands, from the request to the satisfied customer (seed 001).',
  values: [
    'RECEIVED', 'NEEDS_VERIFICATION', 'VERIFIED', 'DIAGNOSED', 'SCHEDULED', 'TECHNICIAN_EN_ROUTE', 'ON_SITE',
    'AWAITING_PARTS', 'REPAIRING', 'REPAIRED', 'NOT_REPAIRABLE', 'FOLLOW_UP', 'CLOSED', 'REOPENED', 'CANCELLED',
  ] as const,
});

export const RepairLocation = builder.enumType('RepairLocation', {
  description: "Where the repair is expected to happen: at the customer's home, or in the workshop.",
  values: ['HOME', 'WORKSHOP'] as const,
});

type VisitView = TicketView['visits'][number];

const TechnicianRef = builder.objectRef<VisitView['technician']>('Technician').implement({
  description: 'Who comes: the name and badge number on the employment certificate (seed 001, step 4).',
  fields: (t) => ({
    name: t.exposeString('name'),
    badgeNumber: t.exposeString('badgeNumber'),
    photoUrl: t.exposeString('photoUrl', { nullable: true, description: "An address of the technician's photo, when the tenant gave one." }),
  }),
});

const VisitRef = builder.objectRef<VisitView>('Visit').implement({
  description: "A technician's visit: they arrive within the window.",
  fields: (t) => ({
    arrivalWindowStart: t.expose('windowStart', { type: 'DateTime' }),
    arrivalWindowEnd: t.expose('windowEnd', { type: 'DateTime' }),
    technician: t.field({ type: TechnicianRef, resolve: (visit) => visit.technician }),
    verificationCode: t.exposeString('verificationCode', { nullable: true, description: 'Six digits the technician states at the door; new for each visit (seed 001, step 4).' }),
    expectedArrivalAt: t.expose('expectedArrivalAt', { type: 'DateTime', nullable: true, description: 'Once the technician is on the way: when they expect to arrive (moved by a reported delay).' }),
    delayReason: t.exposeString('delayReason', { nullable: true, description: 'Why the technician is late, when they reported a delay.' }),
    arrivedAt: t.expose('arrivedAt', { type: 'DateTime', nullable: true }),
  }),
});

const DropOffWorkshopRef = builder.objectRef<DropOffView['workshop']>('DropOffWorkshop').implement({
  fields: (t) => ({
    name: t.exposeString('name'),
    address: t.string({ resolve: (workshop) => workshopAddress(workshop) }),
  }),
});

const DropOffRef = builder.objectRef<DropOffView>('DropOff').implement({
  description: 'A workshop drop-off: when to bring the device, and when the workshop received it.',
  fields: (t) => ({
    slotStart: t.expose('slotStart', { type: 'DateTime' }),
    slotEnd: t.expose('slotEnd', { type: 'DateTime' }),
    receivedAt: t.expose('receivedAt', { type: 'DateTime', nullable: true }),
    workshop: t.field({ type: DropOffWorkshopRef, resolve: (dropOff) => dropOff.workshop }),
  }),
});

export const TicketRef = builder.objectRef<TicketView>('Ticket').implement({
  description: "A customer's repair request, followed until they are satisfied.",
  fields: (t) => ({
    trackingCode: t.exposeString('trackingCode'),
    status: t.field({ type: TicketStatus, resolve: (ticket) => ticket.status as typeof TicketStatus.$inferType }),
    productModel: t.exposeString('productModel'),
    fault: t.exposeString('fault'),
    symptoms: t.stringList({ resolve: (ticket) => [...ticket.symptoms] }),
    likelyParts: t.stringList({ description: 'The parts the analysis expects to need (step 2).', resolve: (ticket) => [...ticket.likelyParts] }),
    repairLocation: t.field({ type: RepairLocation, resolve: (ticket) => (ticket.repairLocation === 'WORKSHOP' ? 'WORKSHOP' : 'HOME') }),
    visitMinutes: t.exposeInt('visitMinutes', { description: 'The expected length of the visit.' }),
    warrantyStatus: t.string({ nullable: true, description: 'The warranty status at intake: COVERED, PARTLY_COVERED, EXPIRED or NO_POLICY.', resolve: (ticket) => ticket.warrantyStatus }),
    verificationReasons: t.stringList({ description: 'Why the service desk must verify the request, when it must.', resolve: (ticket) => [...ticket.verificationReasons] }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    visit: t.field({ type: VisitRef, nullable: true, description: 'The booked visit, if any.', resolve: (ticket) => ticket.visits[0] ?? null }),
    dropOff: t.field({ type: DropOffRef, nullable: true, description: 'The workshop drop-off, if the customer chose one.', resolve: (ticket) => ticket.dropOffs[0] ?? null }),
    calendar: t.string({
      nullable: true,
      description: 'The booked visit or drop-off as an iCalendar (.ics) file, to add to a calendar; null without one.',
      resolve: (ticket, _args, context) => {
        const visit = ticket.visits[0];
        const dropOff = ticket.dropOffs[0];
        if (!visit && dropOff) {
          return dropOffCalendar({
            trackingCode: ticket.trackingCode,
            productModel: ticket.productModel,
            slotStart: dropOff.slotStart,
            slotEnd: dropOff.slotEnd,
            workshopName: dropOff.workshop.name,
            workshopAddress: workshopAddress(dropOff.workshop),
            stampedAt: context.now,
          });
        }
        if (!visit) return null;
        return visitCalendar({
          trackingCode: ticket.trackingCode,
          productModel: ticket.productModel,
          windowStart: visit.windowStart,
          windowEnd: visit.windowEnd,
          technicianName: visit.technician.name,
          badgeNumber: visit.technician.badgeNumber,
          stampedAt: context.now,
        });
      },
    }),
  }),
});

builder.queryField('ticket', (t) =>
  t.field({
    type: TicketRef,
    description: 'A ticket, for its customer: the tracking code and the postal code of the address. A wrong postal code reveals nothing.',
    args: {
      trackingCode: t.arg.string({ required: true }),
      postalCode: t.arg.string({ required: true }),
    },
    errors: { types: [TicketNotFoundError], union: { name: 'TicketResult' } },
    resolve: (_root, { trackingCode, postalCode }, context) =>
      loggingTypedErrors(
        context,
        'ticket',
        // api.md's TicketResult has no InvalidInput: a blank or oversized code finds nothing, as a wrong one.
        findCustomerTicket(context, { trackingCode, postalCode }).catch((error: unknown) => {
          throw error instanceof InvalidInputError ? new TicketNotFoundError() : error;
        }),
      ),
  }),
);
