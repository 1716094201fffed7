import { isCalendarDate } from '@sav/rules';
import { searchDropOffSlots } from '../booking/drop-off-search.js';
import { findWorkshop, findWorkshops, workshopAddress, type WorkshopRecord } from '../booking/workshop-records.js';
import { requireSecretKey } from '../tenancy/authorization.js';
import { countRequest } from '../tenancy/rate-limit.js';
import { TICKET_VIEW_SELECT } from '../tickets/ticket-view.js';
import { normaliseTrackingCode } from '../tickets/tracking-code.js';
import { findTicketRecord } from '../booking/visit-change-service.js';
import { findProduct } from '../warranty/warranty-records.js';
import { recordTicketEvent } from '../tickets/ticket-events.js';
import { builder } from './builder.js';
import { ChangeNotAllowedError } from './change-errors.js';
import { InvalidInputError, loggingTypedErrors, ProductNotFoundError, TicketNotFoundError } from './errors.js';
import { RepairChangedRef } from './visit-changes.js';

const WorkshopRef = builder.objectRef<WorkshopRecord>('Workshop').implement({
  description: 'A workshop where the customer can drop the device off for repair (seed 004).',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    addressLine1: t.exposeString('addressLine1'),
    postalCode: t.exposeString('postalCode'),
    city: t.exposeString('city'),
    country: t.exposeString('country'),
    address: t.string({ description: 'One line, for display.', resolve: (workshop) => workshopAddress(workshop) }),
    slotMinutes: t.exposeInt('slotMinutes'),
  }),
});

const WorkshopsRef = builder.objectRef<{ workshops: WorkshopRecord[] }>('Workshops').implement({
  fields: (t) => ({ workshops: t.field({ type: [WorkshopRef], resolve: (list) => list.workshops }) }),
});

builder.queryField('workshops', (t) =>
  t.field({
    type: WorkshopsRef,
    description: "The tenant's workshops that repair this product in this country.",
    args: { productModel: t.arg.string({ required: true }), country: t.arg.string({ required: true }) },
    errors: { types: [ProductNotFoundError], union: { name: 'WorkshopsResult' } },
    resolve: (_root, args, context) =>
      loggingTypedErrors(
        context,
        'workshops',
        (async () => {
          const product = await findProduct(context.store, context.tenant.id, args.productModel.trim());
          if (!product) throw new ProductNotFoundError(`${context.tenant.name} has no product model ${args.productModel.trim()} in its catalogue.`);
          return { workshops: await findWorkshops(context.store, context.tenant.id, product.category, args.country.trim().toUpperCase()) };
        })(),
      ),
  }),
);

const DropOffSlotRef = builder.objectRef<{ start: Date; end: Date; remaining: number }>('DropOffSlot').implement({
  description: 'A drop-off slot; `remaining` is how many more customers it takes.',
  fields: (t) => ({
    start: t.expose('start', { type: 'DateTime' }),
    end: t.expose('end', { type: 'DateTime' }),
    remaining: t.exposeInt('remaining'),
  }),
});

const DropOffSlotsRef = builder.objectRef<{ slots: { start: Date; end: Date; remaining: number }[]; timeZone: string }>('DropOffSlots').implement({
  fields: (t) => ({
    slots: t.field({ type: [DropOffSlotRef], resolve: (list) => list.slots }),
    timeZone: t.exposeString('timeZone', { description: "The workshop's IANA zone, to show the slots in." }),
  }),
});

const DropOffSlotsInput = builder.inputType('DropOffSlotsInput', {
  fields: (t) => ({
    workshopId: t.id({ required: true }),
    from: t.field({ type: 'Date', required: true }),
    days: t.int({ required: true, description: '1 to 31.' }),
  }),
});

builder.queryField('dropOffSlots', (t) =>
  t.field({
    type: DropOffSlotsRef,
    description: "A workshop's open drop-off slots. Book one with requestRepair(input: { workshopId, slotStart, … }).",
    args: { input: t.arg({ type: DropOffSlotsInput, required: true }) },
    errors: { types: [InvalidInputError], union: { name: 'DropOffSlotsResult' } },
    resolve: (_root, { input }, context) =>
      loggingTypedErrors(
        context,
        'dropOffSlots',
        (async () => {
          await countRequest(context, 'booking');
          if (!Number.isInteger(input.days) || input.days < 1 || input.days > 31) throw new InvalidInputError('days must be a whole number from 1 to 31.', 'OUT_OF_RANGE', ['days']);
          if (!isCalendarDate(input.from)) throw new InvalidInputError('from is not a real day.', 'INVALID_DATE', ['from']);
          const workshop = await findWorkshop(context.store, context.tenant.id, String(input.workshopId));
          if (!workshop) throw new InvalidInputError('No workshop of this tenant has this id.', 'UNKNOWN_WORKSHOP', ['workshopId']);
          return { slots: await searchDropOffSlots(context.store, workshop, input.from, input.days, context.now, await context.tenantSettings()), timeZone: workshop.timeZone };
        })(),
      ),
  }),
);

builder.mutationField('recordDeviceReceived', (t) =>
  t.field({
    type: RepairChangedRef,
    description: 'The workshop received the device dropped off for this ticket (secret key).',
    args: { trackingCode: t.arg.string({ required: true }) },
    errors: { types: [TicketNotFoundError, ChangeNotAllowedError], union: { name: 'RecordDeviceReceivedResult' } },
    resolve: (_root, { trackingCode }, context) => {
      requireSecretKey(context);
      return loggingTypedErrors(
        context,
        'recordDeviceReceived',
        (async () => {
          const ticket = await findTicketRecord(context, normaliseTrackingCode(trackingCode));
          return {
            ticket: await context.store.prisma.$transaction(async (tx) => {
              const updated = await tx.dropOff.updateMany({ where: { ticketId: ticket.id, status: 'BOOKED', receivedAt: null }, data: { receivedAt: context.now } });
              if (updated.count === 0) throw new ChangeNotAllowedError('This ticket has no drop-off waiting for its device.', 'NOT_CHANGEABLE');
              // In the workshop, the device's arrival is the visit's: the repair can start.
              await recordTicketEvent(tx, context, ticket, { kind: 'DEVICE_RECEIVED', to: 'ON_SITE', actor: 'SERVICE_DESK' });
              return tx.ticket.findUniqueOrThrow({ where: { id: ticket.id }, select: TICKET_VIEW_SELECT });
            }),
          };
        })(),
      );
    },
  }),
);
