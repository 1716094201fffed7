import type { TicketView } from '../tickets/ticket-view.js';
import { NeedsVerification, VERIFICATION_REASONS } from '../booking/needs-verification.js';
import { runRequestRepair } from '../booking/repair-request-service.js';
import { runAvailableSlots, type AvailableSlotsView } from '../booking/slots-service.js';
import { builder } from './builder.js';
import { ErrorInterface, InvalidInputError, loggingTypedErrors, OutsideServiceAreaError, ProductNotFoundError, SlotUnavailableError } from './errors.js';
import { RepairLocation, TicketRef } from './tickets.js';

const SlotRef = builder.objectRef<AvailableSlotsView['slots'][number]>('Slot').implement({
  description: 'An arrival window; `remaining` is how many more visits it can take (one per free technician).',
  fields: (t) => ({
    start: t.expose('start', { type: 'DateTime' }),
    end: t.expose('end', { type: 'DateTime' }),
    remaining: t.exposeInt('remaining'),
  }),
});

const AvailableSlotsRef = builder.objectRef<AvailableSlotsView>('AvailableSlots').implement({
  fields: (t) => ({
    slots: t.field({ type: [SlotRef], resolve: (view) => [...view.slots] }),
    visitMinutes: t.exposeInt('visitMinutes', { description: 'The expected length of the visit, from the analysis.' }),
    timeZone: t.string({ description: "The IANA zone to show the windows in: the tenant's.", resolve: (_view, _args, context) => context.tenant.timeZone }),
    repairLocation: t.field({ type: RepairLocation, resolve: (view) => (view.repairLocation === 'WORKSHOP' ? 'WORKSHOP' : 'HOME') }),
  }),
});

const AvailableSlotsInput = builder.inputType('AvailableSlotsInput', {
  fields: (t) => ({
    productModel: t.string({ required: true }),
    postalCode: t.string({ required: true }),
    country: t.string({ required: true, description: 'ISO 3166-1 alpha-2.' }),
    from: t.field({ type: 'Date', required: true }),
    days: t.int({ required: true, description: '1 to 31.' }),
    symptoms: t.stringList({ required: false, description: 'Symptom codes, which set the expected visit length.' }),
  }),
});

builder.queryField('availableSlots', (t) =>
  t.field({
    type: AvailableSlotsRef,
    description: 'The arrival windows open for a product at a postal code.',
    args: { input: t.arg({ type: AvailableSlotsInput, required: true }) },
    errors: { types: [ProductNotFoundError, OutsideServiceAreaError, InvalidInputError], union: { name: 'AvailableSlotsResult' } },
    resolve: (_root, { input }, context) => loggingTypedErrors(context, 'availableSlots', runAvailableSlots(input, context)),
  }),
);

const AddressInput = builder.inputType('AddressInput', {
  fields: (t) => ({
    line1: t.string({ required: true }),
    line2: t.string({ required: false }),
    postalCode: t.string({ required: true }),
    city: t.string({ required: true }),
    country: t.string({ required: true, description: 'ISO 3166-1 alpha-2.' }),
  }),
});

const CustomerInput = builder.inputType('CustomerInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    email: t.string({ required: true }),
    phone: t.string({ required: true, description: 'Any usual form; stored in E.164.' }),
    address: t.field({ type: AddressInput, required: true }),
  }),
});

const RequestRepairInput = builder.inputType('RequestRepairInput', {
  fields: (t) => ({
    productModel: t.string({ required: true }),
    serialNumber: t.string({ required: false }),
    purchaseDate: t.field({ type: 'Date', required: false }),
    fault: t.string({ required: true, description: "The fault in the customer's words, 3 to 2000 characters." }),
    symptoms: t.stringList({ required: false, description: 'Symptom codes chosen in the form.' }),
    customer: t.field({ type: CustomerInput, required: true }),
    slotStart: t.field({ type: 'DateTime', required: true, description: 'The start of an arrival window from availableSlots.' }),
    idempotencyKey: t.string({ required: false, description: 'The same key sent twice gives the same ticket and books once.' }),
    workshopId: t.id({ required: false, description: 'Drop the device off at this workshop instead of a visit; slotStart is then one of its dropOffSlots.' }),
  }),
});

const RepairBookedRef = builder.objectRef<{ ticket: TicketView }>('RepairBooked').implement({
  description: 'The visit is booked.',
  fields: (t) => ({
    ticket: t.field({ type: TicketRef, resolve: (booked) => booked.ticket }),
  }),
});

builder.objectType(NeedsVerification, {
  name: 'NeedsVerification',
  description: 'The request is kept, with a tracking code, for the service desk to verify before booking.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof NeedsVerification,
  fields: (t) => ({
    trackingCode: t.string({ resolve: (outcome) => outcome.ticket.trackingCode }),
    reasons: t.stringList({ description: `Codes: ${Object.keys(VERIFICATION_REASONS).join(', ')}.`, resolve: (outcome) => [...outcome.reasons] }),
    ticket: t.field({ type: TicketRef, resolve: (outcome) => outcome.ticket }),
  }),
});

builder.mutationType({});

builder.mutationField('requestRepair', (t) =>
  t.field({
    type: RepairBookedRef,
    description: 'Books a technician in an arrival window (seed 001, steps 1 to 3), or keeps the request for verification.',
    args: { input: t.arg({ type: RequestRepairInput, required: true }) },
    errors: {
      types: [SlotUnavailableError, NeedsVerification, ProductNotFoundError, InvalidInputError],
      union: { name: 'RequestRepairResult' },
    },
    resolve: async (_root, { input }, context) => ({
      ticket: await loggingTypedErrors(context, 'requestRepair', runRequestRepair({ ...input, workshopId: input.workshopId == null ? null : String(input.workshopId) }, context)),
    }),
  }),
);
