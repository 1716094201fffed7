import { cancelVisit, findTicketRecord, moveVisit } from '../booking/visit-change-service.js';
import type { TicketView } from '../tickets/ticket-view.js';
import { normaliseTrackingCode } from '../tickets/tracking-code.js';
import { builder } from './builder.js';
import { ChangeNotAllowedError } from './change-errors.js';
import { InvalidInputError, loggingTypedErrors, SlotUnavailableError, TicketNotFoundError } from './errors.js';
import { TicketRef } from './tickets.js';

const MAX_REASON = 1000;

export const RepairChangedRef = builder.objectRef<{ ticket: TicketView }>('RepairChanged').implement({
  description: 'The visit was moved, or the repair cancelled.',
  fields: (t) => ({ ticket: t.field({ type: TicketRef, resolve: (changed) => changed.ticket }) }),
});

const RescheduleRepairInput = builder.inputType('RescheduleRepairInput', {
  fields: (t) => ({
    trackingCode: t.string({ required: true }),
    postalCode: t.string({ required: true, description: 'The postal code of the address the ticket was made for.' }),
    slotStart: t.field({ type: 'DateTime', required: true, description: 'The start of an arrival window from availableSlots.' }),
  }),
});

const CancelRepairInput = builder.inputType('CancelRepairInput', {
  fields: (t) => ({
    trackingCode: t.string({ required: true }),
    postalCode: t.string({ required: true }),
    reason: t.string({ required: false, description: 'Up to 1000 characters.' }),
  }),
});

builder.mutationField('rescheduleRepair', (t) =>
  t.field({
    type: RepairChangedRef,
    description: "The customer moves their visit to another window, until the tenant's cut-off before it.",
    args: { input: t.arg({ type: RescheduleRepairInput, required: true }) },
    errors: { types: [TicketNotFoundError, ChangeNotAllowedError, SlotUnavailableError, InvalidInputError], union: { name: 'RescheduleRepairResult' } },
    resolve: (_root, { input }, context) =>
      loggingTypedErrors(
        context,
        'rescheduleRepair',
        (async () => {
          const ticket = await findTicketRecord(context, normaliseTrackingCode(input.trackingCode), input.postalCode);
          return { ticket: await moveVisit(context, ticket, input.slotStart, 'CUSTOMER') };
        })(),
      ),
  }),
);

builder.mutationField('cancelRepair', (t) =>
  t.field({
    type: RepairChangedRef,
    description: "The customer cancels their repair, until the tenant's cut-off before the visit.",
    args: { input: t.arg({ type: CancelRepairInput, required: true }) },
    errors: { types: [TicketNotFoundError, ChangeNotAllowedError, InvalidInputError], union: { name: 'CancelRepairResult' } },
    resolve: (_root, { input }, context) =>
      loggingTypedErrors(
        context,
        'cancelRepair',
        (async () => {
          const reason = input.reason?.trim() || null;
          if (reason && reason.length > MAX_REASON) throw new InvalidInputError(`reason is longer than ${MAX_REASON} characters.`, 'TOO_LONG', ['reason']);
          const ticket = await findTicketRecord(context, normaliseTrackingCode(input.trackingCode), input.postalCode);
          return { ticket: await cancelVisit(context, ticket, reason, 'CUSTOMER') };
        })(),
      ),
  }),
);
